// google.protobuf.Duration and Timestamp in proto3 canonical JSON, as simd's CLI prints them: a Duration as
// "600s" / "0.500s", a Timestamp as RFC 3339 in UTC ("2026-12-05T04:00:00Z"), each with 0, 3, 6 or 9
// fractional digits as precision needs. cosmjs-types' toJSON prints a Duration as {seconds, nanos} and a
// Timestamp with milliseconds only, so its output is corrected against the decoded value it came from.

interface SecondsNanos {
  seconds: bigint
  nanos: number
}

function isSecondsNanos(v: unknown): v is SecondsNanos {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
  const keys = Object.keys(v)
  return (
    keys.length === 2 &&
    typeof (v as SecondsNanos).seconds === 'bigint' &&
    typeof (v as SecondsNanos).nanos === 'number'
  )
}

/** ".000000500" → ".000000500", ".500000000" → ".500", ".000000000" → "" (Go's 0/3/6/9 digits). */
function fraction(nanos: number): string {
  let f = `.${String(nanos).padStart(9, '0')}`
  for (const cut of ['000', '000', '.000']) if (f.endsWith(cut)) f = f.slice(0, -cut.length)
  return f
}

/** A Duration as proto JSON: "600s", "0.500s", "-1.000000001s". */
export function durationJson(d: SecondsNanos): string {
  const negative = d.seconds < 0n || d.nanos < 0
  const s = d.seconds < 0n ? -d.seconds : d.seconds
  return `${negative ? '-' : ''}${s}${fraction(Math.abs(d.nanos))}s`
}

/** A Timestamp as proto JSON: RFC 3339, Z-normalized, e.g. "9999-12-31T23:59:59Z". */
export function timestampJson(t: SecondsNanos): string {
  const whole = new Date(Number(t.seconds) * 1000).toISOString().slice(0, 19)
  return `${whole}${fraction(t.nanos)}Z`
}

/**
 * Rewrites, inside `json` (a cosmjs-types toJSON result, camelCase keys), every Duration and Timestamp found at
 * the same place in `decoded`: cosmjs-types renders a Timestamp as a string and a Duration as an object.
 */
export function fixWellKnown(decoded: unknown, json: unknown): unknown {
  if (isSecondsNanos(decoded)) {
    if (typeof json === 'string') return timestampJson(decoded)
    if (json !== null && typeof json === 'object') return durationJson(decoded)
    return json
  }
  if (Array.isArray(json))
    return Array.isArray(decoded) ? json.map((x, i) => fixWellKnown(decoded[i], x)) : json
  if (json === null || typeof json !== 'object' || decoded === null || typeof decoded !== 'object')
    return json
  const src = decoded as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [k, x] of Object.entries(json)) out[k] = k in src ? fixWellKnown(src[k], x) : x
  return out
}
