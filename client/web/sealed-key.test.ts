// The development key at rest: the sealed format (PBKDF2-SHA256 at the default 600,000 iterations, AES-256-GCM
// with the header as additional data, random salt and IV, version 1) opened independently with node:crypto
// from its documented layout; a wrong passphrase, an altered header or ciphertext, an unknown version and a
// short passphrase are each refused with their own error; and the page's key store (dev-key.ts against a
// localStorage stand-in) keeps only the sealed key, unlocks it, and migrates an older version's cleartext key
// on its first unlock.
import { createDecipheriv, pbkdf2Sync } from 'node:crypto'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { beforeEach, describe, expect, it } from 'vitest'
import { saveDevKey, unlockDevKey } from './src/wallet/dev-key.js'
import { CLEAR_DEV_KEY, SEALED_DEV_KEY, storedDevKey } from './src/wallet/dev-key-store.js'
import {
  openKey,
  PBKDF2_ITERATIONS,
  parseSealedKey,
  type SealedKey,
  sealKey,
  UnreadableSealedKey,
  WeakPassphrase,
  WrongPassphrase,
} from './src/wallet/sealed-key.js'

const SECRET = `${'abandon '.repeat(23)}art`
const PASS = 'correct horse battery'

describe('the sealed key format', () => {
  it('is version 1, PBKDF2-SHA256 × 600,000 and AES-256-GCM over the header, and opens with node:crypto', async () => {
    const s = await sealKey(SECRET, PASS)
    expect(s).toMatchObject({
      format: 'datum-sealed-key',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
      cipher: { name: 'AES-GCM' },
    })
    expect(PBKDF2_ITERATIONS).toBe(600_000)
    expect(JSON.stringify(s)).not.toContain('abandon')
    const salt = Buffer.from(s.kdf.salt, 'base64')
    const iv = Buffer.from(s.cipher.iv, 'base64')
    const ct = Buffer.from(s.ciphertext, 'base64')
    expect([salt.length, iv.length, ct.length]).toEqual([16, 12, SECRET.length + 16])
    // the documented layout, independently of WebCrypto: key = PBKDF2(passphrase, salt), AAD = the header line
    const key = pbkdf2Sync(PASS, salt, 600_000, 32, 'sha256')
    const d = createDecipheriv('aes-256-gcm', key, iv)
    d.setAAD(Buffer.from(`datum-sealed-key|1|PBKDF2-SHA-256|600000|${s.kdf.salt}`))
    d.setAuthTag(ct.subarray(-16))
    expect(Buffer.concat([d.update(ct.subarray(0, -16)), d.final()]).toString()).toBe(SECRET)
    expect(await openKey(parseSealedKey(JSON.stringify(s)), PASS)).toBe(SECRET)
  })

  it('draws a fresh salt and IV for every seal', async () => {
    const [a, b] = [await sealKey(SECRET, PASS), await sealKey(SECRET, PASS)]
    expect(a.kdf.salt).not.toBe(b.kdf.salt)
    expect(a.cipher.iv).not.toBe(b.cipher.iv)
    expect(a.ciphertext).not.toBe(b.ciphertext)
  })

  it('refuses a wrong passphrase, an altered header and an altered ciphertext alike, in words', async () => {
    const s = await sealKey(SECRET, PASS)
    await expect(openKey(s, 'correct horse battery!')).rejects.toThrow(WrongPassphrase)
    await expect(openKey(s, 'nope')).rejects.toThrow('That passphrase does not unlock this key.')
    const tampered: SealedKey[] = [
      { ...s, kdf: { ...s.kdf, iterations: 1 } },
      { ...s, kdf: { ...s.kdf, salt: (await sealKey(SECRET, PASS)).kdf.salt } },
      {
        ...s,
        ciphertext: Buffer.from(
          Buffer.from(s.ciphertext, 'base64').map((x, i) => (i === 0 ? x ^ 1 : x)),
        ).toString('base64'),
      },
    ]
    for (const t of tampered) await expect(openKey(t, PASS)).rejects.toThrow(WrongPassphrase)
  })

  it('reads only its own format and version, and refuses a short passphrase', async () => {
    const s = await sealKey(SECRET, PASS)
    expect(() => parseSealedKey(JSON.stringify({ ...s, version: 2 }))).toThrow(UnreadableSealedKey)
    expect(() => parseSealedKey(JSON.stringify({ ...s, format: 'x' }))).toThrow(UnreadableSealedKey)
    expect(() => parseSealedKey(JSON.stringify({ ...s, kdf: { ...s.kdf, hash: 'SHA-1' } }))).toThrow(
      UnreadableSealedKey,
    )
    expect(() => parseSealedKey(SECRET)).toThrow(UnreadableSealedKey)
    await expect(sealKey(SECRET, 'short')).rejects.toThrow(WeakPassphrase)
  })
})

describe('the development key in localStorage', () => {
  const store = new Map<string, string>()
  ;(globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => store.set(k, v),
    removeItem: (k: string) => store.delete(k),
  }
  let mnemonic: string
  let address: string
  beforeEach(async () => {
    store.clear()
    const w = await DirectSecp256k1HdWallet.generate(24, { prefix: 'datum' })
    mnemonic = w.mnemonic
    address = (await w.getAccounts())[0]!.address
  })

  it('keeps only the sealed key, and unlocks it with its passphrase only', async () => {
    expect((await saveDevKey(mnemonic, PASS, 'datum')).address).toBe(address)
    expect(storedDevKey()).toBe('sealed')
    expect([...store.keys()]).toEqual([SEALED_DEV_KEY])
    expect(parseSealedKey(store.get(SEALED_DEV_KEY)!).version).toBe(1)
    await expect(unlockDevKey('a wrong passphrase', 'datum')).rejects.toThrow(WrongPassphrase)
    expect((await unlockDevKey(PASS, 'datum')).address).toBe(address)
  })

  it('migrates an older version’s cleartext key on its first unlock, under the passphrase given there', async () => {
    store.set(CLEAR_DEV_KEY, mnemonic)
    expect(storedDevKey()).toBe('clear')
    await expect(unlockDevKey('short', 'datum')).rejects.toThrow(WeakPassphrase)
    expect(store.get(CLEAR_DEV_KEY)).toBe(mnemonic)
    expect((await unlockDevKey(PASS, 'datum')).address).toBe(address)
    expect(store.has(CLEAR_DEV_KEY)).toBe(false)
    expect(storedDevKey()).toBe('sealed')
    await expect(unlockDevKey('another passphrase', 'datum')).rejects.toThrow(WrongPassphrase)
    expect((await unlockDevKey(PASS, 'datum')).address).toBe(address)
  })
})
