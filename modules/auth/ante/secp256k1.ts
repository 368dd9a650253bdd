// secp256k1 ECDSA verification for tx signatures: 64-byte compact r‖s over a 32-byte digest, low-S only.
// Native libsecp256k1 (npm `secp256k1` N-API binding, ~35× faster) when its binary loads; otherwise
// `@noble/curves` with lowS. Either way r, s and low-S are checked here first, because some backends
// (the package's own `elliptic` fallback among them) accept a malleated high-S twin.
import { createRequire } from 'node:module'
import { secp256k1 as noble } from '@noble/curves/secp256k1.js'

const N = 0xffff_ffff_ffff_ffff_ffff_ffff_ffff_fffe_baae_dce6_af48_a03b_bfd2_5e8c_d036_4141n
const HALF_N = N >> 1n

export type SignatureBackend = 'libsecp256k1-native' | 'noble-curves'

interface NativeBinding {
  ecdsaVerify(sig: Uint8Array, msg32: Uint8Array, pubkey: Uint8Array): boolean
  publicKeyVerify(pubkey: Uint8Array): boolean
}

function loadNative(): NativeBinding | undefined {
  if (process.env.DATUM_SECP256K1 === 'noble') return undefined
  try {
    // `secp256k1/bindings` is the N-API addon alone; the package root silently falls back to elliptic.
    return createRequire(import.meta.url)('secp256k1/bindings') as NativeBinding
  } catch {
    return undefined
  }
}

const native = loadNative()

/** Which implementation verifies signatures in this process (reported by benchmarks and the node). */
export function signatureBackend(): SignatureBackend {
  return native ? 'libsecp256k1-native' : 'noble-curves'
}

function scalar(b: Uint8Array, offset: number): bigint {
  let v = 0n
  for (let i = offset; i < offset + 32; i++) v = (v << 8n) | BigInt(b[i]!)
  return v
}

/** True when `sig` is a canonical 64-byte signature: 0 < r < n and 0 < s ≤ n/2. */
export function isLowSCompact(sig: Uint8Array): boolean {
  if (sig.length !== 64) return false
  const r = scalar(sig, 0)
  const s = scalar(sig, 32)
  return r > 0n && r < N && s > 0n && s <= HALF_N
}

/** A 33-byte compressed point on the curve. */
export function isValidCompressedPubKey(pubkey: Uint8Array): boolean {
  if (pubkey.length !== 33 || (pubkey[0] !== 2 && pubkey[0] !== 3)) return false
  try {
    if (native) return native.publicKeyVerify(pubkey)
    noble.Point.fromBytes(pubkey)
    return true
  } catch {
    return false
  }
}

/** Verifies `sig` over the 32-byte `digest` (already sha256 of the sign bytes). Never throws. */
export function verifySecp256k1(sig: Uint8Array, digest: Uint8Array, pubkey: Uint8Array): boolean {
  if (digest.length !== 32 || !isLowSCompact(sig) || pubkey.length !== 33) return false
  try {
    if (native) return native.ecdsaVerify(sig, digest, pubkey)
    return noble.verify(sig, digest, pubkey, { prehash: false, lowS: true })
  } catch {
    return false
  }
}
