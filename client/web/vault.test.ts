// The page's other secrets at rest (wallet/vault.ts): a record opens with node:crypto from its documented layout
// (HKDF-SHA256 vault key, AES-256-GCM, slot as additional data); it does not open in another slot or under
// another account's key; a development-key unlock and a Keplr wallet's first use seal the cleartext an older
// version left (data keys, Keplr result key) and remove it; the development key's secrets survive forgetting
// the key and importing it under another passphrase; and a Keplr stand-in that signs the ADR-36 document as
// Keplr does (secp256k1, RFC 6979) re-derives the same vault in a new session, while one whose signatures vary
// opens nothing and overwrites nothing.
import { createDecipheriv, hkdfSync } from 'node:crypto'
import { serializeSignDoc } from '@cosmjs/amino'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { beforeEach, describe, expect, it } from 'vitest'
import { adr36SignDoc } from '../executor/signed-request.js'
import { dataKeyOf, type KeyFile, saveDataKey } from './src/data-keys.js'
import { forgetDevKey, saveDevKey, unlockDevKey } from './src/wallet/dev-key.js'
import { SEALED_DEV_KEY } from './src/wallet/dev-key-store.js'
import { keplrWallet } from './src/wallet/keplr.js'
import { vaultMessage } from './src/wallet/keplr-vault.js'
import {
  CLEAR_DATA_KEYS,
  CLEAR_RESULT_KEY,
  dataKeysSlot,
  openSecret,
  resultKeySlot,
  SealedElsewhere,
  sealSecret,
  vaultKey,
} from './src/wallet/vault.js'

const store = new Map<string, string>()
const g = globalThis as { localStorage?: unknown; location?: unknown; keplr?: unknown }
g.localStorage = {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => store.set(k, v),
  removeItem: (k: string) => store.delete(k),
}
const ORIGIN = 'http://127.0.0.1:8080'
g.location = { origin: ORIGIN }

const PASS = 'correct horse battery'
const keyFile = (n: number): KeyFile => ({
  scheme: 'datum-aes-256-gcm-v1',
  key: `${n}`.padStart(64, '0'),
  content_hash: `${n}`.padStart(64, 'a'),
  storage_uri: `file:///tmp/${n}`,
})

beforeEach(() => store.clear())

describe('a sealed record', () => {
  it('is AES-256-GCM under HKDF-SHA256 of the secret, with its slot as additional data (opened with node:crypto)', async () => {
    const secret = secp256k1.utils.randomSecretKey()
    const key = await vaultKey(secret, 'dev|datum1xyz')
    const s = JSON.parse(await sealSecret(key, 'slot-a', 'the secret'))
    expect(s).toMatchObject({ format: 'datum-sealed-secret', version: 1 })
    const raw = Buffer.from(hkdfSync('sha256', secret, 'datum-web-vault-v1', 'dev|datum1xyz', 32))
    const ct = Buffer.from(s.ciphertext, 'base64')
    const d = createDecipheriv('aes-256-gcm', raw, Buffer.from(s.iv, 'base64'))
    d.setAAD(Buffer.from('datum-sealed-secret|1|slot-a'))
    d.setAuthTag(ct.subarray(-16))
    expect(Buffer.concat([d.update(ct.subarray(0, -16)), d.final()]).toString()).toBe('the secret')
    expect(await openSecret(key, 'slot-a', JSON.stringify(s))).toBe('the secret')
  })

  it('does not open in another slot, under another key, or altered', async () => {
    const key = await vaultKey(secp256k1.utils.randomSecretKey(), 'a')
    const sealed = await sealSecret(key, 'slot-a', 'the secret')
    await expect(openSecret(key, 'slot-b', sealed)).rejects.toThrow(SealedElsewhere)
    const other = await vaultKey(secp256k1.utils.randomSecretKey(), 'a')
    await expect(openSecret(other, 'slot-a', sealed)).rejects.toThrow(SealedElsewhere)
    const s = JSON.parse(sealed)
    // flip one bit of the first ciphertext byte (replacing a base64 character could leave it unchanged)
    const ct = Buffer.from(s.ciphertext, 'base64')
    ct[0]! ^= 1
    s.ciphertext = ct.toString('base64')
    await expect(openSecret(key, 'slot-a', JSON.stringify(s))).rejects.toThrow(SealedElsewhere)
    await expect(openSecret(key, 'slot-a', 'not json')).rejects.toThrow(SealedElsewhere)
  })
})

describe('the development key user’s data keys', () => {
  let mnemonic: string
  beforeEach(async () => {
    mnemonic = (await DirectSecp256k1HdWallet.generate(24, { prefix: 'datum' })).mnemonic
  })

  it('are sealed, never in clear, and read back after forgetting the key and importing it under another passphrase', async () => {
    const w = await saveDevKey(mnemonic, PASS, 'datum')
    await saveDataKey(w, keyFile(1))
    expect([...store.keys()].sort()).toEqual([dataKeysSlot(w.address), SEALED_DEV_KEY].sort())
    expect(store.get(dataKeysSlot(w.address))).not.toContain(keyFile(1).key)
    expect(await dataKeyOf(await unlockDevKey(PASS, 'datum'), keyFile(1).content_hash)).toEqual(keyFile(1))
    forgetDevKey()
    const again = await saveDevKey(mnemonic, 'a different passphrase', 'datum')
    expect(await dataKeyOf(again, keyFile(1).content_hash)).toEqual(keyFile(1))
  })

  it('left in clear by an older version are sealed on the first unlock and the cleartext removed', async () => {
    const address = (await saveDevKey(mnemonic, PASS, 'datum')).address
    store.set(CLEAR_DATA_KEYS, JSON.stringify({ [keyFile(2).content_hash]: keyFile(2) }))
    const w = await unlockDevKey(PASS, 'datum', async () => address)
    expect(store.has(CLEAR_DATA_KEYS)).toBe(false)
    expect(store.get(dataKeysSlot(address))).not.toContain(keyFile(2).key)
    expect(await dataKeyOf(w, keyFile(2).content_hash)).toEqual(keyFile(2))
  })

  it('left in clear go each to the account that owns its asset on chain, whichever unlocks first', async () => {
    const first = await saveDevKey(mnemonic, PASS, 'datum')
    const secondMnemonic = (await DirectSecp256k1HdWallet.generate(24, { prefix: 'datum' })).mnemonic
    const second = await saveDevKey(secondMnemonic, PASS, 'datum')
    const [ofFirst, ofSecond, unknown, unreachable] = [5, 6, 7, 8].map(keyFile) as [
      KeyFile,
      KeyFile,
      KeyFile,
      KeyFile,
    ]
    const clear = Object.fromEntries(
      [ofFirst, ofSecond, unknown, unreachable].map((k) => [k.content_hash, k]),
    )
    store.set(CLEAR_DATA_KEYS, JSON.stringify(clear))
    let chainReachable = false
    const owners: Record<string, string | null> = {
      [ofFirst.content_hash]: first.address,
      [ofSecond.content_hash]: second.address,
      [unknown.content_hash]: null,
      [unreachable.content_hash]: first.address,
    }
    const ownerOf = async (hash: string) => {
      if (hash === unreachable.content_hash && !chainReachable) throw new Error('node unreachable')
      return owners[hash]!
    }
    const keysOf = (w: Awaited<ReturnType<typeof unlockDevKey>>, ks: KeyFile[]) =>
      Promise.all(ks.map((k) => dataKeyOf(w, k.content_hash)))

    // The second account unlocks first: its own key and the one no account owns, nothing of the first's.
    const w2 = await unlockDevKey(PASS, 'datum', ownerOf)
    expect(w2.address).toBe(second.address)
    expect(await keysOf(w2, [ofSecond, unknown, ofFirst, unreachable])).toEqual([
      ofSecond,
      unknown,
      undefined,
      undefined,
    ])
    expect(Object.keys(JSON.parse(store.get(CLEAR_DATA_KEYS)!)).sort()).toEqual(
      [ofFirst.content_hash, unreachable.content_hash].sort(),
    )

    // The first account: its key; the one the chain could not be asked about stays in clear until it can.
    forgetDevKey()
    const w1 = await saveDevKey(mnemonic, PASS, 'datum', ownerOf)
    expect(await keysOf(w1, [ofFirst, unreachable, ofSecond])).toEqual([ofFirst, undefined, undefined])
    expect(Object.keys(JSON.parse(store.get(CLEAR_DATA_KEYS)!))).toEqual([unreachable.content_hash])
    chainReachable = true
    const again = await unlockDevKey(PASS, 'datum', ownerOf)
    expect(await keysOf(again, [ofFirst, unreachable])).toEqual([ofFirst, unreachable])
    expect(store.has(CLEAR_DATA_KEYS)).toBe(false)
  })

  it('of another account are not readable, and not overwritten', async () => {
    const w = await saveDevKey(mnemonic, PASS, 'datum')
    await saveDataKey(w, keyFile(3))
    const other = await saveDevKey(
      (await DirectSecp256k1HdWallet.generate(24, { prefix: 'datum' })).mnemonic,
      PASS,
      'datum',
    )
    // the other account reads its own slot: empty
    expect(await dataKeyOf(other, keyFile(3).content_hash)).toBeUndefined()
    // a record moved into its slot does not open, and saving refuses rather than overwrite it
    store.set(dataKeysSlot(other.address), store.get(dataKeysSlot(w.address))!)
    await expect(dataKeyOf(other, keyFile(3).content_hash)).rejects.toThrow(SealedElsewhere)
    await expect(saveDataKey(other, keyFile(4))).rejects.toThrow(SealedElsewhere)
  })
})

/** A Keplr stand-in: ADR-36 signArbitrary with secp256k1; `hedged` adds random nonce entropy, as Keplr does not. */
function fakeKeplr(secretKey: Uint8Array, address: string, hedged = false) {
  const signed: string[] = []
  return {
    signed,
    api: {
      experimentalSuggestChain: async () => {},
      enable: async () => {},
      getKey: async () => ({
        bech32Address: address,
        pubKey: secp256k1.getPublicKey(secretKey, true),
        name: 'k',
      }),
      getOfflineSigner: () => ({}),
      signArbitrary: async (_chainId: string, signer: string, data: string) => {
        signed.push(data)
        const digest = sha256(serializeSignDoc(adr36SignDoc(signer, data)))
        const sig = secp256k1.sign(digest, secretKey, { prehash: false, extraEntropy: hedged })
        return {
          pub_key: { value: Buffer.from(secp256k1.getPublicKey(secretKey, true)).toString('base64') },
          signature: Buffer.from(sig).toString('base64'),
        }
      },
    },
  }
}

describe('a Keplr user’s result key', () => {
  const endpoints = { chainId: 'datum-test-1', rpc: 'http://127.0.0.1:1', rest: 'http://127.0.0.1:2' }
  const secretKey = secp256k1.utils.randomSecretKey()
  const address = 'datum1keplrtestaddress'

  it('is sealed under a key from a signature of a fixed message, re-derived alike in a new session', async () => {
    const k = fakeKeplr(secretKey, address)
    g.keplr = k.api
    const w = await keplrWallet(endpoints)
    expect(k.signed).toEqual([])
    const first = await w.resultKey()
    expect(k.signed).toEqual([vaultMessage(ORIGIN, endpoints.chainId, address)])
    expect(await w.resultKey()).toEqual(first)
    expect(k.signed).toHaveLength(1)
    expect(store.get(resultKeySlot(address))).not.toContain(bytesToHex(first.secretKey))
    await saveDataKey(w, keyFile(5))
    const later = await keplrWallet(endpoints)
    expect(await later.resultKey()).toEqual(first)
    expect(await dataKeyOf(later, keyFile(5).content_hash)).toEqual(keyFile(5))
  })

  it('left in clear by an older version is sealed on the first unlock, and the cleartext removed', async () => {
    const old = secp256k1.utils.randomSecretKey()
    store.set(CLEAR_RESULT_KEY + address, bytesToHex(old))
    store.set(CLEAR_DATA_KEYS, JSON.stringify({ [keyFile(6).content_hash]: keyFile(6) }))
    g.keplr = fakeKeplr(secretKey, address).api
    const w = await keplrWallet(endpoints, async () => address)
    expect((await w.resultKey()).secretKey).toEqual(old)
    expect(store.has(CLEAR_RESULT_KEY + address)).toBe(false)
    expect(store.has(CLEAR_DATA_KEYS)).toBe(false)
    expect(await dataKeyOf(w, keyFile(6).content_hash)).toEqual(keyFile(6))
  })

  it('does not open, and is not replaced, when the wallet’s signatures are not deterministic', async () => {
    g.keplr = fakeKeplr(secretKey, address).api
    await (await keplrWallet(endpoints)).resultKey()
    const sealed = store.get(resultKeySlot(address))
    g.keplr = fakeKeplr(secretKey, address, true).api
    await expect((await keplrWallet(endpoints)).resultKey()).rejects.toThrow(SealedElsewhere)
    expect(store.get(resultKeySlot(address))).toBe(sealed)
  })
})
