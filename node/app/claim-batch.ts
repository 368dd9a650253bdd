// Signature claims packed into one transferable buffer for a worker thread: structured-cloning thousands of
// small objects costs the main thread more than the memcpy. Layout: u32 count, then per claim three u32
// lengths (sign bytes, signature, key), then all the bytes in that order.
import type { SignatureClaim } from '../../modules/sdk/index.js'

export function packClaims(claims: readonly SignatureClaim[]): ArrayBuffer {
  let size = 4 + claims.length * 12
  for (const c of claims) size += c.signBytes.length + c.signature.length + c.pubKey.length
  const buffer = new ArrayBuffer(size)
  const view = new DataView(buffer)
  const bytes = new Uint8Array(buffer)
  view.setUint32(0, claims.length, true)
  let at = 4 + claims.length * 12
  claims.forEach((c, i) => {
    const head = 4 + i * 12
    for (const [k, part] of [c.signBytes, c.signature, c.pubKey].entries()) {
      view.setUint32(head + k * 4, part.length, true)
      bytes.set(part, at)
      at += part.length
    }
  })
  return buffer
}

/** The claims of `packClaims`, as views into `buffer` (no copies). */
export function unpackClaims(buffer: ArrayBuffer): SignatureClaim[] {
  const view = new DataView(buffer)
  const count = view.getUint32(0, true)
  let at = 4 + count * 12
  const part = (length: number) => {
    const out = new Uint8Array(buffer, at, length)
    at += length
    return out
  }
  const claims: SignatureClaim[] = []
  for (let i = 0; i < count; i++) {
    const head = 4 + i * 12
    const lengths = [0, 1, 2].map((k) => view.getUint32(head + k * 4, true))
    claims.push({ signBytes: part(lengths[0]!), signature: part(lengths[1]!), pubKey: part(lengths[2]!) })
  }
  return claims
}
