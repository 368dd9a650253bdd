// Moving executor funds: unlock job stakes, slash bonds (jailing an executor left under the minimum bond), move
// reputations, and pay slashed coins no challenger is owed into distribution's community pool, so nothing
// slashed stays in this module's account.
import {
  type Attestation,
  EventExecutorJailed,
  EventExecutorSlashed,
  EventSlashToCommunityPool,
  type Executor,
  ExecutorState,
} from '../../proto/gen/datum/attestation/v1/index.js'
import type { Coin, Context } from '../sdk/index.js'
import { emit } from './events.js'
import type { AttestationKeeper } from './keeper.js'
import { bps } from './params.js'
import { nextReputation } from './quorum.js'

/**
 * Takes `amount` (capped at the bond) off the executor's bond; returns what was taken. The coins are still in
 * the module account: the caller pays them out (challenger reward, `payCommunityPool`) in the same Msg.
 */
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
  emit(ctx, EventExecutorSlashed, {
    executor: e.operator,
    jobId,
    amount: `${taken}${e.bond.denom}`,
    reason,
  })
  jailIfUnderbonded(k, ctx, e)
  return taken
}

/** Pays slashed coins that no challenger is owed from the module account into the community pool. */
export function payCommunityPool(k: AttestationKeeper, ctx: Context, jobId: bigint, coin: Coin): void {
  if (coin.amount <= 0n) return
  k.deps.communityPool.fundCommunityPoolFromModule(ctx, k.moduleName, [coin])
  emit(ctx, EventSlashToCommunityPool, { jobId, amount: `${coin.amount}${coin.denom}` })
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
 * `slashFaultBps` of the job stake, which goes to the community pool (no challenger is owed it). With
 * `punishSilentOnly` (no quorum) revealers keep stake and reputation.
 */
export function closeExecutors(
  k: AttestationKeeper,
  ctx: Context,
  a: Attestation,
  punishSilentOnly: boolean,
): void {
  const p = k.params(ctx)
  const stake = BigInt(a.stakePerExecutor)
  // Per denom, in the assigned order: bonds share the denom of min_executor_bond at registration.
  const slashed = new Map<string, bigint>()
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
      const taken = slashBond(
        k,
        ctx,
        e,
        bps(stake, p.slashFaultBps),
        a.jobId,
        silent ? 'silent' : 'dissenting',
      )
      const denom = e.bond?.denom ?? ''
      if (taken > 0n) slashed.set(denom, (slashed.get(denom) ?? 0n) + taken)
    }
    k.store.setExecutor(ctx, e)
  }
  for (const [denom, amount] of slashed) payCommunityPool(k, ctx, a.jobId, { denom, amount })
}
