// Consensus write-ahead log: every message that changes consensus state is appended before it is
// acted on, so a restarted validator replays the current height and resumes without forgetting a lock
// or signing against itself. Frame: CRC32 (4 bytes BE) | length (4 bytes BE) | payload. Own messages
// are fsync'd; an end-height marker closes each decided height. A torn last frame (a crash mid-append)
// is dropped on open; a bad frame followed by more data is corruption and refuses to start.
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs'
import { crc32 } from 'node:zlib'
import { writeFileAtomicSync } from './atomic-file.js'
import { ConsensusError } from './errors.js'

/** Same cap as CometBFT's maxMsgSizeBytes guard: anything larger is corruption, not a message. */
export const MAX_WAL_RECORD_BYTES = 16 * 1024 * 1024
const HEADER_BYTES = 8

export interface WalFrameScan {
  records: Uint8Array[]
  /** Bytes that form complete, valid frames; anything after is a torn tail. */
  validLength: number
}

export function encodeFrame(payload: Uint8Array): Uint8Array {
  if (payload.length > MAX_WAL_RECORD_BYTES)
    throw new RangeError(`WAL record of ${payload.length} bytes is too large`)
  const frame = Buffer.allocUnsafe(HEADER_BYTES + payload.length)
  frame.writeUInt32BE(crc32(payload), 0)
  frame.writeUInt32BE(payload.length, 4)
  frame.set(payload, HEADER_BYTES)
  return frame
}

export function scanFrames(data: Uint8Array, path = 'WAL'): WalFrameScan {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  const records: Uint8Array[] = []
  let off = 0
  while (off + HEADER_BYTES <= buf.length) {
    const crc = buf.readUInt32BE(off)
    const length = buf.readUInt32BE(off + 4)
    const end = off + HEADER_BYTES + length
    if (length > MAX_WAL_RECORD_BYTES) {
      throw new ConsensusError('WAL_CORRUPT', `${path}: record at offset ${off} claims ${length} bytes`)
    }
    if (end > buf.length) break
    const payload = buf.subarray(off + HEADER_BYTES, end)
    if (crc32(payload) !== crc) {
      if (end === buf.length) break
      throw new ConsensusError('WAL_CORRUPT', `${path}: checksum mismatch at offset ${off}`)
    }
    records.push(new Uint8Array(payload))
    off = end
  }
  return { records, validLength: off }
}

export class FrameLog {
  private fd: number

  private constructor(
    readonly path: string,
    fd: number,
    private size: number,
  ) {
    this.fd = fd
  }

  /** Opens (creating) the log, drops a torn tail, and returns the intact records. */
  static open(path: string): { log: FrameLog; records: Uint8Array[] } {
    const data = existsSync(path) ? readFileSync(path) : Buffer.alloc(0)
    const scan = scanFrames(data, path)
    const fd = openSync(path, 'a+')
    if (scan.validLength < data.length) {
      ftruncateSync(fd, scan.validLength)
      fsyncSync(fd)
    }
    return { log: new FrameLog(path, fd, scan.validLength), records: scan.records }
  }

  get byteLength(): number {
    return this.size
  }

  append(payload: Uint8Array, sync: boolean): void {
    const frame = encodeFrame(payload)
    let off = 0
    while (off < frame.length) off += writeSync(this.fd, frame, off, frame.length - off)
    this.size += frame.length
    if (sync) fsyncSync(this.fd)
  }

  sync(): void {
    fsyncSync(this.fd)
  }

  /** Atomically replaces the whole log with `payloads` (used to drop finished heights). */
  rewrite(payloads: Uint8Array[]): void {
    const frames = Buffer.concat(payloads.map(encodeFrame))
    closeSync(this.fd)
    writeFileAtomicSync(this.path, frames)
    this.fd = openSync(this.path, 'a+')
    this.size = fstatSync(this.fd).size
  }

  close(): void {
    closeSync(this.fd)
  }
}
