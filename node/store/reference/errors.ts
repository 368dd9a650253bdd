// Typed store errors. Every rejection of bad input happens before any state changes, so a caught
// StoreError never leaves a half-applied write behind.

export type StoreErrorCode =
  | 'EMPTY_KEY'
  | 'KEY_TOO_LARGE'
  | 'VALUE_TOO_LARGE'
  | 'NIL_VALUE'
  | 'INVALID_RANGE'
  | 'VERSION_PRUNED'
  | 'VERSION_NOT_FOUND'
  | 'INVALID_VERSION'
  | 'UNKNOWN_STORE'
  | 'READ_ONLY'
  | 'PROOF_UNAVAILABLE'
  | 'CORRUPT'
  | 'CLOSED'
  | 'INVALID_OPTIONS'
  | 'COMMIT_IN_PROGRESS'

export class StoreError extends Error {
  override readonly name = 'StoreError'
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** Keys longer than this are rejected (cosmos-sdk uses 2^16 - 1 too: `MaxKeyLength`). */
export const MAX_KEY_LENGTH = 65_535
/** Values longer than this are rejected (2 MiB; block bytes bound state growth long before this). */
export const MAX_VALUE_LENGTH = 2 * 1024 * 1024

export function assertValidKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array)) throw new StoreError('EMPTY_KEY', 'key must be a Uint8Array')
  if (key.length === 0) throw new StoreError('EMPTY_KEY', 'key is empty')
  if (key.length > MAX_KEY_LENGTH) {
    throw new StoreError('KEY_TOO_LARGE', `key of ${key.length} bytes exceeds ${MAX_KEY_LENGTH}`)
  }
}

export function assertValidValue(value: Uint8Array): void {
  if (!(value instanceof Uint8Array)) throw new StoreError('NIL_VALUE', 'value must be a Uint8Array')
  if (value.length > MAX_VALUE_LENGTH) {
    throw new StoreError('VALUE_TOO_LARGE', `value of ${value.length} bytes exceeds ${MAX_VALUE_LENGTH}`)
  }
}
