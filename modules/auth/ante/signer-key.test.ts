// Multisig keys and bit arrays against CosmJS: the address of a LegacyAminoPubKey (nested too) must equal
// @cosmjs/amino's `pubkeyToRawAddress`, and malformed multisig keys are code 8.
import {
  createMultisigThresholdPubkey,
  encodeSecp256k1Pubkey,
  pubkeyToRawAddress,
  type SinglePubkey,
} from '@cosmjs/amino'
import { encodePubkey } from '@cosmjs/proto-signing'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { LegacyAminoPubKey } from 'cosmjs-types/cosmos/crypto/multisig/keys'
import { describe, expect, it } from 'vitest'
import { utf8 } from '../../sdk/index.js'
import { expectAbciError } from '../test-env.js'
import { bitAt, bitCount } from './signature-data.js'
import { countSubKeys, MULTISIG_TYPE_URL, signerKeyAddress, signerKeyFromAny } from './signer-key.js'

const key = (i: number): SinglePubkey =>
  encodeSecp256k1Pubkey(secp256k1.getPublicKey(sha256(utf8.encode(`signer-key-${i}`)), true))

describe('multisig signer keys', () => {
  it('addresses equal CosmJS pubkeyToRawAddress for k-of-n and nested multisigs', () => {
    for (let n = 1; n <= 6; n++)
      for (let k = 1; k <= n; k++) {
        const ms = createMultisigThresholdPubkey(
          Array.from({ length: n }, (_, i) => key(i + 10 * n)),
          k,
        )
        const parsed = signerKeyFromAny(encodePubkey(ms))
        expect(signerKeyAddress(parsed)).toEqual(pubkeyToRawAddress(ms))
        expect(countSubKeys(parsed)).toBe(n)
      }
    const inner = createMultisigThresholdPubkey([key(1), key(2)], 2)
    const nested = {
      type: 'tendermint/PubKeyMultisigThreshold',
      value: { threshold: '1', pubkeys: [key(3), key(4), inner] },
    } as const
    const parsed = signerKeyFromAny(encodePubkey(nested as never))
    expect(countSubKeys(parsed)).toBe(4)
    expect(signerKeyAddress(parsed)).toEqual(pubkeyToRawAddress(nested as never))
  })

  it('refuses thresholds outside 1..n, unsupported member keys and garbage with code 8', () => {
    const any = (threshold: number, publicKeys = [encodePubkey(key(1)), encodePubkey(key(2))]) => ({
      typeUrl: MULTISIG_TYPE_URL,
      value: LegacyAminoPubKey.encode({ threshold, publicKeys }).finish(),
    })
    expectAbciError(() => signerKeyFromAny(any(0)), 'sdk', 8, /threshold 0/)
    expectAbciError(() => signerKeyFromAny(any(3)), 'sdk', 8, /threshold 3/)
    const ed = { typeUrl: '/cosmos.crypto.ed25519.PubKey', value: new Uint8Array(34) }
    expectAbciError(() => signerKeyFromAny(any(1, [ed])), 'sdk', 8, /ED25519/)
    expectAbciError(
      () => signerKeyFromAny({ typeUrl: MULTISIG_TYPE_URL, value: Uint8Array.of(0x12, 0x05, 1) }),
      'sdk',
      8,
    )
  })

  it('reads CompactBitArrays as the SDK does (size from extra bits, most significant bit first)', () => {
    expect(bitCount({ elems: new Uint8Array(), extraBitsStored: 0 })).toBe(0)
    expect(bitCount({ elems: Uint8Array.of(0), extraBitsStored: 0 })).toBe(8)
    expect(bitCount({ elems: Uint8Array.of(0, 0), extraBitsStored: 3 })).toBe(11)
    const b = { elems: Uint8Array.of(0b1000_0001, 0b0100_0000), extraBitsStored: 2 }
    expect([...Array(10).keys()].filter((i) => bitAt(b, i))).toEqual([0, 7, 9])
    expect(bitAt(b, 10)).toBe(false)
  })
})
