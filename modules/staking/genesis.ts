// Staking genesis import/export (cosmos x/staking InitGenesis / ExportGenesis). The initial validator set is
// derived from this section: bonded validators in genesis (their tokens already in the bonded pool through
// bank genesis) become the consensus set at InitChain. A genesis with no staking validators leaves the chain
// on the genesis.json validators, which staking does not manage.
import type { Context, ValidatorUpdate } from '../sdk/index.js'
import { type StakingGenesis, stakingGenesisJson } from './genesis-json.js'
import type { StakingKeeper } from './keeper.js'
import { BONDED_POOL, NOT_BONDED_POOL } from './keys.js'
import { DEFAULT_STAKING_PARAMS } from './params.js'
import { insertRedelegationQueue, insertUbdQueue, insertValidatorQueue } from './queues.js'
import { BondStatus } from './records.js'
import { applyAndReturnValidatorSetUpdates } from './validator-set.js'

export function defaultStakingGenesis(): StakingGenesis {
  return {
    params: DEFAULT_STAKING_PARAMS,
    lastTotalPower: 0n,
    lastValidatorPowers: [],
    validators: [],
    delegations: [],
    unbondingDelegations: [],
    redelegations: [],
    exported: false,
  }
}

export function initStakingGenesis(k: StakingKeeper, ctx: Context, g: StakingGenesis): ValidatorUpdate[] {
  k.setParams(ctx, g.params)
  k.setLastTotalPower(ctx, g.lastTotalPower)
  let bonded = 0n
  let notBonded = 0n
  for (const v of g.validators) {
    k.setValidator(ctx, v)
    k.setValidatorByConsAddr(ctx, v)
    k.setValidatorByPowerIndex(ctx, v)
    if (!g.exported) k.hook('afterValidatorCreated', ctx, v.operator)
    if (v.status === BondStatus.BOND_STATUS_UNBONDING)
      insertValidatorQueue(k, ctx, v.operator, v.unbondingTime, v.unbondingHeight)
    if (v.status === BondStatus.BOND_STATUS_BONDED) bonded += v.tokens
    else notBonded += v.tokens
  }
  for (const d of g.delegations) {
    if (!k.getValidator(ctx, d.validator)) throw new Error(`delegation to unknown validator ${d.validator}`)
    if (!g.exported) k.hook('beforeDelegationCreated', ctx, d.delegator, d.validator)
    k.setDelegation(ctx, d)
    if (!g.exported) k.hook('afterDelegationModified', ctx, d.delegator, d.validator)
  }
  let maxId = 0n
  for (const u of g.unbondingDelegations) {
    k.setUbd(ctx, u)
    for (const e of u.entries) {
      insertUbdQueue(k, ctx, u, e.completionTime)
      notBonded += e.balance
      if (e.unbondingId > maxId) maxId = e.unbondingId
    }
  }
  for (const r of g.redelegations) {
    k.setRedelegation(ctx, r)
    for (const e of r.entries) {
      insertRedelegationQueue(k, ctx, r, e.completionTime)
      if (e.unbondingId > maxId) maxId = e.unbondingId
    }
  }
  k.setLastUnbondingId(ctx, maxId)
  const denom = g.params.bondDenom
  const bondedBalance = k.bank.getBalance(ctx, k.poolAddress(BONDED_POOL), denom).amount
  if (bondedBalance !== bonded)
    throw new Error(
      `bonded pool balance is different from bonded coins: ${bondedBalance} and ${bonded}${denom}`,
    )
  const notBondedBalance = k.bank.getBalance(ctx, k.poolAddress(NOT_BONDED_POOL), denom).amount
  if (notBondedBalance !== notBonded)
    throw new Error(
      `not bonded pool balance is different from not bonded coins: ${notBondedBalance} and ${notBonded}${denom}`,
    )
  if (!g.exported) return applyAndReturnValidatorSetUpdates(k, ctx)
  const updates: ValidatorUpdate[] = []
  for (const p of g.lastValidatorPowers) {
    const v = k.getValidator(ctx, p.address)
    if (!v) throw new Error(`last validator power for unknown validator ${p.address}`)
    k.setLastValidatorPower(ctx, p.address, p.power)
    updates.push({ pubKey: v.consPubKey, power: p.power })
  }
  return updates
}

export function exportStakingGenesis(k: StakingKeeper, ctx: Context): unknown {
  return stakingGenesisJson({
    params: k.getParams(ctx),
    lastTotalPower: k.getLastTotalPower(ctx),
    lastValidatorPowers: [...k.lastValidatorPowers(ctx)].map(([address, power]) => ({ address, power })),
    validators: [...k.allValidators(ctx)],
    delegations: [...k.allDelegations(ctx)],
    unbondingDelegations: [...k.allUbds(ctx)],
    redelegations: [...k.allRedelegations(ctx)],
    exported: true,
  })
}
