// Store layout of the staking module (store key `staking`): the cosmos-sdk 0.50 x/staking prefixes.
// Addresses are length-prefixed raw bytes; times are 8-byte seconds + 4-byte nanos, big-endian, so queues sort
// by time.
import {
  concatBytes,
  fromBech32,
  lengthPrefixed,
  type Timestamp,
  uint64BE,
  VALOPER_PREFIX,
} from '../sdk/index.js'

export const MODULE_NAME = 'staking'
export const STORE_KEY = 'staking'
/** Module accounts holding bonded and not-bonded tokens (cosmos `BondedPoolName`, `NotBondedPoolName`). */
export const BONDED_POOL = 'bonded_tokens_pool'
export const NOT_BONDED_POOL = 'not_bonded_tokens_pool'

export const LAST_VALIDATOR_POWER_PREFIX = Uint8Array.of(0x11)
export const LAST_TOTAL_POWER_KEY = Uint8Array.of(0x12)
export const VALIDATORS_PREFIX = Uint8Array.of(0x21)
export const VALIDATORS_BY_CONS_ADDR_PREFIX = Uint8Array.of(0x22)
export const VALIDATORS_BY_POWER_PREFIX = Uint8Array.of(0x23)
export const DELEGATION_PREFIX = Uint8Array.of(0x31)
export const UNBONDING_DELEGATION_PREFIX = Uint8Array.of(0x32)
export const UNBONDING_BY_VAL_PREFIX = Uint8Array.of(0x33)
export const REDELEGATION_PREFIX = Uint8Array.of(0x34)
export const REDELEGATION_BY_SRC_PREFIX = Uint8Array.of(0x35)
export const REDELEGATION_BY_DST_PREFIX = Uint8Array.of(0x36)
export const UNBONDING_QUEUE_PREFIX = Uint8Array.of(0x41)
export const REDELEGATION_QUEUE_PREFIX = Uint8Array.of(0x42)
export const VALIDATOR_QUEUE_PREFIX = Uint8Array.of(0x43)
/** cosmos `HistoricalInfoKey`: 0x50 | height (8 bytes BE), as SDK 0.50's collections map keys it. */
export const HISTORICAL_INFO_PREFIX = Uint8Array.of(0x50)
export const PARAMS_KEY = Uint8Array.of(0x51)
export const DELEGATION_BY_VAL_PREFIX = Uint8Array.of(0x71)

export const historicalInfoKey = (height: bigint): Uint8Array =>
  concatBytes(HISTORICAL_INFO_PREFIX, uint64BE(height))

export const accBytes = (address: string): Uint8Array => fromBech32(address)
export const valBytes = (address: string): Uint8Array => fromBech32(address, VALOPER_PREFIX)

export const validatorKey = (val: string): Uint8Array =>
  concatBytes(VALIDATORS_PREFIX, lengthPrefixed(valBytes(val)))
export const validatorByConsAddrKey = (consAddr: Uint8Array): Uint8Array =>
  concatBytes(VALIDATORS_BY_CONS_ADDR_PREFIX, lengthPrefixed(consAddr))
export const lastValidatorPowerKey = (val: string): Uint8Array =>
  concatBytes(LAST_VALIDATOR_POWER_PREFIX, lengthPrefixed(valBytes(val)))

/**
 * 0x23 | power (8 bytes BE) | len | ^operator: iterated in reverse, the highest power comes first and, at equal
 * power, the lower operator address (inverted bytes sort the other way), as cosmos `GetValidatorsByPowerIndexKey`.
 */
export function powerIndexKey(power: bigint, val: string): Uint8Array {
  const op = valBytes(val).map((b) => 0xff - b)
  return concatBytes(VALIDATORS_BY_POWER_PREFIX, uint64BE(power), lengthPrefixed(op))
}

/** The operator bytes back out of a power-index key (without its 0x23 prefix). */
export function operatorFromPowerIndex(keyWithoutPrefix: Uint8Array): Uint8Array {
  const len = keyWithoutPrefix[8]!
  return keyWithoutPrefix.subarray(9, 9 + len).map((b) => 0xff - b)
}

export const delegationsOfPrefix = (del: string): Uint8Array =>
  concatBytes(DELEGATION_PREFIX, lengthPrefixed(accBytes(del)))
export const delegationKey = (del: string, val: string): Uint8Array =>
  concatBytes(delegationsOfPrefix(del), lengthPrefixed(valBytes(val)))
export const delegationsByValPrefix = (val: string): Uint8Array =>
  concatBytes(DELEGATION_BY_VAL_PREFIX, lengthPrefixed(valBytes(val)))
export const delegationByValKey = (val: string, del: string): Uint8Array =>
  concatBytes(delegationsByValPrefix(val), lengthPrefixed(accBytes(del)))

export const ubdsOfPrefix = (del: string): Uint8Array =>
  concatBytes(UNBONDING_DELEGATION_PREFIX, lengthPrefixed(accBytes(del)))
export const ubdKey = (del: string, val: string): Uint8Array =>
  concatBytes(ubdsOfPrefix(del), lengthPrefixed(valBytes(val)))
export const ubdsByValPrefix = (val: string): Uint8Array =>
  concatBytes(UNBONDING_BY_VAL_PREFIX, lengthPrefixed(valBytes(val)))
export const ubdByValKey = (val: string, del: string): Uint8Array =>
  concatBytes(ubdsByValPrefix(val), lengthPrefixed(accBytes(del)))

export const redsOfPrefix = (del: string): Uint8Array =>
  concatBytes(REDELEGATION_PREFIX, lengthPrefixed(accBytes(del)))
export const redsOfSrcPrefix = (del: string, src: string): Uint8Array =>
  concatBytes(redsOfPrefix(del), lengthPrefixed(valBytes(src)))
export const redKey = (del: string, src: string, dst: string): Uint8Array =>
  concatBytes(redsOfSrcPrefix(del, src), lengthPrefixed(valBytes(dst)))
export const redsBySrcPrefix = (src: string): Uint8Array =>
  concatBytes(REDELEGATION_BY_SRC_PREFIX, lengthPrefixed(valBytes(src)))
export const redBySrcKey = (src: string, del: string, dst: string): Uint8Array =>
  concatBytes(redsBySrcPrefix(src), lengthPrefixed(accBytes(del)), lengthPrefixed(valBytes(dst)))
/** 0x36 | len | dst | len | delegator | len | src: "is anything redelegating into dst for this delegator". */
export const redsByDstDelPrefix = (dst: string, del: string): Uint8Array =>
  concatBytes(REDELEGATION_BY_DST_PREFIX, lengthPrefixed(valBytes(dst)), lengthPrefixed(accBytes(del)))
export const redByDstKey = (dst: string, del: string, src: string): Uint8Array =>
  concatBytes(redsByDstDelPrefix(dst, del), lengthPrefixed(valBytes(src)))

export function timeBytes(t: Timestamp): Uint8Array {
  const nanos = new Uint8Array(4)
  new DataView(nanos.buffer).setUint32(0, t.nanos)
  return concatBytes(uint64BE(t.seconds), nanos)
}

/** Queue keys: prefix | time | 8-byte height (validator queue) or prefix | time (ubd / redelegation queues). */
export const ubdQueueKey = (t: Timestamp): Uint8Array => concatBytes(UNBONDING_QUEUE_PREFIX, timeBytes(t))
export const redQueueKey = (t: Timestamp): Uint8Array => concatBytes(REDELEGATION_QUEUE_PREFIX, timeBytes(t))
export const validatorQueueKey = (t: Timestamp, height: bigint): Uint8Array =>
  concatBytes(VALIDATOR_QUEUE_PREFIX, timeBytes(t), uint64BE(height))
