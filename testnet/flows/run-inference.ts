// Run 5, second half (issue 16): the trained model's life after training, on the same 4-validator testnet. The
// trainer packages the attested model bytes and registers them as a MODEL asset (lineage: the training job, its
// inputs, a 10 % royalty to them), grants two of the running executor daemons the model and offers INFERENCE
// rights; an analyst buys one, seals 50 rows to the granted executors and requests the built-in inference; the
// daemons predict, attest and reveal; after the challenge window the analyst decrypts predictions that must
// equal the model's own row for row, and each data owner's balance must rise by exactly its royalty part.
import { join } from 'node:path'
import { Keyring } from '../../client/cli/keyring.js'
import { secretKeyFromMnemonic } from '../../client/executor/hd-key.js'
import { type InferenceResult, sha256Hex } from '../../client/executor/model-inference.js'
import { verifyResult } from '../../client/executor/result.js'
import { fetchEnvelope } from '../../client/executor/result-fetch.js'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { connectKey } from './buyer.js'
import type { Executor } from './executors.js'
import { type Flow, workDir } from './flow.js'
import { finalizeAfterWindow, followToAttested } from './job-steps.js'
import {
  expectedPredictions,
  expectedRoyalty,
  inferenceCsv,
  inferenceJobMsg,
  offerInference,
  packageModel,
  type RunCli,
  registerModelMsg,
  sealRowsForModel,
} from './model-sale.js'
import { datum, UDATUM_PER_DATUM } from './money.js'

/** An odd price, so the fee, the royalty and its split all round. */
const PRICE = 1_000_007n
const ROYALTY_BPS = 1000
const ROWS = 50

export interface TrainedModel {
  jobId: bigint
  /** The attested digest: sha256 of `bytes`. */
  digest: string
  /** The decrypted model bytes exactly as the executors sealed them. */
  bytes: Uint8Array
  weights: bigint[]
  featureColumns: string[]
  /** Keyring name of the account that requested the training (it registers and sells the model). */
  owner: string
  /** Keyring names of the training inputs' owners, in input order. */
  dataOwners: string[]
}

export interface InferenceOutcome {
  modelId: string
  jobId: bigint
  /** Rows scored, and how many predictions equal the model's own. */
  rows: number
  matching: number
  royalty: bigint
  /** Each data owner's expected royalty part and its balance change over the sale, in input order. */
  parts: bigint[]
  gains: bigint[]
}

export async function runInference(f: Flow, m: TrainedModel, granted: Executor[]): Promise<InferenceOutcome> {
  const { n, chain, net } = f
  const cli: RunCli = (argv, o) => net.cli.run(argv, o)
  const work = workDir(f, 'inference')
  n.step('The trainer registers the model as a MODEL asset, its royalty owed to the training data')
  n.check(
    `the decrypted bytes are the attested model: sha256 ${m.digest.slice(0, 16)}…`,
    sha256Hex(m.bytes) === m.digest,
  )
  const pkg = await packageModel(cli, {
    dir: work,
    storageDir: join(work, 'storage'),
    bytes: m.bytes,
    featureColumns: m.featureColumns,
  })
  const terms = await cli(['tx', 'dataasset', 'register-terms', '--purposes', 'inference', '--from', m.owner])
  const owner = await connectKey(net.cli.keyringFile, m.owner, net.rpc(0))
  let modelId: string
  try {
    const { response } = await owner.client.broadcastOne(
      owner.address,
      registerModelMsg({
        owner: owner.address,
        pkg,
        licenseTermsId: terms.response.id,
        jobId: m.jobId,
        modelDigest: m.digest,
        royaltyBps: ROYALTY_BPS,
        regions: granted.map((e) => e.region),
        requireAuditedRegion: true,
      }),
      DA.MsgRegisterModelResponse,
    )
    modelId = response.id
  } finally {
    owner.client.disconnect()
  }
  const lineage = (await chain.q.dataasset.asset(modelId)).lineage
  n.say(
    `model ${modelId}: lineage job ${lineage?.jobId}, inputs ${lineage?.inputAssetIds.join(', ')} ` +
      `(shares ${lineage?.inputWeightsPpm.join(', ')} ppm), royalty ${Number(lineage?.royaltyBps) / 100} % of the owner side`,
  )

  n.step(
    `The trainer grants ${granted.map((e) => e.name).join(' and ')} the model and offers inference rights`,
  )
  const offeringId = await offerInference(cli, {
    modelId,
    dataKey: pkg.dataKey,
    executors: granted.map((e) => e.address),
    price: PRICE,
    from: m.owner,
  })
  const owners = m.dataOwners.map((name) => net.keys.get(name)!)
  const before = await Promise.all(owners.map((a) => chain.balance(a)))

  n.step(`An analyst buys an inference right for ${datum(PRICE)} and has ${ROWS} rows scored`)
  const k = await net.cli.run(['keys', 'add', 'analyst'], { node: false, quiet: true })
  net.keys.set('analyst', k.address)
  await net.cli.run(['tx', 'bank', 'send', 'buyer', k.address, `${5n * UDATUM_PER_DATUM}udatum`])
  const analyst = await connectKey(net.cli.keyringFile, 'analyst', net.rpc(0))
  try {
    const { response: bought } = await analyst.client.broadcastOne(
      analyst.address,
      { typeUrl: '/datum.computeright.v1.MsgPurchaseRight', value: { buyer: analyst.address, offeringId } },
      CR.MsgPurchaseRightResponse,
    )
    const csv = inferenceCsv(m.featureColumns, ROWS)
    const sealed = await sealRowsForModel(chain.q, modelId, csv, join(work, 'inference-input.sealed'))
    n.check(
      `the rows are sealed to the ${sealed.sealedTo} executors the chain lists as granted the model`,
      sealed.sealedTo === granted.length,
    )
    const { response } = await analyst.client.broadcastOne(
      analyst.address,
      inferenceJobMsg({
        requester: analyst.address,
        rightId: bought.rightId,
        algorithm: sealed.algorithm,
        outputKey: analyst.pubKey,
        maxComputeFee: f.prices.maxComputeFee,
      }),
      CR.MsgRequestJobResponse,
    )
    const jobId = response.jobId
    n.say(`job ${jobId}: model-inference on right ${bought.rightId}, input pinned by sha256`)
    const attested = await followToAttested(f, jobId, 120_000)
    const fin = await finalizeAfterWindow(f, attested)
    n.say(`FINALIZED at block time ${fin.attestation.finalizedAt}`)

    n.step("The analyst decrypts the predictions: the model's own, row for row")
    const sk = await secretKeyFromMnemonic(new Keyring(net.cli.keyringFile).get('analyst').mnemonic)
    const envelope = await fetchEnvelope(attested.outputUri, sk, jobId)
    const result = verifyResult(envelope, sk, attested.resultDigest) as unknown as InferenceResult
    const expected = expectedPredictions(m.weights, csv)
    const matching = expected.filter((p, i) => result.predictions[i] === p).length
    n.check(
      `${matching} of ${ROWS} predictions equal the model's own; the result names model digest ${result.modelDigest.slice(0, 16)}…`,
      matching === ROWS && result.predictions.length === ROWS && result.modelDigest === m.digest,
    )

    n.step('The data owners receive their royalty, to the micro-unit')
    const { royalty, parts } = await expectedRoyalty(chain.q, modelId, PRICE)
    const after = await Promise.all(owners.map((a) => chain.balance(a)))
    const gains = after.map((a, i) => a - before[i]!)
    n.say(`royalty ${datum(royalty)} of the ${datum(PRICE)} price, split by the lineage's shares`)
    for (const [i, part] of parts.entries())
      n.check(
        `${m.dataOwners[i]} (asset ${part.assetId}): +${datum(gains[i]!)}, its part ${datum(part.amount)}`,
        part.owner === owners[i] && gains[i] === part.amount,
      )
    return {
      modelId,
      jobId,
      rows: ROWS,
      matching,
      royalty,
      parts: parts.map((p) => p.amount),
      gains,
    }
  } finally {
    analyst.client.disconnect()
  }
}
