// HistoricalInfo (cosmos-sdk 0.50 x/staking `TrackHistoricalInfo`): at each begin-block the block header the
// module sees and the bonded set of the last end-block, kept for `historical_entries` heights. IBC light clients
// and CosmJS's `staking.historicalInfo(height)` read it; genesis exports none, as the SDK.
import { HistoricalInfo as HistoricalInfoProto } from 'cosmjs-types/cosmos/staking/v1beta1/staking'
import type { Header } from 'cosmjs-types/tendermint/types/types'
import { type Context, compareBytes, prefixIterator, readUint64BE } from '../sdk/index.js'
import { consAddress, consensusPower, type StakingKeeper } from './keeper.js'
import * as K from './keys.js'
import { BondStatus, type Validator, validatorToProto } from './records.js'

export type HistoricalInfo = HistoricalInfoProto

/**
 * The header SDK 0.50's FinalizeBlock gives modules (`ctx.BlockHeader()`): chain id, height, time, proposer,
 * next validators hash and the last commit's app hash; every other field is zero (version and last block id
 * are present but empty, as gogoproto writes non-nullable fields).
 */
export function blockHeader(ctx: Context): Header {
  const empty = new Uint8Array()
  return {
    version: { block: 0n, app: 0n },
    chainId: ctx.chainId,
    height: ctx.height,
    time: { seconds: ctx.time.seconds, nanos: ctx.time.nanos },
    lastBlockId: { hash: empty, partSetHeader: { total: 0, hash: empty } },
    lastCommitHash: empty,
    dataHash: empty,
    validatorsHash: empty,
    nextValidatorsHash: ctx.block.nextValidatorsHash ?? empty,
    consensusHash: empty,
    appHash: ctx.block.lastAppHash ?? empty,
    lastResultsHash: empty,
    evidenceHash: empty,
    proposerAddress: ctx.block.proposer,
  }
}

/** cosmos `Validator.ConsensusPower`: tokens / 10^6 while bonded, else 0. */
const powerOf = (v: Validator): bigint =>
  v.status === BondStatus.BOND_STATUS_BONDED ? consensusPower(v.tokens) : 0n

/**
 * The last end-block's bonded validators (cosmos `GetLastValidators`, in operator-byte order) sorted as
 * `NewHistoricalInfo` sorts them, the way CometBFT orders a set: power descending, then consensus address
 * ascending (a stable sort).
 */
export function historicalValset(k: StakingKeeper, ctx: Context): Validator[] {
  // sort keys computed once per validator, not per comparison (a consensus address is a sha256)
  const keyed = [...k.lastValidatorPowers(ctx).keys()].map((op) => {
    const v = k.mustGetValidator(ctx, op)
    return { v, power: powerOf(v), address: consAddress(v.consPubKey) }
  })
  keyed.sort((a, b) => {
    if (a.power !== b.power) return a.power > b.power ? -1 : 1
    return compareBytes(a.address, b.address)
  })
  return keyed.map(({ v }) => v)
}

export function getHistoricalInfo(
  k: StakingKeeper,
  ctx: Context,
  height: bigint,
): HistoricalInfo | undefined {
  const raw = k.store(ctx).get(K.historicalInfoKey(height))
  return raw ? HistoricalInfoProto.decode(raw) : undefined
}

/**
 * Begin-block: drops every entry at or below `height - historical_entries`, then stores this height's entry
 * unless `historical_entries` is 0. The SDK's loop walks down from `height - n` and stops at the first missing
 * height, so lowering the param to 0 and raising it again leaves older entries behind for good; deleting the
 * whole range below the cut (in key order, normally one entry) keeps exactly the last `n` in every case.
 */
export function trackHistoricalInfo(k: StakingKeeper, ctx: Context): void {
  const entries = BigInt(k.getParams(ctx).historicalEntries)
  const store = k.store(ctx)
  const cut = ctx.height - entries
  if (cut >= 0n) {
    const end = K.historicalInfoKey(cut + 1n)
    const stale = [...store.iterator(K.HISTORICAL_INFO_PREFIX, end)].map(({ key }) => key)
    for (const key of stale) store.delete(key)
  }
  if (entries === 0n) return
  const entry: HistoricalInfo = {
    header: blockHeader(ctx),
    valset: historicalValset(k, ctx).map(validatorToProto),
  }
  store.set(K.historicalInfoKey(ctx.height), HistoricalInfoProto.encode(entry).finish())
}

/** Heights with a stored entry, ascending (tests and operators). */
export function historicalHeights(k: StakingKeeper, ctx: Context): bigint[] {
  return [...prefixIterator(k.store(ctx), K.HISTORICAL_INFO_PREFIX)].map(({ key }) => readUint64BE(key, 1))
}
