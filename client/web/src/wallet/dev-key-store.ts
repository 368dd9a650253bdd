// Where the development key lives in localStorage: sealed under the user's passphrase (sealed-key.ts), or, as
// an older version of this page left it, a mnemonic in clear that the first unlock seals and removes. Light on
// purpose (no CosmJS): the header badge reads it on every page to say whether a locked key is waiting.

export const SEALED_DEV_KEY = 'datum.dev-key.sealed'
/** The older versions' key: the mnemonic in clear. Read only to migrate it, then removed. */
export const CLEAR_DEV_KEY = 'datum.dev-key.mnemonic'

/** localStorage, named structurally so this type-checks (and runs in tests) where the DOM library is absent. */
export interface KeyStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}
export const keyStore = (): KeyStore => (globalThis as unknown as { localStorage: KeyStore }).localStorage

/** What this browser holds: a sealed key, an older version's cleartext key to migrate, or nothing. */
export function storedDevKey(): 'sealed' | 'clear' | undefined {
  if (keyStore().getItem(SEALED_DEV_KEY)) return 'sealed'
  if (keyStore().getItem(CLEAR_DEV_KEY)) return 'clear'
  return undefined
}
