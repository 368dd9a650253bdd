import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { dataAssetErrors as E } from './errors.js'
import { dataAssetInvariants } from './invariants.js'
import { digest, type Harness, harness, hash, other, owner, seed, third } from './test-env.js'

let h: Harness
let assetId: string
beforeEach(async () => {
  h = await harness()
  assetId = seed(h).assetId
})
afterEach(async () => {
  for (const inv of dataAssetInvariants(h.keeper)) expect(inv.check(h.ctx()), inv.name).toBeUndefined()
  await h.cleanup()
})

const asset = () => h.keeper.requireAsset(h.ctx(), assetId)
const algo = { codeHash: hash(20), imageDigest: digest(21), label: 'dp-histogram' }

describe('algorithm allowlist', () => {
  it('the owner and trusted publishers allow and disallow; checkAlgorithm follows', () => {
    expect(
      E.algorithmNotAllowed.is(
        catchErr(() => h.keeper.checkAlgorithm(h.ctx(), assetId, algo.codeHash, algo.imageDigest)),
      ),
    ).toBe(true)
    h.run('MsgAllowAlgorithm', { sender: third, assetId, algorithm: algo })
    h.keeper.checkAlgorithm(h.ctx(), assetId, algo.codeHash, algo.imageDigest)
    expect(
      E.algorithmAlreadyAllowed.is(h.fail('MsgAllowAlgorithm', { sender: owner, assetId, algorithm: algo })),
    ).toBe(true)
    h.run('MsgDisallowAlgorithm', {
      sender: owner,
      assetId,
      codeHash: algo.codeHash,
      imageDigest: algo.imageDigest,
    })
    expect(asset().computePolicy!.algorithmAllowlist.map((a) => a.label)).toEqual(['dp-count'])
    const again = { sender: owner, assetId, codeHash: algo.codeHash, imageDigest: algo.imageDigest }
    expect(E.algorithmNotAllowed.is(h.fail('MsgDisallowAlgorithm', again))).toBe(true)
    expect(
      h
        .ctx()
        .events.events()
        .map((e) => e.type),
    ).toContain('datum.dataasset.v1.EventAlgorithmDisallowed')
  })

  it('respects the allowlist size param', () => {
    h.keeper.assets.setParams(h.ctx(), { ...h.keeper.assets.params(h.ctx()), maxAllowlistEntries: 1 })
    expect(E.limitExceeded.is(h.fail('MsgAllowAlgorithm', { sender: owner, assetId, algorithm: algo }))).toBe(
      true,
    )
  })
})

describe('policies', () => {
  it('MsgSetComputePolicy and MsgSetResidencyPolicy replace the policy and emit a snapshot hash', () => {
    const computePolicy = { mechanisms: [T.Mechanism.MECHANISM_MPC], minExecutors: 3 }
    h.run('MsgSetComputePolicy', { owner, assetId, computePolicy })
    expect(asset().computePolicy).toMatchObject(computePolicy)
    expect(
      E.mechanismNotAllowed.is(
        catchErr(() => h.keeper.checkMechanism(h.ctx(), assetId, T.Mechanism.MECHANISM_DP)),
      ),
    ).toBe(true)
    h.keeper.checkMechanism(h.ctx(), assetId, T.Mechanism.MECHANISM_MPC)
    expect(
      h.fail('MsgSetComputePolicy', { owner, assetId, computePolicy: { mechanisms: [9], minExecutors: 1 } })
        .code,
    ).toBe(5)
    expect(h.fail('MsgSetComputePolicy', { owner, assetId }).message).toMatch(/compute_policy is required/)

    h.run('MsgSetResidencyPolicy', { owner, assetId, residencyPolicy: { allowedRegions: ['FR'] } })
    h.keeper.checkRegion(h.ctx(), assetId, 'FR', false)
    expect(E.regionNotAllowed.is(catchErr(() => h.keeper.checkRegion(h.ctx(), assetId, 'DE', true)))).toBe(
      true,
    )
    expect(E.invalidRegion.is(catchErr(() => h.keeper.checkRegion(h.ctx(), assetId, 'fr', true)))).toBe(true)
    const bad = { owner, assetId, residencyPolicy: { allowedRegions: ['FR', 'FR'] } }
    expect(h.fail('MsgSetResidencyPolicy', bad).message).toMatch(/twice/)
    const kinds = h
      .ctx()
      .events.events()
      .filter((e) => e.type === 'datum.dataasset.v1.EventPolicyChanged')
    expect(kinds.map((e) => e.attributes.find((a) => a.key === 'kind')!.value)).toEqual([
      '"compute"',
      '"residency"',
    ])
  })

  it('an audited-only residency policy refuses unaudited regions', () => {
    expect(E.regionNotAllowed.is(catchErr(() => h.keeper.checkRegion(h.ctx(), assetId, 'DE', false)))).toBe(
      true,
    )
    h.keeper.checkRegion(h.ctx(), assetId, 'DE', true)
  })

  it('MsgSetPrivacyPolicy only lowers, never below spent plus reserved', () => {
    const set = (epsilonTotalMicro: bigint, perJob = 1_000_000n, deltaNano = 1_000n) => ({
      owner,
      assetId,
      privacyPolicy: { epsilonTotalMicro, epsilonPerJobMaxMicro: perJob, deltaNano },
    })
    expect(E.privacyBudgetIncrease.is(h.fail('MsgSetPrivacyPolicy', set(10_000_001n)))).toBe(true)
    expect(E.privacyBudgetIncrease.is(h.fail('MsgSetPrivacyPolicy', set(5_000_000n, 1_000_001n)))).toBe(true)
    expect(E.privacyBudgetIncrease.is(h.fail('MsgSetPrivacyPolicy', set(5_000_000n, 1n, 1_001n)))).toBe(true)
    h.keeper.reserveEpsilon(h.ctx(), assetId, 1, 3_000_000n)
    h.keeper.spendEpsilon(h.ctx(), assetId, 1, 1_000_000n, 600_000n)
    // spent 600k + reserved 2M = 2.6M committed
    expect(E.privacyBudgetBelowCommitted.is(h.fail('MsgSetPrivacyPolicy', set(2_599_999n)))).toBe(true)
    h.run('MsgSetPrivacyPolicy', set(2_600_000n, 500_000n))
    expect(h.keeper.getBudget(h.ctx(), assetId, 1)).toMatchObject({
      totalMicro: 2_600_000n,
      spentMicro: 600_000n,
    })
    expect(asset().privacyPolicy!.epsilonPerJobMaxMicro).toBe(500_000n)
    expect(
      E.insufficientPrivacyBudget.is(catchErr(() => h.keeper.reserveEpsilon(h.ctx(), assetId, 1, 1n))),
    ).toBe(true)
  })
})

describe('keeper interface for computeright and attestation', () => {
  it('reserves, releases and spends ε per version; unknown versions fail', () => {
    h.keeper.reserveEpsilon(h.ctx(), assetId, 1, 2_000n)
    h.keeper.releaseEpsilon(h.ctx(), assetId, 1, 500n)
    const b = h.keeper.spendEpsilon(h.ctx(), assetId, 1, 1_500n, 1_200n)
    expect(b).toMatchObject({ reservedMicro: 0n, spentMicro: 1_200n, totalMicro: 10_000_000n })
    expect(E.budgetNotFound.is(catchErr(() => h.keeper.reserveEpsilon(h.ctx(), assetId, 9, 1n)))).toBe(true)
    expect(E.invalidEpsilon.is(catchErr(() => h.keeper.releaseEpsilon(h.ctx(), assetId, 1, 1n)))).toBe(true)
    expect(E.assetNotFound.is(catchErr(() => h.keeper.requireAsset(h.ctx(), hash(999))))).toBe(true)
  })

  it('appends usage records numbered from 1 without gaps and validates them', () => {
    const rec = {
      assetId,
      jobId: 'job-1',
      rightId: 'r-1',
      requester: other,
      codeHash: hash(10),
      mechanism: 3,
      epsilonMicro: 5n,
      executors: [third],
    }
    expect(h.keeper.appendUsage(h.ctx(), rec)).toBe(1n)
    expect(h.keeper.appendUsage(h.ctx(), { ...rec, jobId: 'job-2' })).toBe(2n)
    expect([...h.keeper.ledger.usage(h.ctx(), assetId)].map((r) => [r.sequence, r.jobId, r.height])).toEqual([
      [1n, 'job-1', 1n],
      [2n, 'job-2', 1n],
    ])
    expect(catchErr(() => h.keeper.appendUsage(h.ctx(), { ...rec, jobId: '' })).code).toBe(5)
    expect(
      E.assetNotFound.is(catchErr(() => h.keeper.appendUsage(h.ctx(), { ...rec, assetId: hash(9) }))),
    ).toBe(true)
  })
})

function catchErr(f: () => unknown) {
  try {
    f()
  } catch (e) {
    return e as import('../sdk/index.js').AbciError
  }
  throw new Error('expected an error')
}
