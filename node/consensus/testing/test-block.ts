// A minimal block and app for exercising the consensus engine without the real node: blocks are named
// by the hash of their contents and every decision is recorded, so tests can compare what nodes decided.
import { sha256 } from '@noble/hashes/sha2.js'
import type { Commit } from 'cosmjs-types/tendermint/types/types'
import type { CommitOutcome, ConsensusApp, ProposeContext, ValidateContext } from '../driver-types.js'
import type { BlockID, Height, Round, Timestamp } from '../types.js'
import { toHex } from '../types.js'
import type { ValidatorChange } from '../validator-set.js'

export interface TestBlock {
  height: Height
  proposer: string
  payload: string
  time: Timestamp
  hash: Uint8Array
}

export function makeTestBlock(height: Height, proposer: string, payload: string, time: Timestamp): TestBlock {
  const text = `${height}|${proposer}|${payload}|${time.seconds}.${time.nanos}`
  return { height, proposer, payload, time, hash: sha256(new TextEncoder().encode(text)) }
}

export interface Decision {
  height: Height
  round: Round
  hash: string
  commit: Commit
  block: TestBlock
}

export class TestApp implements ConsensusApp<TestBlock> {
  readonly decisions: Decision[] = []
  /** End-block validator updates returned when committing a height. */
  readonly updatesAt = new Map<Height, ValidatorChange[]>()
  /** Blocks whose payload is listed here fail valid(v). */
  readonly invalidPayloads = new Set<string>()
  private proposals = 0

  constructor(readonly name: string) {}

  async propose(ctx: ProposeContext): Promise<TestBlock> {
    this.proposals++
    return makeTestBlock(ctx.height, toHex(ctx.proposerAddress), `${this.name}#${this.proposals}`, ctx.time)
  }

  async validate(block: TestBlock, ctx: ValidateContext): Promise<boolean> {
    return block.height === ctx.height && !this.invalidPayloads.has(block.payload)
  }

  async commit(
    block: TestBlock,
    commit: Commit,
    ctx: { height: Height; round: Round },
  ): Promise<CommitOutcome> {
    this.decisions.push({ height: ctx.height, round: ctx.round, hash: toHex(block.hash), commit, block })
    return { validatorUpdates: this.updatesAt.get(ctx.height) ?? [] }
  }

  blockId(block: TestBlock): BlockID {
    return { hash: block.hash, partSetHeader: { total: 1, hash: sha256(block.hash) } }
  }

  blockTime(block: TestBlock): Timestamp {
    return block.time
  }

  encodeBlock(block: TestBlock): Uint8Array {
    const json = JSON.stringify({
      ...block,
      height: `${block.height}`,
      time: `${block.time.seconds}:${block.time.nanos}`,
      hash: toHex(block.hash),
    })
    return new TextEncoder().encode(json)
  }

  decodeBlock(bytes: Uint8Array): TestBlock {
    const raw = JSON.parse(new TextDecoder().decode(bytes))
    const [seconds, nanos] = String(raw.time).split(':')
    return {
      height: BigInt(raw.height),
      proposer: raw.proposer,
      payload: raw.payload,
      time: { seconds: BigInt(seconds!), nanos: Number(nanos) },
      hash: Uint8Array.from(Buffer.from(raw.hash, 'hex')),
    }
  }
}
