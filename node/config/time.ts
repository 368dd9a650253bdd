// RFC 3339 times with nanosecond precision, as CometBFT writes them, to and from protobuf Timestamps.
import type { Timestamp } from '../../modules/sdk/context.js'

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/

export function parseRfc3339(s: string): Timestamp {
  const m = RFC3339.exec(s)
  if (!m) throw new Error(`invalid RFC 3339 time: ${JSON.stringify(s)}`)
  const [, y, mo, d, h, mi, sec, frac, zone] = m
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec))
  if (Number.isNaN(ms)) throw new Error(`invalid RFC 3339 time: ${JSON.stringify(s)}`)
  let seconds = BigInt(ms / 1000)
  if (zone !== 'Z') {
    const sign = zone!.startsWith('-') ? -1n : 1n
    const [zh, zm] = zone!.slice(1).split(':').map(Number)
    seconds -= sign * BigInt(zh! * 3600 + zm! * 60)
  }
  const nanos = frac ? Number(frac.padEnd(9, '0')) : 0
  return { seconds, nanos }
}

/** `2026-11-22T02:11:16.123456789Z`, trailing zeros of the fraction trimmed as Go's RFC3339Nano does. */
export function formatRfc3339(t: Timestamp): string {
  const base = new Date(Number(t.seconds) * 1000).toISOString().slice(0, 19)
  if (t.nanos === 0) return `${base}Z`
  return `${base}.${String(t.nanos).padStart(9, '0').replace(/0+$/, '')}Z`
}

export function timestampFromMs(ms: number): Timestamp {
  const whole = Math.floor(ms)
  return { seconds: BigInt(Math.floor(whole / 1000)), nanos: (whole % 1000) * 1_000_000 }
}

export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  if (a.seconds !== b.seconds) return a.seconds < b.seconds ? -1 : 1
  return a.nanos - b.nanos
}
