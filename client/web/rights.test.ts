// The buy panel's "Pay with" a held right: which of the wallet's rights can run another job on the asset
// (ACTIVE, a use left, unexpired, this asset), the words each option shows, the client-side ε check, and the
// MsgRequestJob it signs, encoded and decoded through the Datum registry the node and CosmJS use.
import { describe, expect, it } from 'vitest'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { builtinAlgorithm } from '../executor/job-params.js'
import { createDatumRegistry } from '../sdk/registry.js'
import { requestJobMsg, rightsWithUsesLeft, rightWords, useRefusal } from './src/rights.js'

const ASSET = 'a'.repeat(64)
const NOW = 1_000_000n

const right = (id: bigint, over: Partial<CR.ComputeRight> = {}): CR.ComputeRight =>
  CR.ComputeRight.fromPartial({
    id,
    offeringId: 1n,
    assetId: ASSET,
    assetVersion: 1,
    holder: 'datum1buyer',
    usesTotal: 3,
    usesRemaining: 2,
    usesInJobs: 0,
    pricePerUse: { denom: 'udatum', amount: '1000' },
    epsilonPerUseMicro: 500_000n,
    state: CR.RightState.RIGHT_STATE_ACTIVE,
    expiresAt: NOW + 60n,
    ...over,
  })

describe('rights a buyer can run another job on', () => {
  it('keeps only this asset’s ACTIVE, unexpired rights with a free use, oldest first', () => {
    const rights = [
      right(7n),
      right(2n, { expiresAt: 0n }), // no expiry
      right(3n, { assetId: 'b'.repeat(64) }),
      right(4n, { usesRemaining: 0, usesInJobs: 2 }), // every use locked in open jobs
      right(5n, { state: CR.RightState.RIGHT_STATE_EXHAUSTED, usesRemaining: 0 }),
      right(6n, { expiresAt: NOW }), // expires at this block time
      right(8n, { state: CR.RightState.RIGHT_STATE_REVOKED }),
    ]
    expect(rightsWithUsesLeft(rights, ASSET, NOW).map((r) => r.id)).toEqual([2n, 7n])
    expect(rightsWithUsesLeft(rights, ASSET, NOW + 61n).map((r) => r.id)).toEqual([2n])
  })

  it('names the right, its uses left and its ε per use', () => {
    expect(rightWords(right(7n))).toBe('right #7: 2 of 3 uses left, up to 0.5 ε per use (offering #1)')
  })

  it('refuses in words a job asking more ε than the right allows per use', () => {
    expect(useRefusal(right(7n), 500_000n)).toBeUndefined()
    expect(useRefusal(right(7n), 500_001n)).toBe(
      'This job asks for 0.500001 ε; right #7 allows at most 0.5 ε per use.',
    )
  })

  it('signs a MsgRequestJob on that right alone, with the result key as output key', () => {
    const outputKey = new Uint8Array(33).fill(2)
    const job = {
      algorithm: builtinAlgorithm({ algorithm: 'dp-mean', column: 'age', lower: 0, upper: 100 }),
      mechanism: DA.Mechanism.MECHANISM_DP,
      epsilonMicro: 500_000n,
      purpose: DA.Purpose.PURPOSE_RESEARCH,
      maxComputeFee: { denom: 'udatum', amount: '500' },
    }
    const msg = requestJobMsg('datum1buyer', 7n, job, outputKey)
    const registry = createDatumRegistry()
    const decoded = registry.decode({ typeUrl: msg.typeUrl, value: registry.encode(msg) }) as CR.MsgRequestJob
    expect(decoded.requester).toBe('datum1buyer')
    expect(decoded.rightIds.map(BigInt)).toEqual([7n])
    expect(decoded.job!.algorithm!.paramsHash).toBe(job.algorithm.paramsHash)
    expect(BigInt(decoded.job!.epsilonMicro)).toBe(500_000n)
    expect([...decoded.job!.outputKey]).toEqual([...outputKey])
    expect(decoded.job!.viewers).toEqual([])
  })
})
