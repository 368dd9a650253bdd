// The sync protocol messages and their protobuf encoding (schema in ../README.md), written with the same
// protobuf reader/writer the rest of the node uses (cosmjs-types/binary). One request and one response per
// stream, each a varint-length-prefixed frame.
import { BinaryReader, BinaryWriter } from 'cosmjs-types/binary'

export interface SyncStatus {
  /** Latest committed height (0 before the first block). */
  height: number
  /** Lowest height whose block this peer still serves (1 unless pruned). */
  base: number
}

export interface BlockWithCommit {
  height: number
  /** Encoded block, as the block store keeps it. */
  block: Uint8Array
  /** Encoded commit (the +2/3 precommits) that finalized this block. */
  commit: Uint8Array
}

export type SyncRequest =
  | { type: 'status' }
  | { type: 'blocks'; from: number; count: number }
  | { type: 'votes'; height: number; round: number }

export type SyncResponse =
  | { type: 'status'; status: SyncStatus }
  | { type: 'blocks'; blocks: BlockWithCommit[] }
  | { type: 'votes'; votes: Uint8Array[] }
  | { type: 'error'; code: string; message: string }

/** A frame that is not a valid sync message. */
export class MalformedMessageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'MalformedMessageError'
  }
}

const VARINT = 0
const LEN = 2

export function encodeRequest(req: SyncRequest): Uint8Array {
  const w = new BinaryWriter()
  if (req.type === 'status') return w.uint32(tag(1, LEN)).fork().ldelim().finish()
  const [field, a, b] = req.type === 'blocks' ? [2, req.from, req.count] : [3, req.height, req.round]
  w.uint32(tag(field, LEN)).fork()
  int64Field(w, 1, a)
  int64Field(w, 2, b)
  return w.ldelim().finish()
}

export function decodeRequest(buf: Uint8Array): SyncRequest {
  return decoding('request', () => {
    const body = oneof(buf, 3)
    if (body.field === 1) return { type: 'status' }
    const [a, b] = int64Pair(body.bytes)
    return body.field === 2 ? { type: 'blocks', from: a, count: b } : { type: 'votes', height: a, round: b }
  })
}

export function encodeResponse(res: SyncResponse): Uint8Array {
  const w = new BinaryWriter()
  switch (res.type) {
    case 'status':
      w.uint32(tag(1, LEN)).fork()
      int64Field(w, 1, res.status.height)
      int64Field(w, 2, res.status.base)
      break
    case 'blocks':
      w.uint32(tag(2, LEN)).fork()
      for (const b of res.blocks) {
        w.uint32(tag(1, LEN)).fork()
        int64Field(w, 1, b.height)
        w.uint32(tag(2, LEN)).bytes(b.block).uint32(tag(3, LEN)).bytes(b.commit).ldelim()
      }
      break
    case 'votes':
      w.uint32(tag(3, LEN)).fork()
      for (const v of res.votes) w.uint32(tag(1, LEN)).bytes(v)
      break
    case 'error':
      w.uint32(tag(4, LEN))
        .fork()
        .uint32(tag(1, LEN))
        .string(res.code)
        .uint32(tag(2, LEN))
        .string(res.message)
      break
  }
  return w.ldelim().finish()
}

export function decodeResponse(buf: Uint8Array): SyncResponse {
  return decoding('response', () => {
    const body = oneof(buf, 4)
    switch (body.field) {
      case 1: {
        const [height, base] = int64Pair(body.bytes)
        return { type: 'status', status: { height, base } }
      }
      case 2:
        return { type: 'blocks', blocks: repeatedBytes(body.bytes).map(decodeBlock) }
      case 3:
        return { type: 'votes', votes: repeatedBytes(body.bytes) }
      default: {
        const text = { code: '', message: '' }
        readFields(body.bytes, (field, wire, r) => {
          if (wire !== LEN || (field !== 1 && field !== 2)) return false
          text[field === 1 ? 'code' : 'message'] = r.string()
          return true
        })
        return { type: 'error', ...text }
      }
    }
  })
}

function decodeBlock(buf: Uint8Array): BlockWithCommit {
  const out: BlockWithCommit = { height: 0, block: new Uint8Array(0), commit: new Uint8Array(0) }
  readFields(buf, (field, wire, r) => {
    if (field === 1) out.height = safeInt(expect(wire, VARINT, r).int64(), 'block.height')
    else if (field === 2) out.block = new Uint8Array(expect(wire, LEN, r).bytes())
    else if (field === 3) out.commit = new Uint8Array(expect(wire, LEN, r).bytes())
    else return false
    return true
  })
  return out
}

/** The single set branch of a oneof wrapper with fields 1..max; anything else is malformed. */
function oneof(buf: Uint8Array, max: number): { field: number; bytes: Uint8Array } {
  const found: { field: number; bytes: Uint8Array }[] = []
  readFields(buf, (field, wire, r) => {
    if (field < 1 || field > max) return false
    found.push({ field, bytes: expect(wire, LEN, r).bytes() })
    return true
  })
  if (found.length !== 1) throw new MalformedMessageError(`expected exactly one kind, got ${found.length}`)
  return found[0]!
}

/** Fields 1 and 2 as int64 (absent = 0). */
function int64Pair(buf: Uint8Array): [number, number] {
  const values: [number, number] = [0, 0]
  readFields(buf, (field, wire, r) => {
    if (field !== 1 && field !== 2) return false
    values[field - 1] = safeInt(expect(wire, VARINT, r).int64(), `field ${field}`)
    return true
  })
  return values
}

function repeatedBytes(buf: Uint8Array): Uint8Array[] {
  const items: Uint8Array[] = []
  readFields(buf, (field, wire, r) => {
    if (field !== 1) return false
    items.push(new Uint8Array(expect(wire, LEN, r).bytes()))
    return true
  })
  return items
}

/** Walks the fields of one message; `read` consumes a known field and returns true, or returns false to skip it. */
function readFields(buf: Uint8Array, read: (field: number, wire: number, r: BinaryReader) => boolean): void {
  const r = new BinaryReader(buf)
  while (r.pos < r.len) {
    const [field, wireType] = r.tag()
    const wire = Number(wireType)
    if (!read(field, wire, r)) {
      // Groups (3/4) are deprecated and would let a frame nest without bound; nothing here uses them.
      if (wire === 3 || wire === 4) throw new MalformedMessageError(`field ${field}: group wire type`)
      r.skipType(wire)
    }
  }
  if (r.pos > r.len) throw new MalformedMessageError('truncated field')
}

function expect(wire: number, wanted: number, r: BinaryReader): BinaryReader {
  if (wire !== wanted) throw new MalformedMessageError(`wire type ${wire}, expected ${wanted}`)
  return r
}

/** int64 as a JS number; values outside the safe range are refused rather than rounded. */
function safeInt(v: bigint, name: string): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MalformedMessageError(`${name}: ${v} is outside the safe integer range`)
  }
  return Number(v)
}

function tag(field: number, wire: number): number {
  return (field << 3) | wire
}

function int64Field(w: BinaryWriter, field: number, value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`field ${field}: ${value} is not a safe integer`)
  if (value !== 0) w.uint32(tag(field, VARINT)).int64(value)
}

/** Runs a decoder, turning reader errors (premature EOF, bad varint, bad wire type) into MalformedMessageError. */
function decoding<T>(what: string, decode: () => T): T {
  try {
    return decode()
  } catch (e) {
    if (e instanceof MalformedMessageError) throw new MalformedMessageError(`${what}: ${e.message}`)
    throw new MalformedMessageError(`${what}: ${(e as Error).message}`, { cause: e })
  }
}
