// Invariants: the module account holds exactly the bonds and open challenge bonds (slashed coins leave it in
// the Msg that slashes them, to a challenger or the community pool: nothing stranded, created or lost);
// locked stake never exceeds a bond; agreeing executors revealed the digest; an ACTIVE executor is bonded at
// least the minimum (a slash below it jails).
import { AttestationState, DisputeState, ExecutorState } from '../../proto/gen/datum/attestation/v1/index.js'
import type { Context, Invariant } from '../sdk/index.js'
import { commitmentOf } from './commitment.js'
import type { AttestationKeeper } from './keeper.js'
import { BOND_DENOM } from './params.js'

export interface BalanceReader {
  moduleBalance(ctx: Context, denom: string): bigint
}

export function attestationInvariants(k: AttestationKeeper, balances?: BalanceReader): Invariant[] {
  const list: Invariant[] = [
    {
      name: 'attestation/locked-stake-accounted',
      check: (ctx) => {
        // Each executor's locked stake equals the stakes of the open jobs it is assigned to.
        const open = new Map<string, bigint>()
        for (const a of k.store.attestations(ctx)) {
          if (
            a.state !== AttestationState.ATTESTATION_STATE_OPEN &&
            a.state !== AttestationState.ATTESTATION_STATE_ATTESTED &&
            a.state !== AttestationState.ATTESTATION_STATE_DISPUTED
          )
            continue
          for (const op of a.assigned) open.set(op, (open.get(op) ?? 0n) + BigInt(a.stakePerExecutor))
        }
        for (const e of k.store.executors(ctx))
          if (BigInt(e.locked) !== (open.get(e.operator) ?? 0n))
            return `executor ${e.operator} locks ${e.locked} but its open jobs hold ${open.get(e.operator) ?? 0n}`
        return undefined
      },
    },
    {
      name: 'attestation/agreeing-revealed-digest',
      check: (ctx) => {
        for (const a of k.store.attestations(ctx)) {
          if (a.state === AttestationState.ATTESTATION_STATE_OPEN) continue
          for (const op of a.agreeing) {
            const r = a.reveals.find((x) => x.executor === op)
            if (!r || r.resultDigest !== a.resultDigest)
              return `job ${a.jobId}: ${op} is agreeing without revealing ${a.resultDigest}`
          }
        }
        return undefined
      },
    },
    {
      name: 'attestation/active-executors-bonded',
      check: (ctx) => {
        const min = BigInt(k.params(ctx).minExecutorBond?.amount ?? '0')
        for (const e of k.store.executors(ctx))
          if (e.state === ExecutorState.EXECUTOR_STATE_ACTIVE && BigInt(e.bond?.amount ?? '0') < min)
            return `executor ${e.operator} is ACTIVE with bond ${e.bond?.amount} under the minimum ${min}`
        return undefined
      },
    },
  ]
  if (balances)
    list.push({
      name: 'attestation/module-solvent',
      check: (ctx) => {
        let owed = 0n
        for (const e of k.store.executors(ctx))
          if (e.bond?.denom === BOND_DENOM) owed += BigInt(e.bond.amount)
        for (const d of k.store.disputes(ctx))
          if (d.state === DisputeState.DISPUTE_STATE_OPEN && d.bond?.denom === BOND_DENOM)
            owed += BigInt(d.bond.amount)
        const held = balances.moduleBalance(ctx, BOND_DENOM)
        return held === owed ? undefined : `module holds ${held}${BOND_DENOM} but owes ${owed}`
      },
    })
  return list
}

/** Exposed for tests: a reveal is accepted only when it hashes to its commitment. */
export const revealMatches = (digest: string, salt: string, commitment: string): boolean =>
  commitmentOf(digest, salt) === commitment
