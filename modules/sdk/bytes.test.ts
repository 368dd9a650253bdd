import { describe, expect, it } from 'vitest'
import { utf8 } from './bytes.js'

// utf8.encode converts short ASCII in JS; every other string goes through TextEncoder. Store keys and
// decimal amounts are built with it, so its bytes must be TextEncoder's for every input.
describe('utf8.encode', () => {
  const reference = new TextEncoder()
  const cases = [
    '',
    'udatum',
    '10000000000',
    'datum1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu',
    '\u0000\u007f',
    'é',
    'ascii then é',
    '€ and 🙂',
    '\ud800 lone surrogate',
    'a'.repeat(64),
    'a'.repeat(65),
    `${'a'.repeat(63)}é`,
    `${'a'.repeat(70)}é`,
  ]
  it("gives TextEncoder's bytes for ASCII, non-ASCII, lone surrogates and both sides of the length cut", () => {
    for (const s of cases)
      expect(Array.from(utf8.encode(s)), JSON.stringify(s)).toEqual(Array.from(reference.encode(s)))
  })
  it('round-trips through utf8.decode', () => {
    for (const s of cases.filter((c) => !c.includes('\ud800'))) expect(utf8.decode(utf8.encode(s))).toBe(s)
  })
})
