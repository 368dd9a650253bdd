// The sync protocol messages and their protobuf encoding (schema in ../README.md). One request and one
// response per stream, each a varint-length-prefixed protobuf frame.
import { expectWire, ProtoWriter, readFields, toInt64, Wire, WireError } from './wire.js'

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

export function encodeRequest(req: SyncRequest): Uint8Array {
  const w = new ProtoWriter()
  if (req.type === 'status') return w.message(1, new ProtoWriter()).finish()
  if (req.type === 'blocks')
    return w.message(2, new ProtoWriter().int64(1, req.from).int64(2, req.count)).finish()
  return w.message(3, new ProtoWriter().int64(1, req.height).int64(2, req.round)).finish()
}

export function decodeRequest(buf: Uint8Array): SyncRequest {
  const body = oneof(buf, 3, 'request')
  if (body.field === 1) return { type: 'status' }
  const a = int64Fields(body.bytes, body.field === 2 ? ['from', 'count'] : ['height', 'round'])
  if (body.field === 2) return { type: 'blocks', from: a[0]!, count: a[1]! }
  return { type: 'votes', height: a[0]!, round: a[1]! }
}

export function encodeResponse(res: SyncResponse): Uint8Array {
  const w = new ProtoWriter()
  switch (res.type) {
    case 'status':
      return w.message(1, new ProtoWriter().int64(1, res.status.height).int64(2, res.status.base)).finish()
    case 'blocks': {
      const inner = new ProtoWriter()
      for (const b of res.blocks) {
        inner.message(1, new ProtoWriter().int64(1, b.height).bytes(2, b.block).bytes(3, b.commit))
      }
      return w.message(2, inner).finish()
    }
    case 'votes': {
      const inner = new ProtoWriter()
      for (const v of res.votes) inner.bytes(1, v)
      return w.message(3, inner).finish()
    }
    case 'error':
      return w.message(4, new ProtoWriter().string(1, res.code).string(2, res.message)).finish()
  }
}

export function decodeResponse(buf: Uint8Array): SyncResponse {
  const body = oneof(buf, 4, 'response')
  switch (body.field) {
    case 1: {
      const [height, base] = int64Fields(body.bytes, ['height', 'base'])
      return { type: 'status', status: { height: height!, base: base! } }
    }
    case 2:
      return { type: 'blocks', blocks: repeatedBytes(body.bytes).map(decodeBlock) }
    case 3:
      return { type: 'votes', votes: repeatedBytes(body.bytes) }
    default: {
      const text = new TextDecoder('utf-8', { fatal: false })
      let code = ''
      let message = ''
      for (const f of readFields(body.bytes)) {
        if (f.wire !== Wire.LEN) continue
        if (f.field === 1) code = text.decode(f.bytes)
        if (f.field === 2) message = text.decode(f.bytes)
      }
      return { type: 'error', code, message }
    }
  }
}

function decodeBlock(buf: Uint8Array): BlockWithCommit {
  let height = 0
  let block = new Uint8Array(0)
  let commit = new Uint8Array(0)
  for (const f of readFields(buf)) {
    if (f.field === 1) {
      expectWire(f, Wire.VARINT, 'block.height')
      height = toInt64(f.varint, 'block.height')
    } else if (f.field === 2) {
      expectWire(f, Wire.LEN, 'block.block')
      block = new Uint8Array(f.bytes)
    } else if (f.field === 3) {
      expectWire(f, Wire.LEN, 'block.commit')
      commit = new Uint8Array(f.bytes)
    }
  }
  return { height, block, commit }
}

/** The single set branch of a oneof wrapper with fields 1..max; anything else is malformed. */
function oneof(buf: Uint8Array, max: number, name: string): { field: number; bytes: Uint8Array } {
  const fields = readFields(buf).filter((f) => f.field >= 1 && f.field <= max)
  if (fields.length !== 1) throw new WireError(`${name}: expected exactly one kind, got ${fields.length}`)
  const f = fields[0]!
  expectWire(f, Wire.LEN, name)
  return { field: f.field, bytes: f.bytes }
}

function int64Fields(buf: Uint8Array, names: string[]): number[] {
  const values = names.map(() => 0)
  for (const f of readFields(buf)) {
    const i = f.field - 1
    if (i < 0 || i >= names.length) continue
    expectWire(f, Wire.VARINT, names[i]!)
    values[i] = toInt64(f.varint, names[i]!)
  }
  return values
}

function repeatedBytes(buf: Uint8Array): Uint8Array[] {
  return readFields(buf)
    .filter((f) => f.field === 1)
    .map((f) => {
      expectWire(f, Wire.LEN, 'repeated item')
      return new Uint8Array(f.bytes)
    })
}
