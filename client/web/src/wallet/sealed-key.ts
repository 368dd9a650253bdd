// A secret (the development key's mnemonic) sealed under a passphrase the user chooses, as it is kept in
// localStorage: PBKDF2-HMAC-SHA256 (600,000 iterations, OWASP's 2023 figure for this hash) stretches the
// passphrase into an AES-256-GCM key; a fresh random 16-byte salt and 12-byte IV per seal. The header (format,
// version, KDF, iterations, salt) is the cipher's additional data, so a stored header that was altered fails
// to open like a wrong passphrase does. WebCrypto only: the same code runs in the page and in Node's tests.

export const SEALED_FORMAT = 'datum-sealed-key'
export const SEALED_VERSION = 1
export const PBKDF2_ITERATIONS = 600_000
/** A passphrase shorter than this is refused when a key is sealed. */
export const MIN_PASSPHRASE = 8

export interface SealedKey {
  format: typeof SEALED_FORMAT
  version: typeof SEALED_VERSION
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string }
  cipher: { name: 'AES-GCM'; iv: string }
  ciphertext: string
}

/** The passphrase does not open the sealed key (or its header was altered). */
export class WrongPassphrase extends Error {
  constructor() {
    super('That passphrase does not unlock this key.')
  }
}

/** What is stored is not a sealed key this version reads. */
export class UnreadableSealedKey extends Error {}

/** A passphrase refused when sealing (too short). */
export class WeakPassphrase extends Error {}

/** A copy backed by its own ArrayBuffer, the buffer type WebCrypto's typings take. */
const own = (b: Uint8Array) => new Uint8Array(b)

const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b))
const unb64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0))

const header = (s: Omit<SealedKey, 'ciphertext' | 'cipher'>) =>
  new TextEncoder().encode(
    `${s.format}|${s.version}|${s.kdf.name}-${s.kdf.hash}|${s.kdf.iterations}|${s.kdf.salt}`,
  )

async function aesKey(passphrase: string, salt: Uint8Array, iterations: number) {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ])
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: own(salt), iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

export async function sealKey(secret: string, passphrase: string): Promise<SealedKey> {
  if (passphrase.length < MIN_PASSPHRASE)
    throw new WeakPassphrase(`Choose a passphrase of at least ${MIN_PASSPHRASE} characters.`)
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const head = {
    format: SEALED_FORMAT,
    version: SEALED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: b64(salt) },
  } as const
  const key = await aesKey(passphrase, salt, PBKDF2_ITERATIONS)
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: own(header(head)) },
    key,
    new TextEncoder().encode(secret),
  )
  return { ...head, cipher: { name: 'AES-GCM', iv: b64(iv) }, ciphertext: b64(new Uint8Array(ct)) }
}

/** Parses a stored sealed key, refusing anything but this format's known version. */
export function parseSealedKey(text: string): SealedKey {
  let s: SealedKey
  try {
    s = JSON.parse(text)
  } catch {
    throw new UnreadableSealedKey('the stored key is not JSON')
  }
  if (s?.format !== SEALED_FORMAT) throw new UnreadableSealedKey('the stored key is not a sealed Datum key')
  if (s.version !== SEALED_VERSION)
    throw new UnreadableSealedKey(`sealed key version ${s.version} is not one this page reads`)
  if (s.kdf?.name !== 'PBKDF2' || s.kdf.hash !== 'SHA-256' || s.cipher?.name !== 'AES-GCM')
    throw new UnreadableSealedKey('the sealed key names an unknown algorithm')
  if (!Number.isSafeInteger(s.kdf.iterations) || s.kdf.iterations < 1)
    throw new UnreadableSealedKey('the sealed key has no valid iteration count')
  return s
}

export async function openKey(s: SealedKey, passphrase: string): Promise<string> {
  const key = await aesKey(passphrase, unb64(s.kdf.salt), s.kdf.iterations)
  let plain: ArrayBuffer
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: own(unb64(s.cipher.iv)), additionalData: own(header(s)) },
      key,
      own(unb64(s.ciphertext)),
    )
  } catch {
    // AES-GCM's tag fails alike for a wrong passphrase, a changed header and a changed ciphertext
    throw new WrongPassphrase()
  }
  return new TextDecoder().decode(plain)
}
