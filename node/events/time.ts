// Exact parsing of the DATE and TIME literals queries compare against: nanoseconds since the epoch as bigint,
// with calendar validation (JS `Date.parse` silently rolls 2021-02-30 over into March).

const TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** `YYYY-MM-DD` at midnight UTC, in nanoseconds; undefined when not a real date. */
export function parseDateNanos(text: string): bigint | undefined {
  const m = DATE_RE.exec(text)
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (!validDate(y, mo, d)) return undefined
  return BigInt(Date.UTC(y, mo - 1, d)) * 1_000_000n
}

/** An RFC 3339 time with up to nanosecond fraction, in nanoseconds; undefined when malformed. */
export function parseTimeNanos(text: string): bigint | undefined {
  const m = TIME_RE.exec(text)
  if (!m) return undefined
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]))
  if (!validDate(y!, mo!, d!) || h! > 23 || mi! > 59 || s! > 59) return undefined
  let ms = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!)
  if (m[8] !== 'Z') {
    const offH = Number(m[10])
    const offM = Number(m[11])
    if (offH > 23 || offM > 59) return undefined
    const offset = (offH * 60 + offM) * 60_000
    ms += m[9] === '+' ? -offset : offset
  }
  const fraction = BigInt((m[7] ?? '').padEnd(9, '0') || '0')
  return BigInt(ms) * 1_000_000n + fraction
}

/** An event attribute value as a point in time: RFC 3339 first, then a bare date (as CometBFT tries both). */
export function parseEventTime(text: string): bigint | undefined {
  return parseTimeNanos(text) ?? parseDateNanos(text)
}
