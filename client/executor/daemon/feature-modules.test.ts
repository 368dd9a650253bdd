// Owner-approved feature code in the daemon's job computation (issue 16): a job naming an approved module maps
// each row through it in the sandbox and the DP aggregate runs on the features with the declared bounds; a
// module that loops, allocates too much, imports a host function or returns out-of-bounds values, bytes that
// are not the approved hash, params that do not name the declared bounds, or a missing approval are refused
// as ALGORITHM faults, which the job runner (JobWork, chain and broadcast faked) commits as the job's verdict.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { beforeAll, describe, expect, it } from 'vitest'
import * as C from '../../../proto/gen/datum/computeright/v1/index.js'
import * as D from '../../../proto/gen/datum/dataasset/v1/index.js'
import { encryptPackage, newKey } from '../../cli/publish/encrypt.js'
import { buildManifest } from '../../cli/publish/manifest.js'
import { storeInDirectory } from '../../cli/publish/storage.js'
import { runDp } from '../dp-aggregates.js'
import { encryptTo } from '../ecies.js'
import { JobFault } from '../faults.js'
import { builtinAlgorithm } from '../job-params.js'
import { verifyResult } from '../result.js'
import { GREEDY, HALF, HUGE, IMPORTER, LOOP } from '../wasm/testdata/feature-fixtures.js'
import type { ChainView, JobView } from './chain-view.js'
import { DatasetSource } from './dataset-source.js'
import { FeatureModules } from './feature-modules.js'
import { Grants } from './grants.js'
import { computeJob } from './job-compute.js'
import { JobJournal } from './job-journal.js'
import { JobWork } from './job-work.js'

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const execSk = secp256k1.utils.randomSecretKey()
const buyerSk = secp256k1.utils.randomSecretKey()
const assetId = 'ab'.repeat(32)

let dir: string
let storeDir: string
let asset: D.DataAsset
let grants: Grants

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'datum-features-'))
  mkdirSync(join(dir, 'src'))
  writeFileSync(
    join(dir, 'src/v.csv'),
    `age\n${Array.from({ length: 2000 }, (_, i) => i % 100).join('\n')}\n`,
  )
  const built = await buildManifest(join(dir, 'src/v.csv'))
  const key = newKey()
  await encryptPackage(built, key, join(dir, 'p.tmp'))
  const uri = await storeInDirectory(join(dir, 'p.tmp'), join(dir, 'store'), built.contentHash)
  storeDir = dirname(fileURLToPath(uri))
  // the owner puts each module next to the package, named by its content hash
  for (const m of [HALF, LOOP, GREEDY, IMPORTER, HUGE]) writeFileSync(join(storeDir, `${sha(m)}.wasm`), m)
  const execPub = Buffer.from(secp256k1.getPublicKey(execSk, true)).toString('hex')
  const onChain = {
    async grantsByExecutor() {
      const wrappedKey = encryptTo(secp256k1.getPublicKey(execSk, true), key)
      return [
        { assetId, executor: 'x', encryptionKey: execPub, wrappedKey, grantedAt: 0n, grantedHeight: 0n },
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

/** The owner's approval as the chain stores it: bounds [0, 50] on f0, the default-sized limits. */
const approval = (bytes: Uint8Array, over: Partial<D.FeatureModule> = {}): D.FeatureModule => ({
  assetId,
  moduleHash: sha(bytes),
  featureCount: 1,
  bounds: [{ lowerMicro: 0n, upperMicro: 50_000_000n }],
  fuelPerRow: 10_000n,
  maxMemoryPages: 16,
  approvedAt: 0n,
  ...over,
})

const MEAN = builtinAlgorithm({ algorithm: 'dp-mean', column: 'f0', lower: 0, upper: 50 })

function view(moduleHash: string, algorithm = MEAN): JobView {
  const job = {
    id: 7n,
    requester: 'r',
    rightIds: [1n],
    algorithm,
    epsilonMicro: 2_000_000n,
    outputKey: secp256k1.getPublicKey(buyerSk, true),
    viewers: [],
    state: C.JobState.JOB_STATE_REQUESTED,
    featureModuleHash: moduleHash,
  } as unknown as C.Job
  const facts = {
    jobId: 7n,
    requester: 'r',
    assetOwners: ['o'],
    now: 0n,
    commitBy: 9n,
    revealBy: 9n,
    open: true,
  }
  return { job, assets: [asset], pinnedVersions: new Map([[assetId, 1]]), attestation: undefined, facts }
}

const deps = (approved: D.FeatureModule[]) => {
  const dataDir = mkdtempSync(join(dir, 'd-'))
  return {
    chainId: 'c',
    grants,
    datasets: new DatasetSource(dataDir),
    features: new FeatureModules(async (id) => approved.filter((m) => m.assetId === id), dataDir),
    accountKey: async () => undefined,
  }
}

async function faultOf(p: Promise<unknown>): Promise<JobFault> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  )
  expect(e).toBeInstanceOf(JobFault)
  return e as JobFault
}

describe('feature module jobs in the daemon', () => {
  it('a good module: rows go through the sandbox, the DP mean runs on the feature with the declared bounds', async () => {
    const a = await computeJob(view(sha(HALF)), deps([approval(HALF)]))
    const b = await computeJob(view(sha(HALF)), deps([approval(HALF)]))
    expect(a.resultDigest).toBe(b.resultDigest) // deterministic across executors
    const result = verifyResult(a.envelope, buyerSk, a.resultDigest)
    expect(result.column).toBe('f0')
    expect(Math.abs((result.value as number) - 24.75)).toBeLessThan(1)
    // the noise is calibrated from the declared bounds [0, 50]: the same scale as a plain mean over [0, 50]
    const plain = runDp('f0\n1\n', {
      algorithm: 'dp-mean',
      column: 'f0',
      lower: 0,
      upper: 50,
      epsilonMicro: 2_000_000n,
    })
    expect(result.scale).toBe(plain.scale)
    // a count over the features works too (no bounds to check)
    const count = builtinAlgorithm({ algorithm: 'dp-count', column: 'f0' })
    const c = await computeJob(view(sha(HALF), count), deps([approval(HALF)]))
    expect(Math.abs((verifyResult(c.envelope, buyerSk, c.resultDigest).value as number) - 2000)).toBeLessThan(
      20,
    )
  })

  it('refuses a module that loops, allocates too much, imports a host function or leaves its bounds', async () => {
    const cases: [Uint8Array, RegExp][] = [
      [LOOP, /ran out of fuel/],
      [GREEDY, /exceeds the cap of 16/],
      [IMPORTER, /env\.half.*allowlist/],
      [HUGE, /outside \[0, 50\]/],
    ]
    for (const [bytes, reason] of cases) {
      const f = await faultOf(computeJob(view(sha(bytes)), deps([approval(bytes)])))
      expect(f.faultClass).toBe('ALGORITHM')
      expect(f.reason).toMatch(reason)
    }
  })

  it('the approved limits are the ones applied: a fuel budget below one row is out of fuel', async () => {
    const f = await faultOf(computeJob(view(sha(HALF)), deps([approval(HALF, { fuelPerRow: 3n })])))
    expect(f.reason).toMatch(/ran out of fuel \(3 per row\)/)
  })

  it('refuses bytes that are not the approved hash, params off the declared bounds, and no approval', async () => {
    // the storage holds HALF under another module's name: the sandbox checks the hash before running
    const fake = '11'.repeat(32)
    writeFileSync(join(storeDir, `${fake}.wasm`), HALF)
    const wrong = await faultOf(computeJob(view(fake), deps([approval(HALF, { moduleHash: fake })])))
    expect(wrong).toMatchObject({ faultClass: 'ALGORITHM' })
    expect(wrong.reason).toMatch(/is not the approved/)
    const wide = builtinAlgorithm({ algorithm: 'dp-mean', column: 'f0', lower: 0, upper: 100 })
    const bounds = await faultOf(computeJob(view(sha(HALF), wide), deps([approval(HALF)])))
    expect(bounds.reason).toMatch(/not the declared bounds \[0, 50\]/)
    const col = builtinAlgorithm({ algorithm: 'dp-count', column: 'f1' })
    expect((await faultOf(computeJob(view(sha(HALF), col), deps([approval(HALF)])))).reason).toMatch(
      /not a feature/,
    )
    const none = await faultOf(computeJob(view(sha(HALF)), deps([])))
    expect(none.reason).toMatch(/does not approve feature module/)
  })
})

describe('feature module jobs in the job runner (JobWork, chain and broadcast faked)', () => {
  const self = 'exec1'
  /** One tick of the daemon's job runner on a job this executor was assigned; returns the journal and Msgs sent. */
  async function tickOnce(moduleBytes: Uint8Array) {
    const v = view(sha(moduleBytes))
    v.attestation = {
      assigned: [self],
      commitments: [],
      reveals: [],
      state: 1,
    } as unknown as JobView['attestation']
    const chain = {
      now: async () => 0n,
      maxExecutorsPerJob: async () => 3,
      openJobs: async () => [v.job],
      job: async () => v.job,
      view: async () => v,
      accountKey: async () => undefined,
    } as unknown as ChainView
    const sent: { typeUrl: string; value: { commitment?: string } }[] = []
    const client = { broadcast: async (_s: string, msgs: typeof sent) => void sent.push(...msgs) }
    const d = deps([approval(moduleBytes)])
    const journal = new JobJournal(mkdtempSync(join(dir, 'j-')))
    const work = new JobWork({
      ...d,
      self,
      client: client as never,
      chain,
      journal,
      lie: false,
      endpoint: 'http://exec1',
      log: () => {},
    })
    await work.tick()
    return { rec: journal.get(7n)!, sent }
  }

  it('a good module: the runner computes through the sandbox and commits the same digest as computeJob', async () => {
    const { rec, sent } = await tickOnce(HALF)
    expect(rec.phase).toBe('committed')
    expect(rec.fault).toBeUndefined()
    const direct = await computeJob(view(sha(HALF)), deps([approval(HALF)]))
    expect(rec.resultDigest).toBe(direct.resultDigest)
    expect(sent.map((m) => m.typeUrl)).toEqual(['/datum.attestation.v1.MsgCommitResult'])
    expect(sent[0]!.value.commitment).toBe(rec.commitment)
  })

  it('a module that loops is committed as an ALGORITHM fault report, not a result', async () => {
    const { rec, sent } = await tickOnce(LOOP)
    expect(rec).toMatchObject({ phase: 'committed', fault: 'ALGORITHM' })
    expect(rec.faultReason).toMatch(/ran out of fuel/)
    expect(sent).toHaveLength(1)
  })
})
