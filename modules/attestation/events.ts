// Typed events, as cosmos `EmitTypedEvent` renders them: full proto name as type, snake_case JSON attributes.
import type { Codec } from '../../proto/codec.js'
import type { Context } from '../sdk/index.js'

const snake = (k: string): string => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

export function emit<T extends object, I>(ctx: Context, codec: Codec<T, I>, value: I): void {
  const full = codec.toJson(value)
  const fields: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(full)) fields[snake(k)] = v
  ctx.events.emitTyped(codec.typeName, fields)
}
