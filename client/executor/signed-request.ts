// Requests for results are signed by the requester's (or a viewer's) secp256k1 key:
// signature over sha256("datum-result-v1|<job id>|<unix seconds>"), sent with the compressed public key.
// The server derives the address from the key and serves only the job's requester and viewers.
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { addressFromPubkey, toBech32 } from '../../modules/sdk/index.js'

/** How far a request time may be from the server clock (replay window). */
export const MAX_SKEW_SECONDS = 300

export interface SignedHeaders {
  'x-datum-pubkey': string
  'x-datum-time': string
  'x-datum-signature': string
}

const digestOf = (jobId: bigint, time: number): Uint8Array =>
  sha256(new TextEncoder().encode(`datum-result-v1|${jobId}|${time}`))

export function signResultRequest(secretKey: Uint8Array, jobId: bigint, nowSeconds: number): SignedHeaders {
  const sig = secp256k1.sign(digestOf(jobId, nowSeconds), secretKey, { prehash: false })
  return {
    'x-datum-pubkey': Buffer.from(secp256k1.getPublicKey(secretKey, true)).toString('hex'),
    'x-datum-time': String(nowSeconds),
    'x-datum-signature': Buffer.from(sig).toString('hex'),
  }
}

export type AuthFailure = 'MISSING' | 'STALE' | 'BAD_SIGNATURE'

/** The signer's bech32 address, or why the request is refused. */
export function verifyResultRequest(
  headers: Record<string, string | string[] | undefined>,
  jobId: bigint,
  nowSeconds: number,
): { address: string } | { error: AuthFailure } {
  const pub = headers['x-datum-pubkey']
  const time = headers['x-datum-time']
  const sig = headers['x-datum-signature']
  if (typeof pub !== 'string' || typeof time !== 'string' || typeof sig !== 'string')
    return { error: 'MISSING' }
  if (!/^0[23][0-9a-f]{64}$/.test(pub) || !/^[0-9a-f]{128}$/.test(sig) || !/^\d{1,12}$/.test(time))
    return { error: 'BAD_SIGNATURE' }
  if (Math.abs(Number(time) - nowSeconds) > MAX_SKEW_SECONDS) return { error: 'STALE' }
  const pubBytes = Buffer.from(pub, 'hex')
  let ok = false
  try {
    ok = secp256k1.verify(Buffer.from(sig, 'hex'), digestOf(jobId, Number(time)), pubBytes, {
      prehash: false,
    })
  } catch {
    ok = false
  }
  if (!ok) return { error: 'BAD_SIGNATURE' }
  return { address: toBech32(addressFromPubkey(pubBytes)) }
}
