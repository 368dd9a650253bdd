// One signature check per tx must not change what a block computes: a node that checked the txs first
// (CheckTx remembered their signatures) and a node that sees them only in the block (a cold cache)
// produce the same results (codes, gas, events: LastResultsHash) and the same app hash.
import { afterEach, describe, expect, it } from 'vitest'
import { coin } from '../../modules/sdk/index.js'
import { makeTestApp, sendMsg, type TestApp } from '../testing/test-app.js'
import type { TestAccount } from '../testing/test-signer.js'
import { lastResultsHash } from '../types/results.js'

const apps: TestApp[] = []
afterEach(async () => {
  for (const t of apps.splice(0)) await t.cleanup()
})

describe('signature cache and block results', () => {
  it('a warm cache (after CheckTx) and a cold one give identical results and app hash', async () => {
    const warm = await makeTestApp({ balance: 1_000_000n })
    const cold = await makeTestApp({ balance: 1_000_000n })
    apps.push(warm, cold)
    const [alice, bob] = warm.accounts as [TestAccount, TestAccount]
    const txs = [
      warm.sign(alice, [sendMsg(alice.address, bob.address, [coin(10, 'udatum')])]),
      warm.sign(alice, [sendMsg(alice.address, bob.address, [coin(20, 'udatum')])], { sequence: 1n }),
      // A tx whose message fails still pays its signature gas in both.
      warm.sign(bob, [sendMsg(bob.address, alice.address, [coin(10_000_000, 'udatum')])]),
    ]
    for (const tx of txs) expect(warm.app.checkTx(tx, 'new').code).toBe(0)
    const a = await warm.block(txs)
    const b = await cold.block(txs)
    expect(a.txResults.map((r) => [r.code, r.gasUsed])).toEqual(b.txResults.map((r) => [r.code, r.gasUsed]))
    expect(a.txResults.map((r) => r.code)).toEqual([0, 0, 5])
    expect(lastResultsHash(a.txResults)).toEqual(lastResultsHash(b.txResults))
    expect(a.appHash).toEqual(b.appHash)
  })
})
