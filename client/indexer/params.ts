// Query-string readers for the JSON API: every parameter bounded, every bad one a 400 with its name.

export class BadParam extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(`${param}: ${message}`)
  }
}

export type Query = Record<string, unknown>

export function str(q: Query, name: string, max = 128): string | undefined {
  const v = q[name]
  if (v === undefined || v === '') return undefined
  if (typeof v !== 'string') throw new BadParam(name, 'give it once, as text')
  if (v.length > max) throw new BadParam(name, `at most ${max} characters`)
  return v
}

export function int(q: Query, name: string, min: number, max: number, fallback: number): number {
  const v = str(q, name, 20)
  if (v === undefined) return fallback
  if (!/^[0-9]+$/.test(v)) throw new BadParam(name, 'a whole number')
  const n = Number(v)
  if (n < min || n > max) throw new BadParam(name, `between ${min} and ${max}`)
  return n
}

export function oneOf<T extends string>(
  q: Query,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T | undefined {
  const v = str(q, name)
  if (v === undefined) return fallback
  if (!(allowed as readonly string[]).includes(v)) throw new BadParam(name, `one of ${allowed.join(', ')}`)
  return v as T
}

export function bool(q: Query, name: string): boolean | undefined {
  const v = oneOf(q, name, ['true', 'false'] as const)
  return v === undefined ? undefined : v === 'true'
}

/** Comma-separated list of `pattern` items, at most `max`. */
export function list(q: Query, name: string, pattern: RegExp, max = 16): string[] {
  const v = str(q, name, 1024)
  if (v === undefined) return []
  const items = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (items.length > max) throw new BadParam(name, `at most ${max} items`)
  for (const i of items) if (!pattern.test(i)) throw new BadParam(name, `bad item ${JSON.stringify(i)}`)
  return items
}

export const HEX64 = /^[0-9a-f]{64}$/

/** Words of a search box turned into a prefix tsquery (`sens:* & de:*`): every word must match. */
export function tsPrefixQuery(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8)
  return words.length === 0 ? undefined : words.map((w) => `${w}:*`).join(' & ')
}
