// Typed records on top of the frame log: received and own proposals (with the block bytes), votes,
// fired timeouts, and end-height markers. On start the driver replays the records of its height.
import { BinaryReader, BinaryWriter } from 'cosmjs-types/binary'
import { Proposal, Vote } from 'cosmjs-types/tendermint/types/types'
import { ConsensusError } from './errors.js'
import type { TimeoutStep } from './round-output.js'
import type { Height, Round } from './types.js'
import { FrameLog } from './wal.js'

export type WalRecord =
  | { kind: 'proposal'; proposal: Proposal; block: Uint8Array }
  | { kind: 'vote'; vote: Vote }
  | { kind: 'timeout'; height: Height; round: Round; step: TimeoutStep }
  | { kind: 'endHeight'; height: Height }

const KIND = { proposal: 1, vote: 2, timeout: 3, endHeight: 4 } as const
const STEPS: TimeoutStep[] = ['propose', 'prevote', 'precommit']

export function encodeWalRecord(record: WalRecord): Uint8Array {
  const w = new BinaryWriter()
  w.uint32(KIND[record.kind])
  switch (record.kind) {
    case 'proposal':
      w.bytes(Proposal.encode(record.proposal).finish()).bytes(record.block)
      break
    case 'vote':
      w.bytes(Vote.encode(record.vote).finish())
      break
    case 'timeout':
      w.int64(record.height).uint32(record.round).uint32(STEPS.indexOf(record.step))
      break
    case 'endHeight':
      w.int64(record.height)
      break
  }
  return w.finish()
}

export function decodeWalRecord(bytes: Uint8Array): WalRecord {
  try {
    const r = new BinaryReader(bytes)
    const kind = r.uint32()
    switch (kind) {
      case KIND.proposal:
        return { kind: 'proposal', proposal: Proposal.decode(r.bytes()), block: r.bytes() }
      case KIND.vote:
        return { kind: 'vote', vote: Vote.decode(r.bytes()) }
      case KIND.timeout: {
        const height = r.int64()
        const round = r.uint32()
        const step = STEPS[r.uint32()]
        if (step === undefined) break
        return { kind: 'timeout', height, round, step }
      }
      case KIND.endHeight:
        return { kind: 'endHeight', height: r.int64() }
    }
  } catch (err) {
    throw new ConsensusError('WAL_CORRUPT', `undecodable WAL record: ${(err as Error).message}`)
  }
  throw new ConsensusError('WAL_CORRUPT', 'unknown WAL record kind')
}

function recordHeight(record: WalRecord): Height {
  if (record.kind === 'proposal') return record.proposal.height
  if (record.kind === 'vote') return record.vote.height
  return record.height
}

export interface ConsensusWalOptions {
  /** Rewrite the log down to its last marker once it grows past this many bytes. */
  compactAboveBytes?: number
}

export class ConsensusWal {
  private constructor(
    private readonly log: FrameLog,
    private readonly records: WalRecord[],
    private readonly compactAboveBytes: number,
  ) {}

  static open(path: string, opts: ConsensusWalOptions = {}): ConsensusWal {
    const { log, records } = FrameLog.open(path)
    return new ConsensusWal(log, records.map(decodeWalRecord), opts.compactAboveBytes ?? 64 * 1024 * 1024)
  }

  /** The records of `height` written after the last end-height marker: what a restart must replay. */
  replayFor(height: Height): WalRecord[] {
    let start = 0
    this.records.forEach((r, i) => {
      if (r.kind === 'endHeight') start = i + 1
    })
    return this.records.slice(start).filter((r) => r.kind !== 'endHeight' && recordHeight(r) === height)
  }

  /** The highest height closed with an end-height marker, if any. */
  lastEndHeight(): Height | undefined {
    for (let i = this.records.length - 1; i >= 0; i--) {
      const r = this.records[i]!
      if (r.kind === 'endHeight') return r.height
    }
    return undefined
  }

  /** Appends a record; `sync` (fsync) for the node's own messages and markers. */
  write(record: WalRecord, sync: boolean): void {
    this.log.append(encodeWalRecord(record), sync)
  }

  /** Closes `height`: nothing before this marker is ever replayed again. */
  endHeight(height: Height): void {
    const marker: WalRecord = { kind: 'endHeight', height }
    this.records.length = 0
    this.records.push(marker)
    if (this.log.byteLength > this.compactAboveBytes) this.log.rewrite([encodeWalRecord(marker)])
    else this.log.append(encodeWalRecord(marker), true)
  }

  close(): void {
    this.log.close()
  }
}
