// The vault key (vault.ts) of a Keplr account: HKDF-SHA256 of Keplr's ADR-36 signature (`signArbitrary`) of a
// fixed message naming this page's origin, the chain and the address. The page never sees Keplr's private
// key, so a signature is the only account-bound secret it can get; it is a key only because it is the same
// every time. Keplr's documentation does not promise that; its implementation signs secp256k1 with RFC 6979
// deterministic nonces (@keplr-wallet/crypto PrivKeySecp256k1.signDigest32, and the Ledger Cosmos app
// likewise), so the same wallet signing the same ADR-36 document gets the same (r, s). The code does not rely
// on it silently: every record is AES-GCM, so a signature that ever came out different opens nothing and the
// page says so (SealedElsewhere) instead of reading garbage, and records it cannot open are never overwritten.
// The signature is as secret as the vault: the message tells the user to sign it only on this origin.
import { type VaultKey, vaultKey } from './vault.js'

export interface ArbitrarySigner {
  signArbitrary(chainId: string, signer: string, data: string): Promise<{ signature: string }>
}

/** The text Keplr shows and signs; any change to it derives a different key. */
export const vaultMessage = (origin: string, chainId: string, address: string) =>
  [
    'Datum web vault, version 1.',
    `Signing this unlocks the secrets ${origin} keeps for your account in this browser (data keys, result key).`,
    `Sign it only on ${origin}: whoever holds this signature can read them.`,
    `Chain: ${chainId}`,
    `Address: ${address}`,
  ].join('\n')

export async function keplrVaultKey(
  keplr: ArbitrarySigner,
  origin: string,
  chainId: string,
  address: string,
): Promise<VaultKey> {
  const message = vaultMessage(origin, chainId, address)
  const { signature } = await keplr.signArbitrary(chainId, address, message)
  const sig = Uint8Array.from(atob(signature), (c) => c.charCodeAt(0))
  if (sig.length !== 64)
    throw new Error(`Keplr returned a ${sig.length}-byte signature, not a 64-byte (r, s)`)
  return vaultKey(sig, `keplr|${message}`)
}
