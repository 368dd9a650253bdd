// A result encrypted to several readers (the requester's output key and every viewer's account key): one
// random AES-256-GCM content key encrypts the payload once, and is wrapped to each recipient with ECIES.
// Envelope v2: 0x02 ‖ count(u16) ‖ count × (recipient pubkey(33) ‖ wrapped key(94)) ‖ nonce(12) ‖ ciphertext
// ‖ tag(16); everything before the nonce is authenticated data, so the recipient list cannot be altered.
// Version 1 envelopes (one ECIES box to the requester, before viewers could decrypt) still open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { decryptWith, EciesError, encryptTo } from './ecies.js'

const VERSION = 2
const PUB = 33
const WRAPPED = 1 + 33 + 12 + 32 + 16
const ENTRY = PUB + WRAPPED
const MAX_RECIPIENTS = 1024

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

/** Encrypts `payload` so each of `recipients` (compressed secp256k1 keys, duplicates dropped) can open it. */
export function sealFor(recipients: Uint8Array[], payload: Uint8Array): Uint8Array {
  const unique = [...new Map(recipients.map((r) => [hex(r), r])).values()]
  if (unique.length === 0 || unique.length > MAX_RECIPIENTS)
    throw new EciesError('BAD_KEY', `an envelope needs 1..${MAX_RECIPIENTS} recipients`)
  const contentKey = randomBytes(32)
  const header = Buffer.alloc(3)
  header[0] = VERSION
  header.writeUInt16BE(unique.length, 1)
  const entries = unique.map((pub) => {
    if (pub.length !== PUB)
      throw new EciesError('BAD_KEY', 'recipient key must be a compressed secp256k1 key')
    return Buffer.concat([pub, encryptTo(pub, contentKey)])
  })
  const aad = Buffer.concat([header, ...entries])
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', contentKey, nonce)
  cipher.setAAD(aad)
  const body = Buffer.concat([cipher.update(payload), cipher.final()])
  return Buffer.concat([aad, nonce, body, cipher.getAuthTag()])
}

/** The recipients' public keys (hex) an envelope names; [] for a version 1 envelope. */
export function recipientsOf(envelope: Uint8Array): string[] {
  if (envelope[0] !== VERSION) return []
  const { count } = layout(envelope)
  return Array.from({ length: count }, (_, i) => hex(envelope.subarray(3 + i * ENTRY, 3 + i * ENTRY + PUB)))
}

function layout(envelope: Uint8Array): { count: number; aadEnd: number } {
  if (envelope.length < 3) throw new EciesError('MALFORMED', 'envelope too short')
  const count = Buffer.from(envelope.subarray(1, 3)).readUInt16BE(0)
  const aadEnd = 3 + count * ENTRY
  if (count === 0 || envelope.length < aadEnd + 12 + 16)
    throw new EciesError('MALFORMED', 'truncated envelope')
  return { count, aadEnd }
}

/** Opens a v2 envelope with one recipient's secret key (or a v1 envelope: the whole box is the payload). */
export function openWith(
  secretKey: Uint8Array,
  envelope: Uint8Array,
): { version: 1 | 2; payload: Uint8Array } {
  if (envelope[0] === 1) return { version: 1, payload: decryptWith(secretKey, envelope) }
  if (envelope[0] !== VERSION) throw new EciesError('MALFORMED', 'not a datum result envelope')
  const { aadEnd } = layout(envelope)
  const mine = hex(secp256k1.getPublicKey(secretKey, true))
  const i = recipientsOf(envelope).indexOf(mine)
  if (i < 0) throw new EciesError('BAD_KEY', `the envelope is not encrypted to key ${mine}`)
  const start = 3 + i * ENTRY + PUB
  const contentKey = decryptWith(secretKey, envelope.subarray(start, start + WRAPPED))
  const nonce = envelope.subarray(aadEnd, aadEnd + 12)
  const decipher = createDecipheriv('aes-256-gcm', contentKey, nonce)
  decipher.setAAD(envelope.subarray(0, aadEnd))
  decipher.setAuthTag(envelope.subarray(envelope.length - 16))
  try {
    const payload = Buffer.concat([
      decipher.update(envelope.subarray(aadEnd + 12, envelope.length - 16)),
      decipher.final(),
    ])
    return { version: 2, payload }
  } catch {
    throw new EciesError('AUTH_FAILED', 'envelope does not authenticate')
  }
}
