// Amino JSON as cosmos-sdk's legacy amino signing renders a proto message: snake_case field names,
// empty scalars omitted, 64-bit integers as decimal strings, bytes as base64, enums as numbers,
// present sub-messages kept (even when empty). The node and the client both render through this one function,
// so the bytes a wallet signs are the bytes the node rebuilds.

const snake = (k: string): string => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
const camel = (k: string): string => k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())

function isEmptyScalar(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    v === '' ||
    v === 0 ||
    v === 0n ||
    v === false ||
    (Array.isArray(v) && v.length === 0) ||
    (v instanceof Uint8Array && v.length === 0)
  )
}

/** Renders a plain (decoded) message as amino JSON. */
export function toAminoJson(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString()
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64')
  if (Array.isArray(v)) return v.map(toAminoJson)
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) if (!isEmptyScalar(x)) out[snake(k)] = toAminoJson(x)
    return out
  }
  return v
}

/** Amino JSON -> the camelCase object protobufjs `fromObject` reads (it parses the strings and base64 itself). */
export function aminoToProtoObject(json: unknown): Record<string, unknown> {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new TypeError('amino JSON message value must be an object')
  return convertKeys(json) as Record<string, unknown>
}

function convertKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(convertKeys)
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[camel(k)] = convertKeys(x)
    return out
  }
  return v
}

/** Renames object keys to snake_case recursively (values untouched). */
export function snakeKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(snakeKeys)
  if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[snake(k)] = snakeKeys(x)
    return out
  }
  return v
}
