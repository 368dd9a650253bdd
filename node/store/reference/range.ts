import { compareBytes } from '../../../modules/sdk/bytes.js'
import { StoreError } from './errors.js'

/** Iterator bounds are [start, end); an end below the start is a caller bug, not an empty range. */
export function assertValidRange(start: Uint8Array | undefined, end: Uint8Array | undefined): void {
  if (start !== undefined && !(start instanceof Uint8Array)) {
    throw new StoreError('INVALID_RANGE', 'iterator start must be a Uint8Array')
  }
  if (end !== undefined && !(end instanceof Uint8Array)) {
    throw new StoreError('INVALID_RANGE', 'iterator end must be a Uint8Array')
  }
  if (start !== undefined && end !== undefined && compareBytes(start, end) > 0) {
    throw new StoreError('INVALID_RANGE', 'iterator start is after its end')
  }
}
