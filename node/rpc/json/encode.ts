// CometBFT JSON scalar encodings (cmtjson): int64 as decimal strings, HexBytes as upper-case hex,
// []byte as standard base64, times as RFC3339 with up to nine fraction digits (Go's RFC3339Nano).
import type { Timestamp } from '../../../modules/sdk/index.js'
import { toHexUpper } from '../../types/hash.js'

export const hex = toHexUpper

export const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')

/** base64, or null for empty bytes (gogo jsonpb renders empty bytes fields as null in ABCI structs). */
export const base64OrNull = (bytes: Uint8Array | undefined): string | null =>
  bytes && bytes.length > 0 ? base64(bytes) : null

export const int = (value: bigint | number): string => value.toString()

/** Go `time.RFC3339Nano`: fraction trimmed of trailing zeros and dropped when zero, always UTC `Z`. */
export function rfc3339(time: Timestamp): string {
  const millis = Number(time.seconds) * 1000
  const iso = new Date(millis).toISOString() // YYYY-MM-DDTHH:MM:SS.mmmZ
  const fraction = time.nanos.toString().padStart(9, '0').replace(/0+$/, '')
  return `${iso.slice(0, 19)}${fraction ? `.${fraction}` : ''}Z`
}

export const zeroTime: Timestamp = { seconds: -62135596800n, nanos: 0 }
