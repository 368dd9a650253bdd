// Wire formats of gossip: votes as CometBFT `Vote` protos, proposals as a two-field message (proposal,
// block), evidence as `DuplicateVoteEvidence`, txs as CometBFT's mempool `Txs` (`repeated bytes txs = 1`), a
// batch per message. Decoding failures throw; callers reject the peer.

import { BinaryReader, BinaryWriter } from 'cosmjs-types/binary'
import type { Block } from 'cosmjs-types/tendermint/types/block'
import { DuplicateVoteEvidence } from 'cosmjs-types/tendermint/types/evidence'
import { Proposal, Vote } from 'cosmjs-types/tendermint/types/types'
import type { ProposalMessage } from '../consensus/driver-types.js'
import type { DuplicateVote } from '../consensus/vote-keeper.js'
import { uvarintSize } from '../store/varint.js'
import { decodeBlock, encodeBlock } from '../types/block.js'

export const encodeVote = (v: Vote): Uint8Array => Vote.encode(v).finish()
export const decodeVote = (b: Uint8Array): Vote => Vote.decode(b)

/**
 * Most txs one message may carry. A batch is what one node's RPC admitted in one event-loop turn, rarely more
 * than a few hundred; the cap keeps a peer from making us hash and decode hundreds of thousands of tiny
 * non-txs for one 1 MiB message before we can penalize it.
 */
export const MAX_TXS_PER_MESSAGE = 1_000

export function encodeTxs(txs: readonly Uint8Array[]): Uint8Array {
  const w = BinaryWriter.create()
  for (const tx of txs) w.uint32(10).bytes(tx)
  return w.finish()
}

/** Bytes of one tx's field in a `Txs` message (tag, length varint, bytes). */
export function txFieldBytes(txLength: number): number {
  return 1 + uvarintSize(txLength) + txLength
}

/** The txs of a `Txs` message: at least one, at most MAX_TXS_PER_MESSAGE, none empty, no other field. */
export function decodeTxs(bytes: Uint8Array): Uint8Array[] {
  const r = new BinaryReader(bytes)
  const txs: Uint8Array[] = []
  while (r.pos < r.len) {
    const tag = r.uint32()
    if (tag !== 10) throw new Error(`unknown field tag ${tag} in a txs message`)
    const tx = r.bytes()
    if (tx.length === 0) throw new Error('empty tx in a txs message')
    if (txs.length === MAX_TXS_PER_MESSAGE)
      throw new Error(`a txs message with more than ${MAX_TXS_PER_MESSAGE} txs`)
    txs.push(tx)
  }
  if (txs.length === 0) throw new Error('a txs message without txs')
  return txs
}

export function encodeProposal(msg: ProposalMessage<Block>): Uint8Array {
  const w = BinaryWriter.create()
  w.uint32(10).bytes(Proposal.encode(msg.proposal).finish())
  w.uint32(18).bytes(encodeBlock(msg.block))
  return w.finish()
}

export function decodeProposal(bytes: Uint8Array): ProposalMessage<Block> {
  const r = new BinaryReader(bytes)
  let proposal: Proposal | undefined
  let block: Block | undefined
  while (r.pos < r.len) {
    const tag = r.uint32()
    if (tag === 10) proposal = Proposal.decode(r.bytes())
    else if (tag === 18) block = decodeBlock(r.bytes())
    else throw new Error(`unknown field tag ${tag} in a proposal message`)
  }
  if (!proposal || !block) throw new Error('proposal message lacks its proposal or block')
  return { proposal, block }
}

export function encodeEvidence(dv: DuplicateVote): Uint8Array {
  return DuplicateVoteEvidence.encode({
    voteA: dv.voteA,
    voteB: dv.voteB,
    totalVotingPower: dv.totalVotingPower,
    validatorPower: dv.validatorPower,
    timestamp: { seconds: 0n, nanos: 0 },
  }).finish()
}

export function decodeEvidence(bytes: Uint8Array): DuplicateVote {
  const ev = DuplicateVoteEvidence.decode(bytes)
  if (!ev.voteA || !ev.voteB) throw new Error('evidence lacks one of its votes')
  return {
    voteA: ev.voteA,
    voteB: ev.voteB,
    totalVotingPower: ev.totalVotingPower,
    validatorPower: ev.validatorPower,
  }
}
