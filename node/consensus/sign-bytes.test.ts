import { describe, expect, it } from 'vitest'
import { proposalSignBytes, voteSignBytes } from './sign-bytes.js'
import { NIL_BLOCK_ID, SignedMsgType } from './types.js'

// Go's zero time.Time, which CometBFT's test vectors use.
const goZeroTime = { seconds: -62135596800n, nanos: 0 }
const zeroTimeBytes = [0x2a, 0xb, 0x8, 0x80, 0x92, 0xb8, 0xc3, 0x98, 0xfe, 0xff, 0xff, 0xff, 0x1]
const one = [0x1, 0, 0, 0, 0, 0, 0, 0]

describe('voteSignBytes matches CometBFT TestVoteSignBytesTestVectors', () => {
  it('precommit at height 1 round 1', () => {
    const got = voteSignBytes('', {
      type: SignedMsgType.SIGNED_MSG_TYPE_PRECOMMIT,
      height: 1n,
      round: 1,
      blockId: NIL_BLOCK_ID,
      timestamp: goZeroTime,
    })
    expect([...got]).toEqual([0x21, 0x8, 0x2, 0x11, ...one, 0x19, ...one, ...zeroTimeBytes])
  })

  it('unknown type at height 1 round 1 omits the type', () => {
    const got = voteSignBytes('', {
      type: 0,
      height: 1n,
      round: 1,
      blockId: NIL_BLOCK_ID,
      timestamp: goZeroTime,
    })
    expect([...got]).toEqual([0x1f, 0x11, ...one, 0x19, ...one, ...zeroTimeBytes])
  })

  it('includes the chain id last', () => {
    const got = voteSignBytes('test_chain_id', {
      type: 0,
      height: 1n,
      round: 1,
      blockId: NIL_BLOCK_ID,
      timestamp: goZeroTime,
    })
    const chainId = [...Buffer.from('test_chain_id')]
    expect([...got]).toEqual([0x2e, 0x11, ...one, 0x19, ...one, ...zeroTimeBytes, 0x32, 0xd, ...chainId])
  })

  it('writes a non-nil block id with its part-set header', () => {
    const blockId = {
      hash: new Uint8Array(32).fill(7),
      partSetHeader: { total: 1, hash: new Uint8Array(32).fill(9) },
    }
    const vote = {
      type: SignedMsgType.SIGNED_MSG_TYPE_PREVOTE,
      height: 5n,
      round: 0,
      blockId,
      timestamp: goZeroTime,
    }
    const got = voteSignBytes('c', vote)
    // block id: tag 0x22, len 72 = (2+32) hash + (2 + 36) part-set header (0x08 0x01 0x12 0x20 + 32)
    const idx = got.indexOf(0x22)
    expect(got[idx + 1]).toBe(72)
    expect(voteSignBytes('c', { ...vote, blockId: NIL_BLOCK_ID }).length).toBe(got.length - 74)
  })
})

describe('proposalSignBytes', () => {
  it('always carries the proposal type and encodes pol round -1 as a 10-byte varint', () => {
    const got = proposalSignBytes('', {
      height: 1n,
      round: 1,
      polRound: -1,
      blockId: NIL_BLOCK_ID,
      timestamp: goZeroTime,
    })
    const minusOne = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x1]
    expect([...got]).toEqual([
      0x2c,
      0x8,
      0x20,
      0x11,
      ...one,
      0x19,
      ...one,
      0x20,
      ...minusOne,
      0x32,
      ...zeroTimeBytes.slice(1),
    ])
  })
})
