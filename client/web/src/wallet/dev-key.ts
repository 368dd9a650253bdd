// The local development key: a mnemonic generated or imported in the page and kept in localStorage, in clear.
// For a dev node and tests only: anything with script access to this origin can read it (the page says so).
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { secretKeyFromMnemonic } from '../../../executor/hd-key.js'
import { signedHeaders } from '../crypto/signed-read.js'
import type { Wallet } from './wallet.js'

/** Also read by wallet-badge.ts, which reconnects the key at start without loading this module first. */
export const DEV_KEY_STORAGE = 'datum.dev-key.mnemonic'

export class MnemonicError extends Error {}

export const storedDevMnemonic = (): string | null => localStorage.getItem(DEV_KEY_STORAGE)

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
  localStorage.setItem(DEV_KEY_STORAGE, words)
  return {
    kind: 'dev',
    label: 'development key (stored in this browser, not safe for real funds)',
    address: account!.address,
    pubkey: account!.pubkey,
    signer,
    resultKey: { secretKey, publicKey: account!.pubkey },
    signRead: async (jobId, nonce) => signedHeaders(secretKey, jobId, nonce),
  }
}

export async function generateDevWallet(prefix: string): Promise<{ wallet: Wallet; mnemonic: string }> {
  const fresh = await DirectSecp256k1HdWallet.generate(24, { prefix })
  return { wallet: await devWallet(fresh.mnemonic, prefix), mnemonic: fresh.mnemonic }
}

export const forgetDevKey = () => localStorage.removeItem(DEV_KEY_STORAGE)
