// A job's result in the browser: open the executor's envelope (v2: a content key wrapped to each reader, the
// recipient list authenticated; v1: one ECIES box) with the reader's secret key, then accept only the digest
// the chain attested, exactly as `datum job result` does (client/executor/result.ts, envelope.ts).
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { DpResult } from '../../../executor/dp-aggregates.js'
import { resultDigestOf } from '../../../executor/result.js'
import { DecryptError, gcmOpen } from './aes-gcm.js'
import { decryptWith } from './ecies.js'

const PUB = 33
const WRAPPED = 1 + 33 + 12 + 32 + 16
const ENTRY = PUB + WRAPPED
const SECRET_BYTES = 32

export async function openEnvelope(
  secretKey: Uint8Array,
  envelope: Uint8Array,
): Promise<{ version: 1 | 2; payload: Uint8Array }> {
  if (envelope[0] === 1) return { version: 1, payload: await decryptWith(secretKey, envelope) }
  if (envelope[0] !== 2 || envelope.length < 3) throw new DecryptError('not a datum result envelope')
  const count = (envelope[1]! << 8) | envelope[2]!
  const aadEnd = 3 + count * ENTRY
  if (count === 0 || envelope.length < aadEnd + 12 + 16) throw new DecryptError('truncated envelope')
  const mine = bytesToHex(secp256k1.getPublicKey(secretKey, true))
  for (let i = 0; i < count; i++) {
    const at = 3 + i * ENTRY
    if (bytesToHex(envelope.subarray(at, at + PUB)) !== mine) continue
    const contentKey = await decryptWith(secretKey, envelope.subarray(at + PUB, at + ENTRY))
    const payload = await gcmOpen(
      contentKey,
      envelope.subarray(aadEnd, aadEnd + 12),
      envelope.subarray(aadEnd + 12),
      envelope.subarray(0, aadEnd),
    )
    return { version: 2, payload }
  }
  throw new DecryptError(`the result is not encrypted to this wallet's key ${mine}`)
}

/** The result, checked against the attested digest; anything else is refused. */
export async function verifiedResult(
  envelope: Uint8Array,
  secretKey: Uint8Array,
  attestedDigest: string,
): Promise<DpResult> {
  const { version, payload } = await openEnvelope(secretKey, envelope)
  let plaintext = payload
  let digest: string
  if (version === 1) digest = bytesToHex(sha256(payload))
  else {
    if (payload.length < SECRET_BYTES) throw new DecryptError('the envelope carries no result secret')
    plaintext = payload.subarray(SECRET_BYTES)
    digest = resultDigestOf(payload.subarray(0, SECRET_BYTES), plaintext)
  }
  if (digest !== attestedDigest)
    throw new DecryptError(`the result's digest ${digest} is not the attested ${attestedDigest}`)
  return JSON.parse(new TextDecoder().decode(plaintext)) as DpResult
}
