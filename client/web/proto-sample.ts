// A message with every field set to a non-default value, from its reflected type (for tests): repeated
// fields with two elements, enums at their highest number, nested messages filled in turn (to a bounded
// depth), 64-bit integers beyond 2^53 as bigint, strings with a non-ASCII character.
import { Enum, type Field, Type } from 'protobufjs/light.js'

/** A non-default value for one field; `n` varies it between elements and messages. */
function scalar(f: Field, n: number, depth: number): unknown {
  if (f.resolvedType instanceof Enum) return Math.max(...Object.values(f.resolvedType.values))
  if (f.resolvedType instanceof Type) return filled(f.resolvedType, n + 1, depth + 1)
  switch (f.type) {
    case 'string':
      return `${f.name}-${n}-é`
    case 'bool':
      return true
    case 'bytes':
      return Uint8Array.of(n, 0, 255, f.id)
    case 'uint32':
    case 'fixed32':
      return 4_000_000_000 - n
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return -70_000 - n
    case 'uint64':
    case 'fixed64':
      return (1n << 63n) + BigInt(n)
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return -(1n << 40n) - BigInt(n)
    default:
      throw new Error(`no sample for ${f.fullName} of type ${f.type}`)
  }
}

/** `n` varies the values between messages and elements; nesting stops at depth 4 (a type may contain itself). */
export function filled(t: Type, n: number, depth = 0): Record<string, unknown> {
  if (depth > 3) return {}
  const out: Record<string, unknown> = {}
  for (const f of t.fieldsArray) {
    f.resolve()
    out[f.name] = f.repeated ? [scalar(f, n, depth), scalar(f, n + 1, depth)] : scalar(f, n, depth)
  }
  return out
}
