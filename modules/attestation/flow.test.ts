// End-to-end keeper flows over real stores: honest quorum, a liar, silent executors, challenges.
import { afterEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import { commitmentOf } from './commitment.js'
import { attestationInvariants } from './invariants.js'
import { attestationQueryHandlers } from './query-server.js'
import { onJobExpired } from './settlement-server.js'
import {
  arbiter,
  challenger,
  distributionAddr,
  type Env,
  env,
  execs,
  moduleAddr,
  onboard,
  requester,
} from './test-env.js'

const DIGEST = 'ab'.repeat(32)
const LIE = 'cd'.repeat(32)
const salt = (i: number) => i.toString(16).padStart(2, '0').repeat(16)

let e: Env
afterEach(() => e?.cleanup())

function commitReveal(jobId: bigint, digests: (string | undefined)[]) {
  digests.forEach((d, i) => {
    if (d) e.run('MsgCommitResult', { executor: execs[i], jobId, commitment: commitmentOf(d, salt(i)) })
  })
  const attested: boolean[] = []
  digests.forEach((d, i) => {
    if (!d) return
    const r = e.run(
      'MsgRevealResult',
      {
        executor: execs[i],
        jobId,
        resultDigest: d,
        salt: salt(i),
        outputUri: `http://x/${i}`,
        epsilonSpentMicro: 800_000n,
      },
      T.MsgRevealResultResponse,
    )
    attested.push(r.attested)
  })
  return attested
}

function solvent(): void {
  const inv = attestationInvariants(e.keeper, {
    moduleBalance: (ctx, denom) => e.bank.getBalance(ctx, moduleAddr, denom).amount,
  })
  for (const i of inv) expect(i.check(e.tc.ctx), i.name).toBeUndefined()
}

/** Nothing slashed stays behind: the module account holds exactly the executors' bonds (no open challenge). */
function nothingStranded(): void {
  const bonds = [...e.keeper.store.executors(e.tc.ctx)].reduce(
    (s, x) => s + BigInt(x.bond?.amount ?? '0'),
    0n,
  )
  expect(e.balance(moduleAddr)).toBe(bonds)
  // The distribution module account holds exactly the community pool (no validators, so no rewards here).
  expect(e.balance(distributionAddr)).toBe(e.communityPool())
}

/** The amounts of the EventSlashToCommunityPool events emitted so far. */
const poolEvents = () =>
  e.tc.ctx.events
    .events()
    .filter((x) => x.type === 'datum.attestation.v1.EventSlashToCommunityPool')
    .map((x) => JSON.parse(x.attributes.find((a) => a.key === 'amount')!.value))

const executor = (op: string) => e.keeper.store.executor(e.tc.ctx, op)!
const attestation = (id: bigint) => e.keeper.store.attestation(e.tc.ctx, id)!

describe('attestation flow', () => {
  it('two honest executors attest; finalize settles once, debits ε and appends one usage record', async () => {
    e = await env()
    onboard(e, execs[0]!)
    onboard(e, execs[1]!)
    e.addJob(1n)
    e.run('MsgAcceptJob', { executor: execs[0], jobId: 1n })
    e.run('MsgAcceptJob', { executor: execs[1], jobId: 1n })
    expect(executor(execs[0]!).locked).toBe('100000')
    expect(commitReveal(1n, [DIGEST, DIGEST])).toEqual([false, true])
    expect(attestation(1n).state).toBe(T.AttestationState.ATTESTATION_STATE_ATTESTED)
    expect(e.fail('MsgFinalizeJob', { sender: requester, jobId: 1n }).codespace).toBe('attestation')
    await e.advance(3)
    e.run('MsgFinalizeJob', { sender: requester, jobId: 1n })
    expect(e.cr.settlements).toHaveLength(1)
    expect(e.cr.settlements[0]!.outcome).toMatchObject({
      fault: 'NONE',
      computeCharged: 1000n,
      executors: [
        { address: execs[0], weightBps: 5000 },
        { address: execs[1], weightBps: 5000 },
      ],
    })
    // the reveals said 800_000; the debit is the job's ε fixed at request, and no ε travels in the outcome
    expect(e.cr.settlements[0]!.outcome).not.toHaveProperty('epsilonSpentMicro')
    expect(attestation(1n).epsilonActualMicro).toBe(1_000_000n)
    const budget = e.dataAsset.getBudget(e.tc.ctx, e.assetId, 1)
    expect(budget.spentMicro).toBe(1_000_000n)
    expect(budget.reservedMicro).toBe(0n)
    const usage = [...e.dataAsset.ledger.usage(e.tc.ctx, e.assetId)]
    expect(usage).toHaveLength(1)
    expect(usage[0]).toMatchObject({ jobId: '1', executors: [execs[0], execs[1]], sequence: 1n })
    expect(executor(execs[0]!)).toMatchObject({ reputation: 1, locked: '0' })
    expect(e.fail('MsgFinalizeJob', { sender: requester, jobId: 1n }).code).toBe(20)
    solvent()
  })

  it('a liar is outvoted and slashed; the honest pair attests', async () => {
    e = await env({ trust: 2 })
    for (const x of execs) onboard(e, x)
    e.addJob(2n)
    for (const x of execs) e.run('MsgAcceptJob', { executor: x, jobId: 2n })
    commitReveal(2n, [DIGEST, LIE, DIGEST])
    const a = attestation(2n)
    expect(a.state).toBe(T.AttestationState.ATTESTATION_STATE_ATTESTED)
    expect(a.agreeing).toEqual([execs[0], execs[2]])
    await e.advance(3)
    e.run('MsgFinalizeJob', { sender: requester, jobId: 2n })
    expect(executor(execs[1]!).bond?.amount).toBe('990000')
    expect(executor(execs[1]!).reputation).toBe(0)
    // no challenger is owed the liar's 10% of the job stake: all of it goes to the community pool
    expect(e.communityPool()).toBe(10_000n)
    expect(poolEvents()).toEqual(['10000udatum'])
    nothingStranded()
    solvent()
  })

  it('no executor answers: after the deadline anyone claims, the job fails with executor fault', async () => {
    e = await env()
    onboard(e, execs[0]!)
    const job = e.addJob(3n, { revealBy: e.tc.ctx.unixSeconds + 2n })
    e.run('MsgAcceptJob', { executor: execs[0], jobId: 3n })
    expect(e.fail('MsgClaimExpired', { sender: requester, jobId: 3n }).code).toBe(27)
    await e.advance(3)
    expect(e.tc.ctx.unixSeconds).toBeGreaterThan(job.revealBy)
    e.run('MsgClaimExpired', { sender: requester, jobId: 3n })
    expect(e.cr.settlements[0]!.outcome).toMatchObject({ fault: 'EXECUTOR', executors: [] })
    expect(attestation(3n).state).toBe(T.AttestationState.ATTESTATION_STATE_FAILED)
    expect(executor(execs[0]!)).toMatchObject({ locked: '0', bond: { amount: '990000' } })
    expect(e.communityPool()).toBe(10_000n)
    nothingStranded()
    solvent()
    // the slash left the bond under the minimum: jailed, no new jobs until a top-up restores it
    expect(executor(execs[0]!).state).toBe(T.ExecutorState.EXECUTOR_STATE_JAILED)
    e.addJob(30n)
    const refused = e.fail('MsgAcceptJob', { executor: execs[0], jobId: 30n })
    expect(refused.codespace).toBe('attestation')
    e.run('MsgTopUpBond', { operator: execs[0], amount: { denom: 'udatum', amount: '9999' } })
    expect(executor(execs[0]!).state).toBe(T.ExecutorState.EXECUTOR_STATE_JAILED)
    e.run('MsgTopUpBond', { operator: execs[0], amount: { denom: 'udatum', amount: '1' } })
    expect(executor(execs[0]!).state).toBe(T.ExecutorState.EXECUTOR_STATE_ACTIVE)
    e.run('MsgAcceptJob', { executor: execs[0], jobId: 30n })
    solvent()
  })

  it('an upheld challenge slashes the agreeing executors and rewards the challenger from the slash', async () => {
    e = await env()
    onboard(e, execs[0]!)
    onboard(e, execs[1]!)
    e.addJob(4n)
    for (const x of execs.slice(0, 2)) e.run('MsgAcceptJob', { executor: x, jobId: 4n })
    commitReveal(4n, [DIGEST, DIGEST])
    const before = e.balance(challenger)
    const bond = { denom: 'udatum', amount: '100000' }
    expect(
      e.fail('MsgChallenge', { challenger, jobId: 4n, bond: { denom: 'udatum', amount: '5' } }).code,
    ).toBe(23)
    const { disputeId } = e.run(
      'MsgChallenge',
      { challenger, jobId: 4n, bond, reason: 'wrong mean' },
      T.MsgChallengeResponse,
    )
    solvent()
    expect(e.fail('MsgResolveChallenge', { arbiter: challenger, disputeId, uphold: true }).code).toBe(24)
    e.run('MsgResolveChallenge', { arbiter, disputeId, uphold: true })
    // Each bond loses 20% (200000); the challenger gets half of the 400000 slashed, the community pool the rest.
    expect(e.balance(challenger) - before).toBe(200_000n)
    expect(e.communityPool()).toBe(200_000n)
    nothingStranded()
    expect(e.cr.settlements[0]!.outcome).toMatchObject({ fault: 'EXECUTOR', executors: [] })
    expect(e.fail('MsgResolveChallenge', { arbiter, disputeId, uphold: false }).code).toBe(26)
    solvent()
  })

  it('the challenger reward rounds down; the community pool gets exactly the unpaid rest', async () => {
    e = await env({ challengerRewardBps: 3333, slashInvalidBps: 1001 })
    onboard(e, execs[0]!)
    onboard(e, execs[1]!)
    e.run('MsgTopUpBond', { operator: execs[1], amount: { denom: 'udatum', amount: '7' } })
    e.addJob(7n)
    for (const x of execs.slice(0, 2)) e.run('MsgAcceptJob', { executor: x, jobId: 7n })
    commitReveal(7n, [DIGEST, DIGEST])
    const bond = 100_000n
    const { disputeId } = e.run(
      'MsgChallenge',
      { challenger, jobId: 7n, bond: { denom: 'udatum', amount: bond.toString() } },
      T.MsgChallengeResponse,
    )
    const before = e.balance(challenger)
    const poolBefore = e.communityPool()
    e.run('MsgResolveChallenge', { arbiter, disputeId, uphold: true })
    // 10.01% of 1,000,000 and of 1,000,007 (truncated): 100100 + 100100 = 200200 slashed;
    // 33.33% of it, truncated, is 66726 (66726.66): the pool gets 133474, the challenger bond + 66726.
    expect(executor(execs[0]!).bond?.amount).toBe('899900')
    expect(executor(execs[1]!).bond?.amount).toBe('899907')
    expect(e.balance(challenger) - before).toBe(bond + 66_726n)
    expect(e.communityPool() - poolBefore).toBe(133_474n)
    expect(poolEvents()).toEqual(['133474udatum'])
    nothingStranded()
    solvent()
  })

  it('a rejected challenge pays the bond to the executors and finalizes; late challenges fail', async () => {
    e = await env()
    onboard(e, execs[0]!)
    onboard(e, execs[1]!)
    e.addJob(5n)
    for (const x of execs.slice(0, 2)) e.run('MsgAcceptJob', { executor: x, jobId: 5n })
    commitReveal(5n, [DIGEST, DIGEST])
    const bond = { denom: 'udatum', amount: '100001' }
    const { disputeId } = e.run('MsgChallenge', { challenger, jobId: 5n, bond }, T.MsgChallengeResponse)
    const q = attestationQueryHandlers(e.keeper)['/datum.attestation.v1.Query/Disputes']!
    const disputes = (req: T.QueryDisputesRequestInput) =>
      T.QueryDisputesResponse.decode(q(e.tc.ctx, T.QueryDisputesRequest.encode(req))).disputes.map(
        (d) => d.id,
      )
    expect(disputes({ jobId: 5n })).toEqual([disputeId])
    expect(disputes({ jobId: 4n })).toEqual([])
    expect(disputes({ state: T.DisputeState.DISPUTE_STATE_OPEN })).toEqual([disputeId])
    const b0 = e.balance(execs[0]!)
    const b1 = e.balance(execs[1]!)
    e.run('MsgResolveChallenge', { arbiter, disputeId, uphold: false })
    expect(e.balance(execs[0]!) - b0).toBe(50_001n)
    expect(e.balance(execs[1]!) - b1).toBe(50_000n)
    expect(attestation(5n).state).toBe(T.AttestationState.ATTESTATION_STATE_FINALIZED)
    expect(disputes({ state: T.DisputeState.DISPUTE_STATE_OPEN })).toEqual([])
    expect(disputes({ state: T.DisputeState.DISPUTE_STATE_REJECTED })).toEqual([disputeId])
    expect(e.cr.settlements).toHaveLength(1)
    solvent()

    e.addJob(6n)
    for (const x of execs.slice(0, 2)) e.run('MsgAcceptJob', { executor: x, jobId: 6n })
    commitReveal(6n, [DIGEST, DIGEST])
    await e.advance(3)
    expect(e.fail('MsgChallenge', { challenger, jobId: 6n, bond }).code).toBe(22)
  })
})

describe('computeright expiry hook', () => {
  it('ignores attested and challenged jobs (computeright never expires them)', async () => {
    e = await env()
    onboard(e, execs[0]!)
    onboard(e, execs[1]!)
    e.addJob(9n)
    for (const x of execs.slice(0, 2)) e.run('MsgAcceptJob', { executor: x, jobId: 9n })
    commitReveal(9n, [DIGEST, DIGEST])
    e.run('MsgChallenge', { challenger, jobId: 9n, bond: { denom: 'udatum', amount: '100000' } })
    onJobExpired(e.keeper, e.tc.ctx, 9n)
    expect(attestation(9n).state).toBe(T.AttestationState.ATTESTATION_STATE_DISPUTED)
    expect(executor(execs[0]!).locked).toBe('100000')
    solvent()
  })
})

describe('a challenge the arbiter never rules on', () => {
  it('lapses after arbiter_seconds: bond back to the challenger, anyone finalizes and the job is paid', async () => {
    e = await env()
    onboard(e, execs[0]!)
    onboard(e, execs[1]!)
    e.addJob(10n)
    for (const x of execs.slice(0, 2)) e.run('MsgAcceptJob', { executor: x, jobId: 10n })
    commitReveal(10n, [DIGEST, DIGEST])
    const before = e.balance(challenger)
    const { disputeId } = e.run(
      'MsgChallenge',
      { challenger, jobId: 10n, bond: { denom: 'udatum', amount: '100000' } },
      T.MsgChallengeResponse,
    )
    // before the arbiter deadline nobody may finalize (33)
    expect(e.fail('MsgFinalizeJob', { sender: requester, jobId: 10n }).code).toBe(33)
    await e.advance(Number(e.cr.windows.arbiterSeconds) + 1)
    // after it the arbiter may no longer rule (34)
    expect(e.fail('MsgResolveChallenge', { arbiter, disputeId, uphold: true }).code).toBe(34)
    e.run('MsgFinalizeJob', { sender: requester, jobId: 10n })
    expect(e.balance(challenger)).toBe(before)
    expect(e.keeper.store.dispute(e.tc.ctx, disputeId)!.state).toBe(T.DisputeState.DISPUTE_STATE_LAPSED)
    expect(e.cr.settlements.map((x) => x.outcome.fault)).toEqual(['NONE'])
    expect(attestation(10n).state).toBe(T.AttestationState.ATTESTATION_STATE_FINALIZED)
    expect(executor(execs[0]!).locked).toBe('0')
    solvent()
  })
})
