// The page's other secrets at rest (an owner's data keys, Keplr's result-only key), sealed in localStorage
// under a per-account "vault" key held in memory for the page session. The vault key is HKDF-SHA256 of
// something only the unlocked account can produce: the development key's own secret key (itself sealed under
// the passphrase, so the passphrase still guards everything at rest), or a deterministic Keplr signature of
// a fixed message (keplr-vault.ts). Deriving it from the account rather than from the passphrase's salt keeps
// the secrets readable after the key is forgotten and imported again, under any passphrase.
// Each record is AES-256-GCM with a fresh 12-byte IV; its slot name (which names the account) is the
// additional data, so a record copied to another slot or account fails to open.
import { type KeyStore, keyStore } from './dev-key-store.js'

export const SECRET_FORMAT = 'datum-sealed-secret'
export const SECRET_VERSION = 1
/** HKDF salt: names the scheme and its version, so a later scheme derives unrelated keys. */
const HKDF_SALT = new TextEncoder().encode('datum-web-vault-v1')

/** The cleartext data-key map older versions kept (any account's), migrated to the keys' owners at unlock. */
export const CLEAR_DATA_KEYS = 'datum.data-keys'
/** Older versions' cleartext Keplr result key, one per address. */
export const CLEAR_RESULT_KEY = 'datum.result-key.'
export const dataKeysSlot = (address: string) => `datum.data-keys.sealed.${address}`
export const resultKeySlot = (address: string) => `datum.result-key.sealed.${address}`

/** WebCrypto's CryptoKey, named through `crypto` so this also type-checks without the DOM library. */
export type VaultKey = Awaited<ReturnType<typeof crypto.subtle.deriveKey>>

/** A stored record this vault cannot open: sealed under another account's key, altered, or not a record. */
export class SealedElsewhere extends Error {}

interface SealedSecret {
  format: typeof SECRET_FORMAT
  version: typeof SECRET_VERSION
  iv: string
  ciphertext: string
}

const own = (b: Uint8Array) => new Uint8Array(b)
const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b))
const unb64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0))
const aad = (slot: string) => new TextEncoder().encode(`${SECRET_FORMAT}|${SECRET_VERSION}|${slot}`)

/** The AES-256-GCM vault key: HKDF-SHA256 of `secret` with `context` (which names the account) as info. */
export async function vaultKey(secret: Uint8Array, context: string): Promise<VaultKey> {
  const base = await crypto.subtle.importKey('raw', own(secret), 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: own(HKDF_SALT), info: new TextEncoder().encode(context) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

export async function sealSecret(key: VaultKey, slot: string, plain: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: own(aad(slot)) },
    key,
    new TextEncoder().encode(plain),
  )
  const s: SealedSecret = {
    format: SECRET_FORMAT,
    version: SECRET_VERSION,
    iv: b64(iv),
    ciphertext: b64(new Uint8Array(ct)),
  }
  return JSON.stringify(s)
}

export async function openSecret(key: VaultKey, slot: string, stored: string): Promise<string> {
  let s: SealedSecret
  try {
    s = JSON.parse(stored)
  } catch {
    throw new SealedElsewhere(`${slot} is not a sealed record`)
  }
  if (s?.format !== SECRET_FORMAT || s.version !== SECRET_VERSION)
    throw new SealedElsewhere(`${slot} is not a sealed record this page reads`)
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: own(unb64(s.iv)), additionalData: own(aad(slot)) },
      key,
      own(unb64(s.ciphertext)),
    )
    return new TextDecoder().decode(plain)
  } catch {
    throw new SealedElsewhere(`${slot} does not open with this account's key`)
  }
}

/** The secret in `slot`, or undefined when there is none (SealedElsewhere when it does not open). */
export async function readSecret(key: VaultKey, slot: string, store: KeyStore = keyStore()) {
  const stored = store.getItem(slot)
  return stored === null ? undefined : openSecret(key, slot, stored)
}

export async function writeSecret(key: VaultKey, slot: string, plain: string, store: KeyStore = keyStore()) {
  store.setItem(slot, await sealSecret(key, slot, plain))
}

/**
 * Who owns the asset with this content hash on chain: its owner's address, `null` when the chain has no live
 * asset with it (a package never registered, or an asset no longer live). Throws when the chain cannot be
 * asked; the entry then stays where it is until a later unlock.
 */
export type AssetOwnerOf = (contentHash: string) => Promise<string | null>

/**
 * Seals what older versions left in clear for `address` into its vault, then removes the cleartext:
 * - the data-key map, which named no account: each key goes to the account that owns its asset on chain, so
 *   an account unlocking first takes only its own; a key whose owner the chain does not know (never
 *   registered, or no longer live) goes to whoever unlocks first, as there is no one else to give it to; a
 *   key owned by another account, or whose owner could not be asked, stays in clear for that account;
 * - the Keplr result key of `address`.
 * A sealed record that does not open is left as it is and the cleartext kept, rather than overwritten.
 */
export async function migrateClearSecrets(
  key: VaultKey,
  address: string,
  ownerOf: AssetOwnerOf,
  store: KeyStore = keyStore(),
) {
  const opened = (slot: string) =>
    readSecret(key, slot, store).then(
      (s) => ({ s }),
      (e) => {
        if (e instanceof SealedElsewhere) return undefined
        throw e
      },
    )
  const clearKeys = store.getItem(CLEAR_DATA_KEYS)
  const keys = clearKeys === null ? undefined : await opened(dataKeysSlot(address))
  if (clearKeys !== null && keys) {
    const mine: Record<string, unknown> = {}
    const others: Record<string, unknown> = {}
    for (const [hash, k] of Object.entries(JSON.parse(clearKeys) as Record<string, unknown>)) {
      const owner = await ownerOf(hash).catch(() => undefined)
      if (owner === address || owner === null) mine[hash] = k
      else others[hash] = k
    }
    if (Object.keys(mine).length > 0) {
      const sealed = JSON.parse(keys.s ?? '{}')
      await writeSecret(key, dataKeysSlot(address), JSON.stringify({ ...mine, ...sealed }), store)
    }
    if (Object.keys(others).length > 0) store.setItem(CLEAR_DATA_KEYS, JSON.stringify(others))
    else store.removeItem(CLEAR_DATA_KEYS)
  }
  const clearResult = store.getItem(CLEAR_RESULT_KEY + address)
  const result = clearResult === null ? undefined : await opened(resultKeySlot(address))
  if (clearResult !== null && result) {
    // a sealed one is this same key, sealed by an earlier unlock
    if (result.s === undefined) await writeSecret(key, resultKeySlot(address), clearResult, store)
    store.removeItem(CLEAR_RESULT_KEY + address)
  }
}
