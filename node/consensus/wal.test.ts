import {
  appendFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConsensusWal, decodeWalRecord, encodeWalRecord, type WalRecord } from './consensus-wal.js'
import { blockIdFor, signedVote, testValidatorSet } from './testing/keys.js'
import { SignedMsgType } from './types.js'
import { encodeFrame, FrameLog, scanFrames } from './wal.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'datum-wal-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const { set, keys } = testValidatorSet([10n, 10n, 10n])
const voteAt = (height: bigint, round: number): WalRecord => ({
  kind: 'vote',
  vote: signedVote(set, keys[0]!, { type: 'prevote', height, round, blockId: blockIdFor('b') }),
})

describe('WAL frames', () => {
  it('round-trips records and stops at a torn tail', () => {
    const a = encodeFrame(new Uint8Array([1, 2, 3]))
    const b = encodeFrame(new Uint8Array([4, 5]))
    const both = Buffer.concat([a, b])
    expect(scanFrames(both).records.map((r) => [...r])).toEqual([
      [1, 2, 3],
      [4, 5],
    ])
    for (let cut = a.length; cut < both.length; cut++) {
      const scan = scanFrames(both.subarray(0, cut))
      expect(scan.records, `cut at ${cut}`).toHaveLength(1)
      expect(scan.validLength).toBe(a.length)
    }
  })

  it('treats a bad checksum in the last frame as torn, and in the middle as corruption', () => {
    const a = Buffer.from(encodeFrame(new Uint8Array([1, 2, 3])))
    const b = Buffer.from(encodeFrame(new Uint8Array([4, 5])))
    const lastBad = Buffer.concat([a, b])
    lastBad[lastBad.length - 1] ^= 0xff
    expect(scanFrames(lastBad).records).toHaveLength(1)
    const middleBad = Buffer.concat([a, b])
    middleBad[9] ^= 0xff
    expect(() => scanFrames(middleBad)).toThrow(/WAL_CORRUPT.*checksum/)
  })

  it('refuses absurd record lengths', () => {
    const frame = Buffer.from(encodeFrame(new Uint8Array([1])))
    frame.writeUInt32BE(0xffffffff, 4)
    expect(() => scanFrames(frame)).toThrow(/WAL_CORRUPT/)
  })

  it('FrameLog.open truncates a torn tail on disk so later appends stay readable', () => {
    const path = join(dir, 'frames')
    const first = FrameLog.open(path)
    first.log.append(new Uint8Array([7]), true)
    first.log.close()
    appendFileSync(path, Buffer.from([0, 0, 0]))
    const reopened = FrameLog.open(path)
    expect(reopened.records.map((r) => [...r])).toEqual([[7]])
    expect(statSync(path).size).toBe(9)
    reopened.log.append(new Uint8Array([8]), true)
    reopened.log.close()
    expect(FrameLog.open(path).records.map((r) => [...r])).toEqual([[7], [8]])
  })
})

describe('ConsensusWal', () => {
  it('encodes every record kind', () => {
    const records: WalRecord[] = [
      voteAt(3n, 1),
      { kind: 'timeout', height: 3n, round: 2, step: 'prevote' },
      { kind: 'endHeight', height: 3n },
      {
        kind: 'proposal',
        proposal: {
          type: SignedMsgType.SIGNED_MSG_TYPE_PROPOSAL,
          height: 4n,
          round: 0,
          polRound: -1,
          blockId: blockIdFor('p'),
          timestamp: { seconds: 9n, nanos: 1 },
          signature: new Uint8Array(64).fill(3),
        },
        block: new Uint8Array([9, 9]),
      },
    ]
    for (const r of records) expect(decodeWalRecord(encodeWalRecord(r))).toEqual(r)
    expect(() => decodeWalRecord(new Uint8Array([99]))).toThrow(/WAL_CORRUPT/)
  })

  it('replays only the records of the requested height after the last end-height marker', () => {
    const path = join(dir, 'wal')
    const wal = ConsensusWal.open(path)
    wal.write(voteAt(1n, 0), true)
    wal.endHeight(1n)
    wal.write(voteAt(2n, 0), false)
    wal.write({ kind: 'timeout', height: 2n, round: 0, step: 'propose' }, false)
    wal.write(voteAt(2n, 1), true)
    wal.close()
    const reopened = ConsensusWal.open(path)
    expect(reopened.lastEndHeight()).toBe(1n)
    const replay = reopened.replayFor(2n)
    expect(replay.map((r) => r.kind)).toEqual(['vote', 'timeout', 'vote'])
    expect(reopened.replayFor(3n)).toEqual([])
    reopened.close()
  })

  it('survives a torn final record (a crash mid-append) and keeps the intact ones', () => {
    const path = join(dir, 'wal')
    const wal = ConsensusWal.open(path)
    wal.write(voteAt(5n, 0), true)
    wal.write(voteAt(5n, 1), true)
    wal.close()
    truncateSync(path, statSync(path).size - 10)
    const reopened = ConsensusWal.open(path)
    expect(reopened.replayFor(5n)).toHaveLength(1)
    reopened.close()
  })

  it('refuses to open a WAL corrupted in the middle', () => {
    const path = join(dir, 'wal')
    const wal = ConsensusWal.open(path)
    wal.write(voteAt(5n, 0), true)
    wal.write(voteAt(5n, 1), true)
    wal.close()
    const bytes = readFileSync(path)
    bytes[12] ^= 0xff
    writeFileSync(path, bytes)
    expect(() => ConsensusWal.open(path)).toThrow(/WAL_CORRUPT/)
  })

  it('compacts down to the last marker once large', () => {
    const path = join(dir, 'wal')
    const wal = ConsensusWal.open(path, { compactAboveBytes: 200 })
    for (let i = 0; i < 5; i++) wal.write(voteAt(7n, i), false)
    wal.endHeight(7n)
    wal.close()
    const reopened = ConsensusWal.open(path)
    expect(reopened.lastEndHeight()).toBe(7n)
    expect(statSync(path).size).toBeLessThan(40)
    reopened.close()
  })
})
