// Royalty payments conserve coins exactly: for any price, protocol fee, royalty rate, 1..8 inputs with any ppm
// split (some burned), and any contributor weights, the protocol fee plus every payout equals the price to
// the unit, every part is non-negative, and each input gets ⌊royalty · w / 10⁶⌋ except the largest, which
// also takes the dust (less than one unit per input).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { propertySeed } from '../../node/testing/property-seed.js'
import { testAccount } from '../../node/testing/test-signer.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { usePayouts } from './royalty.js'

const people = Array.from({ length: 10 }, (_, i) => testAccount(20 + i).address)
const id = (n: number) => n.toString(16).padStart(64, '0')

const contributors = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 0, maxLength: 4 }).map((ws) => {
  if (ws.length === 0) return []
  const total = ws.reduce((s, w) => s + w, 0)
  const bps = ws.map((w) => Math.floor((w * 10_000) / total))
  bps[0]! += 10_000 - bps.reduce((s, b) => s + b, 0)
  return bps.map((weightBps, i) => ({ address: people[i]!, weightBps })).filter((c) => c.weightBps > 0)
})

const ppmSplit = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }).map((ws) => {
  const total = ws.reduce((s, w) => s + w, 0) || 1
  const ppm = ws.map((w) => Math.floor((w * 1_000_000) / total))
  ppm[0]! += 1_000_000 - ppm.reduce((s, p) => s + p, 0)
  return ppm
})

describe('inference royalties', () => {
  it('conserve coins exactly (seed printed)', () => {
    const seed = propertySeed('modules/computeright/royalty.property.test.ts')
    fc.assert(
      fc.property(
        fc.bigInt(0n, 10n ** 30n),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        ppmSplit,
        fc.array(fc.tuple(contributors, fc.boolean(), fc.integer({ min: 0, max: 9 })), {
          minLength: 8,
          maxLength: 8,
        }),
        contributors,
        (price, feeBps, royaltyBps, weights, inputs, modelContributors) => {
          const assets = new Map<string, DA.DataAsset>()
          weights.forEach((_, i) => {
            const [contribs, burned, ownerIx] = inputs[i]!
            if (!burned)
              assets.set(
                id(i + 1),
                DA.DataAsset.fromPartial({ id: id(i + 1), owner: people[ownerIx]!, contributors: contribs }),
              )
          })
          const model = DA.DataAsset.fromPartial({
            id: id(99),
            owner: people[9]!,
            contributors: modelContributors,
            kind: DA.AssetKind.ASSET_KIND_MODEL,
            lineage: {
              jobId: 1n,
              inputAssetIds: weights.map((_, i) => id(i + 1)),
              modelDigest: id(7),
              modelFamily: 2,
              royaltyBps,
              inputWeightsPpm: weights,
            },
          })
          const out = usePayouts(price, feeBps, model, (a) => assets.get(a))
          const all = [...out.payouts, ...out.royalty.flatMap((r) => r.payouts)]
          for (const p of all) expect(p.amount).toBeGreaterThan(0n)
          expect(out.fee + all.reduce((s, p) => s + p.amount, 0n)).toBe(price)
          const rest = price - out.fee
          const royalty = (rest * BigInt(royaltyBps)) / 10_000n
          expect(out.royalty.reduce((s, r) => s + r.amount, 0n)).toBe(royalty)
          const largest = weights.indexOf(Math.max(...weights))
          out.royalty.forEach((r, i) => {
            const floor = (royalty * BigInt(weights[i]!)) / 1_000_000n
            if (i === largest) expect(r.amount - floor).toBeLessThan(BigInt(weights.length))
            else expect(r.amount).toBe(floor)
            expect(r.payouts.reduce((s, p) => s + p.amount, 0n)).toBe(r.amount)
          })
        },
      ),
      { numRuns: 300, seed },
    )
  })
})
