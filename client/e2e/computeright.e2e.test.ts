// Issue 6 end to end: a real datumd process and unmodified CosmJS with the Datum registry: offer, buy, gift
// per policy, open a job, cancel, purchase-and-request, claim past the final deadline, and right expiry, with
// every refund checked to the last micro-unit by balance queries (buyer txs pay an explicit, known fee).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { NodeProcess } from '../../testnet/harness/node-process.js'
import { DatumClient } from '../sdk/client.js'
import { DatumTxError } from '../sdk/errors.js'

const hash = (n: number) => n.toString(16).padStart(64, '0')
const FEE = { amount: [{ denom: 'udatum', amount: '5000' }], gas: '2000000' }
const FEE_PAID = 5000n
const CR = '/datum.computeright.v1.'

let node: NodeProcess
let owner: string
let buyer: string
let friend: string
let ownerClient: DatumClient
let buyerClient: DatumClient

beforeAll(async () => {
  let mnemonic: string
  ;({ node, mnemonic, address: owner } = await NodeProcess.init())
  // Short job windows so a job passes its final deadline within the test (final_by = request + 4 s).
  const file = join(node.home, 'config/genesis.json')
  const genesis = JSON.parse(readFileSync(file, 'utf8'))
  Object.assign(genesis.app_state.computeright.params, {
    accept_seconds: '1',
    commit_seconds: '1',
    reveal_seconds: '1',
    final_seconds: '1',
  })
  writeFileSync(file, JSON.stringify(genesis))
  await node.start()
  ownerClient = await DatumClient.connectWithSigner(
    node.rpcUrl,
    await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' }),
  )
  const buyerWallet = await DirectSecp256k1HdWallet.generate(12, { prefix: 'datum' })
  buyer = (await buyerWallet.getAccounts())[0]!.address
  friend = (await (await DirectSecp256k1HdWallet.generate(12, { prefix: 'datum' })).getAccounts())[0]!.address
  buyerClient = await DatumClient.connectWithSigner(node.rpcUrl, buyerWallet)
  await ownerClient.broadcast(owner, [
    {
      typeUrl: '/cosmos.bank.v1beta1.MsgSend',
      value: { fromAddress: owner, toAddress: buyer, amount: [{ denom: 'udatum', amount: '100000000' }] },
    },
  ])
}, 120_000)

afterAll(async () => {
  ownerClient?.disconnect()
  buyerClient?.disconnect()
  await node?.destroy()
})

const balance = async (a: string) => BigInt((await ownerClient.query.bank.balance(a, 'udatum')).amount)
const buy = <R>(type: string, value: unknown, res: { decode(b: Uint8Array): R }) =>
  buyerClient.broadcastOne(buyer, { typeUrl: `${CR}${type}`, value }, res, FEE)
const asOwner = <R>(type: string, value: unknown, res: { decode(b: Uint8Array): R }) =>
  ownerClient.broadcastOne(owner, { typeUrl: `${CR}${type}`, value }, res)

async function until<V>(what: string, f: () => Promise<V | undefined>, seconds = 150): Promise<V> {
  for (let i = 0; i < seconds * 2; i++) {
    const v = await f()
    if (v !== undefined) return v
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`timed out waiting for ${what}`)
}

const JOB = {
  algorithm: { codeHash: hash(10), imageDigest: `sha256:${hash(11)}`, paramsHash: '', params: '' },
  mechanism: DA.Mechanism.MECHANISM_DP,
  epsilonMicro: 50_000n,
  purpose: DA.Purpose.PURPOSE_RESEARCH,
  maxComputeFee: { denom: 'udatum', amount: '777' },
  outputKey: new Uint8Array(33).fill(2),
  viewers: [],
}

describe('computeright on a real node', { timeout: 300_000 }, () => {
  let offering: bigint
  let locked: bigint
  let assetId: string

  it('offers, buys into escrow, gifts per policy', async () => {
    const terms = await ownerClient.dataasset.registerLicenseTerms(owner, {
      purposes: [DA.Purpose.PURPOSE_RESEARCH],
      outputOwnership: DA.OutputOwnership.OUTPUT_OWNERSHIP_REQUESTER,
    })
    assetId = (
      await ownerClient.dataasset.registerAsset(owner, {
        contentHash: hash(1),
        storage: { uri: 'https://store.example/a.enc', encryptionScheme: 'aes-256-gcm' },
        metadata: { name: 'visits' },
        licenseTermsId: terms.response.id,
        computePolicy: {
          mechanisms: [DA.Mechanism.MECHANISM_DP],
          algorithmAllowlist: [{ codeHash: hash(10), imageDigest: `sha256:${hash(11)}`, label: 'count' }],
          minExecutors: 1,
        },
        privacyPolicy: { epsilonTotalMicro: 5_000_000n, epsilonPerJobMaxMicro: 500_000n, deltaNano: 10n },
        residencyPolicy: { allowedRegions: ['DE'] },
      })
    ).response.id
    const termsOf = (mode: T.TransferMode) => ({
      pricePerUse: { denom: 'udatum', amount: '1001' },
      usesPerRight: 3,
      validitySeconds: 90n,
      epsilonPerUseMicro: 100_000n,
      transferPolicy: { mode, holdSeconds: 0n, royaltyBps: 0 },
    })
    offering = (
      await asOwner(
        'MsgCreateOffering',
        { owner, assetId, terms: termsOf(T.TransferMode.TRANSFER_MODE_GIFT) },
        T.MsgCreateOfferingResponse,
      )
    ).response.id
    const strict = (
      await asOwner(
        'MsgCreateOffering',
        { owner, assetId, terms: termsOf(T.TransferMode.TRANSFER_MODE_NONE) },
        T.MsgCreateOfferingResponse,
      )
    ).response.id

    const before = await balance(buyer)
    locked = (await buy('MsgPurchaseRight', { buyer, offeringId: strict }, T.MsgPurchaseRightResponse))
      .response.rightId
    const gift = (await buy('MsgPurchaseRight', { buyer, offeringId: offering }, T.MsgPurchaseRightResponse))
      .response.rightId
    expect(before - (await balance(buyer))).toBe(2n * (3003n + FEE_PAID))
    const escrow = await ownerClient.query.computeright.escrow()
    expect(escrow.balance).toEqual([{ denom: 'udatum', amount: '6006' }])
    expect(escrow.owed).toEqual(escrow.balance)

    const refused = await buy(
      'MsgGiftRight',
      { holder: buyer, rightId: locked, recipient: friend },
      T.MsgGiftRightResponse,
    ).catch((e) => e)
    expect(refused).toBeInstanceOf(DatumTxError)
    expect([(refused as DatumTxError).codespace, (refused as DatumTxError).abciCode]).toEqual([
      'computeright',
      14,
    ])
    await buy('MsgGiftRight', { holder: buyer, rightId: gift, recipient: friend }, T.MsgGiftRightResponse)
    expect((await ownerClient.query.computeright.right(gift)).holder).toBe(friend)
  })

  it('opens a job and cancels it: compute fee back, use restored', async () => {
    const before = await balance(buyer)
    const { jobId } = (
      await buy('MsgRequestJob', { requester: buyer, rightIds: [locked], job: JOB }, T.MsgRequestJobResponse)
    ).response
    expect(before - (await balance(buyer))).toBe(777n + FEE_PAID)
    expect((await ownerClient.query.computeright.right(locked)).usesRemaining).toBe(2)
    await buy('MsgCancelJob', { requester: buyer, jobId }, T.MsgCancelJobResponse)
    expect(before - (await balance(buyer))).toBe(2n * FEE_PAID)
    expect((await ownerClient.query.computeright.right(locked)).usesRemaining).toBe(3)
    expect((await ownerClient.query.computeright.job(jobId)).state).toBe(T.JobState.JOB_STATE_CANCELLED)
    const cancelled = await ownerClient.query.computeright.jobsByState(T.JobState.JOB_STATE_CANCELLED)
    expect(cancelled.jobs.map((j) => j.id)).toEqual([jobId])
  })

  it('purchase-and-request in one tx, then a claim past the final deadline refunds the compute fee', async () => {
    const before = await balance(buyer)
    const { rightId, jobId } = (
      await buy(
        'MsgPurchaseAndRequest',
        { buyer, offeringId: offering, job: JOB },
        T.MsgPurchaseAndRequestResponse,
      )
    ).response
    expect(before - (await balance(buyer))).toBe(3003n + 777n + FEE_PAID)
    const job = await ownerClient.query.computeright.job(jobId)
    await until('final deadline', async () => {
      const h = await ownerClient.comet.block()
      return BigInt(Math.floor(h.block.header.time.getTime() / 1000)) > job.deadlines!.finalBy
        ? true
        : undefined
    })
    await asOwner('MsgClaimExpiredJob', { claimer: owner, jobId }, T.MsgClaimExpiredJobResponse)
    expect(before - (await balance(buyer))).toBe(3003n + FEE_PAID)
    const claimed = await ownerClient.query.computeright.job(jobId)
    expect([claimed.state, claimed.fault]).toEqual([
      T.JobState.JOB_STATE_EXPIRED,
      T.FaultClass.FAULT_CLASS_EXECUTOR,
    ])
    expect((await ownerClient.query.computeright.right(rightId)).usesRemaining).toBe(3)
  })

  it('rights expire at their validity end and unused uses come back in full', async () => {
    const [b, f] = [await balance(buyer), await balance(friend)]
    // One page of one right, then the next_key to the second (and last) page.
    const first = await ownerClient.query.computeright.rightsByHolder(buyer, { limit: 1n, countTotal: true })
    expect([first.rights.length, first.pagination!.total]).toEqual([1, 2n])
    const second = await ownerClient.query.computeright.rightsByHolder(buyer, {
      key: first.pagination!.nextKey,
    })
    expect(second.rights.length).toBe(1)
    expect(second.rights[0]!.id).toBeGreaterThan(first.rights[0]!.id)
    expect(second.pagination!.nextKey.length).toBe(0)
    await until('expiry', async () => {
      const all = (await ownerClient.query.computeright.rightsByHolder(buyer)).rights
      return all.every((r) => r.state === T.RightState.RIGHT_STATE_EXPIRED) ? true : undefined
    })
    await until('friend expiry', async () => {
      const all = (await ownerClient.query.computeright.rightsByHolder(friend)).rights
      return all.every((r) => r.state === T.RightState.RIGHT_STATE_EXPIRED) ? true : undefined
    })
    expect((await balance(buyer)) - b).toBe(2n * 3003n)
    expect((await balance(friend)) - f).toBe(3003n)
    const escrow = await ownerClient.query.computeright.escrow()
    expect(escrow.balance).toEqual([])
    expect(escrow.owed).toEqual([])
  })
})
