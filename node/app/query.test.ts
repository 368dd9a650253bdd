// ABCI queries: router paths at a height, the gRPC -> ABCI error mapping CosmJS matches on, raw store
// reads with ICS23 proofs that verify against the committed app hash, app/version and unknown paths.
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { balanceKey } from '../../modules/bank/index.js'
import { coin, utf8 } from '../../modules/sdk/index.js'
import { verifyProof } from '../store/test-helpers.js'
import { PROBE_FAIL_PATH, PROBE_GET_PATH } from '../testing/probe-module.js'
import { makeTestApp, probeMsg, sendMsg, type TestApp } from '../testing/test-app.js'
import type { TestAccount } from '../testing/test-signer.js'

let t: TestApp
let alice: TestAccount
let bob: TestAccount
beforeAll(async () => {
  t = await makeTestApp({ balance: 1_000_000n })
  ;[alice, bob] = t.accounts as [TestAccount, TestAccount]
  await t.block([t.sign(alice, [sendMsg(alice.address, bob.address, [coin(100, 'udatum')])])]) // height 2
  await t.block([t.sign(alice, [probeMsg(alice.address, 'write', 'key1')])]) // height 3
})
afterAll(() => t?.cleanup())

const q = (path: string, data: Uint8Array, height = 0n, prove = false) =>
  t.app.query({ path, data, height, prove })
const balanceAt = (address: string, height: bigint) => {
  const r = q(
    '/cosmos.bank.v1beta1.Query/Balance',
    QueryBalanceRequest.encode({ address, denom: 'udatum' }).finish(),
    height,
  )
  expect(r.code, r.log).toBe(0)
  return { amount: QueryBalanceResponse.decode(r.value).balance!.amount, height: r.height }
}

describe('query', () => {
  it('answers router paths at the latest or a past height, reporting the height it read', () => {
    expect(balanceAt(bob.address, 0n)).toEqual({ amount: '1000100', height: 3n })
    expect(balanceAt(bob.address, 1n)).toEqual({ amount: '1000000', height: 1n })
  })

  it('maps gRPC statuses as cosmos-sdk 0.50: NotFound -> 22, InvalidArgument -> 18, with the rpc error text', () => {
    const missing = q(PROBE_GET_PATH, utf8.encode('nope'))
    expect(missing).toMatchObject({
      code: 22,
      codespace: 'sdk',
      log: 'rpc error: code = NotFound desc = probe key nope not found: key not found',
      height: 0n,
    })
    expect(utf8.decode(q(PROBE_GET_PATH, utf8.encode('key1')).value)).toBe(alice.address)
    const bad = q(
      '/cosmos.bank.v1beta1.Query/Balance',
      QueryBalanceRequest.encode({ address: 'x', denom: 'u' }).finish(),
    )
    expect(bad.code).toBe(18)
    expect(bad.log).toMatch(/^rpc error: code = InvalidArgument desc = invalid address: .*: invalid request$/)
    expect(q(PROBE_FAIL_PATH, new Uint8Array())).toMatchObject({
      code: 6,
      log: 'rpc error: code = Unknown desc = probe query failed: unknown request',
    })
  })

  it('refuses unknown paths (6), future heights (26) and negative heights (18)', () => {
    expect(q('/cosmos.nope.v1.Query/X', new Uint8Array())).toMatchObject({ code: 6, codespace: 'sdk' })
    expect(q('/store/nope/key', Uint8Array.of(1)).log).toBe('no such store: nope: unknown request')
    expect(q(PROBE_GET_PATH, utf8.encode('key1'), 99n).code).toBe(26)
    expect(q(PROBE_GET_PATH, utf8.encode('key1'), -1n).code).toBe(18)
  })

  it('reads raw store keys, with proofs that verify against the app hash committed for that height', () => {
    const key = balanceKey(bob.address, 'udatum')
    const plain = q('/store/bank/key', key)
    expect(plain.value.length).toBeGreaterThan(0)
    expect(plain.key).toEqual(key)
    const proved = q('/store/bank/key', key, 0n, true)
    expect(proved.proofOps.map((o) => o.type)).toEqual(['ics23:iavl', 'ics23:simple'])
    expect(verifyProof(proved.proofOps, t.app.info().lastBlockAppHash, key, proved.value)).toBe(true)
    const absent = q('/store/bank/key', utf8.encode('absent'), 0n, true)
    expect(
      verifyProof(absent.proofOps, t.app.info().lastBlockAppHash, utf8.encode('absent'), undefined),
    ).toBe(true)
  })

  it('answers app/version', () => {
    expect(utf8.decode(q('/app/version', new Uint8Array()).value)).toBe('0.1.0')
  })

  // Runs last: it commits a block.
  it('answers repeated queries from a cache of the latest version that a commit empties', async () => {
    const data = QueryBalanceRequest.encode({ address: bob.address, denom: 'udatum' }).finish()
    const first = q('/cosmos.bank.v1beta1.Query/Balance', data)
    expect(q('/cosmos.bank.v1beta1.Query/Balance', data)).toBe(first)
    await t.block([t.sign(alice, [sendMsg(alice.address, bob.address, [coin(5, 'udatum')])])]) // height 4
    expect(balanceAt(bob.address, 0n)).toEqual({ amount: '1000105', height: 4n })
    expect(balanceAt(bob.address, 3n)).toEqual({ amount: '1000100', height: 3n })
  })
})
