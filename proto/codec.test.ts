import { PageRequest as CosmjsPageRequest } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination'
import { describe, expect, it } from 'vitest'
import { PrivacyBudget, QueryAssetsByOwnerRequest, UsageRecord } from './gen/datum/dataasset/v1/index.js'

describe('proto codecs', () => {
  it('round-trips 64-bit integers losslessly as bigint', () => {
    for (const v of [0n, 1n, 2n ** 53n + 1n, 2n ** 63n, 2n ** 64n - 1n]) {
      const bytes = PrivacyBudget.encode({ assetId: 'a', totalMicro: v })
      expect(PrivacyBudget.decode(bytes).totalMicro).toBe(v)
    }
    expect(() => PrivacyBudget.encode({ totalMicro: 2n ** 64n })).toThrow(RangeError)
  })

  it('fills defaults on decode and writes canonical proto3 (no default values on the wire)', () => {
    const decoded = UsageRecord.decode(UsageRecord.encode({}))
    expect(decoded.executors).toEqual([])
    expect(decoded.sequence).toBe(0n)
    expect(decoded.assetId).toBe('')
    expect(UsageRecord.encode({ assetId: '', sequence: 0n, executors: [] })).toEqual(new Uint8Array())
  })

  it('embeds cosmos PageRequest wire-compatibly with cosmjs-types', () => {
    const req = { key: Uint8Array.of(1, 2), offset: 0n, limit: 7n, countTotal: true, reverse: true }
    const ours = QueryAssetsByOwnerRequest.encode({ owner: 'x', pagination: req })
    const theirs = CosmjsPageRequest.encode(CosmjsPageRequest.fromPartial(req)).finish()
    // field 2 (pagination), wire type 2, then the PageRequest bytes cosmjs-types produced
    expect(ours.subarray(ours.length - theirs.length)).toEqual(theirs)
    expect(QueryAssetsByOwnerRequest.decode(ours).pagination).toEqual(req)
  })

  it('renders amino JSON and parses it back to the same message', () => {
    const rec = UsageRecord.fromPartial({
      assetId: 'a',
      sequence: 2n ** 60n,
      executors: ['e1'],
      feePaid: [{ denom: 'udatum', amount: '5' }],
      mechanism: 3,
    })
    const json = UsageRecord.toAmino(rec)
    expect(json).toEqual({
      asset_id: 'a',
      sequence: (2n ** 60n).toString(),
      executors: ['e1'],
      fee_paid: [{ denom: 'udatum', amount: '5' }],
      mechanism: 3,
    })
    expect(UsageRecord.fromAmino(json)).toEqual(rec)
  })
})

describe('plain types', () => {
  it('expose bigint, arrays and optional sub-messages to the type checker', () => {
    const rec: UsageRecord = UsageRecord.decode(new Uint8Array())
    const seq: bigint = rec.sequence
    const executors: string[] = rec.executors
    const fee: { denom: string; amount: string } | undefined = rec.feePaid[0]
    const budget: PrivacyBudget = PrivacyBudget.fromPartial({ totalMicro: 5 })
    expect([seq, executors, fee, budget.totalMicro]).toEqual([0n, [], undefined, 5n])
  })
})
