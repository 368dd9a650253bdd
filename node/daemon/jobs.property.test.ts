// Issue 7's invariants over random job histories through the real keepers. Each history interleaves a few
// job plans (every executor honest, lying, silent or absent; the job finalized, challenged and upheld or
// rejected, claimed after the reveal deadline, expired past the final deadline, or cancelled) with random
// stray Msgs (accepts by the requester or the owner, early reveals, late commits, finalizing too soon…).
// After every step: every module invariant holds, no coin is created or destroyed, a failed Msg changed
// nothing, the usage ledger holds exactly one gapless entry per finalized job, spent ε never exceeds the
// total and equals what finalized jobs spent, and no executor ever works on its own or its asset's job.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commitmentOf } from '../../modules/attestation/index.js'
import { JOB } from '../../modules/computeright/test-fixtures.js'
import * as AT from '../../proto/gen/datum/attestation/v1/index.js'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import { auditor, buyers, executors, type JobsTestEnv, jobsTestEnv, owner } from './jobs-test-env.js'

const HONEST = 'ab'.repeat(32)
const LIE = 'cd'.repeat(32)
const salt = (e: number, j: number) => (e * 100 + j + 1).toString(16).padStart(32, '0')

type Behavior = 'honest' | 'liar' | 'silent' | 'absent'
type Ending = 'finalize' | 'uphold' | 'reject' | 'claim' | 'expire' | 'cancel'
type Deadline = 'commit' | 'reveal' | 'final' | 'challenge'

/** `j` is the index of the job's plan (its job id is known once its request lands). */
type Op =
  | { k: 'request'; j: number; b: number }
  | { k: 'accept' | 'reveal'; e: number; j: number }
  | { k: 'commit'; e: number; j: number; lie: boolean }
  | { k: 'finalize' | 'claim' | 'expire' | 'cancel' | 'challenge'; j: number }
  | { k: 'resolve'; j: number; uphold: boolean }
  | { k: 'until'; j: number; deadline: Deadline }
  | { k: 'advance'; n: number }

const plan = fc.record({
  buyer: fc.nat({ max: 1 }),
  behaviors: fc.array(fc.constantFrom<Behavior>('honest', 'honest', 'liar', 'silent', 'absent'), {
    minLength: 3,
    maxLength: 3,
  }),
  ending: fc.constantFrom<Ending>('finalize', 'finalize', 'uphold', 'reject', 'claim', 'expire', 'cancel'),
})

/** A plan as the Msgs an orderly world would send, in order. */
function planOps(j: number, p: { buyer: number; behaviors: Behavior[]; ending: Ending }): Op[] {
  const ops: Op[] = [{ k: 'request', j, b: p.buyer }]
  if (p.ending === 'cancel') return [...ops, { k: 'cancel', j }]
  const working = p.behaviors.flatMap((b, e) => (b === 'absent' ? [] : [{ b, e }]))
  for (const { e } of working) ops.push({ k: 'accept', e, j })
  for (const { b, e } of working) if (b !== 'silent') ops.push({ k: 'commit', e, j, lie: b === 'liar' })
  if (working.some((w) => w.b === 'silent')) ops.push({ k: 'until', j, deadline: 'commit' })
  for (const { b, e } of working) if (b !== 'silent') ops.push({ k: 'reveal', e, j })
  switch (p.ending) {
    case 'finalize':
      return [...ops, { k: 'until', j, deadline: 'challenge' }, { k: 'finalize', j }]
    case 'uphold':
    case 'reject':
      return [...ops, { k: 'challenge', j }, { k: 'resolve', j, uphold: p.ending === 'uphold' }]
    case 'claim':
      return [...ops, { k: 'until', j, deadline: 'reveal' }, { k: 'claim', j }]
    default:
      return [...ops, { k: 'until', j, deadline: 'final' }, { k: 'expire', j }]
  }
}

const j = fc.nat({ max: 2 })
const e = fc.nat({ max: executors.length - 1 })
const stray: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constantFrom('accept' as const, 'reveal' as const), e, j }),
  fc.record({ k: fc.constant('commit' as const), e, j, lie: fc.boolean() }),
  fc.record({ k: fc.constantFrom('finalize', 'claim', 'expire', 'cancel', 'challenge'), j }),
  fc.record({ k: fc.constant('resolve' as const), j, uphold: fc.boolean() }),
  fc.record({ k: fc.constant('advance' as const), n: fc.integer({ min: 1, max: 3 }) }),
)

/** Interleaves the plans' ops (each keeps its order) and drops the strays in at random places. */
const history: fc.Arbitrary<Op[]> = fc
  .record({
    plans: fc.array(plan, { minLength: 1, maxLength: 3 }),
    picks: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
    strays: fc.array(fc.tuple(fc.nat(), stray), { maxLength: 12 }),
  })
  .map(({ plans, picks, strays }) => {
    const queues = plans.map((p, i) => planOps(i, p))
    const out: Op[] = []
    for (let i = 0; queues.some((q) => q.length > 0); i++) {
      const open = queues.filter((q) => q.length > 0)
      out.push(open[(picks[i % picks.length] ?? 0) % open.length]!.shift()!)
    }
    for (const [at, o] of strays) out.splice(at % (out.length + 1), 0, o)
    return out
  })

interface Model {
  jobs: Map<number, bigint>
  /** The digest each executor committed to, per job. */
  committed: Map<string, string>
  disputes: Map<number, bigint>
}

function msgFor(m: Model, o: Op, jobId: bigint): [string, unknown] | undefined {
  const ex = 'e' in o ? executors[o.e]! : ''
  switch (o.k) {
    case 'accept':
      return ['MsgAcceptJob', { executor: ex, jobId }]
    case 'commit': {
      const commitment = commitmentOf(o.lie ? LIE : HONEST, salt(o.e, o.j))
      return ['MsgCommitResult', { executor: ex, jobId, commitment }]
    }
    case 'reveal': {
      const resultDigest = m.committed.get(`${o.e}/${jobId}`) ?? HONEST
      const reveal = {
        resultDigest,
        salt: salt(o.e, o.j),
        outputUri: 'http://x/r',
        epsilonSpentMicro: 40_000n,
      }
      return ['MsgRevealResult', { executor: ex, jobId, ...reveal }]
    }
    case 'finalize':
      return ['MsgFinalizeJob', { sender: owner, jobId }]
    case 'claim':
      return ['MsgClaimExpired', { sender: owner, jobId }]
    case 'expire':
      return ['MsgClaimExpiredJob', { claimer: owner, jobId }]
    case 'cancel':
      return ['MsgCancelJob', { requester: buyers[0], jobId }]
    case 'challenge':
      return ['MsgChallenge', { challenger: auditor, jobId, bond: { denom: 'udatum', amount: '100000' } }]
    case 'resolve': {
      const disputeId = m.disputes.get(o.j) ?? 1n
      return ['MsgResolveChallenge', { arbiter: auditor, disputeId, uphold: o.uphold }]
    }
    default:
      return undefined
  }
}

/** Blocks until the job's deadline has passed (bounded: deadlines are seconds away). */
async function until(s: JobsTestEnv, jobId: bigint, which: Deadline): Promise<void> {
  const ctx = () => s.tc.ctx
  const job = s.cr.store.job(ctx(), jobId)!
  const d = job.deadlines!
  const attestedAt = s.att.keeper.store.attestation(ctx(), jobId)?.attestedAt ?? 0n
  const window = s.cr.store.params(ctx()).challengeSeconds
  const at = { commit: d.commitBy, reveal: d.revealBy, final: d.finalBy, challenge: attestedAt + window }[
    which
  ]
  for (let i = 0; i < 30 && ctx().unixSeconds <= at; i++) await s.nextBlock()
}

async function apply(s: JobsTestEnv, m: Model, o: Op): Promise<void> {
  if (o.k === 'advance') {
    for (let i = 0; i < o.n; i++) await s.nextBlock()
    return
  }
  if (o.k === 'request') {
    const r = s.attempt('MsgPurchaseAndRequest', { buyer: buyers[o.b], offeringId: s.offeringId, job: JOB })
    if (r.ok) m.jobs.set(o.j, CR.MsgPurchaseAndRequestResponse.decode(r.value).jobId)
    return
  }
  const jobId = m.jobs.get(o.j) ?? 99n // a job that does not exist: every Msg on it must fail cleanly
  if (o.k === 'until') return until(s, jobId, o.deadline)
  const msg = msgFor(m, o, jobId)!
  const before = s.snapshot()
  const r = s.attempt(msg[0], msg[1])
  if (!r.ok) {
    expect(s.snapshot(), `${msg[0]} failed (${r.error.message}) but changed state`).toBe(before)
    return
  }
  if (o.k === 'commit') m.committed.set(`${o.e}/${jobId}`, o.lie ? LIE : HONEST)
  if (o.k === 'challenge') m.disputes.set(o.j, AT.MsgChallengeResponse.decode(r.value).disputeId)
}

function checkAll(s: JobsTestEnv, m: Model, supply: bigint): void {
  expect(s.brokenInvariants()).toEqual([])
  expect(s.totalSupply()).toBe(supply)
  const ctx = s.tc.ctx
  const jobs = [...m.jobs.values()].map((id) => s.cr.store.job(ctx, id)!)
  const finalized = jobs.filter((x) => x.state === CR.JobState.JOB_STATE_FINALIZED)
  const ledger = [...s.assets.ledger.usage(ctx, s.assetId)]
  expect(ledger.map((r) => r.sequence)).toEqual(ledger.map((_, i) => BigInt(i + 1)))
  expect(ledger.map((r) => r.jobId).sort()).toEqual(finalized.map((x) => x.id.toString()).sort())
  const budget = s.assets.getBudget(ctx, s.assetId, 1)
  expect(budget.spentMicro + budget.reservedMicro).toBeLessThanOrEqual(budget.totalMicro)
  const attOf = (id: bigint) => s.att.keeper.store.attestation(ctx, id)
  for (const r of ledger) expect(r.resultDigest).toBe(attOf(BigInt(r.jobId))?.resultDigest)
  const spent = finalized.reduce((sum, x) => sum + (attOf(x.id)?.epsilonActualMicro ?? 0n), 0n)
  expect(budget.spentMicro).toBe(spent)
  for (const x of jobs) {
    for (const worker of attOf(x.id)?.assigned ?? []) expect([x.requester, owner]).not.toContain(worker)
    if (attOf(x.id)?.state === AT.AttestationState.ATTESTATION_STATE_FINALIZED)
      expect(x.state).toBe(CR.JobState.JOB_STATE_FINALIZED)
  }
}

describe('jobs through the real keepers, random histories', () => {
  it('keep every invariant of issue 7 after every step', async () => {
    const reached = new Set<string>()
    await fc.assert(
      fc.asyncProperty(history, async (ops) => {
        const s = await jobsTestEnv()
        try {
          const m: Model = { jobs: new Map(), committed: new Map(), disputes: new Map() }
          const supply = s.totalSupply()
          checkAll(s, m, supply)
          for (const o of ops) {
            await apply(s, m, o)
            checkAll(s, m, supply)
          }
          for (const id of m.jobs.values()) reached.add(CR.JobState[s.cr.store.job(s.tc.ctx, id)!.state])
        } finally {
          await s.cleanup()
        }
      }),
      { numRuns: 60 },
    )
    // the histories must reach every end a job can have, or the property proves little
    for (const state of ['FINALIZED', 'FAILED', 'CANCELLED', 'EXPIRED'])
      expect([...reached], `no history ended a job ${state}`).toContain(`JOB_STATE_${state}`)
  }, 240_000)
})
