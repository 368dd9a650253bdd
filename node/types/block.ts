// Blocks: assembling a block with its derived header hashes, its block ID, and its wire encoding.
//
// Part sets: CometBFT splits an encoded block into 64 KiB parts for gossip and commits to their merkle root in
// the block ID. Datum gossips whole blocks, so every block is one part holding the whole encoding: the part-set
// header is `{ total: 1, hash: merkle root of [encoded block] }`. The block hash (the header hash) is unaffected.
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp'
import { Block } from 'cosmjs-types/tendermint/types/block'
import type { Evidence } from 'cosmjs-types/tendermint/types/evidence'
import type { BlockID, Commit, Header } from 'cosmjs-types/tendermint/types/types'
import { commitHash } from './commit.js'
import { BlockDataError } from './errors.js'
import { evidenceHash } from './evidence.js'
import { txHash } from './hash.js'
import { BLOCK_PROTOCOL, headerHash } from './header.js'
import { hashFromByteSlices } from './merkle.js'

/** CometBFT 0.38 `Txs.Hash`: merkle root over the txs' sha256 hashes. */
export function dataHash(txs: readonly Uint8Array[]): Uint8Array {
  return hashFromByteSlices(txs.map(txHash))
}

export interface MakeBlockParams {
  chainId: string
  height: bigint
  time: Timestamp
  /** ID of block height-1 (`emptyBlockId()` at the initial height). */
  lastBlockId: BlockID
  /** Commit for block height-1 (`emptyCommit()` at the initial height). */
  lastCommit: Commit
  txs: Uint8Array[]
  evidence?: Evidence[]
  validatorsHash: Uint8Array
  nextValidatorsHash: Uint8Array
  consensusHash: Uint8Array
  /** App hash after executing block height-1. */
  appHash: Uint8Array
  /** `lastResultsHash` of block height-1's tx results. */
  lastResultsHash: Uint8Array
  proposerAddress: Uint8Array
  appVersion?: bigint
}

/** Builds a block, deriving data, last-commit and evidence hashes from its contents. */
export function makeBlock(p: MakeBlockParams): Block {
  if (p.height < 1n)
    throw new BlockDataError('INVALID_BLOCK', `block height must be positive, got ${p.height}`)
  const evidence = p.evidence ?? []
  const header: Header = {
    version: { block: BLOCK_PROTOCOL, app: p.appVersion ?? 0n },
    chainId: p.chainId,
    height: p.height,
    time: p.time,
    lastBlockId: p.lastBlockId,
    lastCommitHash: commitHash(p.lastCommit),
    dataHash: dataHash(p.txs),
    validatorsHash: p.validatorsHash,
    nextValidatorsHash: p.nextValidatorsHash,
    consensusHash: p.consensusHash,
    appHash: p.appHash,
    lastResultsHash: p.lastResultsHash,
    evidenceHash: evidenceHash(evidence),
    proposerAddress: p.proposerAddress,
  }
  return { header, data: { txs: p.txs }, evidence: { evidence }, lastCommit: p.lastCommit }
}

export function encodeBlock(block: Block): Uint8Array {
  return Block.encode(block).finish()
}

export function decodeBlock(bytes: Uint8Array): Block {
  try {
    return Block.decode(bytes)
  } catch (e) {
    throw new BlockDataError('INVALID_BLOCK', `cannot decode block: ${(e as Error).message}`)
  }
}

/** The block ID: header hash plus the single-part part-set header (see the note at the top). */
export function blockId(block: Block, encoded: Uint8Array = encodeBlock(block)): BlockID {
  return {
    hash: headerHash(block.header),
    partSetHeader: { total: 1, hash: hashFromByteSlices([encoded]) },
  }
}

/** Checks that a block's derived hashes agree with its contents (for blocks received from peers). */
export function validateBlockHashes(block: Block): void {
  const h = block.header
  const check = (name: string, got: Uint8Array, want: Uint8Array) => {
    if (Buffer.compare(got, want) !== 0) {
      throw new BlockDataError(
        'INVALID_BLOCK',
        `block ${h.height}: ${name} does not match the block contents`,
      )
    }
  }
  check('data hash', h.dataHash, dataHash(block.data.txs))
  check('evidence hash', h.evidenceHash, evidenceHash(block.evidence.evidence))
  if (!block.lastCommit) throw new BlockDataError('INVALID_BLOCK', `block ${h.height} has no last commit`)
  check('last commit hash', h.lastCommitHash, commitHash(block.lastCommit))
}
