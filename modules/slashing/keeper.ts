// SlashingKeeper: liveness over a sliding window of the last commit's signatures (downtime → slash + jail),
// double-sign evidence (slash + jail forever + tombstone), and unjailing. Keyed by consensus address.
import { sha256 } from '@noble/hashes/sha2.js'
import { Params as ParamsProto, ValidatorSigningInfo } from 'cosmjs-types/cosmos/slashing/v1beta1/slashing'
import {
  type Context,
  concatBytes,
  decMulInt,
  decQuo,
  decRoundInt,
  decTruncateInt,
  fromBech32,
  type KVStore,
  lengthPrefixed,
  prefixIterator,
  type Timestamp,
  toBech32,
  uint64BE,
  VALCONS_PREFIX,
  VALOPER_PREFIX,
} from '../sdk/index.js'
import { slashingErrors } from './errors.js'
import type { SlashingStakingKeeper } from './expected-keepers.js'
import { DEFAULT_SLASHING_PARAMS, paramsFromProto, paramsToProto, type SlashingParams } from './params.js'

export const STORE_KEY = 'slashing'
export const MODULE_NAME = 'slashing'
const PARAMS_KEY = Uint8Array.of(0x00)
const SIGNING_INFO_PREFIX = Uint8Array.of(0x01)
const MISSED_PREFIX = Uint8Array.of(0x02)

export const signingInfoKey = (cons: Uint8Array) => concatBytes(SIGNING_INFO_PREFIX, lengthPrefixed(cons))
const missedPrefix = (cons: Uint8Array) => concatBytes(MISSED_PREFIX, lengthPrefixed(cons))
const missedKey = (cons: Uint8Array, index: bigint) => concatBytes(missedPrefix(cons), uint64BE(index))

/** Jailed "forever" after a double sign: 9999-12-31T23:59:59Z (cosmos `DoubleSignJailEndTime`). */
export const DOUBLE_SIGN_JAIL_END: Timestamp = { seconds: 253402300799n, nanos: 0 }
const UNBONDED = 1

export interface SigningInfo {
  address: string
  startHeight: bigint
  indexOffset: bigint
  jailedUntil: Timestamp
  tombstoned: boolean
  missedBlocksCounter: bigint
}

const later = (a: Timestamp, b: Timestamp) =>
  a.seconds > b.seconds || (a.seconds === b.seconds && a.nanos > b.nanos)

export class SlashingKeeper {
  constructor(readonly staking: SlashingStakingKeeper) {}

  store(ctx: Context): KVStore {
    return ctx.kvStore(STORE_KEY)
  }

  getParams(ctx: Context): SlashingParams {
    const raw = this.store(ctx).get(PARAMS_KEY)
    return raw ? paramsFromProto(ParamsProto.decode(raw)) : DEFAULT_SLASHING_PARAMS
  }

  setParams(ctx: Context, p: SlashingParams): void {
    this.store(ctx).set(PARAMS_KEY, ParamsProto.encode(paramsToProto(p)).finish())
  }

  getSigningInfo(ctx: Context, cons: Uint8Array): SigningInfo | undefined {
    const raw = this.store(ctx).get(signingInfoKey(cons))
    if (!raw) return undefined
    const p = ValidatorSigningInfo.decode(raw)
    return { ...p, jailedUntil: p.jailedUntil ?? { seconds: 0n, nanos: 0 } }
  }

  setSigningInfo(ctx: Context, cons: Uint8Array, info: SigningInfo): void {
    this.store(ctx).set(signingInfoKey(cons), ValidatorSigningInfo.encode(info).finish())
  }

  *allSigningInfos(ctx: Context): Generator<SigningInfo> {
    for (const { value } of prefixIterator(this.store(ctx), SIGNING_INFO_PREFIX)) {
      const p = ValidatorSigningInfo.decode(value)
      yield { ...p, jailedUntil: p.jailedUntil ?? { seconds: 0n, nanos: 0 } }
    }
  }

  private missed(ctx: Context, cons: Uint8Array, index: bigint): boolean {
    return this.store(ctx).has(missedKey(cons, index))
  }

  private setMissed(ctx: Context, cons: Uint8Array, index: bigint, missed: boolean): void {
    if (missed) this.store(ctx).set(missedKey(cons, index), Uint8Array.of(1))
    else this.store(ctx).delete(missedKey(cons, index))
  }

  private clearMissed(ctx: Context, cons: Uint8Array): void {
    const s = this.store(ctx)
    for (const { key } of [...prefixIterator(s, missedPrefix(cons))]) s.delete(key)
  }

  /** Staking hook: a validator that bonds (again) starts its liveness window now. */
  afterValidatorBonded(ctx: Context, cons: Uint8Array): void {
    const info = this.getSigningInfo(ctx, cons)
    if (info) this.setSigningInfo(ctx, cons, { ...info, startHeight: ctx.height })
    else
      this.setSigningInfo(ctx, cons, {
        address: toBech32(cons, VALCONS_PREFIX),
        startHeight: ctx.height,
        indexOffset: 0n,
        jailedUntil: { seconds: 0n, nanos: 0 },
        tombstoned: false,
        missedBlocksCounter: 0n,
      })
  }

  /** cosmos `HandleValidatorSignature`, for one entry of the last commit. */
  handleValidatorSignature(ctx: Context, cons: Uint8Array, power: bigint, signed: boolean): void {
    const v = this.staking.getValidatorByConsAddr(ctx, cons)
    // Validators staking does not manage (genesis.json-only) and jailed ones are not tracked.
    if (!v || v.jailed) return
    const info = this.getSigningInfo(ctx, cons)
    if (!info) return
    const params = this.getParams(ctx)
    const window = params.signedBlocksWindow
    const index = info.indexOffset % window
    info.indexOffset += 1n
    const previous = this.missed(ctx, cons, index)
    const missed = !signed
    if (!previous && missed) {
      this.setMissed(ctx, cons, index, true)
      info.missedBlocksCounter += 1n
    } else if (previous && !missed) {
      this.setMissed(ctx, cons, index, false)
      info.missedBlocksCounter -= 1n
    }
    const address = toBech32(cons, VALCONS_PREFIX)
    if (missed)
      ctx.events.emit('liveness', [
        ['address', address],
        ['missed_blocks', info.missedBlocksCounter.toString()],
        ['height', ctx.height.toString()],
      ])
    const minHeight = info.startHeight + window
    const maxMissed = window - decRoundInt(decMulInt(params.minSignedPerWindow, window))
    if (ctx.height > minHeight && info.missedBlocksCounter > maxMissed) {
      // The stake that signed the block being judged: two blocks back (validator-update delay + last commit).
      const distributionHeight = ctx.height - 2n
      const burned = this.staking.slash(ctx, cons, distributionHeight, power, params.slashFractionDowntime)
      ctx.events.emit('slash', [
        ['address', address],
        ['power', power.toString()],
        ['reason', 'missing_signature'],
        ['jailed', address],
        ['burned_coins', burned.toString()],
      ])
      this.staking.jail(ctx, cons)
      const t = ctx.time
      const d = params.downtimeJailDuration
      info.jailedUntil = { seconds: t.seconds + d.seconds, nanos: t.nanos + d.nanos }
      info.missedBlocksCounter = 0n
      info.indexOffset = 0n
      this.clearMissed(ctx, cons)
    }
    this.setSigningInfo(ctx, cons, info)
  }

  /** Committed duplicate-vote evidence (cosmos x/evidence `handleEquivocationEvidence`); once per validator. */
  handleDoubleSign(ctx: Context, cons: Uint8Array, power: bigint, infractionHeight: bigint): void {
    const v = this.staking.getValidatorByConsAddr(ctx, cons)
    if (!v || v.status === UNBONDED) return
    const info = this.getSigningInfo(ctx, cons)
    if (!info || info.tombstoned) return
    const params = this.getParams(ctx)
    const address = toBech32(cons, VALCONS_PREFIX)
    const burned = this.staking.slash(ctx, cons, infractionHeight - 1n, power, params.slashFractionDoubleSign)
    ctx.events.emit('slash', [
      ['address', address],
      ['power', power.toString()],
      ['reason', 'double_sign'],
      ['burned_coins', burned.toString()],
    ])
    if (!v.jailed) this.staking.jail(ctx, cons)
    this.setSigningInfo(ctx, cons, { ...info, jailedUntil: DOUBLE_SIGN_JAIL_END, tombstoned: true })
  }

  /** cosmos `Unjail`. */
  unjail(ctx: Context, val: string): void {
    const v = this.staking.getValidator(ctx, val)
    if (!v) throw slashingErrors.noValidatorForAddress.wrap('')
    const operator = toBech32(fromBech32(val, VALOPER_PREFIX))
    const self = this.staking.getDelegation(ctx, operator, val)
    if (!self) throw slashingErrors.missingSelfDelegation.wrap('')
    const tokens =
      v.delegatorShares === 0n
        ? 0n
        : decTruncateInt(decQuo(decMulInt(self.shares, v.tokens), v.delegatorShares))
    if (tokens < v.minSelfDelegation)
      throw slashingErrors.selfDelegationTooLowToUnjail.wrap(`${tokens} less than ${v.minSelfDelegation}`)
    if (!v.jailed) throw slashingErrors.validatorNotJailed.wrap('')
    const info = this.getSigningInfo(ctx, consOf(v.consPubKey))
    if (info) {
      if (info.tombstoned) throw slashingErrors.validatorJailed.wrap('')
      if (later(info.jailedUntil, ctx.time)) throw slashingErrors.validatorJailed.wrap('')
    }
    this.staking.unjail(ctx, consOf(v.consPubKey))
  }
}

const consOf = (pubKey: Uint8Array): Uint8Array => sha256(pubKey).subarray(0, 20)
