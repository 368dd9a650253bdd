// Issue 12, the job-protocol Msgs of the client registry with "auto" fees at 1.3× against a real datumd: an
// audited executor accepts, commits and reveals; a challenge is resolved; the job finalizes after the
// challenge window; an unaccepted job and an unrevealed one are claimed after their deadlines. Every time
// window of the job timeline (computeright's, which attestation reads) and attestation's unbonding period is
// the default divided by one factor (60, `scaledTimeline`), ratios kept.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { toHex } from '@cosmjs/encoding'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { assertIsDeliverTxSuccess } from '@cosmjs/stargate'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitmentOf } from '../../modules/attestation/commitment.js'
import { DEFAULT_PARAMS as ATT_DEFAULT } from '../../modules/attestation/params.js'
import { DEFAULT_PARAMS as CR_DEFAULT } from '../../modules/computeright/params.js'
import { scaledTimeline } from '../../modules/computeright/timeline.js'
import * as AT from '../../proto/gen/datum/attestation/v1/index.js'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { windowParams } from '../../testnet/flows/chain-params.js'
import { NodeProcess } from '../../testnet/harness/node-process.js'
import { encryptTo } from '../executor/ecies.js'
import { DatumClient } from '../sdk/client.js'
import { AutoFee, JOB_PROTOCOL_MSGS, responseOf } from './auto-fee.js'

const SCALE = 60n
const DENOM = 'udatum'
const hash = (n: number) => n.toString(16).padStart(64, '0')
const A = '/datum.attestation.v1.'
const C = '/datum.computeright.v1.'
const DIGEST = 'ab'.repeat(32)
const SALT = '5a'.repeat(16)

let node: NodeProcess
let owner: string
let executor: string
let ownerClient: DatumClient
let executorClient: DatumClient
const fees = new AutoFee()

beforeAll(async () => {
  let mnemonic: string
  ;({ node, mnemonic, address: owner } = await NodeProcess.init())
  const file = join(node.home, 'config/genesis.json')
  const genesis = JSON.parse(readFileSync(file, 'utf8'))
  // the genesis holds the DEFAULT windows; each is replaced by the default divided by SCALE
  const cr = genesis.app_state.computeright.params
  const att = genesis.app_state.attestation.params
  expect(cr).toMatchObject(windowParams(CR_DEFAULT))
  expect(att.unbonding_period_seconds).toBe(`${ATT_DEFAULT.unbondingPeriodSeconds}`)
  Object.assign(cr, windowParams(scaledTimeline(CR_DEFAULT, SCALE)))
  att.unbonding_period_seconds = `${ATT_DEFAULT.unbondingPeriodSeconds / SCALE}`
  writeFileSync(file, JSON.stringify(genesis))
  await node.start()
  // the dev account is the genesis auditor and arbiter
  ownerClient = await DatumClient.connectWithSigner(
    node.rpcUrl,
    await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' }),
  )
  const wallet = await DirectSecp256k1HdWallet.generate(12, { prefix: 'datum' })
  executor = (await wallet.getAccounts())[0]!.address
  executorClient = await DatumClient.connectWithSigner(node.rpcUrl, wallet)
  assertIsDeliverTxSuccess(
    await ownerClient.signing.signAndBroadcast(
      owner,
      [
        {
          typeUrl: '/cosmos.bank.v1beta1.MsgSend',
          value: { fromAddress: owner, toAddress: executor, amount: [{ denom: DENOM, amount: '20000000' }] },
        },
      ],
      { amount: [{ denom: DENOM, amount: '5000' }], gas: '300000' },
    ),
  )
}, 120_000)

afterAll(async () => {
  ownerClient?.disconnect()
  executorClient?.disconnect()
  await node?.destroy()
})

async function blockTime(): Promise<bigint> {
  const b = await ownerClient.comet.block()
  return BigInt(Math.floor(b.block.header.time.getTime() / 1000))
}

/** Waits (bounded) until the chain's block time passes `t`. */
async function untilBlockTime(t: bigint, seconds = 240): Promise<void> {
  for (let i = 0; i < seconds * 2; i++) {
    if ((await blockTime()) > t) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`block time did not pass ${t} within ${seconds} s`)
}

describe('"auto" fees at 1.3× for the job-protocol Msgs', { timeout: 400_000 }, () => {
  it('audit, accept, commit, reveal, challenge, resolve, finalize, and both expiry claims', async () => {
    const auto = (client: DatumClient, sender: string, typeUrl: string, value: unknown) =>
      fees.send(client, sender, typeUrl, value)
    // an audited executor in DE, with a real encryption key (the owner's grant wraps the data key to it)
    const encryptionKey = secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), true)
    await auto(executorClient, executor, `${A}MsgRegisterExecutor`, {
      operator: executor,
      bond: { denom: DENOM, amount: '5000000' },
      kind: AT.ExecutorKind.EXECUTOR_KIND_PLAIN,
      measurement: '',
      declared: { region: 'DE', country: 'DE', capabilities: ['csv'] },
      pubKey: toHex(encryptionKey),
      endpoint: 'http://127.0.0.1:9000',
    })
    await auto(ownerClient, owner, `${A}MsgAuditExecutor`, {
      auditor: owner,
      executor,
      region: 'DE',
      country: 'DE',
    })

    // an asset, an offering, and three jobs (the owner buys its own rights)
    const termsId = (
      await ownerClient.dataasset.registerLicenseTerms(owner, {
        purposes: [DA.Purpose.PURPOSE_RESEARCH],
        outputOwnership: DA.OutputOwnership.OUTPUT_OWNERSHIP_REQUESTER,
      })
    ).response.id
    const algorithm = { codeHash: hash(10), imageDigest: `sha256:${hash(11)}`, label: 'count' }
    const assetId = (
      await ownerClient.dataasset.registerAsset(owner, {
        contentHash: hash(1),
        storage: { uri: 'https://store.example/a.enc', encryptionScheme: 'aes-256-gcm' },
        metadata: { name: 'visits' },
        licenseTermsId: termsId,
        computePolicy: {
          mechanisms: [DA.Mechanism.MECHANISM_DP],
          algorithmAllowlist: [algorithm],
          minExecutors: 1,
        },
        privacyPolicy: { epsilonTotalMicro: 5_000_000n, epsilonPerJobMaxMicro: 500_000n, deltaNano: 10n },
        residencyPolicy: { allowedRegions: ['DE'] },
      })
    ).response.id
    const offeringId = (
      await ownerClient.broadcastOne(
        owner,
        {
          typeUrl: `${C}MsgCreateOffering`,
          value: {
            owner,
            assetId,
            terms: {
              pricePerUse: { denom: DENOM, amount: '1000' },
              usesPerRight: 3,
              validitySeconds: 3600n,
              epsilonPerUseMicro: 100_000n,
              transferPolicy: { mode: CR.TransferMode.TRANSFER_MODE_GIFT, holdSeconds: 0n, royaltyBps: 0 },
            },
          },
        },
        CR.MsgCreateOfferingResponse,
      )
    ).response.id
    const job = {
      algorithm,
      mechanism: DA.Mechanism.MECHANISM_DP,
      epsilonMicro: 50_000n,
      // the licence lists research only (dataasset 30 refuses any other purpose, UNSPECIFIED too)
      purpose: DA.Purpose.PURPOSE_RESEARCH,
      maxComputeFee: { denom: DENOM, amount: '777' },
      outputKey: new Uint8Array(33).fill(2),
      viewers: [],
    }
    const request = async () =>
      (
        await ownerClient.broadcastOne(
          owner,
          { typeUrl: `${C}MsgPurchaseAndRequest`, value: { buyer: owner, offeringId, job } },
          CR.MsgPurchaseAndRequestResponse,
        )
      ).response.jobId
    // no executor accepts a job on an asset its owner has not granted it (dataasset 26): the data key wrapped
    // to the executor's registered key
    await ownerClient.broadcastOne(
      owner,
      {
        typeUrl: '/datum.dataasset.v1.MsgGrantExecutors',
        value: {
          owner,
          assetId,
          grants: [
            {
              executor,
              encryptionKey: toHex(encryptionKey),
              wrappedKey: encryptTo(encryptionKey, new Uint8Array(32).fill(7)),
            },
          ],
        },
      },
      DA.MsgGrantExecutorsResponse,
    )
    const challenged = await request()
    const attested = await request()
    const unaccepted = await request()
    const unrevealed = await request()

    await auto(executorClient, executor, `${A}MsgAcceptJob`, { executor, jobId: unrevealed })
    for (const jobId of [challenged, attested]) {
      await auto(executorClient, executor, `${A}MsgAcceptJob`, { executor, jobId })
      await auto(executorClient, executor, `${A}MsgCommitResult`, {
        executor,
        jobId,
        commitment: commitmentOf(DIGEST, SALT),
      })
      await auto(executorClient, executor, `${A}MsgRevealResult`, {
        executor,
        jobId,
        resultDigest: DIGEST,
        salt: SALT,
        outputUri: 'http://127.0.0.1:9000/out',
        epsilonSpentMicro: 40_000n,
      })
    }
    const disputeId = responseOf(
      await auto(ownerClient, owner, `${A}MsgChallenge`, {
        challenger: owner,
        jobId: challenged,
        bond: { denom: DENOM, amount: '100000' },
        reason: 'checking',
      }),
      AT.MsgChallengeResponse,
    ).disputeId
    // a rejected challenge pays the bond to the executors and settles the job at once
    await auto(ownerClient, owner, `${A}MsgResolveChallenge`, { arbiter: owner, disputeId, uphold: false })

    // past every deadline of the three jobs (final_by is the latest of a job's deadlines)
    const jobs = await Promise.all(
      [attested, unaccepted, unrevealed].map((id) => ownerClient.query.computeright.job(id)),
    )
    const challengeWindow = scaledTimeline(CR_DEFAULT, SCALE).challengeSeconds
    const latest = jobs.reduce((m, j) => (j.deadlines!.finalBy > m ? j.deadlines!.finalBy : m), 0n)
    await untilBlockTime(
      latest > (await blockTime()) + challengeWindow ? latest : (await blockTime()) + challengeWindow,
    )
    await auto(ownerClient, owner, `${A}MsgFinalizeJob`, { sender: owner, jobId: attested })
    await auto(ownerClient, owner, `${A}MsgClaimExpired`, { sender: owner, jobId: unrevealed })
    await auto(ownerClient, owner, `${C}MsgClaimExpiredJob`, { claimer: owner, jobId: unaccepted })
    console.log(fees.ratios.join('\n'))
    const covered = [...fees.covered].filter((u) => u !== `${A}MsgRegisterExecutor`).sort()
    expect(covered).toEqual([...JOB_PROTOCOL_MSGS].sort())
  })
})
