// The commitment an executor posts before revealing: sha256(result digest bytes ‖ salt bytes), hex.
import { sha256 } from '@noble/hashes/sha2.js'
import { concatBytes, fromHex, toHex } from '../sdk/index.js'

export const HEX64 = /^[0-9a-f]{64}$/
/** Salt between 16 and 64 bytes, lower-case hex. */
export const SALT = /^(?:[0-9a-f]{2}){16,64}$/

export function commitmentOf(resultDigest: string, salt: string): string {
  return toHex(sha256(concatBytes(fromHex(resultDigest), fromHex(salt))))
}
