// Moving executor funds: unlock job stakes, slash bonds into the module's pool (jailing an executor left
// under the minimum bond), move reputations.
// Slashed coins never leave the module account here; callers pay challengers from the pool explicitly.
import {
  type Attestation,
  EventExecutorJailed,
  EventExecutorSlashed,
  type Executor,
  ExecutorState,
} from '../../proto/gen/datum/attestation/v1/index.js'
import type { Context } from '../sdk/index.js'
import { emit } from './events.js'
import type { AttestationKeeper } from './keeper.js'
import { bps } from './params.js'
import { nextReputation } from './quorum.js'

/** Takes `amount` (capped at the bond) from the executor's bond into the pool; returns what was taken. */
export function slashBond(
  k: AttestationKeeper,
  ctx: Context,
  e: Executor,
  amount: bigint,
  jobId: bigint,
  reason: string,
): bigint {
  const bond = BigInt(e.bond?.amount ?? '0')
  const taken = amount > bond ? bond : amount
  if (taken === 0n || !e.bond) return 0n
  e.bond = { denom: e.bond.denom, amount: (bond - taken).toString() }
  k.store.setPool(ctx, k.store.pool(ctx) + taken)
  emit(ctx, EventExecutorSlashed, {
    executor: e.operator,
    jobId,
    amount: `${taken}${e.bond.denom}`,
    reason,
  })
  jailIfUnderbonded(k, ctx, e)
  return taken
}

/** An ACTIVE executor whose bond fell below the minimum takes no new jobs until it tops up (JAILED). */
function jailIfUnderbonded(k: AttestationKeeper, ctx: Context, e: Executor): void {
  const min = BigInt(k.params(ctx).minExecutorBond?.amount ?? '0')
  if (e.state !== ExecutorState.EXECUTOR_STATE_ACTIVE || BigInt(e.bond?.amount ?? '0') >= min) return
  e.state = ExecutorState.EXECUTOR_STATE_JAILED
  emit(ctx, EventExecutorJailed, { executor: e.operator, bond: `${e.bond?.amount}${e.bond?.denom}` })
}

/**
 * Closes the executor side of a job: every assigned executor's stake is unlocked; agreeing executors gain
 * reputation, dissenting ones (revealed another digest) and silent ones (no reveal) lose reputation and
 * `slashFaultBps` of the job stake. With `punishSilentOnly` (no quorum) revealers keep stake and reputation.
 */
export function closeExecutors(
  k: AttestationKeeper,
  ctx: Context,
  a: Attestation,
  punishSilentOnly: boolean,
): void {
  const p = k.params(ctx)
  const stake = BigInt(a.stakePerExecutor)
  for (const op of a.assigned) {
    const e = k.store.executor(ctx, op)
    if (!e) continue
    const locked = BigInt(e.locked) - stake
    e.locked = (locked < 0n ? 0n : locked).toString()
    const reveal = a.reveals.find((r) => r.executor === op)
    const agreed = reveal !== undefined && reveal.resultDigest === a.resultDigest && a.resultDigest !== ''
    const silent = reveal === undefined
    if (agreed) e.reputation = nextReputation(e, true)
    else if (silent || !punishSilentOnly) {
      e.reputation = nextReputation(e, false)
      slashBond(k, ctx, e, bps(stake, p.slashFaultBps), a.jobId, silent ? 'silent' : 'dissenting')
    }
    k.store.setExecutor(ctx, e)
  }
}
