// The Keplr extension: the chain is suggested to it (experimentalSuggestChain) with Datum's bech32 prefixes,
// coin and the node's minimum gas price, then enabled; Keplr signs in DIRECT mode through its OfflineSigner.
import type { OfflineSigner } from '@cosmjs/proto-signing'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import { ACCOUNT_PREFIX, VALCONS_PREFIX, VALOPER_PREFIX } from '../../../../modules/sdk/address.js'
import { readChallenge } from '../../../executor/signed-request.js'
import { DEFAULT_GAS_PRICE } from '../../../sdk/gas.js'
import { chainAssetOwnerOf } from './asset-owner.js'
import { keplrVaultKey } from './keplr-vault.js'
import {
  type AssetOwnerOf,
  migrateClearSecrets,
  readSecret,
  resultKeySlot,
  type VaultKey,
  writeSecret,
} from './vault.js'
import type { Wallet } from './wallet.js'

export interface ChainEndpoints {
  chainId: string
  rpc: string
  rest: string
}

interface KeplrApi {
  experimentalSuggestChain(info: unknown): Promise<void>
  enable(chainId: string): Promise<void>
  getKey(chainId: string): Promise<{ bech32Address: string; pubKey: Uint8Array; name: string }>
  getOfflineSigner(chainId: string): OfflineSigner
  signArbitrary(
    chainId: string,
    signer: string,
    data: string,
  ): Promise<{ pub_key: { value: string }; signature: string }>
}

/**
 * The key results are encrypted to when Keplr buys: Keplr signs but never decrypts for the page, so each
 * account gets a result-only key kept in this browser, sealed in its vault (it opens results, it cannot move
 * funds). Made on first use.
 */
export async function resultKeyOf(
  vault: VaultKey,
  address: string,
): Promise<{ secretKey: Uint8Array; publicKey: Uint8Array }> {
  const stored = await readSecret(vault, resultKeySlot(address))
  const secretKey = stored ? hexToBytes(stored) : secp256k1.utils.randomSecretKey()
  if (!stored) await writeSecret(vault, resultKeySlot(address), bytesToHex(secretKey))
  return { secretKey, publicKey: secp256k1.getPublicKey(secretKey, true) }
}

const b64hex = (b64: string) => bytesToHex(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)))

/** The page's origin, named structurally so this type-checks where the DOM library is absent (tests). */
const pageOrigin = () => (globalThis as unknown as { location: { origin: string } }).location.origin

export const keplrOf = (): KeplrApi | undefined => (globalThis as { keplr?: KeplrApi }).keplr

/** The node's minimum gas price (udatum per gas) as a number Keplr's fee steps take. */
const MIN_GAS_PRICE = Number(DEFAULT_GAS_PRICE.replace(/[a-z]+$/, ''))

const DATUM = { coinDenom: 'DATUM', coinMinimalDenom: 'udatum', coinDecimals: 6 }

/** Keplr's ChainInfo for this chain: what `experimentalSuggestChain` receives. */
export function chainInfo(e: ChainEndpoints) {
  return {
    chainId: e.chainId,
    chainName: `Datum (${e.chainId})`,
    rpc: e.rpc,
    rest: e.rest,
    bip44: { coinType: 118 },
    bech32Config: {
      bech32PrefixAccAddr: ACCOUNT_PREFIX,
      bech32PrefixAccPub: `${ACCOUNT_PREFIX}pub`,
      bech32PrefixValAddr: VALOPER_PREFIX,
      bech32PrefixValPub: `${VALOPER_PREFIX}pub`,
      bech32PrefixConsAddr: VALCONS_PREFIX,
      bech32PrefixConsPub: `${VALCONS_PREFIX}pub`,
    },
    currencies: [DATUM],
    feeCurrencies: [
      {
        ...DATUM,
        gasPriceStep: { low: MIN_GAS_PRICE, average: MIN_GAS_PRICE * 1.5, high: MIN_GAS_PRICE * 2 },
      },
    ],
    stakeCurrency: DATUM,
    features: [],
  }
}

export async function keplrWallet(
  e: ChainEndpoints,
  ownerOf: AssetOwnerOf = chainAssetOwnerOf,
): Promise<Wallet> {
  const keplr = keplrOf()
  if (!keplr) throw new Error('the Keplr extension is not installed in this browser')
  await keplr.experimentalSuggestChain(chainInfo(e))
  await keplr.enable(e.chainId)
  const key = await keplr.getKey(e.chainId)
  // asked for when a secret is first needed (a purchase, a result, a data key), then kept for the session
  let vault: Promise<VaultKey> | undefined
  const vaultOnce = () => {
    vault ??= keplrVaultKey(keplr, pageOrigin(), e.chainId, key.bech32Address).then(async (v) => {
      await migrateClearSecrets(v, key.bech32Address, ownerOf)
      return v
    })
    // a refused signature is asked for again next time
    vault.catch(() => {
      vault = undefined
    })
    return vault
  }
  return {
    kind: 'keplr',
    label: `Keplr (${key.name})`,
    address: key.bech32Address,
    pubkey: key.pubKey,
    signer: keplr.getOfflineSigner(e.chainId),
    resultKey: async () => resultKeyOf(await vaultOnce(), key.bech32Address),
    vault: vaultOnce,
    // the executor checks an ADR-36 signature of the same challenge text (client/executor/signed-request.ts)
    signRead: async (jobId, nonce) => {
      const s = await keplr.signArbitrary(e.chainId, key.bech32Address, readChallenge(jobId, nonce))
      return {
        'x-datum-pubkey': b64hex(s.pub_key.value),
        'x-datum-nonce': nonce,
        'x-datum-signature': b64hex(s.signature),
        'x-datum-sign-mode': 'adr36',
      }
    },
  }
}
