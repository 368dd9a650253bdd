import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { coin } from '../../modules/sdk/index.js'
import { makeTestApp, sendMsg, type TestApp } from '../testing/test-app.js'
import type { TestAccount } from '../testing/test-signer.js'
import { txProtoSize } from './proposal.js'

let t: TestApp
let txs: Uint8Array[]
beforeAll(async () => {
  t = await makeTestApp()
  const [alice, bob] = t.accounts as [TestAccount, TestAccount]
  const fee = { amount: [coin(1, 'udatum')], gasLimit: 100_000n }
  txs = [0n, 1n, 2n].map((sequence) =>
    t.sign(alice, [sendMsg(alice.address, bob.address, [coin(1, 'udatum')])], { sequence, fee }),
  )
})
afterAll(() => t?.cleanup())

describe('proposals', () => {
  it('prepareProposal keeps txs that fit the byte and gas limits and skips undecodable ones', () => {
    const garbage = Uint8Array.of(1, 2, 3)
    expect(t.app.prepareProposal([garbage, ...txs], 0n, 0n)).toEqual(txs)
    expect(t.app.prepareProposal(txs, 0n, 250_000n)).toEqual(txs.slice(0, 2))
    const twoTxs = txProtoSize(txs[0]!) + txProtoSize(txs[1]!)
    expect(t.app.prepareProposal(txs, twoTxs, 0n)).toEqual(txs.slice(0, 2))
  })

  it('processProposal accepts decodable txs within the limits and refuses garbage', () => {
    expect(t.app.processProposal(txs)).toBe(true)
    expect(t.app.processProposal([])).toBe(true)
    expect(t.app.processProposal([...txs, Uint8Array.of(0xff)])).toBe(false)
  })

  it('sizes txs as CometBFT does (tag + length varint + bytes)', () => {
    expect(txProtoSize(new Uint8Array(10))).toBe(12n)
    expect(txProtoSize(new Uint8Array(200))).toBe(203n)
  })
})
