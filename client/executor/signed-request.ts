// Requests for results are signed by the requester's (or a viewer's) secp256k1 key over a fresh nonce the
// executor issued for that job (challenge–response): signature over sha256("datum-result-v2|<job id>|
// <nonce>"), sent with the compressed public key. The server derives the address from the key, accepts each
// nonce once and only while it is fresh, so copied headers cannot be replayed.
// A wallet that never hands out its key (Keplr) signs the same text instead as ADR-36 arbitrary data
// (`signArbitrary`: an amino sign doc with one `sign/MsgSignData` of the signer and the text, empty chain id,
// fee and memo), marked with `x-datum-sign-mode: adr36`; the server rebuilds that doc for the key's address.
import { type StdSignDoc, serializeSignDoc } from '@cosmjs/amino'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { addressFromPubkey, toBech32 } from '../../modules/sdk/index.js'

export interface SignedHeaders {
  'x-datum-pubkey': string
  'x-datum-nonce': string
  'x-datum-signature': string
  /** Absent (a raw signature over the digest) or `adr36`. */
  'x-datum-sign-mode'?: 'adr36'
}

export const NONCE_PATTERN = /^[0-9a-f]{32}$/

/** The text a reader signs for one read. */
export const readChallenge = (jobId: bigint, nonce: string): string => `datum-result-v2|${jobId}|${nonce}`

const digestOf = (jobId: bigint, nonce: string): Uint8Array =>
  sha256(new TextEncoder().encode(readChallenge(jobId, nonce)))

/** The ADR-36 sign doc of `data` by `signer`, as Keplr's signArbitrary builds it. */
export function adr36SignDoc(signer: string, data: string): StdSignDoc {
  return {
    chain_id: '',
    account_number: '0',
    sequence: '0',
    fee: { gas: '0', amount: [] },
    msgs: [
      {
        type: 'sign/MsgSignData',
        value: { signer, data: Buffer.from(data, 'utf8').toString('base64') },
      },
    ],
    memo: '',
  }
}

const adr36DigestOf = (signer: string, jobId: bigint, nonce: string): Uint8Array =>
  sha256(serializeSignDoc(adr36SignDoc(signer, readChallenge(jobId, nonce))))

export function signResultRequest(secretKey: Uint8Array, jobId: bigint, nonce: string): SignedHeaders {
  const sig = secp256k1.sign(digestOf(jobId, nonce), secretKey, { prehash: false })
  return {
    'x-datum-pubkey': Buffer.from(secp256k1.getPublicKey(secretKey, true)).toString('hex'),
    'x-datum-nonce': nonce,
    'x-datum-signature': Buffer.from(sig).toString('hex'),
  }
}

export type AuthFailure = 'MISSING' | 'BAD_SIGNATURE'

/** The signer's bech32 address and the nonce it signed, or why the request is refused. */
export function verifyResultRequest(
  headers: Record<string, string | string[] | undefined>,
  jobId: bigint,
): { address: string; nonce: string } | { error: AuthFailure } {
  const pub = headers['x-datum-pubkey']
  const nonce = headers['x-datum-nonce']
  const sig = headers['x-datum-signature']
  const mode = headers['x-datum-sign-mode']
  if (typeof pub !== 'string' || typeof nonce !== 'string' || typeof sig !== 'string')
    return { error: 'MISSING' }
  if (!/^0[23][0-9a-f]{64}$/.test(pub) || !/^[0-9a-f]{128}$/.test(sig) || !NONCE_PATTERN.test(nonce))
    return { error: 'BAD_SIGNATURE' }
  if (mode !== undefined && mode !== 'adr36') return { error: 'BAD_SIGNATURE' }
  const pubBytes = Buffer.from(pub, 'hex')
  const address = toBech32(addressFromPubkey(pubBytes))
  const digest = mode === 'adr36' ? adr36DigestOf(address, jobId, nonce) : digestOf(jobId, nonce)
  let ok = false
  try {
    ok = secp256k1.verify(Buffer.from(sig, 'hex'), digest, pubBytes, { prehash: false })
  } catch {
    ok = false
  }
  if (!ok) return { error: 'BAD_SIGNATURE' }
  return { address, nonce }
}
