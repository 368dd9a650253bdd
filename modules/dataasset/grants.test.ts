// Grants on chain (issue 11 §8): an owner grants an asset to named executors with the data key wrapped to each
// one's registered encryption key, revokes on chain, and others read grants by asset, by executor and by pair.
// Every refusal is a registered error with no state change (h.fail checks it).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testAccount } from '../../node/testing/test-signer.js'
import type { Codec } from '../../proto/codec.js'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { dataAssetErrors as E } from './errors.js'
import { exportGenesis, initGenesis, parseGenesis } from './genesis.js'
import { WRAPPED_KEY_BYTES } from './grants.js'
import { dataAssetQueryHandlers } from './query-server.js'
import { type Harness, harness, other, owner, seed, third } from './test-env.js'

const KEY_A = `02${'aa'.repeat(32)}`
const KEY_B = `03${'bb'.repeat(32)}`
const WRAPPED = Uint8Array.from({ length: WRAPPED_KEY_BYTES }, (_, i) => (i === 0 ? 1 : i === 1 ? 2 : i))

let h: Harness
let keys: Map<string, string>
let assetId: string
beforeEach(async () => {
  h = await harness()
  keys = new Map([
    [other, KEY_A],
    [third, KEY_B],
  ])
  h.keeper.setExecutorKeys({ encryptionKey: (_ctx, op) => keys.get(op) })
  assetId = seed(h).assetId
})
afterEach(() => h.cleanup())

const entry = (executor: string, encryptionKey: string, wrappedKey = WRAPPED) => ({
  executor,
  encryptionKey,
  wrappedKey,
})
const query = <Q, R>(method: string, req: Codec<unknown, Q>, res: Codec<R, unknown>, q: Q): R =>
  res.decode(dataAssetQueryHandlers(h.keeper)[`/datum.dataasset.v1.Query/${method}`]!(h.ctx(), req.encode(q)))

describe('grants', () => {
  it('grants named executors, each wrapped to its registered key; queries by asset, executor and pair', () => {
    h.run('MsgGrantExecutors', { owner, assetId, grants: [entry(other, KEY_A), entry(third, KEY_B)] })
    expect(() => h.keeper.requireLiveGrant(h.ctx(), assetId, other)).not.toThrow()
    const all = query('Grants', T.QueryGrantsRequest, T.QueryGrantsResponse, { assetId })
    expect(all.grants.map((g) => g.executor).sort()).toEqual([other, third].sort())
    expect(all.grants.every((g) => g.wrappedKey.length === WRAPPED_KEY_BYTES)).toBe(true)
    const mine = query('GrantsByExecutor', T.QueryGrantsByExecutorRequest, T.QueryGrantsResponse, {
      executor: third,
    })
    expect(mine.grants.map((g) => [g.assetId, g.encryptionKey])).toEqual([[assetId, KEY_B]])
    const one = query('Grant', T.QueryGrantRequest, T.QueryGrantResponse, { assetId, executor: other })
    expect([one.grant?.executor, one.live]).toEqual([other, true])
    // The executor rotates its key: the grant is stale until the owner grants again.
    keys.set(other, KEY_B)
    expect(query('Grant', T.QueryGrantRequest, T.QueryGrantResponse, { assetId, executor: other }).live).toBe(
      false,
    )
    expect(() => h.keeper.requireLiveGrant(h.ctx(), assetId, other)).toThrow(/encryption key/)
  })

  it('refuses a non-owner, an unregistered executor, a key other than the registered one, a bare key, the owner', () => {
    const grant = (grants: unknown[], who = owner) => ({ owner: who, assetId, grants })
    expect(h.fail('MsgGrantExecutors', grant([entry(other, KEY_A)], other)).code).toBe(E.unauthorized.code)
    const stranger = testAccount(5).address
    expect(h.fail('MsgGrantExecutors', grant([entry(stranger, KEY_A)])).code).toBe(E.executorKeyUnknown.code)
    keys.set(owner, KEY_A)
    expect(h.fail('MsgGrantExecutors', grant([entry(owner, KEY_A)])).code).toBe(E.invalidField.code)
    expect(h.fail('MsgGrantExecutors', grant([entry(other, KEY_B)])).code).toBe(E.grantKeyMismatch.code)
    const bare = new Uint8Array(32).fill(7)
    expect(h.fail('MsgGrantExecutors', grant([entry(other, KEY_A, bare)])).code).toBe(
      E.invalidWrappedKey.code,
    )
    expect(h.fail('MsgGrantExecutors', grant([])).code).toBe(E.invalidField.code)
    expect(h.fail('MsgGrantExecutors', grant([entry(other, KEY_A), entry(other, KEY_A)])).code).toBe(
      E.invalidField.code,
    )
    // One bad entry refuses the whole message: nothing is granted.
    expect(h.fail('MsgGrantExecutors', grant([entry(third, KEY_B), entry(other, KEY_B)])).code).toBe(
      E.grantKeyMismatch.code,
    )
  })

  it('revokes on chain: the grant is gone, a second revoke and a non-owner revoke are refused', () => {
    h.run('MsgGrantExecutors', { owner, assetId, grants: [entry(other, KEY_A)] })
    expect(h.fail('MsgRevokeGrant', { owner: other, assetId, executor: other }).code).toBe(
      E.unauthorized.code,
    )
    h.run('MsgRevokeGrant', { owner, assetId, executor: other })
    expect(() => h.keeper.requireLiveGrant(h.ctx(), assetId, other)).toThrow(/no grant/)
    expect(h.fail('MsgRevokeGrant', { owner, assetId, executor: other }).code).toBe(E.grantNotFound.code)
    const mine = query('GrantsByExecutor', T.QueryGrantsByExecutorRequest, T.QueryGrantsResponse, {
      executor: other,
    })
    expect(mine.grants).toEqual([])
  })

  it('genesis carries the grants: export(init(g)) == g; a grant of an unknown asset is refused', async () => {
    h.run('MsgGrantExecutors', { owner, assetId, grants: [entry(other, KEY_A), entry(third, KEY_B)] })
    const g = T.GenesisState.toJson(exportGenesis(h.ctx(), h.keeper))
    const h2 = await harness()
    try {
      initGenesis(h2.ctx(), h2.keeper, parseGenesis(g))
      expect(T.GenesisState.toJson(exportGenesis(h2.ctx(), h2.keeper))).toEqual(g)
      expect([...h2.keeper.grants.byAsset(h2.ctx(), assetId)]).toHaveLength(2)
    } finally {
      await h2.cleanup()
    }
    const bad = exportGenesis(h.ctx(), h.keeper)
    bad.grants[0] = { ...bad.grants[0]!, assetId: 'ab'.repeat(32) }
    expect(() => parseGenesis(T.GenesisState.toJson(bad))).toThrow(/unknown asset/)
  })
})
