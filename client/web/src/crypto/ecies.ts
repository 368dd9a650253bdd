// ECIES on secp256k1 with AES-256-GCM in the browser, byte for byte the format of client/executor/ecies.ts:
// version(1) ‖ ephemeral compressed pubkey(33) ‖ nonce(12) ‖ ciphertext ‖ tag(16), the AES key
// HKDF-SHA256(shared x-coordinate, salt = ephemeral pubkey, info = "datum-ecies-v1").
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { concat, DecryptError, gcmOpen, gcmSeal, randomBytes } from './aes-gcm.js'

const VERSION = 1
const INFO = new TextEncoder().encode('datum-ecies-v1')
const HEADER = 1 + 33 + 12
const TAG = 16

const keyOf = (shared: Uint8Array, ephPub: Uint8Array) => hkdf(sha256, shared.subarray(1), ephPub, INFO, 32)

/** Wraps `plaintext` (a data key) to a recipient's compressed public key. */
export async function encryptTo(recipientPub: Uint8Array, plaintext: Uint8Array): Promise<Uint8Array> {
  const eph = secp256k1.utils.randomSecretKey()
  const ephPub = secp256k1.getPublicKey(eph, true)
  const shared = secp256k1.getSharedSecret(eph, recipientPub, true)
  const nonce = randomBytes(12)
  const sealed = await gcmSeal(keyOf(shared, ephPub), nonce, plaintext)
  return concat(Uint8Array.of(VERSION), ephPub, nonce, sealed)
}

export async function decryptWith(secretKey: Uint8Array, envelope: Uint8Array): Promise<Uint8Array> {
  if (envelope.length < HEADER + TAG || envelope[0] !== VERSION)
    throw new DecryptError('not a datum ECIES v1 envelope')
  const ephPub = envelope.subarray(1, 34)
  const shared = secp256k1.getSharedSecret(secretKey, ephPub, true)
  return gcmOpen(keyOf(shared, ephPub), envelope.subarray(34, HEADER), envelope.subarray(HEADER))
}
