// Selling a trained model (issue 16), the steps the single-node e2e test (client/e2e/training.e2e.test.ts) and
// the testnet training flow (run-inference.ts) share: package the attested model bytes, register them as a
// MODEL asset, seal a buyer's rows to the executors granted the model, request the built-in inference, and
// what the chain must pay: the predictions the model itself gives and each training input's royalty part.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { groundTruth, syntheticExamples } from '../../client/executor/federated/testdata/synthetic-csv.js'
import {
  inferenceAlgorithm,
  inferenceAllowlistEntry,
  sealInferenceInput,
} from '../../client/executor/model-inference.js'
import { parseFixed } from '../../client/executor/train/fixed-point.js'
import { logisticRegression } from '../../client/executor/train/models.js'
import type { ComputeRightExtension } from '../../client/sdk/computeright/queries.js'
import type { DataAssetExtension } from '../../client/sdk/dataasset/queries.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'

/** A `datum` CLI runner (the flow's `DatumCli.run` or a test's own); resolves with the parsed JSON output. */
// biome-ignore lint/suspicious/noExplicitAny: CLI output is JSON whose shape each command documents
export type RunCli = (argv: string[], opts?: { node?: boolean }) => Promise<any>

type Queries = DataAssetExtension & ComputeRightExtension

export interface ModelPackage {
  contentHash: string
  storageUri: string
  /** The package's data key, granted to the executors that will run inference. */
  dataKey: string
}

/**
 * The model package (client/executor/README.md, "Inference on a model asset"): `model.bin`, the exact bytes the
 * training job attested, and `model.json` naming the feature columns, encrypted like a dataset into `storageDir`
 * (`datum asset publish --dry-run`: packaged, not registered as a data asset).
 */
export async function packageModel(
  cli: RunCli,
  o: { dir: string; storageDir: string; bytes: Uint8Array; featureColumns: string[] },
): Promise<ModelPackage> {
  const modelDir = join(o.dir, 'model')
  const keyFile = join(o.dir, 'model-key.json')
  mkdirSync(modelDir, { recursive: true })
  writeFileSync(join(modelDir, 'model.bin'), o.bytes)
  writeFileSync(join(modelDir, 'model.json'), JSON.stringify({ featureColumns: o.featureColumns }))
  const pkg = await cli(
    ['asset', 'publish', modelDir, '--out-dir', o.storageDir, '--key-file', keyFile, '--dry-run'],
    { node: false },
  )
  return {
    contentHash: pkg.content_hash,
    storageUri: pkg.storage_uri,
    dataKey: JSON.parse(readFileSync(keyFile, 'utf8')).key,
  }
}

/** MsgRegisterModel for a packaged model: inference by the built-in algorithm only, run in `regions`. */
export function registerModelMsg(o: {
  owner: string
  pkg: ModelPackage
  licenseTermsId: string
  jobId: bigint
  modelDigest: string
  royaltyBps: number
  regions: string[]
  requireAuditedRegion: boolean
}) {
  return {
    typeUrl: '/datum.dataasset.v1.MsgRegisterModel',
    value: {
      owner: o.owner,
      contentHash: o.pkg.contentHash,
      storage: { uri: o.pkg.storageUri, encryptionScheme: 'aes-256-gcm' },
      metadata: { name: 'model', description: '', tags: [], category: '', uri: '', hash: '' },
      licenseTermsId: o.licenseTermsId,
      contributors: [],
      computePolicy: {
        mechanisms: [DA.Mechanism.MECHANISM_DP],
        algorithmAllowlist: [inferenceAllowlistEntry()],
        trustedPublishers: [],
        minExecutors: 1,
      },
      privacyPolicy: { epsilonTotalMicro: 10_000_000n, epsilonPerJobMaxMicro: 1_000_000n, deltaNano: 1_000n },
      residencyPolicy: { allowedRegions: o.regions, requireAuditedRegion: o.requireAuditedRegion },
      transferable: false,
      jobId: o.jobId,
      modelDigest: o.modelDigest,
      royaltyBps: o.royaltyBps,
    },
  }
}

/**
 * The model's owner grants `executors` the package's data key and offers INFERENCE rights: one use each at
 * `price` udatum, valid an hour, 0.01 ε per use. Resolves with the offering id.
 */
export async function offerInference(
  cli: RunCli,
  o: { modelId: string; dataKey: string; executors: string[]; price: bigint; from: string },
): Promise<bigint> {
  for (const executor of o.executors)
    await cli([
      'tx',
      'dataasset',
      'grant-executor',
      o.modelId,
      executor,
      '--data-key',
      o.dataKey,
      '--from',
      o.from,
    ])
  const offer = await cli([
    'tx',
    'computeright',
    'create-offering',
    o.modelId,
    '--price',
    `${o.price}udatum`,
    '--uses',
    '1',
    '--validity',
    '3600',
    '--epsilon-per-use',
    '0.01',
    '--from',
    o.from,
  ])
  return BigInt(offer.response.id)
}

/** `rows` feature rows (no label) drawn from the ground-truth model, as the CSV a buyer scores. */
export function inferenceCsv(featureColumns: string[], rows: number): string {
  const examples = syntheticExamples('inference-input', groundTruth(featureColumns.length), rows)
  const lines = examples.map((r) => r.x.map((v) => (Number(v) / 2 ** 32).toFixed(9)).join(','))
  return `${featureColumns.join(',')}\n${lines.join('\n')}\n`
}

/**
 * Seals `csv` to every executor the chain lists as granted `modelId`, writes it to `file`, and returns the
 * job algorithm pinning it (by file:// URI and sha256) and how many executors it was sealed to.
 */
export async function sealRowsForModel(q: Queries, modelId: string, csv: string, file: string) {
  const keys = (await q.dataasset.grants(modelId)).grants.map((g) => Buffer.from(g.encryptionKey, 'hex'))
  const { sealed, sha256 } = sealInferenceInput(keys, csv)
  writeFileSync(file, sealed)
  const algorithm = inferenceAlgorithm({
    algorithm: 'model-inference',
    input: { uri: pathToFileURL(file).href, sha256 },
  })
  return { algorithm: { ...algorithm, label: 'model-inference' }, sealedTo: keys.length }
}

/** MsgRequestJob for an inference right: 1 µε (the chain's minimum), the result sealed to `outputKey`. */
export function inferenceJobMsg(o: {
  requester: string
  rightId: bigint
  algorithm: Awaited<ReturnType<typeof sealRowsForModel>>['algorithm']
  outputKey: Uint8Array
  maxComputeFee: bigint
}) {
  return {
    typeUrl: '/datum.computeright.v1.MsgRequestJob',
    value: {
      requester: o.requester,
      rightIds: [o.rightId],
      job: {
        algorithm: o.algorithm,
        mechanism: DA.Mechanism.MECHANISM_DP,
        epsilonMicro: 1n,
        purpose: DA.Purpose.PURPOSE_INFERENCE,
        maxComputeFee: { denom: 'udatum', amount: o.maxComputeFee.toString() },
        outputKey: o.outputKey,
        viewers: [],
      },
    },
  }
}

/** What the logistic model with `weights` predicts for each row of `csv`, as the result's decimal strings. */
export function expectedPredictions(weights: bigint[], csv: string): string[] {
  const lines = csv.trim().split('\n')
  const model = logisticRegression(lines[0]!.split(',').length)
  return lines.slice(1).map((line) =>
    String(
      model.predict(
        weights,
        line.split(',').map((c) => parseFixed(c)),
      ),
    ),
  )
}

export interface RoyaltyPart {
  assetId: string
  owner: string
  amount: bigint
}

/**
 * Each training input's royalty for one use of the model at `price`, restated from the chain's rule
 * (modules/computeright/royalty.ts) rather than imported, so a wrong payout cannot agree with itself:
 * fee = ⌊price·fee_bps/10⁴⌋, royalty = ⌊(price − fee)·bps/10⁴⌋, input i gets ⌊royalty·wᵢ/10⁶⌋, the dust to the
 * largest share (the first of equals). Inputs here have no contributors, so each part is its owner's.
 */
export async function expectedRoyalty(
  q: Queries,
  modelId: string,
  price: bigint,
): Promise<{ royalty: bigint; parts: RoyaltyPart[] }> {
  const feeBps = BigInt((await q.computeright.params()).protocolFeeBps)
  const lineage = (await q.dataasset.asset(modelId)).lineage
  if (!lineage) throw new Error(`asset ${modelId} has no lineage: not a model`)
  const royalty = ((price - (price * feeBps) / 10_000n) * BigInt(lineage.royaltyBps)) / 10_000n
  const w = lineage.inputWeightsPpm.map(BigInt)
  const amounts = w.map((x) => (royalty * x) / 1_000_000n)
  const largest = w.indexOf(w.reduce((m, x) => (x > m ? x : m)))
  amounts[largest]! += royalty - amounts.reduce((a, x) => a + x, 0n)
  const parts: RoyaltyPart[] = []
  for (const [i, assetId] of lineage.inputAssetIds.entries()) {
    const input = await q.dataasset.asset(assetId)
    if (input.contributors.length > 0) throw new Error(`input ${assetId} has contributors: not covered here`)
    parts.push({ assetId, owner: input.owner, amount: amounts[i]! })
  }
  return { royalty, parts }
}
