// Owner-approved feature code across the wired modules (issue 16): the owner approves a WebAssembly feature
// module on the asset; a buyer's job naming it is admitted and carries its hash; an executor accepts it, reads
// the approval as the chain stores it and maps rows through the module under the approved limits and bounds,
// then the DP aggregate runs on the features. Once the owner revokes it, no new job may name it and an executor
// holding an older job refuses it as an ALGORITHM fault.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  FeatureModules,
  featureInput,
  mapThroughModule,
} from '../../client/executor/daemon/feature-modules.js'
import { runDp } from '../../client/executor/dp-aggregates.js'
import { JobFault } from '../../client/executor/faults.js'
import {
  builtinAlgorithm,
  builtinAllowlistEntry,
  parseBuiltinParams,
} from '../../client/executor/job-params.js'
import {
  F64_LOAD,
  F64_STORE,
  f64,
  featureModule,
  i32,
} from '../../client/executor/wasm/testdata/wasm-builder.js'
import { computeRightErrors as CE } from '../../modules/computeright/errors.js'
import { JOB } from '../../modules/computeright/test-env.js'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import { buyers, executors, jobsTestEnv, owner } from './jobs-test-env.js'

// f0 = 2·x, f1 = x + 1
const MODULE = featureModule([
  ...i32(32768),
  ...i32(0),
  ...F64_LOAD,
  ...f64(2),
  0xa2,
  ...F64_STORE,
  ...i32(32776),
  ...i32(0),
  ...F64_LOAD,
  ...f64(1),
  0xa0,
  ...F64_STORE,
  ...i32(2),
])
const moduleHash = createHash('sha256').update(MODULE).digest('hex')

describe('feature module flow', () => {
  it('approve → job carries the hash → executor maps rows with the chain approval → revoke', async () => {
    const s = await jobsTestEnv()
    try {
      const buyer = buyers[0]!
      s.run('MsgApproveFeatureModule', {
        owner,
        assetId: s.assetId,
        moduleHash,
        featureCount: 2,
        bounds: [
          { lowerMicro: 0n, upperMicro: 200_000_000n },
          { lowerMicro: 1_000_000n, upperMicro: 101_000_000n },
        ],
        fuelPerRow: 1_000n,
        maxMemoryPages: 2,
      })
      s.run('MsgAllowAlgorithm', {
        sender: owner,
        assetId: s.assetId,
        algorithm: builtinAllowlistEntry('dp-sum'),
      })
      const algorithm = builtinAlgorithm({ algorithm: 'dp-sum', column: 'f1', lower: 1, upper: 101 })
      const job = { ...JOB, algorithm, featureModuleHash: moduleHash }
      const { jobId } = s.run(
        'MsgPurchaseAndRequest',
        { buyer, offeringId: s.offeringId, job },
        CR.MsgPurchaseAndRequestResponse,
      )
      expect(s.cr.store.job(s.tc.ctx, jobId)!.featureModuleHash).toBe(moduleHash)
      const executor = executors.find((x) => x !== owner)!
      s.run('MsgAcceptJob', { executor, jobId })

      // the executor's view: the approval as the chain stores it, the module bytes by hash
      const features = new FeatureModules(
        async (id) => [...s.assets.featureModules.byAsset(s.tc.ctx, id)],
        '/nonexistent',
      )
      const approval = (await features.approval(s.assetId, moduleHash))!
      expect(approval.fuelPerRow).toBe(1_000n)
      const csv = `x,label\n${Array.from({ length: 1000 }, (_, i) => `${i % 100},a`).join('\n')}\n`
      const params = parseBuiltinParams(algorithm)
      const mapped = mapThroughModule(csv, MODULE, approval, params)
      expect(mapped.csv.split('\n').slice(0, 3)).toEqual(['f0,f1', '0,1', '2,2'])
      const result = runDp(mapped.csv, { ...mapped.params, epsilonMicro: 5_000_000n })
      // Σ (x + 1) over 10 × (0..99) = 10 × 5050
      expect(Math.abs((result.value as number) - 50_500)).toBeLessThan(500)

      // revoked: no new job may name it; an executor holding an older one refuses it as ALGORITHM
      s.run('MsgRevokeFeatureModule', { owner, assetId: s.assetId, moduleHash })
      const again = s.attempt('MsgPurchaseAndRequest', { buyer, offeringId: s.offeringId, job })
      expect(!again.ok && again.error.codespace === CE.featureModuleNotApproved.codespace).toBe(true)
      expect(!again.ok && again.error.code).toBe(CE.featureModuleNotApproved.code)
      const refused = await featureInput(moduleHash, { id: s.assetId }, csv, params, features).catch((e) => e)
      expect(refused).toBeInstanceOf(JobFault)
      expect((refused as JobFault).faultClass).toBe('ALGORITHM')
      expect(s.brokenInvariants()).toEqual([])
    } finally {
      await s.cleanup()
    }
  })
})
