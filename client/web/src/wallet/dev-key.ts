// The local development key: a mnemonic generated or imported in the page, kept in localStorage sealed under a
// passphrase the user chooses (sealed-key.ts) and unlocked once per page session: the opened key lives in
// memory only, in the wallet object. A key an older version left in clear is sealed under the passphrase
// given at its first unlock, and the cleartext removed; so are the data keys an older version left in clear
// (vault.ts: the account's vault key is derived from its secret key). Still for a dev node and tests: a script running in
// this origin while the key is unlocked can use it (the page says so).
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { secretKeyFromMnemonic } from '../../../executor/hd-key.js'
import { signedHeaders } from '../crypto/signed-read.js'
import { chainAssetOwnerOf } from './asset-owner.js'
import { CLEAR_DEV_KEY, keyStore, SEALED_DEV_KEY } from './dev-key-store.js'
import { openKey, parseSealedKey, sealKey } from './sealed-key.js'
import { type AssetOwnerOf, migrateClearSecrets, vaultKey } from './vault.js'
import type { Wallet } from './wallet.js'

export class MnemonicError extends Error {}

/** The wallet of `mnemonic`; stores nothing. */
export async function devWallet(mnemonic: string, prefix: string): Promise<Wallet> {
  const words = mnemonic.trim().split(/\s+/).join(' ')
  let signer: DirectSecp256k1HdWallet
  try {
    signer = await DirectSecp256k1HdWallet.fromMnemonic(words, { prefix })
  } catch (e) {
    throw new MnemonicError(`not a valid mnemonic: ${(e as Error).message}`)
  }
  const [account] = await signer.getAccounts()
  const secretKey = await secretKeyFromMnemonic(words)
  const vault = vaultKey(secretKey, `dev|${account!.address}`)
  return {
    kind: 'dev',
    label: 'development key (stored in this browser under your passphrase, not safe for real funds)',
    address: account!.address,
    pubkey: account!.pubkey,
    signer,
    resultKey: async () => ({ secretKey, publicKey: account!.pubkey }),
    vault: () => vault,
    signRead: async (jobId, nonce) => signedHeaders(secretKey, jobId, nonce),
  }
}

/** Checks the mnemonic, seals it under `passphrase` in place of any stored key, and returns its wallet. */
export async function saveDevKey(
  mnemonic: string,
  passphrase: string,
  prefix: string,
  ownerOf: AssetOwnerOf = chainAssetOwnerOf,
): Promise<Wallet> {
  const wallet = await devWallet(mnemonic, prefix)
  const sealed = await sealKey(mnemonic.trim().split(/\s+/).join(' '), passphrase)
  keyStore().setItem(SEALED_DEV_KEY, JSON.stringify(sealed))
  keyStore().removeItem(CLEAR_DEV_KEY)
  await migrateClearSecrets(await wallet.vault(), wallet.address, ownerOf)
  return wallet
}

export async function generateDevWallet(
  passphrase: string,
  prefix: string,
  ownerOf: AssetOwnerOf = chainAssetOwnerOf,
): Promise<{ wallet: Wallet; mnemonic: string }> {
  const fresh = await DirectSecp256k1HdWallet.generate(24, { prefix })
  return { wallet: await saveDevKey(fresh.mnemonic, passphrase, prefix, ownerOf), mnemonic: fresh.mnemonic }
}

/**
 * Opens the stored key with `passphrase` (WrongPassphrase when it does not). A cleartext key from an older
 * version is sealed under `passphrase` and its cleartext removed: the passphrase given here becomes its own.
 */
export async function unlockDevKey(
  passphrase: string,
  prefix: string,
  ownerOf: AssetOwnerOf = chainAssetOwnerOf,
): Promise<Wallet> {
  const sealed = keyStore().getItem(SEALED_DEV_KEY)
  if (sealed) {
    const wallet = await devWallet(await openKey(parseSealedKey(sealed), passphrase), prefix)
    await migrateClearSecrets(await wallet.vault(), wallet.address, ownerOf)
    return wallet
  }
  const clear = keyStore().getItem(CLEAR_DEV_KEY)
  if (!clear) throw new Error('no development key is stored in this browser')
  return saveDevKey(clear, passphrase, prefix, ownerOf)
}

export function forgetDevKey(): void {
  keyStore().removeItem(SEALED_DEV_KEY)
  keyStore().removeItem(CLEAR_DEV_KEY)
}
