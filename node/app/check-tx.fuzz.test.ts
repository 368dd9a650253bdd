// Fuzz: random and mutated tx bytes thrown at CheckTx never throw, always come back with a registered
// (codespace, code) that is not an internal error or a panic, and change no state.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bytesEqual, coin, registeredErrors } from '../../modules/sdk/index.js'
import { makeTestApp, probeMsg, sendMsg, type TestApp } from '../testing/test-app.js'
import type { TestAccount } from '../testing/test-signer.js'

let t: TestApp
let valid: Uint8Array
const registered = new Set(registeredErrors().map((e) => `${e.codespace}/${e.code}`))

beforeAll(async () => {
  t = await makeTestApp()
  const [alice, bob] = t.accounts as [TestAccount, TestAccount]
  valid = t.sign(
    alice,
    [sendMsg(alice.address, bob.address, [coin(3, 'udatum')]), probeMsg(alice.address, 'write')],
    {
      memo: 'fuzz',
    },
  )
})
afterAll(() => t?.cleanup())

function assertRefused(bytes: Uint8Array): void {
  // Mutations can cancel out (two flips of one bit); the original itself is not under test here.
  if (bytesEqual(bytes, valid)) return
  const r = t.app.checkTx(bytes, 'new')
  expect(r.code, r.log).not.toBe(0)
  expect(registered.has(`${r.codespace}/${r.code}`), `${r.codespace}/${r.code}: ${r.log}`).toBe(true)
  expect(r.codespace).toBe('sdk')
  expect(r.events).toEqual([])
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
)

type Mutation = { kind: string; at: number; bit?: number; byte?: number }

function mutate(src: Uint8Array, muts: Mutation[]): Uint8Array {
  let b = Uint8Array.from(src)
  for (const m of muts) {
    const at = b.length === 0 ? 0 : m.at % b.length
    if (m.kind === 'flip') b[at]! ^= 1 << m.bit!
    else if (m.kind === 'set') b[at] = m.byte!
    else if (m.kind === 'truncate') b = b.subarray(0, at)
    else if (m.kind === 'delete') b = Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + 1)])
    else b = Uint8Array.from([...b.subarray(0, at), m.byte!, ...b.subarray(at)])
  }
  return b
}

describe('FinalizeBlock agrees with CheckTx on garbage', () => {
  it('a block of mutated txs gets the CheckTx codes, is refused by ProcessProposal and changes no state', async () => {
    const mutants = fc
      .sample(fc.array(mutation, { minLength: 1, maxLength: 3 }), { numRuns: 60, seed: 7 })
      .map((muts) => mutate(valid, muts))
      .filter((b) => !bytesEqual(b, valid))
    const expected = mutants.map((b) => t.app.checkTx(b, 'new').code)
    const control = await makeTestApp()
    try {
      expect(t.app.processProposal(mutants)).toBe(false)
      const res = await t.block(mutants)
      expect(res.txResults.map((r) => r.code)).toEqual(expected)
      expect(res.txResults.every((r) => r.code !== 0 && r.events.length === 0)).toBe(true)
      // Same genesis and an empty block at the same height: the garbage block left exactly the same state.
      expect(res.appHash).toEqual((await control.block([])).appHash)
    } finally {
      await control.cleanup()
    }
  })
})

describe('CheckTx fuzz', () => {
  it('refuses random bytes with a registered code', () => {
    const hash = t.app.store.workingHash()
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => assertRefused(bytes)),
      { numRuns: 400, seed: 27 },
    )
    expect(t.app.store.workingHash()).toEqual(hash)
  })

  it('refuses mutated valid txs with a registered code and leaves the check state untouched', () => {
    const hash = t.app.store.workingHash()
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (muts) =>
        assertRefused(mutate(valid, muts)),
      ),
      { numRuns: 600, seed: 42 },
    )
    expect(t.app.store.workingHash()).toEqual(hash)
    // Had any mutant passed the ante, the sender's sequence in the check state would have moved.
    expect(t.app.checkTx(valid, 'new').code).toBe(0)
  })
})
