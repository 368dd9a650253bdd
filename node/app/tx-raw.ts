// TxRaw must be canonical (ADR-027, cosmos-sdk x/auth/tx rejectNonADR027TxRaw): its bytes are hashed but
// not signed, so any second encoding of the same tx would be a second hash. Stricter than the SDK in one
// respect: body_bytes and auth_info_bytes may appear at most once, since a repeat is also a second encoding.
import { readFields, WIRE_LEN } from './wire.js'

export class NonCanonicalTxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NonCanonicalTxError'
  }
}

export interface TxRawParts {
  bodyBytes: Uint8Array
  authInfoBytes: Uint8Array
  signatures: Uint8Array[]
}

/** Splits TxRaw bytes into its three fields, refusing anything but the canonical layout. */
export function parseCanonicalTxRaw(bytes: Uint8Array): TxRawParts {
  const parts: TxRawParts = { bodyBytes: new Uint8Array(), authInfoBytes: new Uint8Array(), signatures: [] }
  let previous = 0
  for (const f of readFields(bytes)) {
    if (f.fieldNumber < 1 || f.fieldNumber > 3)
      throw new NonCanonicalTxError(`unknown field: TxRaw has no field number ${f.fieldNumber}`)
    if (f.wireType !== WIRE_LEN)
      throw new NonCanonicalTxError(`expected ${WIRE_LEN} wire type, got ${f.wireType}`)
    if (f.fieldNumber < previous || (f.fieldNumber === previous && f.fieldNumber !== 3))
      throw new NonCanonicalTxError(
        `txRaw must follow ADR-027, got tagNum ${f.fieldNumber} after tagNum ${previous}`,
      )
    if (!f.minimal)
      throw new NonCanonicalTxError(`varint for tagNum ${f.fieldNumber} is not as short as possible`)
    previous = f.fieldNumber
    if (f.fieldNumber === 1) parts.bodyBytes = f.bytes!
    else if (f.fieldNumber === 2) parts.authInfoBytes = f.bytes!
    else parts.signatures.push(f.bytes!)
  }
  return parts
}
