// Store layout of the distribution module (store key `distribution`): the cosmos-sdk 0.50 x/distribution
// prefixes. Addresses are length-prefixed bytes; periods and heights are 8-byte big-endian.
import { concatBytes, fromBech32, lengthPrefixed, uint64BE, VALOPER_PREFIX } from '../sdk/index.js'

export const MODULE_NAME = 'distribution'
export const STORE_KEY = 'distribution'

export const FEE_POOL_KEY = Uint8Array.of(0x00)
export const OUTSTANDING_PREFIX = Uint8Array.of(0x02)
export const WITHDRAW_ADDR_PREFIX = Uint8Array.of(0x03)
export const STARTING_INFO_PREFIX = Uint8Array.of(0x04)
export const HISTORICAL_PREFIX = Uint8Array.of(0x05)
export const CURRENT_PREFIX = Uint8Array.of(0x06)
export const COMMISSION_PREFIX = Uint8Array.of(0x07)
export const SLASH_EVENT_PREFIX = Uint8Array.of(0x08)
export const PARAMS_KEY = Uint8Array.of(0x09)

const val = (v: string) => lengthPrefixed(fromBech32(v, VALOPER_PREFIX))
const acc = (a: string) => lengthPrefixed(fromBech32(a))

export const outstandingKey = (v: string) => concatBytes(OUTSTANDING_PREFIX, val(v))
export const withdrawAddrKey = (d: string) => concatBytes(WITHDRAW_ADDR_PREFIX, acc(d))
export const startingInfoKey = (v: string, d: string) => concatBytes(STARTING_INFO_PREFIX, val(v), acc(d))
export const historicalPrefix = (v: string) => concatBytes(HISTORICAL_PREFIX, val(v))
export const historicalKey = (v: string, period: bigint) => concatBytes(historicalPrefix(v), uint64BE(period))
export const currentKey = (v: string) => concatBytes(CURRENT_PREFIX, val(v))
export const commissionKey = (v: string) => concatBytes(COMMISSION_PREFIX, val(v))
export const slashEventsPrefix = (v: string) => concatBytes(SLASH_EVENT_PREFIX, val(v))
export const slashEventHeightPrefix = (v: string, height: bigint) =>
  concatBytes(slashEventsPrefix(v), uint64BE(height))
export const slashEventKey = (v: string, height: bigint, period: bigint) =>
  concatBytes(slashEventHeightPrefix(v, height), uint64BE(period))
