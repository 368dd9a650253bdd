// `node:crypto` in the browser bundle: shared executor modules import it for code paths the browser never
// runs (sealing results, sampling noise). Randomness maps to WebCrypto; anything else fails loudly.
import { Buffer } from './buffer.js'

export function randomBytes(n: number) {
  const b = Buffer.alloc(n)
  globalThis.crypto.getRandomValues(b)
  return b
}

const unavailable = (name: string) => () => {
  throw new Error(`node:crypto ${name} is not available in the browser`)
}
export const createCipheriv = unavailable('createCipheriv')
export const createDecipheriv = unavailable('createDecipheriv')
export const createHash = unavailable('createHash')
