import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { beforeAll, describe, expect, it } from 'vitest'
import * as C from '../../../proto/gen/datum/computeright/v1/index.js'
import * as D from '../../../proto/gen/datum/dataasset/v1/index.js'
import { encryptPackage, newKey } from '../../cli/publish/encrypt.js'
import { buildManifest } from '../../cli/publish/manifest.js'
import { storeInDirectory } from '../../cli/publish/storage.js'
import { encryptTo } from '../ecies.js'
import { JobFault } from '../faults.js'
import { builtinAlgorithm } from '../job-params.js'
import { verifyResult } from '../result.js'
import type { JobView } from './chain-view.js'
import { DatasetSource } from './dataset-source.js'
import { Grants } from './grants.js'
import { computeJob, JobRefused, refusal } from './job-compute.js'

const execSk = secp256k1.utils.randomSecretKey()
const buyerSk = secp256k1.utils.randomSecretKey()
const viewerSk = secp256k1.utils.randomSecretKey()
const viewerKeys = new Map([['viewer', secp256k1.getPublicKey(viewerSk, true)]])
const assetId = 'ab'.repeat(32)
let dir: string
let asset: D.DataAsset
let grants: Grants

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'datum-compute-'))
  mkdirSync(join(dir, 'src'))
  writeFileSync(
    join(dir, 'src/v.csv'),
    `age\n${Array.from({ length: 2000 }, (_, i) => i % 100).join('\n')}\n`,
  )
  const built = await buildManifest(join(dir, 'src/v.csv'))
  const key = newKey()
  await encryptPackage(built, key, join(dir, 'p.tmp'))
  const uri = await storeInDirectory(join(dir, 'p.tmp'), join(dir, 'store'), built.contentHash)
  const execPub = Buffer.from(secp256k1.getPublicKey(execSk, true)).toString('hex')
  const onChain = {
    async grantsByExecutor() {
      return [
        {
          assetId,
          executor: 'x',
          encryptionKey: execPub,
          wrappedKey: encryptTo(secp256k1.getPublicKey(execSk, true), key),
          grantedAt: 0n,
          grantedHeight: 0n,
        },
      ]
    },
    asset: async () => ({ state: D.AssetState.ASSET_STATE_ACTIVE, contentHash: built.contentHash }),
  }
  grants = new Grants(onChain, 'x', execPub, execSk, { purge: async () => [] }, () => {})
  await grants.refresh()
  asset = {
    id: assetId,
    owner: 'o',
    version: 1,
    contentHash: built.contentHash,
    storage: { uri },
  } as D.DataAsset
})

function view(over: Partial<C.Job> = {}, assets = [asset], pinned = 1): JobView {
  const job = {
    id: 5n,
    requester: 'r',
    rightIds: [1n],
    algorithm: builtinAlgorithm({ algorithm: 'dp-mean', column: 'age', lower: 0, upper: 100 }),
    epsilonMicro: 2_000_000n,
    outputKey: secp256k1.getPublicKey(buyerSk, true),
    viewers: [],
    state: C.JobState.JOB_STATE_REQUESTED,
    ...over,
  } as C.Job
  const facts = {
    jobId: 5n,
    requester: 'r',
    assetOwners: ['o'],
    now: 0n,
    commitBy: 9n,
    revealBy: 9n,
    open: true,
  }
  return {
    job,
    assets,
    pinnedVersions: new Map(assets.map((a) => [a.id, pinned])),
    attestation: undefined,
    facts,
  }
}

describe('job compute', () => {
  const deps = () => ({
    chainId: 'c',
    grants,
    datasets: new DatasetSource(mkdtempSync(join(dir, 'd-'))),
    accountKey: async (a: string) => viewerKeys.get(a),
  })
  const faultOf = async (p: Promise<unknown>): Promise<JobFault> => {
    const e = await p.then(
      () => undefined,
      (x: unknown) => x,
    )
    expect(e).toBeInstanceOf(JobFault)
    return e as JobFault
  }

  it('says why a job cannot run before any stake is locked', () => {
    const g = deps().grants
    expect(refusal(view(), g)).toBeUndefined()
    expect(refusal(view({}, [asset, asset]), g)).toMatch(/exactly one input/)
    expect(refusal(view({}, [asset], 2), g)).toMatch(/pinned version/)
    expect(refusal(view({}, [{ ...asset, id: 'cd'.repeat(32) }]), g)).toMatch(
      /no data-key grant|no live grant/,
    )
    expect(refusal(view({ outputKey: new Uint8Array() }), g)).toMatch(/output key/)
    const badAlgo = {
      ...builtinAlgorithm({ algorithm: 'dp-count', column: 'age' }),
      paramsHash: 'ee'.repeat(32),
    }
    expect(refusal(view({ algorithm: badAlgo }), g)).toMatch(/params_hash/)
  })

  it('computes equal digests on every honest executor, a different one when lying', async () => {
    const a = await computeJob(view(), deps())
    const b = await computeJob(view(), deps())
    expect(a.resultDigest).toBe(b.resultDigest)
    expect(a.salt).not.toBe(b.salt)
    const result = verifyResult(a.envelope, buyerSk, a.resultDigest)
    expect(Math.abs((result.value as number) - 49.5)).toBeLessThan(2)
    const liar = await computeJob(view(), { ...deps(), lie: true })
    expect(liar.resultDigest).not.toBe(a.resultDigest)
    await expect(computeJob(view({}, [asset], 2), deps())).rejects.toBeInstanceOf(JobRefused)
  })

  it('encrypts to the requester and every viewer; a viewer without a key on chain is an ALGORITHM fault', async () => {
    const p = await computeJob(view({ viewers: ['viewer'] }), deps())
    expect(verifyResult(p.envelope, viewerSk, p.resultDigest)).toEqual(
      verifyResult(p.envelope, buyerSk, p.resultDigest),
    )
    // the viewers change who can open it, not the digest every executor commits to
    expect(p.resultDigest).toBe((await computeJob(view(), deps())).resultDigest)
    const f = await faultOf(computeJob(view({ viewers: ['viewer', 'keyless'] }), deps()))
    expect(f.faultClass).toBe('ALGORITHM')
    expect(f.reason).toMatch(/viewer keyless has no public key/)
  })

  it("enforces the asset's output policy and refuses what cannot run as an ALGORITHM fault", async () => {
    const withPolicy = (minAggregationK: number, maxBytes: bigint) => [
      { ...asset, computePolicy: { outputPolicy: { minAggregationK, maxBytes } } } as D.DataAsset,
    ]
    expect((await computeJob(view({}, withPolicy(2000, 4096n)), deps())).plaintext.length).toBeLessThan(4096)
    const few = await faultOf(computeJob(view({}, withPolicy(2001, 0n)), deps()))
    expect(few).toMatchObject({ faultClass: 'ALGORITHM' })
    expect(few.reason).toMatch(/2000 rows, fewer than the asset's minimum aggregation 2001/)
    const big = await faultOf(computeJob(view({}, withPolicy(0, 50n)), deps()))
    expect(big.reason).toMatch(/over the asset's max output 50/)
    const badColumn = builtinAlgorithm({ algorithm: 'dp-mean', column: 'height', lower: 0, upper: 1 })
    const col = await faultOf(computeJob(view({ algorithm: badColumn }), deps()))
    expect(col).toMatchObject({ faultClass: 'ALGORITHM', reason: 'no column "height"' })
    const noFile = builtinAlgorithm({ algorithm: 'dp-count', column: 'age', file: 'nope.csv' })
    const file = await faultOf(computeJob(view({ algorithm: noFile }), deps()))
    expect(file).toMatchObject({ faultClass: 'ALGORITHM', reason: 'dataset has no file nope.csv' })
  })
})
