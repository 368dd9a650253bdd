// The web app's browser-side code against the Node implementations it must interoperate with: a CSV
// encrypted in the page opens with `datum asset decrypt`'s code and has the CLI's content hash; a data key
// wrapped in the page opens with the executor's ECIES; a result sealed by the executor opens in the page and
// only under the attested digest; the page's signed read verifies on the result server; Keplr gets Datum's
// prefixes, coin and gas price; chain refusals come out in the registered words. (WebCrypto is the same API
// in Node, so these run the page's code unchanged.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Secp256k1Wallet } from '@cosmjs/amino'
import { DirectSecp256k1Wallet } from '@cosmjs/proto-signing'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { afterAll, describe, expect, it } from 'vitest'
import { addressFromPubkey, toBech32 } from '../../modules/sdk/index.js'
import { decryptPackage } from '../cli/publish/decrypt.js'
import { buildManifest } from '../cli/publish/manifest.js'
import { decryptWith } from '../executor/ecies.js'
import { prepareResult } from '../executor/result.js'
import { adr36SignDoc, verifyResultRequest } from '../executor/signed-request.js'
import { errorTable } from './build.js'
import { encryptTo } from './src/crypto/ecies.js'
import { encryptCsv } from './src/crypto/package.js'
import { verifiedResult } from './src/crypto/result.js'
import { signedHeaders } from './src/crypto/signed-read.js'
import { refusalFromSimulation, refusalWords } from './src/refusals.js'
import { Buffer as BufferShim } from './src/shims/buffer.js'
import { chainInfo, keplrWallet } from './src/wallet/keplr.js'
import { microOf } from './src/words.js'

const dir = mkdtempSync(join(tmpdir(), 'datum-web-crypto-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
;(globalThis as { DATUM_ERRORS?: unknown }).DATUM_ERRORS = errorTable()

describe('browser-side crypto interoperates with the CLI and the executor', () => {
  it('a CSV encrypted in the page is a CLI package with the CLI content hash', async () => {
    const csv = new TextEncoder().encode('id,age\n1,31\n2,47\n')
    const pkg = await encryptCsv('C:\\Users\\me\\visits.csv', csv)
    writeFileSync(join(dir, 'visits.csv'), csv)
    expect(pkg.contentHash).toBe((await buildManifest(join(dir, 'visits.csv'))).contentHash)
    writeFileSync(join(dir, 'pkg.enc'), pkg.bytes)
    const out = join(dir, 'restored')
    const opened = await decryptPackage(join(dir, 'pkg.enc'), Buffer.from(pkg.key, 'hex'), out)
    expect(opened.contentHash).toBe(pkg.contentHash)
    expect(readFileSync(join(out, 'visits.csv'))).toEqual(Buffer.from(csv))
    // the ciphertext does not contain the plaintext
    expect(Buffer.from(pkg.bytes).includes(Buffer.from('id,age'))).toBe(false)
  })

  it('a data key wrapped in the page opens with the executor key', async () => {
    const sk = secp256k1.utils.randomSecretKey()
    const dataKey = new Uint8Array(32).fill(9)
    const wrapped = await encryptTo(secp256k1.getPublicKey(sk, true), dataKey)
    expect(decryptWith(sk, wrapped)).toEqual(Buffer.from(dataKey))
  })

  it('an executor result opens in the page under the attested digest only, and for its readers only', async () => {
    const buyer = secp256k1.utils.randomSecretKey()
    const viewer = secp256k1.utils.randomSecretKey()
    const result = {
      algorithm: 'dp-mean' as const,
      column: 'age',
      value: 39.5,
      epsilonMicro: '500000',
      scale: 400,
      grid: 2 ** -13,
    }
    const prepared = prepareResult(
      42n,
      result,
      [secp256k1.getPublicKey(buyer, true), secp256k1.getPublicKey(viewer, true)],
      new Uint8Array(32).fill(5),
    )
    await expect(verifiedResult(prepared.envelope, buyer, prepared.resultDigest)).resolves.toEqual({
      jobId: '42',
      ...result,
    })
    await expect(verifiedResult(prepared.envelope, viewer, prepared.resultDigest)).resolves.toMatchObject({
      value: 39.5,
    })
    await expect(verifiedResult(prepared.envelope, buyer, 'ab'.repeat(32))).rejects.toThrow(
      /not the attested/,
    )
    await expect(
      verifiedResult(prepared.envelope, secp256k1.utils.randomSecretKey(), prepared.resultDigest),
    ).rejects.toThrow(/not encrypted to/)
    const tampered = new Uint8Array(prepared.envelope)
    tampered[tampered.length - 20]! ^= 1
    await expect(verifiedResult(tampered, buyer, prepared.resultDigest)).rejects.toThrow(/authenticate/)
  })

  it('the page signs result reads the way the result server verifies them', () => {
    const sk = secp256k1.utils.randomSecretKey()
    const nonce = 'ab'.repeat(16)
    const headers = signedHeaders(sk, 7n, nonce)
    expect(verifyResultRequest(headers, 7n)).toEqual({
      address: toBech32(addressFromPubkey(secp256k1.getPublicKey(sk, true))),
      nonce,
    })
    expect(verifyResultRequest(headers, 8n)).toEqual({ error: 'BAD_SIGNATURE' })
  })
})

describe('wallet and words', () => {
  it('with Keplr: the chain is suggested, reads are signed as ADR-36 data the result server accepts, results go to a kept result key', async () => {
    const store = new Map<string, string>()
    Object.assign(globalThis, {
      localStorage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => store.set(k, v),
        removeItem: (k: string) => store.delete(k),
      },
    })
    const sk = secp256k1.utils.randomSecretKey()
    const amino = await Secp256k1Wallet.fromKey(sk, 'datum')
    const [account] = await amino.getAccounts()
    const suggested: unknown[] = []
    Object.assign(globalThis, { location: { origin: 'http://127.0.0.1:8080' } })
    // a stand-in for the extension: Keplr's signArbitrary is signAmino over the ADR-36 doc
    Object.assign(globalThis, {
      keplr: {
        experimentalSuggestChain: async (info: unknown) => void suggested.push(info),
        enable: async () => {},
        getKey: async () => ({ bech32Address: account!.address, pubKey: account!.pubkey, name: 'test' }),
        getOfflineSigner: () => DirectSecp256k1Wallet.fromKey(sk, 'datum'),
        signArbitrary: async (_chainId: string, signer: string, data: string) =>
          (await amino.signAmino(signer, adr36SignDoc(signer, data))).signature,
      },
    })
    try {
      const endpoints = { chainId: 'datum-1', rpc: 'http://n:26657', rest: 'http://n:1317' }
      const w = await keplrWallet(endpoints)
      expect(suggested).toEqual([chainInfo(endpoints)])
      expect(w.address).toBe(account!.address)
      const headers = await w.signRead(9n, 'cd'.repeat(16))
      expect(verifyResultRequest(headers, 9n)).toEqual({ address: account!.address, nonce: 'cd'.repeat(16) })
      expect(verifyResultRequest({ ...headers, 'x-datum-sign-mode': undefined }, 9n)).toEqual({
        error: 'BAD_SIGNATURE',
      })
      // the result key is not the account key, and stays the same for the account in this browser
      // (sealed under the signature-derived vault: a new session re-derives it from the same signature)
      const { publicKey } = await w.resultKey()
      expect(publicKey).not.toEqual(account!.pubkey)
      expect((await (await keplrWallet(endpoints)).resultKey()).publicKey).toEqual(publicKey)
    } finally {
      Object.assign(globalThis, { keplr: undefined, localStorage: undefined, location: undefined })
    }
  })

  it('suggests Datum to Keplr with its prefixes, coin and the node minimum gas price', () => {
    const info = chainInfo({ chainId: 'datum-1', rpc: 'http://n:26657', rest: 'http://n:1317' })
    expect(info.bech32Config).toMatchObject({
      bech32PrefixAccAddr: 'datum',
      bech32PrefixValAddr: 'datumvaloper',
      bech32PrefixConsPub: 'datumvalconspub',
    })
    expect(info.currencies).toEqual([{ coinDenom: 'DATUM', coinMinimalDenom: 'udatum', coinDecimals: 6 }])
    expect(info.feeCurrencies[0]!.gasPriceStep.low).toBe(0.0025)
    expect(info.bip44.coinType).toBe(118)
  })

  it('names a refusal by its registered error, from a block result or from a simulation', () => {
    expect(
      refusalWords('computeright', 13, 'epsilon 2000000 > 1000000: epsilon above the per-job maximum'),
    ).toMatch(
      /^The chain refused this \(computeright error 13: epsilon above the per-job maximum\)\. The ε you asked for is more than this asset allows for one job\./,
    )
    expect(refusalWords('dataasset', 25, '')).toMatch(
      /dataasset error 25: list longer than allowed\)\. List longer than allowed\.$/,
    )
    // the node wraps a refused simulation as cosmos-sdk does (node/app/simulate.ts)
    const e = refusalFromSimulation(
      new Error(
        "Query failed with (6): rpc error: code = Unknown desc = epsilon 2000000 > 500000 per use of right 1: epsilon above the per-job maximum With gas wanted: '0' and gas used: '51234' : unknown request",
      ),
    )
    expect(e).toMatchObject({
      codespace: 'computeright',
      code: 13,
      stage: 'simulate',
      log: 'epsilon 2000000 > 500000 per use of right 1: epsilon above the per-job maximum',
    })
    expect(refusalFromSimulation(new Error('socket hang up')).message).toBe('socket hang up')
  })

  it('reads ε exactly in micro-units', () => {
    expect(microOf('0.5')).toBe(500_000n)
    expect(microOf('12')).toBe(12_000_000n)
    expect(microOf('0.000001')).toBe(1n)
    expect(() => microOf('0.0000001')).toThrow(RangeError)
    expect(() => microOf('-1')).toThrow(RangeError)
  })

  it('the bundle Buffer shim round-trips hex and base64 like Node', () => {
    const b = BufferShim.from('00ff10', 'hex')
    expect(BufferShim.isBuffer(b)).toBe(true)
    expect(b.toString('hex')).toBe('00ff10')
    expect(BufferShim.from(b.toString('base64'), 'base64').toString('hex')).toBe('00ff10')
    expect(BufferShim.from(new Uint8Array([1, 2, 3]).buffer, 1, 2).toString('hex')).toBe('0203')
    expect(BufferShim.from('hé').toString()).toBe('hé')
  })
})
