// The few Buffer calls shared code makes (proto codecs, hex helpers), on Uint8Array, so the client SDK and
// the executor's pure helpers run in the browser without a Node polyfill package. esbuild injects it as the
// global `Buffer` of the bundle only.
import { base64, hex, utf8 } from '@scure/base'

type Encoding = 'hex' | 'base64' | 'utf8' | 'utf-8'

/** Bytes that print like a Node Buffer. */
export class Bytes extends Uint8Array {
  override toString(enc: Encoding = 'utf8'): string {
    const view = new Uint8Array(this.buffer, this.byteOffset, this.byteLength)
    if (enc === 'hex') return hex.encode(view)
    if (enc === 'base64') return base64.encode(view)
    return utf8.encode(view)
  }
}

const wrap = (b: Uint8Array) => new Bytes(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength)

function decode(s: string, enc: Encoding = 'utf8'): Uint8Array {
  if (enc === 'hex') return hex.decode(s.toLowerCase())
  if (enc === 'base64') return base64.decode(s)
  return utf8.decode(s)
}

export const Buffer = {
  isBuffer: (v: unknown): v is Bytes => v instanceof Bytes,
  from(v: string | ArrayBuffer | ArrayLike<number>, encOrOffset?: Encoding | number, length?: number): Bytes {
    if (typeof v === 'string') return wrap(decode(v, encOrOffset as Encoding | undefined))
    if (v instanceof ArrayBuffer) {
      const off = (encOrOffset as number | undefined) ?? 0
      return new Bytes(v, off, length ?? v.byteLength - off)
    }
    return wrap(Uint8Array.from(v))
  },
  alloc: (n: number): Bytes => new Bytes(n),
  concat(parts: Uint8Array[]): Bytes {
    const out = new Bytes(parts.reduce((n, p) => n + p.length, 0))
    let off = 0
    for (const p of parts) {
      out.set(p, off)
      off += p.length
    }
    return out
  },
}
