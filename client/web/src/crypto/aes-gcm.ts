// AES-256-GCM through WebCrypto, in the byte layout the Node side writes: ciphertext ‖ 16-byte tag.
// (WebCrypto exists in browsers and in Node, so the same code is checked against the Node side in tests.)

/** A copy backed by its own ArrayBuffer, the buffer type WebCrypto takes. */
const own = (b: Uint8Array) => new Uint8Array(b)

const importKey = (key: Uint8Array, usage: 'encrypt' | 'decrypt') =>
  globalThis.crypto.subtle.importKey('raw', own(key), 'AES-GCM', false, [usage])

const params = (iv: Uint8Array, aad?: Uint8Array) =>
  aad
    ? { name: 'AES-GCM', iv: own(iv), tagLength: 128, additionalData: own(aad) }
    : { name: 'AES-GCM', iv: own(iv), tagLength: 128 }

export class DecryptError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DecryptError'
  }
}

export async function gcmSeal(
  key: Uint8Array,
  iv: Uint8Array,
  plaintext: Uint8Array,
  aad?: Uint8Array,
): Promise<Uint8Array> {
  const k = await importKey(key, 'encrypt')
  return new Uint8Array(await globalThis.crypto.subtle.encrypt(params(iv, aad), k, own(plaintext)))
}

/** Opens ciphertext ‖ tag; a wrong key or altered byte is a DecryptError, never unauthenticated plaintext. */
export async function gcmOpen(
  key: Uint8Array,
  iv: Uint8Array,
  sealed: Uint8Array,
  aad?: Uint8Array,
): Promise<Uint8Array> {
  const k = await importKey(key, 'decrypt')
  try {
    return new Uint8Array(await globalThis.crypto.subtle.decrypt(params(iv, aad), k, own(sealed)))
  } catch {
    throw new DecryptError('the ciphertext does not authenticate under this key')
  }
}

export const randomBytes = (n: number): Uint8Array => globalThis.crypto.getRandomValues(new Uint8Array(n))

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let off = 0
  for (const p of parts) {
    out.set(p, off)
    off += p.length
  }
  return out
}
