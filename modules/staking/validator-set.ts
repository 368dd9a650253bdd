// The bonded set: at each end-block the top `max_validators` by power (jailed ones excluded) are bonded,
// the rest leave through unbonding; changed powers go to consensus as ValidatorUpdates (effective at H+2).
// Pool balances follow every status change. Then matured validators, unbondings and redelegations complete.
import { type Context, compareBytes, fromBech32, VALOPER_PREFIX, type ValidatorUpdate } from '../sdk/index.js'
import { completeRedelegation, completeUnbonding } from './delegation.js'
import { EVENT } from './events.js'
import { consAddress, consensusPower, type StakingKeeper } from './keeper.js'
import {
  deleteFromValidatorQueue,
  dequeueMatureRedelegations,
  dequeueMatureUbds,
  dequeueMatureValidators,
  insertValidatorQueue,
} from './queues.js'
import { addDuration, BondStatus, type Validator } from './records.js'

function bondValidator(k: StakingKeeper, ctx: Context, v: Validator): void {
  k.deleteValidatorByPowerIndex(ctx, v)
  if (v.status === BondStatus.BOND_STATUS_UNBONDING)
    deleteFromValidatorQueue(k, ctx, v.operator, v.unbondingTime, v.unbondingHeight)
  v.status = BondStatus.BOND_STATUS_BONDED
  k.setValidator(ctx, v)
  k.setValidatorByPowerIndex(ctx, v)
  k.hook('afterValidatorBonded', ctx, consAddress(v.consPubKey), v.operator)
}

function beginUnbondingValidator(k: StakingKeeper, ctx: Context, v: Validator): void {
  const params = k.getParams(ctx)
  k.deleteValidatorByPowerIndex(ctx, v)
  v.status = BondStatus.BOND_STATUS_UNBONDING
  v.unbondingTime = addDuration(ctx.time, params.unbondingTime)
  v.unbondingHeight = ctx.height
  k.setValidator(ctx, v)
  k.setValidatorByPowerIndex(ctx, v)
  insertValidatorQueue(k, ctx, v.operator, v.unbondingTime, v.unbondingHeight)
  k.hook('afterValidatorBeginUnbonding', ctx, consAddress(v.consPubKey), v.operator)
}

const update = (v: Validator, power: bigint): ValidatorUpdate => ({ pubKey: v.consPubKey, power })

/** cosmos `ApplyAndReturnValidatorSetUpdates`: bonds the top set and returns the power changes. */
export function applyAndReturnValidatorSetUpdates(k: StakingKeeper, ctx: Context): ValidatorUpdate[] {
  const params = k.getParams(ctx)
  const last = k.lastValidatorPowers(ctx)
  const updates: ValidatorUpdate[] = []
  let count = 0
  let totalPower = 0n
  let notBondedToBonded = 0n
  let bondedToNotBonded = 0n
  for (const op of k.validatorsByPower(ctx)) {
    if (count >= params.maxValidators) break
    const v = k.mustGetValidator(ctx, op)
    if (v.jailed) throw new Error('should never retrieve a jailed validator from the power store')
    const power = consensusPower(v.tokens)
    if (power === 0n) break
    if (v.status !== BondStatus.BOND_STATUS_BONDED) {
      bondValidator(k, ctx, v)
      notBondedToBonded += v.tokens
    }
    const old = last.get(op)
    if (old === undefined || old !== power) {
      updates.push(update(v, power))
      k.setLastValidatorPower(ctx, op, power)
    }
    last.delete(op)
    count++
    totalPower += power
  }
  // Leaving validators in operator-byte order, as the SDK sorts them.
  const leaving = [...last.keys()].sort((a, b) =>
    compareBytes(fromBech32(a, VALOPER_PREFIX), fromBech32(b, VALOPER_PREFIX)),
  )
  for (const op of leaving) {
    const v = k.mustGetValidator(ctx, op)
    beginUnbondingValidator(k, ctx, v)
    bondedToNotBonded += v.tokens
    k.deleteLastValidatorPower(ctx, op)
    updates.push(update(v, 0n))
  }
  if (notBondedToBonded > bondedToNotBonded) k.notBondedToBonded(ctx, notBondedToBonded - bondedToNotBonded)
  else if (bondedToNotBonded > notBondedToBonded)
    k.bondedToNotBonded(ctx, bondedToNotBonded - notBondedToBonded)
  if (updates.length > 0 || totalPower !== k.getLastTotalPower(ctx)) k.setLastTotalPower(ctx, totalPower)
  return updates
}

/** cosmos `BlockValidatorUpdates` (the staking end-blocker). */
export function blockValidatorUpdates(k: StakingKeeper, ctx: Context): ValidatorUpdate[] {
  const updates = applyAndReturnValidatorSetUpdates(k, ctx)
  for (const op of dequeueMatureValidators(k, ctx, ctx.time, ctx.height)) {
    const v = k.getValidator(ctx, op)
    if (!v || v.status !== BondStatus.BOND_STATUS_UNBONDING) continue
    v.status = BondStatus.BOND_STATUS_UNBONDED
    k.setValidator(ctx, v)
    if (v.delegatorShares === 0n) k.removeValidator(ctx, op)
  }
  const denom = k.bondDenom(ctx)
  for (const p of dequeueMatureUbds(k, ctx, ctx.time)) {
    // A pair queued twice (merged or cancelled entries) finds nothing the second time, as in the SDK.
    if (!k.getUbd(ctx, p.delegator, p.validator)) continue
    const paid = completeUnbonding(k, ctx, p.delegator, p.validator)
    ctx.events.emit(EVENT.completeUnbonding, [
      ['amount', paid > 0n ? `${paid}${denom}` : ''],
      ['validator', p.validator],
      ['delegator', p.delegator],
    ])
  }
  for (const t of dequeueMatureRedelegations(k, ctx, ctx.time)) {
    if (!k.getRedelegation(ctx, t.delegator, t.src, t.dst)) continue
    const amount = completeRedelegation(k, ctx, t.delegator, t.src, t.dst)
    ctx.events.emit(EVENT.completeRedelegation, [
      ['amount', amount > 0n ? `${amount}${denom}` : ''],
      ['delegator', t.delegator],
      ['source_validator', t.src],
      ['destination_validator', t.dst],
    ])
  }
  return updates
}
