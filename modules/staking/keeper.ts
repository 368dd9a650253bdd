// StakingKeeper: the staking state (validators and their indexes, delegations, unbonding delegations,
// redelegations, queues, last powers, params) and the pools. The state-changing flows live in
// delegation.ts, validator-set.ts and slash.ts; they all go through the accessors here.

import { sha256 } from '@noble/hashes/sha2.js'
import { Params as ParamsProto } from 'cosmjs-types/cosmos/staking/v1beta1/staking'
import {
  type Coin,
  type Context,
  fromBech32,
  type KVStore,
  PrefixStore,
  prefixIterator,
  readUint64BE,
  toBech32,
  uint64BE,
  utf8,
  VALOPER_PREFIX,
} from '../sdk/index.js'
import { stakingErrors } from './errors.js'
import type { StakingAccountKeeper, StakingBankKeeper, StakingHooks } from './expected-keepers.js'
import * as K from './keys.js'
import {
  DEFAULT_STAKING_PARAMS,
  POWER_REDUCTION,
  paramsFromProto,
  paramsToProto,
  type StakingParams,
} from './params.js'
import {
  BondStatus,
  type Delegation,
  decodeDelegation,
  decodeRedelegation,
  decodeUbd,
  decodeValidator,
  encodeDelegation,
  encodeRedelegation,
  encodeUbd,
  encodeValidator,
  type Redelegation,
  type UnbondingDelegation,
  type Validator,
} from './records.js'

const UNBONDING_ID_KEY = Uint8Array.of(0x37)

/** Consensus address of an ed25519 key: the first 20 bytes of sha256(pubkey), as CometBFT. */
export const consAddress = (pubKey: Uint8Array): Uint8Array => sha256(pubKey).subarray(0, 20)

/** The account address that operates a validator (same bytes, account prefix). */
export const operatorAccount = (val: string): string => toBech32(fromBech32(val, VALOPER_PREFIX))
export const valoperOf = (account: string): string => toBech32(fromBech32(account), VALOPER_PREFIX)

export const consensusPower = (tokens: bigint): bigint => tokens / POWER_REDUCTION

export class StakingKeeper {
  private hooks: StakingHooks[] = []

  constructor(
    readonly bank: StakingBankKeeper,
    readonly accounts: StakingAccountKeeper,
  ) {}

  /** Attaches hooks (distribution, slashing); they run in the order attached. */
  addHooks(h: StakingHooks): void {
    this.hooks.push(h)
  }

  /** Calls hook `name` on every attached hook set. */
  hook<N extends keyof StakingHooks>(name: N, ...args: Parameters<NonNullable<StakingHooks[N]>>): void {
    for (const h of this.hooks) (h[name] as ((...a: unknown[]) => void) | undefined)?.apply(h, args)
  }

  store(ctx: Context): KVStore {
    return ctx.kvStore(K.STORE_KEY)
  }

  // ---- params ----
  getParams(ctx: Context): StakingParams {
    const raw = this.store(ctx).get(K.PARAMS_KEY)
    return raw ? paramsFromProto(ParamsProto.decode(raw)) : DEFAULT_STAKING_PARAMS
  }

  setParams(ctx: Context, p: StakingParams): void {
    this.store(ctx).set(K.PARAMS_KEY, ParamsProto.encode(paramsToProto(p)).finish())
  }

  bondDenom(ctx: Context): string {
    return this.getParams(ctx).bondDenom
  }

  // ---- pools ----
  poolAddress(name: string): string {
    const a = this.accounts.getModuleAddress(name)
    if (!a) throw new Error(`module account ${name} is not registered`)
    return a
  }

  bondedTokens(ctx: Context): bigint {
    return this.bank.getBalance(ctx, this.poolAddress(K.BONDED_POOL), this.bondDenom(ctx)).amount
  }

  notBondedTokens(ctx: Context): bigint {
    return this.bank.getBalance(ctx, this.poolAddress(K.NOT_BONDED_POOL), this.bondDenom(ctx)).amount
  }

  private coins(ctx: Context, amount: bigint): Coin[] {
    return [{ denom: this.bondDenom(ctx), amount }]
  }

  bondedToNotBonded(ctx: Context, amount: bigint): void {
    if (amount > 0n)
      this.bank.sendCoinsFromModuleToModule(ctx, K.BONDED_POOL, K.NOT_BONDED_POOL, this.coins(ctx, amount))
  }

  notBondedToBonded(ctx: Context, amount: bigint): void {
    if (amount > 0n)
      this.bank.sendCoinsFromModuleToModule(ctx, K.NOT_BONDED_POOL, K.BONDED_POOL, this.coins(ctx, amount))
  }

  burnFromPool(ctx: Context, pool: string, amount: bigint): void {
    if (amount > 0n) this.bank.burnCoins(ctx, pool, this.coins(ctx, amount))
  }

  // ---- validators ----
  getValidator(ctx: Context, val: string): Validator | undefined {
    const raw = this.store(ctx).get(K.validatorKey(val))
    return raw ? decodeValidator(raw) : undefined
  }

  mustGetValidator(ctx: Context, val: string): Validator {
    const v = this.getValidator(ctx, val)
    if (!v) throw stakingErrors.noValidatorFound.wrap('')
    return v
  }

  getValidatorByConsAddr(ctx: Context, consAddr: Uint8Array): Validator | undefined {
    const raw = this.store(ctx).get(K.validatorByConsAddrKey(consAddr))
    return raw ? this.getValidator(ctx, toBech32(raw, VALOPER_PREFIX)) : undefined
  }

  setValidator(ctx: Context, v: Validator): void {
    this.store(ctx).set(K.validatorKey(v.operator), encodeValidator(v))
  }

  setValidatorByConsAddr(ctx: Context, v: Validator): void {
    this.store(ctx).set(K.validatorByConsAddrKey(consAddress(v.consPubKey)), K.valBytes(v.operator))
  }

  /** Jailed validators are kept out of the power index, so they never bond. */
  setValidatorByPowerIndex(ctx: Context, v: Validator): void {
    if (v.jailed) return
    this.store(ctx).set(K.powerIndexKey(consensusPower(v.tokens), v.operator), K.valBytes(v.operator))
  }

  deleteValidatorByPowerIndex(ctx: Context, v: Validator): void {
    this.store(ctx).delete(K.powerIndexKey(consensusPower(v.tokens), v.operator))
  }

  /** Every validator, by operator address bytes. */
  *allValidators(ctx: Context): Generator<Validator> {
    for (const { value } of prefixIterator(this.store(ctx), K.VALIDATORS_PREFIX)) yield decodeValidator(value)
  }

  /** Operators in the power index, highest power first (ties: lower operator bytes first). */
  *validatorsByPower(ctx: Context): Generator<string> {
    const s = new PrefixStore(this.store(ctx), K.VALIDATORS_BY_POWER_PREFIX)
    for (const { key } of s.iterator(undefined, undefined, true))
      yield toBech32(K.operatorFromPowerIndex(key), VALOPER_PREFIX)
  }

  /** Deletes a validator that has no tokens and is unbonded (cosmos `RemoveValidator`). */
  removeValidator(ctx: Context, val: string): void {
    const v = this.getValidator(ctx, val)
    if (!v) return
    if (v.status !== BondStatus.BOND_STATUS_UNBONDED)
      throw stakingErrors.badRemoveValidator.wrap(
        'cannot call RemoveValidator on bonded or unbonding validators',
      )
    if (v.tokens > 0n)
      throw stakingErrors.badRemoveValidator.wrap(
        'attempting to remove a validator which still contains tokens',
      )
    const s = this.store(ctx)
    const consAddr = consAddress(v.consPubKey)
    s.delete(K.validatorKey(val))
    s.delete(K.validatorByConsAddrKey(consAddr))
    this.deleteValidatorByPowerIndex(ctx, v)
    this.hook('afterValidatorRemoved', ctx, consAddr, val)
  }

  // ---- last validator powers ----
  getLastValidatorPower(ctx: Context, val: string): bigint | undefined {
    const raw = this.store(ctx).get(K.lastValidatorPowerKey(val))
    return raw ? readUint64BE(raw) : undefined
  }

  setLastValidatorPower(ctx: Context, val: string, power: bigint): void {
    this.store(ctx).set(K.lastValidatorPowerKey(val), uint64BE(power))
  }

  deleteLastValidatorPower(ctx: Context, val: string): void {
    this.store(ctx).delete(K.lastValidatorPowerKey(val))
  }

  /** Operator → power of the validators bonded after the last end-block, in operator-byte order. */
  lastValidatorPowers(ctx: Context): Map<string, bigint> {
    const out = new Map<string, bigint>()
    const s = new PrefixStore(this.store(ctx), K.LAST_VALIDATOR_POWER_PREFIX)
    for (const { key, value } of s.iterator())
      out.set(toBech32(key.subarray(1, 1 + key[0]!), VALOPER_PREFIX), readUint64BE(value))
    return out
  }

  getLastTotalPower(ctx: Context): bigint {
    const raw = this.store(ctx).get(K.LAST_TOTAL_POWER_KEY)
    return raw ? BigInt(utf8.decode(raw)) : 0n
  }

  setLastTotalPower(ctx: Context, power: bigint): void {
    this.store(ctx).set(K.LAST_TOTAL_POWER_KEY, utf8.encode(power.toString()))
  }

  // ---- delegations ----
  getDelegation(ctx: Context, del: string, val: string): Delegation | undefined {
    const raw = this.store(ctx).get(K.delegationKey(del, val))
    return raw ? decodeDelegation(raw) : undefined
  }

  setDelegation(ctx: Context, d: Delegation): void {
    const s = this.store(ctx)
    s.set(K.delegationKey(d.delegator, d.validator), encodeDelegation(d))
    s.set(K.delegationByValKey(d.validator, d.delegator), new Uint8Array())
  }

  removeDelegation(ctx: Context, d: Delegation): void {
    this.hook('beforeDelegationRemoved', ctx, d.delegator, d.validator)
    const s = this.store(ctx)
    s.delete(K.delegationKey(d.delegator, d.validator))
    s.delete(K.delegationByValKey(d.validator, d.delegator))
  }

  *delegatorDelegations(ctx: Context, del: string): Generator<Delegation> {
    for (const { value } of prefixIterator(this.store(ctx), K.delegationsOfPrefix(del)))
      yield decodeDelegation(value)
  }

  *validatorDelegations(ctx: Context, val: string): Generator<Delegation> {
    const prefix = K.delegationsByValPrefix(val)
    for (const { key } of prefixIterator(this.store(ctx), prefix)) {
      const delBytes = key.subarray(prefix.length + 1)
      const d = this.getDelegation(ctx, toBech32(delBytes), val)
      if (d) yield d
    }
  }

  *allDelegations(ctx: Context): Generator<Delegation> {
    for (const { value } of prefixIterator(this.store(ctx), K.DELEGATION_PREFIX))
      yield decodeDelegation(value)
  }

  // ---- unbonding delegations ----
  getUbd(ctx: Context, del: string, val: string): UnbondingDelegation | undefined {
    const raw = this.store(ctx).get(K.ubdKey(del, val))
    return raw ? decodeUbd(raw) : undefined
  }

  setUbd(ctx: Context, u: UnbondingDelegation): void {
    const s = this.store(ctx)
    s.set(K.ubdKey(u.delegator, u.validator), encodeUbd(u))
    s.set(K.ubdByValKey(u.validator, u.delegator), new Uint8Array())
  }

  removeUbd(ctx: Context, u: UnbondingDelegation): void {
    const s = this.store(ctx)
    s.delete(K.ubdKey(u.delegator, u.validator))
    s.delete(K.ubdByValKey(u.validator, u.delegator))
  }

  *delegatorUbds(ctx: Context, del: string): Generator<UnbondingDelegation> {
    for (const { value } of prefixIterator(this.store(ctx), K.ubdsOfPrefix(del))) yield decodeUbd(value)
  }

  *validatorUbds(ctx: Context, val: string): Generator<UnbondingDelegation> {
    const prefix = K.ubdsByValPrefix(val)
    for (const { key } of prefixIterator(this.store(ctx), prefix)) {
      const u = this.getUbd(ctx, toBech32(key.subarray(prefix.length + 1)), val)
      if (u) yield u
    }
  }

  *allUbds(ctx: Context): Generator<UnbondingDelegation> {
    for (const { value } of prefixIterator(this.store(ctx), K.UNBONDING_DELEGATION_PREFIX))
      yield decodeUbd(value)
  }

  // ---- redelegations ----
  getRedelegation(ctx: Context, del: string, src: string, dst: string): Redelegation | undefined {
    const raw = this.store(ctx).get(K.redKey(del, src, dst))
    return raw ? decodeRedelegation(raw) : undefined
  }

  setRedelegation(ctx: Context, r: Redelegation): void {
    const s = this.store(ctx)
    s.set(K.redKey(r.delegator, r.src, r.dst), encodeRedelegation(r))
    s.set(K.redBySrcKey(r.src, r.delegator, r.dst), new Uint8Array())
    s.set(K.redByDstKey(r.dst, r.delegator, r.src), new Uint8Array())
  }

  removeRedelegation(ctx: Context, r: Redelegation): void {
    const s = this.store(ctx)
    s.delete(K.redKey(r.delegator, r.src, r.dst))
    s.delete(K.redBySrcKey(r.src, r.delegator, r.dst))
    s.delete(K.redByDstKey(r.dst, r.delegator, r.src))
  }

  /** True when some redelegation of `del` into `val` is still maturing (no transitive hops). */
  hasReceivingRedelegation(ctx: Context, del: string, val: string): boolean {
    return !prefixIterator(this.store(ctx), K.redsByDstDelPrefix(val, del)).next().done
  }

  *delegatorRedelegations(ctx: Context, del: string): Generator<Redelegation> {
    for (const { value } of prefixIterator(this.store(ctx), K.redsOfPrefix(del)))
      yield decodeRedelegation(value)
  }

  *redelegationsFromSrc(ctx: Context, src: string): Generator<Redelegation> {
    const prefix = K.redsBySrcPrefix(src)
    for (const { key } of prefixIterator(this.store(ctx), prefix)) {
      const rest = key.subarray(prefix.length)
      const del = rest.subarray(1, 1 + rest[0]!)
      const dstPart = rest.subarray(1 + rest[0]!)
      const dst = dstPart.subarray(1, 1 + dstPart[0]!)
      const r = this.getRedelegation(ctx, toBech32(del), src, toBech32(dst, VALOPER_PREFIX))
      if (r) yield r
    }
  }

  *allRedelegations(ctx: Context): Generator<Redelegation> {
    for (const { value } of prefixIterator(this.store(ctx), K.REDELEGATION_PREFIX))
      yield decodeRedelegation(value)
  }

  /** Monotonic ids for unbonding and redelegation entries (cosmos `IncrementUnbondingID`). */
  nextUnbondingId(ctx: Context): bigint {
    const s = this.store(ctx)
    const raw = s.get(UNBONDING_ID_KEY)
    const id = (raw ? readUint64BE(raw) : 0n) + 1n
    s.set(UNBONDING_ID_KEY, uint64BE(id))
    return id
  }

  lastUnbondingId(ctx: Context): bigint {
    const raw = this.store(ctx).get(UNBONDING_ID_KEY)
    return raw ? readUint64BE(raw) : 0n
  }

  setLastUnbondingId(ctx: Context, id: bigint): void {
    this.store(ctx).set(UNBONDING_ID_KEY, uint64BE(id))
  }
}
