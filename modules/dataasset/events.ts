// Typed events, as cosmos `EmitTypedEvent` renders them: the event type is the full proto message name and
// each attribute is a field (snake_case key) with its JSON value, enums by name, 64-bit integers as strings.
// Attributes are indexed, so `tx_search "datum.dataasset.v1.EventAssetRegistered.id='\"<id>\"'"` finds them.
import type { Codec } from '../../proto/codec.js'
import { AssetState } from '../../proto/gen/datum/dataasset/v1/index.js'
import type { Context } from '../sdk/index.js'

const snake = (k: string): string => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

function jsonValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(jsonValue)
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64')
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[snake(k)] = jsonValue(x)
    return out
  }
  return v
}

/** Fields holding an AssetState, rendered by name. */
const STATE_FIELDS = new Set(['from', 'to', 'state'])

export function emitEvent<T extends object, I>(ctx: Context, codec: Codec<T, I>, value: I): void {
  const full = codec.fromPartial(value) as Record<string, unknown>
  const fields: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(full)) {
    fields[snake(k)] = STATE_FIELDS.has(k) && typeof v === 'number' ? (AssetState[v] ?? v) : jsonValue(v)
  }
  ctx.events.emitTyped(codec.typeName, fields)
}
