import { describe, expect, it } from 'vitest'
import {
  decodeRequest,
  decodeResponse,
  encodeRequest,
  encodeResponse,
  MalformedMessageError,
  type SyncResponse,
} from './messages.js'

describe('sync message encoding', () => {
  it('round-trips every request kind', () => {
    for (const req of [
      { type: 'status' } as const,
      { type: 'blocks', from: 1, count: 100 } as const,
      { type: 'blocks', from: 2 ** 40, count: 1 } as const,
      { type: 'votes', height: 7, round: 0 } as const,
    ]) {
      expect(decodeRequest(encodeRequest(req))).toEqual(req)
    }
  })

  it('carries negative int64 values so the server can refuse them', () => {
    expect(decodeRequest(encodeRequest({ type: 'blocks', from: -1, count: 5 }))).toEqual({
      type: 'blocks',
      from: -1,
      count: 5,
    })
  })

  it('round-trips every response kind', () => {
    const responses: SyncResponse[] = [
      { type: 'status', status: { height: 12, base: 1 } },
      { type: 'status', status: { height: 0, base: 0 } },
      {
        type: 'blocks',
        blocks: [
          { height: 3, block: Uint8Array.of(1, 2), commit: Uint8Array.of(3) },
          { height: 4, block: new Uint8Array(0), commit: Uint8Array.of(4, 5) },
        ],
      },
      { type: 'votes', votes: [Uint8Array.of(9), Uint8Array.of(8, 7)] },
      { type: 'votes', votes: [] },
      { type: 'error', code: 'SYNC_RANGE_INVALID', message: 'count too big' },
    ]
    for (const res of responses) expect(decodeResponse(encodeResponse(res))).toEqual(res)
  })

  it('rejects malformed frames with MalformedMessageError', () => {
    const bad = [
      new Uint8Array(0), // no kind at all
      Uint8Array.of(0x0a), // truncated length
      Uint8Array.of(0x0a, 0x05, 0x01), // length overruns the frame
      Uint8Array.of(0x08, 0x01), // kind with varint wire type
      Uint8Array.of(0x0a, 0x00, 0x12, 0x00), // two kinds set
      Uint8Array.of(0x0f), // unsupported wire type 7
      Uint8Array.of(0x12, 0x0b, 0x08, ...new Array(10).fill(0xff)), // varint longer than 10 bytes
      Uint8Array.of(0x12, 0x02, 0x0a, 0x00), // blocks.from with the wrong wire type
      Uint8Array.of(0x4b, 0x4c, 0x0a, 0x00), // a (deprecated, nestable) group in an unknown field
    ]
    for (const frame of bad)
      expect(() => decodeRequest(frame), `frame ${frame}`).toThrow(MalformedMessageError)
  })

  it('refuses integers beyond the safe range instead of rounding', () => {
    // from = 2^62 as a varint
    const frame = Uint8Array.of(0x12, 0x0a, 0x08, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40)
    expect(() => decodeRequest(frame)).toThrow(/safe integer/)
  })

  it('skips unknown fields', () => {
    const known = encodeRequest({ type: 'votes', height: 5, round: 2 })
    const withUnknown = Uint8Array.of(...known, 0x48, 0x01, 0x55, 0x00, 0x00, 0x00, 0x00)
    expect(decodeRequest(withUnknown)).toEqual({ type: 'votes', height: 5, round: 2 })
  })
})
