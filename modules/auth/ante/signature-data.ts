// A signer's signature as the SDK reads it (`ModeInfoAndSigToSignatureData`): a single signature in one sign
// mode, or for a multisig a `MultiSignature` whose entries follow the `CompactBitArray` of the keys that
// signed, each entry with its own mode info (nested for a nested multisig). Verified as the SDK's
// `LegacyAminoPubKey.VerifyMultisignature`: bit array size = number of keys, at least `threshold` bits set,
// one signature per set bit, each verifying with its key over the sign bytes of its mode.
import { sha256 } from '@noble/hashes/sha2.js'
import { type CompactBitArray, MultiSignature } from 'cosmjs-types/cosmos/crypto/multisig/v1beta1/multisig'
import type { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing'
import type { ModeInfo } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { sdkErrors } from '../../sdk/index.js'
import { verifySecp256k1 } from './secp256k1.js'
import type { SignerKey } from './signer-key.js'

export type SignatureData =
  | { type: 'single'; mode: SignMode | undefined; signature: Uint8Array }
  | { type: 'multi'; bitarray: CompactBitArray; signatures: SignatureData[] }

const invalid = (why: string) => sdkErrors.unauthorized.wrap(`signature verification failed; ${why}`)

export function signatureData(modeInfo: ModeInfo | undefined, signature: Uint8Array): SignatureData {
  const multi = modeInfo?.multi
  if (!multi) return { type: 'single', mode: modeInfo?.single?.mode, signature }
  let parts: Uint8Array[]
  try {
    parts = MultiSignature.decode(signature).signatures
  } catch (e) {
    throw invalid(`malformed multisignature: ${(e as Error).message}`)
  }
  if (parts.length !== multi.modeInfos.length)
    throw invalid(`${parts.length} multisignature entries for ${multi.modeInfos.length} mode infos`)
  return {
    type: 'multi',
    bitarray: multi.bitarray ?? { extraBitsStored: 0, elems: new Uint8Array() },
    signatures: parts.map((part, i) => signatureData(multi.modeInfos[i], part)),
  }
}

/** The SDK's `CompactBitArray.Count`: whole bytes, the last one holding `extra_bits_stored` bits. */
export function bitCount(b: CompactBitArray): number {
  if (b.extraBitsStored === 0) return b.elems.length * 8
  return (b.elems.length - 1) * 8 + b.extraBitsStored
}

export function bitAt(b: CompactBitArray, i: number): boolean {
  return i < bitCount(b) && (b.elems[i >> 3]! & (1 << (7 - (i % 8)))) !== 0
}

/** Each signing key with its signature, after the multisig shape checks (code 4 when they fail). */
export function signedPairs(
  key: SignerKey & { type: 'multisig' },
  data: SignatureData,
): [SignerKey, SignatureData][] {
  if (data.type !== 'multi') throw invalid('a multisig signer needs a multi mode info')
  const size = bitCount(data.bitarray)
  if (data.bitarray.extraBitsStored > 7 || size < 0 || size !== key.keys.length)
    throw invalid(`bit array size is incorrect, expecting: ${key.keys.length}`)
  const pairs: [SignerKey, SignatureData][] = []
  for (let i = 0; i < size; i++) {
    if (!bitAt(data.bitarray, i)) continue
    const sig = data.signatures[pairs.length]
    if (!sig) throw invalid(`signature size is incorrect ${data.signatures.length}`)
    pairs.push([key.keys[i]!, sig])
  }
  if (pairs.length !== data.signatures.length)
    throw invalid(`signature size is incorrect ${data.signatures.length}`)
  if (pairs.length < key.threshold)
    throw invalid(`not enough signatures set, have ${pairs.length}, expected ${key.threshold}`)
  return pairs
}

/** The gas of verifying: `perKey` for each secp256k1 signature present (the SDK's multisig gas rule). */
export function verificationGas(key: SignerKey, data: SignatureData, perKey: number): number {
  if (key.type === 'secp256k1') return perKey
  return signedPairs(key, data).reduce((n, [k, d]) => n + verificationGas(k, d, perKey), 0)
}

/** True when the signature (single or multi, nested) verifies over the sign bytes of each entry's mode. */
export function verifySignatureData(
  key: SignerKey,
  data: SignatureData,
  signBytes: (mode: SignMode | undefined) => Uint8Array,
  verifyOne: (bytes: Uint8Array, signature: Uint8Array, pubkey: Uint8Array) => boolean = (b, sig, pk) =>
    verifySecp256k1(sig, sha256(b), pk),
): boolean {
  if (key.type === 'multisig')
    return signedPairs(key, data).every(([k, d]) => verifySignatureData(k, d, signBytes, verifyOne))
  if (data.type !== 'single') throw invalid('a single key cannot sign with a multi mode info')
  return verifyOne(signBytes(data.mode), data.signature, key.key)
}
