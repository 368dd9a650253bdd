import { describe, expect, it } from 'vitest'
import { readFields, WireError } from './wire.js'

const fields = (bytes: number[]) => [...readFields(Uint8Array.from(bytes))]

describe('wire reader', () => {
  it('reads varints up to 2^64-1 exactly and refuses longer or overflowing ones', () => {
    const max = [0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]
    expect(fields(max)[0]!.varint).toBe(2n ** 64n - 1n)
    expect(() => fields([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02])).toThrow(
      /overflows/,
    )
    expect(() => fields([0x08, ...Array(10).fill(0x80), 0x01])).toThrow(WireError)
    expect(fields([0x08, 0x96, 0x01])[0]).toMatchObject({ fieldNumber: 1, varint: 150n, minimal: true })
  })

  it('flags padded varints as non-minimal in tags, values and lengths', () => {
    expect(fields([0x08, 0x96, 0x81, 0x00])[0]!.minimal).toBe(false)
    expect(fields([0x88, 0x00, 0x01])[0]!.minimal).toBe(false)
    expect(fields([0x0a, 0x81, 0x00, 0x07])[0]).toMatchObject({ minimal: false, bytes: Uint8Array.of(7) })
    expect(fields([0x08, 0x00])[0]!.minimal).toBe(true)
  })

  it('refuses truncation, groups, wire types 6/7 and field number 0', () => {
    expect(() => fields([0x0a, 0x02, 0x01])).toThrow(/exceeds remaining/)
    expect(() => fields([0x0b])).toThrow(/wire type 3/)
    expect(() => fields([0x0f, 0x00])).toThrow(/wire type 7/)
    expect(() => fields([0x02, 0x00])).toThrow(/field number 0/)
    expect(() => fields([0x0d, 0x01, 0x02])).toThrow(/fixed field/)
  })
})
