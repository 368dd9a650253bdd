// The bodies of the four messages of a secure-aggregation round, as JSON text with bytes and big integers in
// hex. Decoding is strict: anything else is MALFORMED. A body carries the sender's view of the round so far
// (who advertised, who shared): masks cancel only when every survivor masked against the same set.
import type { Share } from '../train/shamir.js'
import { MessageRefused } from './errors.js'

export interface AdvertiseBody {
  readonly publicKey: Uint8Array
  readonly channelKey: Uint8Array
}
export interface SharesBody {
  /** Participants whose advertisements the sender used. */
  readonly view: readonly number[]
  readonly sealed: Uint8Array
}
export interface MaskedBody {
  /** Participants the sender masked against (those whose shares it received, and itself). */
  readonly view: readonly number[]
  readonly vector: readonly bigint[]
}
export interface RevealBody {
  readonly survivors: readonly number[]
  readonly dropped: readonly number[]
  /** participant → share y (the share's x is the sender's number). */
  readonly selfSeeds: ReadonlyMap<number, bigint>
  readonly secretKeys: ReadonlyMap<number, bigint>
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')
const malformed = (what: string): never => {
  throw new MessageRefused('MALFORMED', what)
}
function bytes(x: unknown, length?: number): Uint8Array {
  if (typeof x !== 'string' || !/^([0-9a-f]{2})*$/.test(x)) return malformed('bytes must be hex')
  const b = Uint8Array.from(Buffer.from(x, 'hex'))
  if (length !== undefined && b.length !== length) malformed(`expected ${length} bytes`)
  return b
}
function ids(x: unknown): number[] {
  if (!Array.isArray(x) || !x.every((v) => Number.isSafeInteger(v) && v >= 1)) return malformed('bad id list')
  return x as number[]
}
function object(text: string): Record<string, unknown> {
  let o: unknown
  try {
    o = JSON.parse(text)
  } catch {
    return malformed('body is not JSON')
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) malformed('body is not an object')
  return o as Record<string, unknown>
}
const bigHex = (x: unknown, maxDigits: number): bigint => {
  if (typeof x !== 'string' || !new RegExp(`^[0-9a-f]{1,${maxDigits}}$`).test(x))
    return malformed('bad number')
  return BigInt(`0x${x}`)
}
function shareMap(x: unknown): Map<number, bigint> {
  if (!Array.isArray(x)) return malformed('bad share list')
  const m = new Map<number, bigint>()
  for (const e of x) {
    if (!Array.isArray(e) || e.length !== 2 || !Number.isSafeInteger(e[0]) || e[0] < 1) malformed('bad share')
    m.set(e[0] as number, bigHex(e[1], 132))
  }
  return m
}

export const encodeAdvertise = (b: AdvertiseBody): string =>
  JSON.stringify({ publicKey: hex(b.publicKey), channelKey: hex(b.channelKey) })
export function decodeAdvertise(text: string): AdvertiseBody {
  const o = object(text)
  return { publicKey: bytes(o.publicKey, 32), channelKey: bytes(o.channelKey, 32) }
}

export const encodeShares = (b: SharesBody): string => JSON.stringify({ view: b.view, sealed: hex(b.sealed) })
export function decodeShares(text: string): SharesBody {
  const o = object(text)
  return { view: ids(o.view), sealed: bytes(o.sealed) }
}

/** Vector words are unsigned 64-bit (the secure-aggregation ring), 16 hex digits each. */
export const encodeMasked = (b: MaskedBody): string =>
  JSON.stringify({ view: b.view, vector: b.vector.map((v) => v.toString(16).padStart(16, '0')).join('') })
export function decodeMasked(text: string, length: number): MaskedBody {
  const o = object(text)
  const v = o.vector
  if (typeof v !== 'string' || v.length !== 16 * length || !/^[0-9a-f]*$/.test(v))
    malformed(`vector must be ${length} words`)
  const vector = Array.from({ length }, (_, i) => BigInt(`0x${(v as string).slice(16 * i, 16 * i + 16)}`))
  return { view: ids(o.view), vector }
}

export const encodeReveal = (b: RevealBody): string =>
  JSON.stringify({
    survivors: b.survivors,
    dropped: b.dropped,
    selfSeeds: [...b.selfSeeds].map(([j, y]) => [j, y.toString(16)]),
    secretKeys: [...b.secretKeys].map(([j, y]) => [j, y.toString(16)]),
  })
export function decodeReveal(text: string): RevealBody {
  const o = object(text)
  return {
    survivors: ids(o.survivors),
    dropped: ids(o.dropped),
    selfSeeds: shareMap(o.selfSeeds),
    secretKeys: shareMap(o.secretKeys),
  }
}

/** A reveal body as the secure-aggregation library's Reveal (shares evaluated at the sender's number). */
export function revealShares(from: number, body: RevealBody) {
  const at = (m: ReadonlyMap<number, bigint>) =>
    new Map<number, Share>([...m].map(([j, y]) => [j, { x: BigInt(from), y }]))
  return { from, selfSeeds: at(body.selfSeeds), secretKeys: at(body.secretKeys) }
}
