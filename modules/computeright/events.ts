// Typed events, rendered as cosmos `EmitTypedEvent` does (see modules/dataasset/events.ts): event type is the
// full proto name, each attribute a snake_case field with its JSON value, 64-bit integers as strings.
import type { Codec } from '../../proto/codec.js'
import type { Context } from '../sdk/index.js'

const snake = (k: string): string => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

function jsonValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(jsonValue)
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64')
  if (typeof v === 'bigint') return v.toString()
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[snake(k)] = jsonValue(x)
    return out
  }
  return v
}

export function emitEvent<T extends object, I>(ctx: Context, codec: Codec<T, I>, value: I): void {
  const full = codec.fromPartial(value) as Record<string, unknown>
  const fields: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(full)) fields[snake(k)] = jsonValue(v)
  ctx.events.emitTyped(codec.typeName, fields)
}
