// ECIES on secp256k1 with AES-256-GCM: results and dataset keys are encrypted to a recipient's public key.
// Envelope: version(1) ‖ ephemeral compressed pubkey(33) ‖ nonce(12) ‖ ciphertext ‖ tag(16).
// The AES key is HKDF-SHA256(shared x-coordinate, salt = ephemeral pubkey, info = "datum-ecies-v1").
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'

const VERSION = 1
const INFO = new TextEncoder().encode('datum-ecies-v1')
const HEADER = 1 + 33 + 12
const TAG = 16

export class EciesError extends Error {
  constructor(
    readonly code: 'MALFORMED' | 'BAD_KEY' | 'AUTH_FAILED',
    message: string,
  ) {
    super(message)
    this.name = 'EciesError'
  }
}

function deriveKey(shared: Uint8Array, ephemeralPub: Uint8Array): Buffer {
  // getSharedSecret returns a compressed point; the x-coordinate is the ECDH secret.
  return Buffer.from(hkdf(sha256, shared.subarray(1), ephemeralPub, INFO, 32))
}

export function encryptTo(recipientPub: Uint8Array, plaintext: Uint8Array): Uint8Array {
  let shared: Uint8Array
  const eph = secp256k1.utils.randomSecretKey()
  const ephPub = secp256k1.getPublicKey(eph, true)
  try {
    shared = secp256k1.getSharedSecret(eph, recipientPub, true)
  } catch (e) {
    throw new EciesError('BAD_KEY', `recipient key: ${(e as Error).message}`)
  }
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', deriveKey(shared, ephPub), nonce)
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return Buffer.concat([Buffer.of(VERSION), ephPub, nonce, body, cipher.getAuthTag()])
}

export function decryptWith(secretKey: Uint8Array, envelope: Uint8Array): Uint8Array {
  if (envelope.length < HEADER + TAG || envelope[0] !== VERSION)
    throw new EciesError('MALFORMED', 'not a datum ECIES v1 envelope')
  const ephPub = envelope.subarray(1, 34)
  const nonce = envelope.subarray(34, HEADER)
  const body = envelope.subarray(HEADER, envelope.length - TAG)
  const tag = envelope.subarray(envelope.length - TAG)
  let shared: Uint8Array
  try {
    shared = secp256k1.getSharedSecret(secretKey, ephPub, true)
  } catch (e) {
    throw new EciesError('BAD_KEY', `ephemeral key: ${(e as Error).message}`)
  }
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(shared, ephPub), nonce)
  decipher.setAuthTag(tag)
  try {
    return Buffer.concat([decipher.update(body), decipher.final()])
  } catch {
    throw new EciesError('AUTH_FAILED', 'ciphertext or key does not authenticate')
  }
}
