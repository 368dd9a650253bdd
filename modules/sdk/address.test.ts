import { describe, expect, it } from 'vitest'
import { fromBech32, toBech32 } from './address.js'
import { AbciError } from './errors.js'

describe('fromBech32', () => {
  it('round-trips and hands out copies, so a caller mutating the result cannot poison later decodes', () => {
    const bytes = Uint8Array.from({ length: 20 }, (_, i) => i)
    const address = toBech32(bytes)
    const first = fromBech32(address)
    expect(first).toEqual(bytes)
    first.fill(0xff)
    expect(fromBech32(address)).toEqual(bytes)
  })

  it('checks the prefix on every call, also for an address decoded before', () => {
    const address = toBech32(new Uint8Array(20))
    fromBech32(address)
    expect(() => fromBech32(address, 'datumvaloper')).toThrow(AbciError)
    expect(() => fromBech32('datum1invalid')).toThrow(/invalid bech32 address/)
  })
})
