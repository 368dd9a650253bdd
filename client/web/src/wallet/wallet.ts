// The page's wallet: the Keplr extension when present, else a local development key. Either signs txs
// (an OfflineSigner) and result reads (`signRead`: raw for the development key, ADR-36 arbitrary data for
// Keplr). Results are encrypted to `resultKey`: the account key itself for the development key; for Keplr,
// which never hands out its key, a result-only key kept in this browser, sealed in the account's vault
// (vault.ts) with the owner's data keys.
import type { OfflineSigner } from '@cosmjs/proto-signing'
import type { VaultKey } from './vault.js'

export interface Wallet {
  kind: 'keplr' | 'dev'
  label: string
  address: string
  /** Compressed secp256k1 account key: the job's output key, what results are encrypted to. */
  pubkey: Uint8Array
  signer: OfflineSigner
  /** The key pair a job's results are encrypted to (its public key is the job's output key). */
  resultKey(): Promise<{ secretKey: Uint8Array; publicKey: Uint8Array }>
  /** The account's vault key (vault.ts), derived once per page session; Keplr asks for a signature then. */
  vault(): Promise<VaultKey>
  /** Headers proving the account asks for `jobId`'s result under the executor's nonce. */
  signRead(jobId: bigint, nonce: string): Promise<Record<string, string>>
}

let current: Wallet | undefined
const listeners = new Set<(w: Wallet | undefined) => void>()

export const currentWallet = (): Wallet | undefined => current

export function setWallet(w: Wallet | undefined): void {
  current = w
  for (const l of listeners) l(w)
}

/** Calls `l` now and on every change; returns the unsubscribe. */
export function onWallet(l: (w: Wallet | undefined) => void): () => void {
  listeners.add(l)
  l(current)
  return () => listeners.delete(l)
}
