// Issue 16's binding on one real node with three real executor daemon processes: three owners publish
// synthetic assets drawn from one ground-truth logistic model (regions DE, DE, FR), each grants one executor
// (in its region); a buyer buys training rights on all three and requests a logistic training job with
// attribution at ε ≤ 1 per asset (the chain computes each input's charge); the daemons find the job, choose one
// participant per asset, train over their registered endpoints with secure aggregation, measure each asset's
// contribution in one more secure round, commit and reveal the same model digest and attribution; after the
// challenge window the job is finalized with the inputs' shares set from that attribution, the buyer fetches and decrypts the model, whose held-out
// accuracy is within 5 points of the ground-truth model's (an upper bound on non-private training); each
// asset's usage ledger shows the job, the model digest and the ε charged; the buyer packages the decrypted
// model and registers it as a MODEL asset. Then inference on it: the model's owner grants two DE executors the
// model and offers INFERENCE rights; a second buyer buys one, seals input rows to the granted executors and
// requests the built-in inference; the daemons predict, attest and reveal; after finalize the second buyer
// decrypts predictions equal to the model's own, and each training input's owner received exactly its share
// of the royalty by the chain's rule (modules/computeright/royalty.ts). The job windows are the chain's defaults divided by one factor (40).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as A from '../../proto/gen/datum/attestation/v1/index.js'
import * as C from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { scaledWindows, windowParams } from '../../testnet/flows/chain-params.js'
import { type ExecutorDaemon, stopAllDaemons } from '../../testnet/flows/daemon-process.js'
import {
  expectedPredictions,
  expectedRoyalty,
  inferenceCsv,
  inferenceJobMsg,
  offerInference,
  packageModel,
  registerModelMsg,
  sealRowsForModel,
} from '../../testnet/flows/model-sale.js'
import type { NodeProcess } from '../../testnet/harness/node-process.js'
import { freePorts } from '../../testnet/harness/ports.js'
import { waitFor } from '../../testnet/harness/wait.js'
import { main } from '../cli/datum.js'
import { Keyring } from '../cli/keyring.js'
import { openWith } from '../executor/envelope.js'
import {
  groundTruth,
  syntheticExamples,
  writeSyntheticCsv,
} from '../executor/federated/testdata/synthetic-csv.js'
import { secretKeyFromMnemonic } from '../executor/hd-key.js'
import { type InferenceResult, sha256Hex } from '../executor/model-inference.js'
import { verifyResult } from '../executor/result.js'
import { fetchEnvelope } from '../executor/result-fetch.js'
import { decodeVector } from '../executor/train/fixed-point.js'
import { accuracy, logisticRegression } from '../executor/train/models.js'
import { DatumClient } from '../sdk/client.js'
import { fundAccounts, grantExecutor, startExecutorDaemon, startJobNode } from './job-node.js'

const FEATURES = 4
const ROWS = 2000
const FEATURE_COLUMNS = Array.from({ length: FEATURES }, (_, i) => `f${i}`)
const REGIONS = ['DE', 'DE', 'FR']
const CODE = `${'c1'.repeat(32)}:sha256:${'d2'.repeat(32)}:dp-fedavg`
const MARGIN = 0.05
const windows = scaledWindows(40n)

let node: NodeProcess
let dir: string
let keyring: Keyring
let buyer: DatumClient
let buyerAddress: string
let buyerPub: Uint8Array
const assets: string[] = []
const offerings: bigint[] = []
const execs: { address: string; url: string; pubKey: string }[] = []
/** What the training part leaves for the inference part. */
let trainedModel: { assetId: string; weights: bigint[]; dataKey: string } | undefined

const ctx = () => ({ keyringFile: keyring.path, node: node.rpcUrl })

async function ok(argv: string[], o: { keys?: boolean; node?: boolean } = {}) {
  let out = ''
  let err = ''
  const full = [
    ...argv,
    ...(o.keys !== false ? ['--keyring-file', keyring.path] : []),
    ...(o.node !== false ? ['--node', node.rpcUrl] : []),
  ]
  const code = await main(full, { out: (t) => (out += t), err: (t) => (err += t) })
  if (code !== 0) throw new Error(`datum ${argv.join(' ')} exited ${code}: ${err}`)
  return out ? JSON.parse(out) : undefined
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'datum-train-e2e-'))
  const chain = await startJobNode(windowParams(windows), { auditorAndArbiter: false })
  node = chain.node
  keyring = new Keyring(join(dir, 'keyring.json'))
  await keyring.add('funder', chain.mnemonic)
  const names = ['owner0', 'owner1', 'owner2', 'exec0', 'exec1', 'exec2', 'buyer', 'buyer2']
  const keys = []
  for (const n of names) keys.push(await keyring.add(n))
  await fundAccounts(
    chain,
    keys.map((k) => k.address),
  )
  const b = keyring.get('buyer')
  buyerAddress = b.address
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(b.mnemonic, { prefix: 'datum' })
  buyerPub = (await wallet.getAccounts())[0]!.pubkey
  buyer = await DatumClient.connectWithSigner(node.rpcUrl, wallet)
}, 120_000)

afterAll(async () => {
  await stopAllDaemons()
  buyer?.disconnect()
  await node?.destroy()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('a training job across three owners, run by three executor daemons', { timeout: 300_000 }, () => {
  it('owners publish and grant, executors register, the buyer buys training rights', async () => {
    const truth = groundTruth(FEATURES)
    const ports = await freePorts(3)
    for (let i = 0; i < 3; i++) {
      const src = join(dir, `data${i}`)
      mkdirSync(src)
      await writeSyntheticCsv(join(src, 'rows.csv'), `owner-${i}`, truth, ROWS)
      const terms = await ok([
        'tx',
        'dataasset',
        'register-terms',
        '--purposes',
        'training',
        '--from',
        `owner${i}`,
      ])
      const pub = await ok([
        'asset',
        'publish',
        join(src, 'rows.csv'),
        '--out-dir',
        join(dir, 'storage'),
        '--key-file',
        join(dir, `key${i}.json`),
        '--terms',
        terms.response.id,
        '--name',
        `rows${i}`,
        '--tags',
        `rows-${ROWS}`,
        '--mechanisms',
        'dp',
        '--algorithm',
        CODE,
        '--epsilon-total',
        '10',
        '--epsilon-per-job',
        '1',
        '--delta',
        '0.000001',
        '--regions',
        REGIONS[i]!,
        '--from',
        `owner${i}`,
      ])
      assets.push(pub.asset_id)
      const offer = await ok([
        'tx',
        'computeright',
        'create-offering',
        pub.asset_id,
        '--price',
        '1000udatum',
        '--uses',
        '1',
        '--validity',
        '3600',
        '--epsilon-per-use',
        '1',
        '--train-families',
        'logistic',
        '--from',
        `owner${i}`,
      ])
      offerings.push(BigInt(offer.response.id))
      const key = await ok(['executor', 'pubkey', '--from', `exec${i}`], { node: false })
      const url = `http://127.0.0.1:${ports[i]}`
      await ok([
        'tx',
        'attestation',
        'register-executor',
        '--bond',
        '2000000udatum',
        '--region',
        REGIONS[i]!,
        '--country',
        REGIONS[i]!,
        '--pub-key',
        key.pubKey,
        '--from',
        `exec${i}`,
      ])
      await ok(['tx', 'attestation', 'update-executor', '--endpoint', url, '--from', `exec${i}`])
      await grantExecutor(ctx(), pub.asset_id, key.address, join(dir, `key${i}.json`), `owner${i}`)
      execs.push({ address: key.address, url, pubKey: key.pubKey })
    }
    expect(assets).toHaveLength(3)
  })

  it('trains, attests, finalizes; the buyer decrypts an accurate model; ledgers show the charge', async () => {
    const daemons: ExecutorDaemon[] = []
    for (const [i, e] of execs.entries()) {
      const d = startExecutorDaemon(ctx(), `exec${i}`, join(dir, `exec${i}-data`), e.url)
      daemons.push(d)
      await d.waitForEvent('ready', (ev) => ev.event === 'ready')
    }
    const rightIds: bigint[] = []
    for (const offeringId of offerings) {
      const { response } = await buyer.broadcastOne(
        buyerAddress,
        { typeUrl: '/datum.computeright.v1.MsgPurchaseRight', value: { buyer: buyerAddress, offeringId } },
        C.MsgPurchaseRightResponse,
      )
      rightIds.push(response.rightId)
    }
    const [codeHash, , imageHex, label] = CODE.split(':')
    const job = {
      algorithm: { codeHash, imageDigest: `sha256:${imageHex}`, label },
      mechanism: DA.Mechanism.MECHANISM_DP,
      epsilonMicro: 0n,
      purpose: DA.Purpose.PURPOSE_TRAINING,
      maxComputeFee: { denom: 'udatum', amount: '600' },
      outputKey: buyerPub,
      viewers: [],
      training: {
        family: C.ModelFamily.MODEL_FAMILY_LOGISTIC,
        hiddenWidth: 0,
        featureColumns: FEATURE_COLUMNS,
        labelColumn: 'label',
        schemaHash: 'ab'.repeat(32),
        hyperparams: {
          rounds: 20,
          localSteps: 1,
          samplingRatePpm: 50_000,
          clipNormMicro: 1_000_000n,
          noiseMultiplierMicro: 2_000_000n,
          learningRateMicro: 500_000n,
        },
        inputs: assets.map((assetId) => ({ assetId, epsilonMicro: 1_000_000n, deltaNano: 1_000n })),
        // the executors measure each input's contribution; the chain charges its release as one more step
        attribution: true,
      },
    }
    const { response } = await buyer.broadcastOne(
      buyerAddress,
      { typeUrl: '/datum.computeright.v1.MsgRequestJob', value: { requester: buyerAddress, rightIds, job } },
      C.MsgRequestJobResponse,
    )
    const jobId = response.jobId
    const charges = (await buyer.query.computeright.job(jobId)).trainingCharges
    expect(charges.map((c) => c.assetId)).toEqual(assets)
    for (const c of charges) expect(c.epsilonMicro > 0n && c.epsilonMicro <= 1_000_000n).toBe(true)
    const attested = await (async () => {
      try {
        return await waitFor(
          'the training job to be attested',
          async () => {
            const a = await buyer.query.attestation.attestation(jobId)
            return a?.state === A.AttestationState.ATTESTATION_STATE_ATTESTED ? a : undefined
          },
          { timeoutMs: 120_000, intervalMs: 500 },
        )
      } catch (e) {
        // what each daemon did, to say why
        for (const d of daemons) console.log(d.output.slice(-4000))
        throw e
      }
    })()
    // the quorum of agreeing reveals attests (a third reveal after that is refused: the job is attested)
    const digests = new Set(attested.reveals.map((r) => r.resultDigest))
    expect(attested.reveals.length).toBeGreaterThanOrEqual(2)
    expect(digests.size).toBe(1)
    const [digest] = [...digests]
    // the quorum agreed on the measured attribution too (reveals agree on digest and attribution)
    const measured = attested.attributionPpm
    console.log(`attested attribution (ppm): ${measured.join(', ')}`)
    expect(measured.reduce((a, b) => a + b, 0)).toBe(1_000_000)
    expect(measured).not.toEqual([333_334, 333_333, 333_333])
    // after the challenge window anyone may finalize
    await waitFor(
      'the job to be finalized',
      async () => {
        const j = await buyer.query.computeright.job(jobId)
        if (j.state === C.JobState.JOB_STATE_FINALIZED) return true
        try {
          await ok(['tx', 'attestation', 'finalize', `${jobId}`, '--from', 'buyer'])
        } catch {
          return undefined
        }
        return undefined
      },
      { timeoutMs: (windows.challengeSeconds + 60) * 1000, intervalMs: 3000 },
    )
    // settlement set each input's share of the model from the attested attribution, not the equal split
    const finalized = await buyer.query.computeright.job(jobId)
    expect(finalized.attributed).toBe(true)
    expect(finalized.trainingCharges.map((c) => c.weightPpm)).toEqual(measured)
    const sk = await secretKeyFromMnemonic(keyring.get('buyer').mnemonic)
    const envelope = await fetchEnvelope(attested.reveals[0]!.outputUri, sk, jobId)
    const bytes = openWith(sk, envelope).payload
    const model = logisticRegression(FEATURES)
    const weights = decodeVector(bytes.slice(bytes.length - model.size * 8))
    const heldOut = syntheticExamples('held-out', groundTruth(FEATURES), 4000)
    const trained = accuracy(model, weights, heldOut)
    const reference = accuracy(model, groundTruth(FEATURES), heldOut)
    console.log(`held-out accuracy: trained ${trained}, ground truth ${reference}`)
    expect(trained).toBeGreaterThanOrEqual(reference - MARGIN)
    for (const [i, assetId] of assets.entries()) {
      const usage = await ok(['query', 'dataasset', 'usage', assetId], { keys: false })
      const rec = usage.records.find((r: { job_id: string }) => r.job_id === `${jobId}`)
      expect([rec.result_digest, rec.epsilon_micro]).toEqual([digest, charges[i]!.epsilonMicro.toString()])
    }
    // the model package: the attested bytes (sha256 = the digest) and the feature columns they expect
    expect(sha256Hex(bytes)).toBe(digest)
    const pkg = await packageModel(ok, {
      dir,
      storageDir: join(dir, 'storage'),
      bytes,
      featureColumns: FEATURE_COLUMNS,
    })
    const modelTerms = await ok([
      'tx',
      'dataasset',
      'register-terms',
      '--purposes',
      'inference',
      '--from',
      'buyer',
    ])
    const { response: reg } = await buyer.broadcastOne(
      buyerAddress,
      registerModelMsg({
        owner: buyerAddress,
        pkg,
        licenseTermsId: modelTerms.response.id,
        jobId,
        modelDigest: digest!,
        royaltyBps: 1000,
        regions: ['DE'],
        requireAuditedRegion: false,
      }),
      DA.MsgRegisterModelResponse,
    )
    const registered = await buyer.query.dataasset.asset(reg.id)
    expect(registered.lineage?.jobId).toBe(jobId)
    expect(registered.lineage?.inputWeightsPpm).toEqual(measured)
    trainedModel = { assetId: reg.id, weights, dataKey: pkg.dataKey }
  })

  it('inference on the registered model: sold, run by granted executors, royalty to the data owners', async () => {
    if (!trainedModel) throw new Error('the training part did not register a model')
    const modelId = trainedModel.assetId
    const PRICE = 1_000_007n
    // the model's owner grants the two DE executors and offers inference
    const offeringId = await offerInference(ok, {
      modelId,
      dataKey: trainedModel.dataKey,
      executors: [execs[0]!.address, execs[1]!.address],
      price: PRICE,
      from: 'buyer',
    })
    const owners = [0, 1, 2].map((i) => keyring.get(`owner${i}`).address)
    const balance = async (a: string) => BigInt((await buyer.query.bank.balance(a, 'udatum')).amount)
    const before = await Promise.all(owners.map(balance))
    const b2 = keyring.get('buyer2')
    const wallet2 = await DirectSecp256k1HdWallet.fromMnemonic(b2.mnemonic, { prefix: 'datum' })
    const buyer2 = await DatumClient.connectWithSigner(node.rpcUrl, wallet2)
    try {
      const { response: bought } = await buyer2.broadcastOne(
        b2.address,
        {
          typeUrl: '/datum.computeright.v1.MsgPurchaseRight',
          value: { buyer: b2.address, offeringId },
        },
        C.MsgPurchaseRightResponse,
      )
      // the rows to score, sealed to the executors the chain lists as granted the model
      const csv = inferenceCsv(FEATURE_COLUMNS, 50)
      const sealedRows = await sealRowsForModel(
        buyer2.query,
        modelId,
        csv,
        join(dir, 'inference-input.sealed'),
      )
      expect(sealedRows.sealedTo).toBe(2)
      const { response } = await buyer2.broadcastOne(
        b2.address,
        inferenceJobMsg({
          requester: b2.address,
          rightId: bought.rightId,
          algorithm: sealedRows.algorithm,
          outputKey: (await wallet2.getAccounts())[0]!.pubkey,
          maxComputeFee: 600n,
        }),
        C.MsgRequestJobResponse,
      )
      const jobId = response.jobId
      const attested = await waitFor(
        'the inference job to be attested',
        async () => {
          const a = await buyer2.query.attestation.attestation(jobId)
          return a?.state === A.AttestationState.ATTESTATION_STATE_ATTESTED ? a : undefined
        },
        { timeoutMs: 120_000, intervalMs: 500 },
      )
      const digests = new Set(attested.reveals.map((r) => r.resultDigest))
      expect(digests.size).toBe(1)
      await waitFor(
        'the inference job to be finalized',
        async () => {
          const j = await buyer2.query.computeright.job(jobId)
          if (j.state === C.JobState.JOB_STATE_FINALIZED) return true
          try {
            await ok(['tx', 'attestation', 'finalize', `${jobId}`, '--from', 'buyer2'])
          } catch {
            return undefined
          }
          return undefined
        },
        { timeoutMs: (windows.challengeSeconds + 60) * 1000, intervalMs: 3000 },
      )
      // the predictions are the registered model's own, row for row
      const sk2 = await secretKeyFromMnemonic(b2.mnemonic)
      const envelope = await fetchEnvelope(attested.reveals[0]!.outputUri, sk2, jobId)
      const result = verifyResult(envelope, sk2, [...digests][0]!) as unknown as InferenceResult
      expect(result.predictions).toEqual(expectedPredictions(trainedModel.weights, csv))
      // the royalty, by the chain's rule (model-sale.ts restates it), to each training input's owner
      const lineage = (await buyer2.query.dataasset.asset(modelId)).lineage!
      expect(lineage.inputAssetIds).toEqual(assets)
      const { royalty, parts: royaltyParts } = await expectedRoyalty(buyer2.query, modelId, PRICE)
      expect(royaltyParts.map((p) => p.owner)).toEqual(owners)
      const parts = royaltyParts.map((p) => p.amount)
      const after = await Promise.all(owners.map(balance))
      console.log(`inference royalty ${royalty} udatum of ${PRICE}: per owner ${parts.join(', ')}`)
      expect(royalty).toBeGreaterThan(0n)
      expect(after.map((a, i) => a - before[i]!)).toEqual(parts)
    } finally {
      buyer2.disconnect()
    }
  })
})
