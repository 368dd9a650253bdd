// ADR-027 unknown-field rejection (cosmos-sdk codec/unknownproto): every field must be known to its
// message's table with the right wire type, except "non-critical" fields (field number with bit 11,
// i.e. 1024, set) where the caller allows them (TxBody only).
import { ANY_SCHEMA, type FieldKind, type MessageSchema, PUBKEY_SCHEMAS } from './tx-schema.js'
import { readFields, WIRE_LEN, WireError } from './wire.js'

/** Nesting bound for Any and ModeInfo recursion (reliability A5: O(1) stack, depth at most 64). */
export const MAX_NESTING = 64
const NON_CRITICAL_BIT = 1024

export class UnknownFieldError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnknownFieldError'
  }
}

export function rejectUnknownFields(
  bytes: Uint8Array,
  schema: MessageSchema,
  allowNonCritical: boolean,
  depth = 0,
): void {
  if (depth > MAX_NESTING) throw new UnknownFieldError(`message nesting exceeds ${MAX_NESTING} levels`)
  for (const f of readFields(bytes)) {
    const kind = schema.fields.get(f.fieldNumber)
    if (!kind) {
      if (allowNonCritical && (f.fieldNumber & NON_CRITICAL_BIT) !== 0) continue
      throw new UnknownFieldError(
        `unknown field: ${schema.name} has no field number ${f.fieldNumber} (wire type ${f.wireType})`,
      )
    }
    if (kind.wire !== f.wireType)
      throw new UnknownFieldError(
        `wire type mismatch: ${schema.name} field ${f.fieldNumber} expects ${kind.wire}, got ${f.wireType}`,
      )
    if (f.wireType === WIRE_LEN) checkNested(f.bytes!, kind, allowNonCritical, depth)
  }
}

function checkNested(bytes: Uint8Array, kind: FieldKind, allowNonCritical: boolean, depth: number): void {
  if ('message' in kind) {
    rejectUnknownFields(bytes, kind.message(), allowNonCritical, depth + 1)
    return
  }
  if (!('any' in kind)) return
  rejectUnknownFields(bytes, ANY_SCHEMA, allowNonCritical, depth + 1)
  if (kind.any !== 'pubkey') return
  let typeUrl = ''
  let value: Uint8Array = new Uint8Array()
  for (const f of readFields(bytes)) {
    if (f.fieldNumber === 1) typeUrl = new TextDecoder().decode(f.bytes)
    if (f.fieldNumber === 2) value = f.bytes!
  }
  const inner = PUBKEY_SCHEMAS.get(typeUrl)
  if (inner) rejectUnknownFields(value, inner, allowNonCritical, depth + 1)
}

export { WireError }
