// Version numbers cross the API as bigint (heights) and live inside the store as safe integers.
import { StoreError } from './errors.js'

export function toInternalVersion(version: bigint): number {
  if (typeof version !== 'bigint' || version < 1n || version > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new StoreError('INVALID_VERSION', `invalid version ${String(version)}`)
  }
  return Number(version)
}
