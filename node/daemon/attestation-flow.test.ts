// The attestation module against the real computeright keeper through the app's adapter: a bought job is
// accepted, committed, revealed, attested and finalized; the owner is paid, the usage ledger has the job and
// ε is spent. A second job expires and the buyer gets everything back.
import { afterEach, describe, expect, it } from 'vitest'
import { commitmentOf } from '../../modules/attestation/index.js'
import { AccountKeeper } from '../../modules/auth/keeper.js'
import { BankKeeper } from '../../modules/bank/keeper.js'
import { ComputeRightKeeper, computeRightMsgs, ESCROW_MODULE } from '../../modules/computeright/index.js'
import { JOB, TERMS_DEFAULT } from '../../modules/computeright/test-fixtures.js'
import { DataAssetKeeper } from '../../modules/dataasset/keeper.js'
import { dataAssetMsgs } from '../../modules/dataasset/msgs.js'
import { registerAssetMsg, TERMS } from '../../modules/dataasset/test-fixtures.js'
import type { MsgDefinition } from '../../modules/sdk/index.js'
import * as AT from '../../proto/gen/datum/attestation/v1/index.js'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { makeTestContext, type TestContext } from '../testing/test-context.js'
import { testAccount } from '../testing/test-signer.js'
import { attestationModule } from './attestation-wiring.js'

const owner = testAccount(1).address
const buyer = testAccount(4).address
const auditor = testAccount(5).address
const execs = [testAccount(8).address, testAccount(9).address]
const DIGEST = 'ab'.repeat(32)
const salt = (i: number) => `0${i}`.repeat(16)

let tc: TestContext | undefined
afterEach(async () => {
  await tc?.cleanup()
  tc = undefined
})

async function setup() {
  tc = await makeTestContext({ storeKeys: ['acc', 'bank', 'dataasset', 'computeright', 'attestation'] })
  const accounts = new AccountKeeper({
    moduleAccountPermissions: { mint: ['minter'], fee_collector: [], [ESCROW_MODULE]: [], attestation: [] },
  })
  const bank = new BankKeeper(accounts)
  const assets = new DataAssetKeeper()
  const cr = new ComputeRightKeeper({ bank, accounts, assets, protocolFeeModule: 'fee_collector' })
  const att = attestationModule(cr, assets, bank, accounts.getModuleAddress('attestation')!)
  att.keeper.store.setParams(tc.ctx, {
    ...att.keeper.params(tc.ctx),
    auditors: [auditor],
    arbiters: [auditor],
    challengeWindowSeconds: 2n,
  })
  // Short computeright deadlines so the expiry test needs few blocks (each test block moves time by 1 s).
  cr.store.setParams(tc.ctx, { ...cr.store.params(tc.ctx), commitSeconds: 4n, revealSeconds: 4n })
  const defs = new Map<string, MsgDefinition>()
  const regs: MsgDefinition[] = []
  att.registerServices({ msg: (d) => regs.push(d as MsgDefinition), query: () => {} })
  for (const d of [...dataAssetMsgs(assets), ...computeRightMsgs(cr), ...regs])
    defs.set(d.typeUrl.split('.').pop()!, d)
  const t = tc
  const run = <R>(name: string, msg: unknown, res?: { decode(b: Uint8Array): R }): R => {
    const def = defs.get(name)!
    const decoded = def.decode(def.encode(msg))
    def.validateBasic(decoded)
    const out = def.handle(t.ctx, decoded)
    return (res ? res.decode(out.value) : undefined) as R
  }
  for (const a of [owner, buyer, ...execs]) {
    bank.mintCoins(t.ctx, 'mint', [{ denom: 'udatum', amount: 10_000_000n }])
    bank.sendCoinsFromModuleToAccount(t.ctx, 'mint', a, [{ denom: 'udatum', amount: 10_000_000n }])
  }
  const { id: termsId } = run(
    'MsgRegisterLicenseTerms',
    { creator: owner, terms: TERMS },
    DA.MsgRegisterLicenseTermsResponse,
  )
  const { id: assetId } = run('MsgRegisterAsset', registerAssetMsg(termsId), DA.MsgRegisterAssetResponse)
  const { id: offeringId } = run(
    'MsgCreateOffering',
    { owner, assetId, terms: TERMS_DEFAULT },
    CR.MsgCreateOfferingResponse,
  )
  for (const x of execs) {
    run('MsgRegisterExecutor', {
      operator: x,
      bond: { denom: 'udatum', amount: '1000000' },
      kind: AT.ExecutorKind.EXECUTOR_KIND_PLAIN,
      measurement: '',
      declared: { region: 'DE', country: 'DE', capabilities: [] },
      pubKey: `02${'11'.repeat(32)}`,
      endpoint: '',
    })
    run('MsgAuditExecutor', { auditor, executor: x, region: 'DE', country: 'DE' })
  }
  const requestJob = (): bigint => {
    const { rightId } = run('MsgPurchaseRight', { buyer, offeringId }, CR.MsgPurchaseRightResponse)
    return run('MsgRequestJob', { requester: buyer, rightIds: [rightId], job: JOB }, CR.MsgRequestJobResponse)
      .jobId
  }
  const balance = (a: string) => bank.getBalance(t.ctx, a, 'udatum').amount
  return { t, run, assets, cr, att, assetId, requestJob, balance }
}

type Setup = Awaited<ReturnType<typeof setup>>

/** Every executor commits (the job becomes COMMITTED at the first) and reveals the same digest. */
function commitAndReveal(s: Setup, jobId: bigint): void {
  execs.forEach((x, i) => {
    s.run('MsgCommitResult', { executor: x, jobId, commitment: commitmentOf(DIGEST, salt(i)) })
    expect(s.cr.store.job(s.t.ctx, jobId)?.state).toBe(CR.JobState.JOB_STATE_COMMITTED)
  })
  execs.forEach((x, i) => {
    s.run('MsgRevealResult', {
      executor: x,
      jobId,
      resultDigest: DIGEST,
      salt: salt(i),
      outputUri: 'http://e/r',
      epsilonSpentMicro: 30_000n,
    })
  })
}

describe('attestation with the real computeright keeper', () => {
  it('request → accept → commit → reveal → attested → finalized: owner paid, ledger entry, ε spent', async () => {
    const s = await setup()
    const jobId = s.requestJob()
    const ownerBefore = s.balance(owner)
    for (const x of execs) s.run('MsgAcceptJob', { executor: x, jobId })
    expect(s.cr.store.job(s.t.ctx, jobId)?.state).toBe(CR.JobState.JOB_STATE_ASSIGNED)
    commitAndReveal(s, jobId)
    expect(s.att.keeper.store.attestation(s.t.ctx, jobId)?.state).toBe(
      AT.AttestationState.ATTESTATION_STATE_ATTESTED,
    )
    expect(s.cr.store.job(s.t.ctx, jobId)?.state).toBe(CR.JobState.JOB_STATE_ATTESTED)
    await s.t.commit()
    await s.t.commit()
    s.run('MsgFinalizeJob', { sender: buyer, jobId })
    expect(s.cr.store.job(s.t.ctx, jobId)?.state).toBe(CR.JobState.JOB_STATE_FINALIZED)
    expect(s.balance(owner)).toBeGreaterThan(ownerBefore)
    const usage = [...s.assets.ledger.usage(s.t.ctx, s.assetId)]
    expect(usage).toHaveLength(1)
    expect(usage[0]).toMatchObject({ jobId: jobId.toString(), epsilonMicro: 30_000n, executors: execs })
    expect(s.assets.getBudget(s.t.ctx, s.assetId, 1).spentMicro).toBe(30_000n)
    for (const inv of s.att.invariants()) expect(inv.check(s.t.ctx), inv.name).toBeUndefined()
  })

  it('computeright mirrors the phases: a challenge makes the job CHALLENGED, a rejected one finalizes it', async () => {
    const s = await setup()
    const jobId = s.requestJob()
    for (const x of execs) s.run('MsgAcceptJob', { executor: x, jobId })
    commitAndReveal(s, jobId)
    const bond = { denom: 'udatum', amount: '100000' }
    s.run('MsgChallenge', { challenger: owner, jobId, bond, reason: 'suspicious' })
    expect(s.cr.store.job(s.t.ctx, jobId)?.state).toBe(CR.JobState.JOB_STATE_CHALLENGED)
    // A challenged job cannot be challenged again, and computeright refuses phases out of order.
    expect(() => s.cr.setJobPhase(s.t.ctx, jobId, CR.JobState.JOB_STATE_COMMITTED)).toThrowError(/phase/)
    s.run('MsgResolveChallenge', { arbiter: auditor, disputeId: 1n, uphold: false })
    expect(s.cr.store.job(s.t.ctx, jobId)?.state).toBe(CR.JobState.JOB_STATE_FINALIZED)
    for (const inv of s.att.invariants()) expect(inv.check(s.t.ctx), inv.name).toBeUndefined()
  })

  it('no reveal by the deadline: claim refunds the buyer in full and restores ε', async () => {
    const s = await setup()
    const before = s.balance(buyer)
    const jobId = s.requestJob()
    const paid = before - s.balance(buyer)
    s.run('MsgAcceptJob', { executor: execs[0], jobId })
    const job = s.cr.store.job(s.t.ctx, jobId)!
    while (s.t.ctx.unixSeconds <= job.deadlines!.revealBy) await s.t.commit()
    s.run('MsgClaimExpired', { sender: buyer, jobId })
    expect(s.cr.store.job(s.t.ctx, jobId)?.state).toBe(CR.JobState.JOB_STATE_FAILED)
    // Executor fault restores the use: the right keeps its paid uses and the whole compute fee comes back.
    expect(before - s.balance(buyer)).toBe(paid - BigInt(JOB.maxComputeFee?.amount ?? '0'))
    expect(s.cr.store.right(s.t.ctx, job.rightIds[0]!)?.usesRemaining).toBe(TERMS_DEFAULT.usesPerRight)
    expect(s.assets.getBudget(s.t.ctx, s.assetId, 1).spentMicro).toBe(0n)
    for (const inv of s.att.invariants()) expect(inv.check(s.t.ctx), inv.name).toBeUndefined()
  })
})
