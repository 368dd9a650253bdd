// Run 1: the eligible executors compute, commit and reveal; the job is attested and finalized; the buyer
// decrypts a mean within the DP noise bound, and so does the viewer named on the job (the auditor), while
// before finalization the executor released nothing; owner, contributor and executors are paid exactly; the
// usage ledger has the job; ε is spent; the executor in a disallowed region never accepted.

import { BUYER_FEE_PAID } from './buyer.js'
import { meanNoiseBound } from './dataset.js'
import { expectedComputeShares, expectedDataFee } from './expected.js'
import type { Flow } from './flow.js'
import {
  fetchResult,
  finalizeAfterWindow,
  followToAttested,
  requestJob,
  tryFetchEnvelope,
} from './job-steps.js'
import { datum, epsilon } from './money.js'
import { DEMO_POLICY } from './owner.js'

export interface HonestOutcome {
  jobId: bigint
  mean: number
  trueMean: number
  bound: number
  agreeing: string[]
}

export async function runHonest(f: Flow, opts: { ineligible: string }): Promise<HonestOutcome> {
  const { n, chain, net, asset, prices } = f
  const owner = net.address('owner')
  const contributor = net.address('contributor')
  const buyer = f.buyer.address
  n.step('Run 1 — the buyer purchases a right and requests a job in one transaction')
  const budget0 = await chain.q.dataasset.privacyBudget(asset.assetId)
  const ledger0 = (await chain.q.dataasset.usageLedger(asset.assetId)).records.length
  const [buyer0, owner0, contrib0] = await Promise.all(
    [buyer, owner, contributor].map((a) => chain.balance(a)),
  )
  // the auditor has signed txs (its audits), so the chain knows the key executors encrypt to for a viewer
  const viewer = net.address('auditor')
  const job = await requestJob(f, f.offerings.main, [viewer])

  n.step('The eligible executors accept, compute, commit and reveal')
  const attested = await followToAttested(f, job.jobId)
  const bad = f.executors.get(opts.ineligible)!
  n.check(
    `${bad.name} (region ${bad.region}, not allowed) never accepted`,
    !attested.assigned.includes(bad.address) &&
      !bad.daemon.eventsFor(job.jobId).some((e) => e.event === 'accepted'),
  )

  n.step('Nobody challenges; after the window a third party finalizes')
  const preview = await chain.q.computeright.settlementPreview(f.offerings.main)
  const crParams = await chain.q.computeright.params()
  const want = expectedDataFee(prices.perUse, crParams.protocolFeeBps, owner, [
    { address: owner, bps: DEMO_POLICY.contributors.owner! },
    { address: contributor, bps: DEMO_POLICY.contributors.contributor! },
  ])
  const previewOf = (a: string) => BigInt(preview.payouts.find((p) => p.address === a)?.amount?.amount ?? '0')
  n.check(
    'the settlement preview matches the terms',
    previewOf(owner) === want.payouts.get(owner) &&
      previewOf(contributor) === want.payouts.get(contributor) &&
      BigInt(preview.protocolFee?.amount ?? '-1') === want.protocolFee,
    `protocol fee ${want.protocolFee}, owner ${want.payouts.get(owner)}, contributor ${want.payouts.get(contributor)}`,
  )
  const early = await tryFetchEnvelope(f, attested.outputUri, job.jobId, 'buyer')
  n.check(
    `before finalization the executor refuses the buyer's signed request: HTTP ${early.status} ${early.code}`,
    early.status === 409 && early.code === 'NOT_FINALIZED',
  )
  const fin = await finalizeAfterWindow(f, attested)
  n.say(`FINALIZED at block time ${fin.attestation.finalizedAt}`)

  n.step('Who got paid')
  const [buyer1, owner1, contrib1] = await Promise.all(
    [buyer, owner, contributor].map((a) => chain.balance(a)),
  )
  n.say(`protocol fee ${datum(want.protocolFee)} (${crParams.protocolFeeBps} bps of the price)`)
  n.check(`owner (60%) received ${datum(owner1 - owner0)}`, owner1 - owner0 === want.payouts.get(owner))
  n.check(
    `contributor (40%) received ${datum(contrib1 - contrib0)}`,
    contrib1 - contrib0 === want.payouts.get(contributor),
  )
  const buyerPaid = prices.perUse + prices.maxComputeFee + BUYER_FEE_PAID
  n.check(
    `buyer paid ${datum(buyer0 - buyer1)} = price + compute fee + tx fee ${BUYER_FEE_PAID} udatum`,
    buyer0 - buyer1 === buyerPaid,
  )
  const computeShares = expectedComputeShares(prices.maxComputeFee, attested.agreeing)
  const got = await chain.transfersIn(fin.txhash)
  for (const [addr, amount] of computeShares) {
    const name = [...f.executors.values()].find((e) => e.address === addr)?.name ?? addr
    n.check(`${name} received its compute-fee share ${datum(got.get(addr) ?? 0n)}`, got.get(addr) === amount)
  }

  n.step('The buyer fetches, decrypts and verifies the result')
  const result = await fetchResult(f, job.jobId)
  const mean = result.value as number
  const bound = meanNoiseBound(asset.dataset, result.scale, result.grid)
  n.say(
    `datum job result ${job.jobId}: mean ${mean.toFixed(3)} (ε ${epsilon(BigInt(result.epsilonMicro))}, discrete Laplace scale ${result.scale}, grid ${result.grid})`,
  )
  n.check(
    `|${mean.toFixed(3)} − true mean ${asset.dataset.trueMean.toFixed(3)}| = ${Math.abs(mean - asset.dataset.trueMean).toFixed(3)} is within the DP noise bound ${bound.toFixed(3)}`,
    Math.abs(mean - asset.dataset.trueMean) <= bound,
  )

  n.step('The viewer named on the job decrypts the same result with its own key')
  const seen = await fetchResult(f, job.jobId, 'auditor')
  n.check(
    `the auditor (${viewer}) reads mean ${(seen.value as number).toFixed(3)}, the buyer's result`,
    JSON.stringify(seen) === JSON.stringify(result),
  )

  n.step('The usage ledger and the privacy budget')
  const records = (await chain.q.dataasset.usageLedger(asset.assetId)).records
  const rec = records.find((r) => r.jobId === job.jobId.toString())
  n.check(
    `usage record #${rec?.sequence ?? '?'} (of ${records.length}): job ${rec?.jobId}, requester the buyer, ε ${epsilon(rec?.epsilonMicro ?? 0n)}, ` +
      `executors ${rec?.executors.length ?? 0}, fee ${rec?.feePaid.map((c) => `${c.amount}${c.denom}`).join(',')}`,
    records.length === ledger0 + 1 &&
      rec !== undefined &&
      rec.requester === f.buyer.address &&
      rec.epsilonMicro === prices.jobEpsilonMicro &&
      [...rec.executors].sort().join() === [...attested.agreeing].sort().join() &&
      rec.feePaid.length === 1 &&
      rec.feePaid[0]!.amount === prices.perUse.toString(),
  )
  n.check(
    `the usage record carries the attested digest ${rec?.resultDigest.slice(0, 12)}…`,
    rec?.resultDigest === attested.resultDigest,
  )
  const budget1 = await chain.q.dataasset.privacyBudget(asset.assetId)
  n.check(
    `remaining ε ${epsilon(budget0.remainingMicro)} → ${epsilon(budget1.remainingMicro)} (lower by the job's ${epsilon(prices.jobEpsilonMicro)}); spent ${epsilon(budget1.budget!.spentMicro)}`,
    budget0.remainingMicro - budget1.remainingMicro === prices.jobEpsilonMicro &&
      budget1.budget!.spentMicro - budget0.budget!.spentMicro === prices.jobEpsilonMicro,
  )
  return { jobId: job.jobId, mean, trueMean: asset.dataset.trueMean, bound, agreeing: attested.agreeing }
}
