// Run 5 (issue 16, the demo only): federated private training across three owners. Three clinics in DE, FR
// and US publish 2,000-row synthetic assets drawn from one ground-truth logistic model, each granting the
// executor audited in its region; a trainer buys training rights on all three and requests a logistic model at
// ε ≤ 1 per asset; the chain computes each input's ε from the declared hyperparameters; the three executor
// daemons train with secure aggregation, agree on one model digest, and after the challenge window the trainer
// decrypts the model and measures its held-out accuracy against the ground-truth model's. Then the model is
// registered, sold for inference to an analyst and used through the DE and FR daemons, and the data owners
// receive their royalty (run-inference.ts).
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { Keyring } from '../../client/cli/keyring.js'
import { openWith } from '../../client/executor/envelope.js'
import {
  groundTruth,
  syntheticExamples,
  writeSyntheticCsv,
} from '../../client/executor/federated/testdata/synthetic-csv.js'
import { secretKeyFromMnemonic } from '../../client/executor/hd-key.js'
import { BUILTIN_IMAGE_DIGEST } from '../../client/executor/job-params.js'
import { fetchEnvelope } from '../../client/executor/result-fetch.js'
import { decodeVector } from '../../client/executor/train/fixed-point.js'
import { accuracy, logisticRegression } from '../../client/executor/train/models.js'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { connectKey } from './buyer.js'
import { replaceDaemon, startDaemons } from './executors.js'
import { type Flow, workDir } from './flow.js'
import { finalizeAfterWindow, followToAttested } from './job-steps.js'
import { datum, epsilon, UDATUM_PER_DATUM } from './money.js'
import { type InferenceOutcome, runInference } from './run-inference.js'

const FEATURES = 4
const ROWS = 2000
const HELD_OUT = 4000
const featureColumns = Array.from({ length: FEATURES }, (_, i) => `f${i}`)
/** The demo accepts the trained model within this many accuracy points of the ground-truth model. */
const MARGIN = 0.05
/** The training algorithm the owners allowlist (the daemon's built-in DP-FedAvg). */
const DP_FEDAVG = {
  codeHash: bytesToHex(sha256(new TextEncoder().encode('datum-executor/dp-fedavg-v1'))),
  imageDigest: BUILTIN_IMAGE_DIGEST,
  label: 'dp-fedavg',
}

export interface TrainingOutcome {
  jobId: bigint
  accuracy: number
  reference: number
  /** ε charged per input asset, in µε, in input order. */
  charges: bigint[]
  /** The model registered, sold for inference and used; the royalty to the data owners. */
  inference: InferenceOutcome
}

export async function runTraining(
  f: Flow,
  clinics: { executor: string; region: string }[],
): Promise<TrainingOutcome> {
  const { n, chain, net } = f
  n.step(`Run 5 — federated private training across ${clinics.length} owners`)
  const execs = clinics.map((c) => f.executors.get(c.executor)!)
  // fresh honest daemons (the jobs flow leaves them stopped, one configured to lie or wait)
  await Promise.all(execs.map((e) => e.daemon.stop()))
  for (const e of execs) replaceDaemon(e, false)
  await startDaemons(n, execs)
  const work = workDir(f, 'training')
  mkdirSync(work, { recursive: true })
  const truth = groundTruth(FEATURES)
  const names = clinics.map((c) => `clinic-${c.region.toLowerCase()}`)
  for (const name of [...names, 'trainer']) {
    const k = await net.cli.run(['keys', 'add', name], { node: false, quiet: true })
    net.keys.set(name, k.address)
    await net.cli.run(['tx', 'bank', 'send', 'buyer', k.address, `${20n * UDATUM_PER_DATUM}udatum`])
  }
  const assets: string[] = []
  const offerings: bigint[] = []
  for (const [i, c] of clinics.entries()) {
    const owner = names[i]!
    const file = join(work, `${owner}.csv`)
    await writeSyntheticCsv(file, owner, truth, ROWS)
    const terms = await net.cli.run([
      'tx',
      'dataasset',
      'register-terms',
      '--purposes',
      'training',
      '--from',
      owner,
    ])
    const keyFile = join(work, `${owner}.key.json`)
    const pub = await net.cli.run([
      'asset',
      'publish',
      file,
      '--out-dir',
      join(work, 'storage'),
      '--key-file',
      keyFile,
      '--terms',
      terms.response.id,
      '--name',
      `${owner} records`,
      '--tags',
      `rows-${ROWS}`,
      '--mechanisms',
      'dp',
      '--algorithm',
      `${DP_FEDAVG.codeHash}:${DP_FEDAVG.imageDigest}:${DP_FEDAVG.label}`,
      '--epsilon-total',
      '10',
      '--epsilon-per-job',
      '1',
      '--delta',
      '0.000001',
      '--regions',
      c.region,
      '--require-audited-region',
      '--from',
      owner,
    ])
    assets.push(pub.asset_id)
    const offer = await net.cli.run([
      'tx',
      'computeright',
      'create-offering',
      pub.asset_id,
      '--price',
      '1000000udatum',
      '--uses',
      '1',
      '--validity',
      '3600',
      '--epsilon-per-use',
      '1',
      '--train-families',
      'logistic',
      '--from',
      owner,
    ])
    offerings.push(BigInt(offer.response.id))
    const dataKey = JSON.parse(readFileSync(keyFile, 'utf8')).key as string
    await net.cli.run([
      'tx',
      'dataasset',
      'grant-executor',
      pub.asset_id,
      execs[i]!.address,
      '--data-key',
      dataKey,
      '--from',
      owner,
    ])
    n.say(`${owner}: asset ${pub.asset_id} (${ROWS} rows, region ${c.region}), granted to ${execs[i]!.name}`)
  }

  n.step('The trainer buys training rights on the three assets and requests a logistic model')
  const trainer = await connectKey(net.cli.keyringFile, 'trainer', net.rpc(0))
  try {
    const rightIds: bigint[] = []
    for (const offeringId of offerings) {
      const { response } = await trainer.client.broadcastOne(
        trainer.address,
        { typeUrl: '/datum.computeright.v1.MsgPurchaseRight', value: { buyer: trainer.address, offeringId } },
        CR.MsgPurchaseRightResponse,
      )
      rightIds.push(response.rightId)
    }
    const hyperparams = {
      rounds: 20,
      localSteps: 1,
      samplingRatePpm: 50_000,
      clipNormMicro: 1_000_000n,
      noiseMultiplierMicro: 2_000_000n,
      learningRateMicro: 500_000n,
    }
    const { response } = await trainer.client.broadcastOne(
      trainer.address,
      {
        typeUrl: '/datum.computeright.v1.MsgRequestJob',
        value: {
          requester: trainer.address,
          rightIds,
          job: {
            algorithm: DP_FEDAVG,
            mechanism: DA.Mechanism.MECHANISM_DP,
            epsilonMicro: 0n,
            purpose: DA.Purpose.PURPOSE_TRAINING,
            maxComputeFee: { denom: 'udatum', amount: '600000' },
            outputKey: trainer.pubKey,
            viewers: [],
            training: {
              family: CR.ModelFamily.MODEL_FAMILY_LOGISTIC,
              hiddenWidth: 0,
              featureColumns,
              labelColumn: 'label',
              schemaHash: 'ab'.repeat(32),
              hyperparams,
              inputs: assets.map((assetId) => ({ assetId, epsilonMicro: 1_000_000n, deltaNano: 1_000n })),
            },
          },
        },
      },
      CR.MsgRequestJobResponse,
    )
    const jobId = response.jobId
    const charges = (await chain.q.computeright.job(jobId)).trainingCharges
    n.say(
      `job ${jobId}: ${hyperparams.rounds} rounds, sampling q = 0.05, noise σ = 2, clip C = 1, learning rate 0.5, ` +
        `δ = 10⁻⁶ per asset; the chain's RDP accountant charges ${charges.map((c) => epsilon(c.epsilonMicro)).join(', ')}`,
    )

    n.step('The executors train with secure aggregation, commit and reveal one model digest')
    const attested = await followToAttested(f, jobId, 240_000)
    const fin = await finalizeAfterWindow(f, attested)
    n.say(`FINALIZED at block time ${fin.attestation.finalizedAt}`)

    n.step('The trainer decrypts the model and measures it on held-out data')
    const sk = await secretKeyFromMnemonic(new Keyring(net.cli.keyringFile).get('trainer').mnemonic)
    const bytes = openWith(sk, await fetchEnvelope(attested.outputUri, sk, jobId)).payload
    const model = logisticRegression(FEATURES)
    const weights = decodeVector(bytes.slice(bytes.length - model.size * 8))
    const heldOut = syntheticExamples('held-out', truth, HELD_OUT)
    const trained = accuracy(model, weights, heldOut)
    const reference = accuracy(model, truth, heldOut)
    n.check(
      `held-out accuracy ${trained.toFixed(4)} vs ${reference.toFixed(4)} for the ground-truth model (within ${MARGIN})`,
      trained >= reference - MARGIN,
      `${HELD_OUT} held-out rows`,
    )

    n.step('ε charged per asset: usage ledger and budget')
    for (const [i, assetId] of assets.entries()) {
      const charge = charges[i]!.epsilonMicro
      const rec = (await chain.q.dataasset.usageLedger(assetId)).records.find(
        (r) => r.jobId === jobId.toString(),
      )
      const budget = await chain.q.dataasset.privacyBudget(assetId)
      n.check(
        `${names[i]}: ledger records job ${jobId}, model digest ${rec?.resultDigest.slice(0, 12)}…, ε ${epsilon(rec?.epsilonMicro ?? 0n)}; ` +
          `budget spent ${epsilon(budget.budget?.spentMicro ?? 0n)}, remaining ${epsilon(budget.remainingMicro)}`,
        rec?.epsilonMicro === charge &&
          rec?.resultDigest === attested.resultDigest &&
          budget.budget?.spentMicro === charge,
      )
    }
    n.say(`the trainer paid ${datum(3_000_000n)} in data fees (one use of each right)`)
    // the DE and FR daemons (the first two clinics' executors) run the model's inference
    const inference = await runInference(
      f,
      {
        jobId,
        digest: attested.resultDigest,
        bytes,
        weights,
        featureColumns,
        owner: 'trainer',
        dataOwners: names,
      },
      execs.slice(0, 2),
    )
    return { jobId, accuracy: trained, reference, charges: charges.map((c) => c.epsilonMicro), inference }
  } finally {
    trainer.client.disconnect()
  }
}
