import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { beforeAll, describe, expect, it } from 'vitest'
import * as C from '../../../proto/gen/datum/computeright/v1/index.js'
import * as D from '../../../proto/gen/datum/dataasset/v1/index.js'
import { encryptPackage, newKey } from '../../cli/publish/encrypt.js'
import { buildManifest } from '../../cli/publish/manifest.js'
import { storeInDirectory } from '../../cli/publish/storage.js'
import { encryptTo } from '../ecies.js'
import { modelBytes } from '../federated/model-digest.js'
import {
  type InferenceResult,
  inferenceAlgorithm,
  parseModelBytes,
  sealInferenceInput,
  sha256Hex,
} from '../model-inference.js'
import { verifyResult } from '../result.js'
import { fromNumber, parseFixed } from '../train/fixed-point.js'
import { logisticRegression } from '../train/models.js'
import type { JobView } from './chain-view.js'
import { DatasetSource } from './dataset-source.js'
import { Grants } from './grants.js'
import { inferenceRefusal, isInferenceJob, runInference } from './inference-job.js'

const execSk = secp256k1.utils.randomSecretKey()
const otherSk = secp256k1.utils.randomSecretKey()
const buyerSk = secp256k1.utils.randomSecretKey()
const pub = (sk: Uint8Array) => secp256k1.getPublicKey(sk, true)
const model = logisticRegression(2)
const weights = [fromNumber(1.5), fromNumber(-2), fromNumber(0.25)]
const bin = modelBytes(new Uint8Array(32).fill(7), model, weights)
const ROWS = 'f0,f1,extra\n0.5,1,x\n-1,0.25,y\n2,-3,z\n'
let dir: string
let grants: Grants
let modelAsset: D.DataAsset
let tampered: D.DataAsset
let renamed: D.DataAsset
let relabelled: D.DataAsset
const lineageJobs: bigint[] = []

async function packageOf(files: Record<string, Uint8Array | string>, name: string) {
  const src = join(dir, name)
  mkdirSync(src)
  for (const [f, body] of Object.entries(files)) writeFileSync(join(src, f), body)
  const built = await buildManifest(src)
  const key = newKey()
  await encryptPackage(built, key, join(dir, `${name}.tmp`))
  const uri = await storeInDirectory(join(dir, `${name}.tmp`), join(dir, 'store'), built.contentHash)
  return { contentHash: built.contentHash, uri, key }
}

function sealedInput(keys: Uint8Array[], csv = ROWS, name = 'in.sealed') {
  const { sealed, sha256 } = sealInferenceInput(keys, csv)
  writeFileSync(join(dir, name), sealed)
  return { uri: pathToFileURL(join(dir, name)).href, sha256 }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'datum-infer-'))
  const info = JSON.stringify({ featureColumns: ['f0', 'f1'] })
  const good = await packageOf({ 'model.bin': bin, 'model.json': info }, 'good')
  const bad = await packageOf(
    { 'model.bin': modelBytes(new Uint8Array(32).fill(7), model, [0n, 0n, 0n]), 'model.json': info },
    'bad',
  )
  // the attested model.bin with a model.json naming other columns than its training job (features swapped; a
  // label the job did not train on)
  const swapped = await packageOf(
    { 'model.bin': bin, 'model.json': JSON.stringify({ featureColumns: ['f1', 'f0'] }) },
    'swapped',
  )
  const otherLabel = await packageOf(
    { 'model.bin': bin, 'model.json': JSON.stringify({ featureColumns: ['f0', 'f1'], labelColumn: 'z' }) },
    'other-label',
  )
  const execPub = Buffer.from(pub(execSk)).toString('hex')
  const grant = (assetId: string, key: Uint8Array) => ({
    assetId,
    executor: 'x',
    encryptionKey: execPub,
    wrappedKey: encryptTo(pub(execSk), key),
    grantedAt: 0n,
    grantedHeight: 0n,
  })
  const hashes = new Map([
    ['m1', good.contentHash],
    ['m2', bad.contentHash],
    ['m4', swapped.contentHash],
    ['m5', otherLabel.contentHash],
  ])
  const onChain = {
    grantsByExecutor: async () => [
      grant('m1', good.key),
      grant('m2', bad.key),
      grant('m4', swapped.key),
      grant('m5', otherLabel.key),
    ],
    asset: async (id: string) => ({ state: D.AssetState.ASSET_STATE_ACTIVE, contentHash: hashes.get(id)! }),
  }
  grants = new Grants(onChain, 'x', execPub, execSk, { purge: async () => [] }, () => {})
  await grants.refresh()
  const lineage = { jobId: 3n, inputAssetIds: ['a', 'b'], modelDigest: sha256Hex(bin) } as D.ModelLineage
  modelAsset = {
    id: 'm1',
    owner: 'o',
    version: 1,
    kind: D.AssetKind.ASSET_KIND_MODEL,
    contentHash: good.contentHash,
    storage: { uri: good.uri },
    lineage,
  } as D.DataAsset
  // the same model asset pointing at another package
  const withPackage = (id: string, pkg: { contentHash: string; uri: string }) =>
    ({ ...modelAsset, id, contentHash: pkg.contentHash, storage: { uri: pkg.uri } }) as D.DataAsset
  tampered = withPackage('m2', bad)
  renamed = withPackage('m4', swapped)
  relabelled = withPackage('m5', otherLabel)
})

function view(input: { uri: string; sha256: string }, asset = modelAsset): JobView {
  const job = {
    id: 9n,
    requester: 'r',
    rightIds: [1n],
    algorithm: { ...inferenceAlgorithm({ algorithm: 'model-inference', input }), label: 'model-inference' },
    epsilonMicro: 1n,
    outputKey: pub(buyerSk),
    viewers: [],
    featureModuleHash: '',
    state: C.JobState.JOB_STATE_REQUESTED,
  } as unknown as C.Job
  return {
    job,
    assets: [asset],
    pinnedVersions: new Map([[asset.id, 1]]),
    attestation: undefined,
    facts: {} as JobView['facts'],
  }
}

const deps = () => ({
  chainId: 'c',
  grants,
  datasets: new DatasetSource(join(dir, 'exec')),
  accountKey: async () => undefined,
  secretKey: execSk,
  // the training job the lineage names (job 3): it trained on f0, f1 to predict y
  trainingJob: async (id: bigint) => {
    lineageJobs.push(id)
    return { id, training: { featureColumns: ['f0', 'f1'], labelColumn: 'y' } } as unknown as C.Job
  },
})

describe('inference on a model asset', () => {
  it('predicts every row with the attested weights, sealed to the buyer', async () => {
    const v = view(sealedInput([pub(otherSk), pub(execSk)]))
    expect(isInferenceJob(v)).toBe(true)
    expect(inferenceRefusal(v, grants)).toBeUndefined()
    const p = await runInference(v, deps())
    const r = verifyResult(p.envelope, buyerSk, p.resultDigest) as unknown as InferenceResult
    const rows = [
      ['0.5', '1'],
      ['-1', '0.25'],
      ['2', '-3'],
    ]
    const predict = (x: string[]) =>
      model
        .predict(
          weights,
          x.map((c) => parseFixed(c)),
        )
        .toString()
    expect(r.predictions).toEqual(rows.map(predict))
    expect(r.modelDigest).toBe(sha256Hex(bin))
    // deterministic: a second executor with the same grant commits the same digest
    expect((await runInference(v, deps())).resultDigest).toBe(p.resultDigest)
  })

  it('round-trips the attested encoding', () => {
    expect(parseModelBytes(bin).weights).toEqual(weights)
    expect(() => parseModelBytes(bin.subarray(0, bin.length - 1))).toThrow(/weights/)
  })

  it('a package whose model.bin is not the attested model is a DATA fault', async () => {
    await expect(runInference(view(sealedInput([pub(execSk)]), tampered), deps())).rejects.toMatchObject({
      faultClass: 'DATA',
    })
  })

  it('a model.json naming other columns or another label than the lineage’s training job is a DATA fault', async () => {
    lineageJobs.length = 0
    for (const asset of [renamed, relabelled])
      await expect(runInference(view(sealedInput([pub(execSk)]), asset), deps())).rejects.toMatchObject({
        faultClass: 'DATA',
        message: expect.stringMatching(/not the training job's/),
      })
    expect(lineageJobs).toEqual([3n, 3n])
  })

  it('an input not sealed to this executor, or not the pinned one, is an ALGORITHM fault', async () => {
    await expect(
      runInference(view(sealedInput([pub(otherSk)], ROWS, 'other.sealed')), deps()),
    ).rejects.toMatchObject({ faultClass: 'ALGORITHM' })
    const pinned = sealedInput([pub(execSk)], ROWS, 'swap.sealed')
    sealedInput([pub(execSk)], 'f0,f1\n1,1\n', 'swap.sealed')
    await expect(runInference(view(pinned), deps())).rejects.toMatchObject({ faultClass: 'ALGORITHM' })
    const missing = sealedInput([pub(execSk)], 'f0\n1\n', 'missing.sealed')
    await expect(runInference(view(missing), deps())).rejects.toMatchObject({ faultClass: 'ALGORITHM' })
  })

  it('refuses before accepting what it cannot run', () => {
    const v = view(sealedInput([pub(execSk)], ROWS, 'r.sealed'))
    expect(
      inferenceRefusal({ ...v, job: { ...v.job, algorithm: { ...v.job.algorithm!, params: '{}' } } }, grants),
    ).toMatch(/params|algorithm/)
    const ungranted = view(sealedInput([pub(execSk)], ROWS, 'u.sealed'), { ...modelAsset, id: 'm3' })
    expect(inferenceRefusal(ungranted, grants)).toMatch(/grant/)
  })
})
