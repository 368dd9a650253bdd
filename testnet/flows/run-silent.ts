// Run 4: every daemon is stopped, the buyer requests a job nobody answers; past the reveal deadline a third
// party claims it and, once the short-lived right has expired too, the buyer has every udatum back except
// its own tx fee, and the ε the right reserved is released.
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import { waitFor } from '../harness/wait.js'
import { BUYER_FEE_PAID } from './buyer.js'
import { stopAllDaemons } from './daemon-process.js'
import type { Flow } from './flow.js'
import { requestJob } from './job-steps.js'
import { datum, epsilon } from './money.js'

export interface SilentOutcome {
  jobId: bigint
  buyerBefore: bigint
  buyerAfter: bigint
}

export async function runSilent(f: Flow): Promise<SilentOutcome> {
  const { n, chain, asset } = f
  n.step('Run 4 — no executor answers: every daemon is stopped')
  await stopAllDaemons()
  const buyerBefore = await chain.balance(f.buyer.address)
  const budget0 = await chain.q.dataasset.privacyBudget(asset.assetId)
  const job = await requestJob(f, f.offerings.shortLived)
  const buyerPaid = await chain.balance(f.buyer.address)
  const j = await chain.q.computeright.job(job.jobId)
  const d = j.deadlines!
  n.say(
    `deadlines (block time): accept ${d.acceptBy}, commit ${d.commitBy}, reveal ${d.revealBy}, final ${d.finalBy}`,
  )
  await chain.waitForBlockTimeAfter(`job ${job.jobId}'s reveal deadline`, d.revealBy)
  n.step('Past the reveal deadline a third party claims the job')
  await f.net.cli.run(['tx', 'attestation', 'claim-expired', job.jobId.toString(), '--from', 'relayer'])
  const ended = await chain.q.computeright.job(job.jobId)
  n.say(`job ${job.jobId} is ${CR.JobState[ended.state]}, fault ${CR.FaultClass[ended.fault]}`)
  const right = await waitFor(
    `right ${job.rightId} to expire`,
    async () => {
      const r = await chain.q.computeright.right(job.rightId)
      return r.state === CR.RightState.RIGHT_STATE_EXPIRED ? r : undefined
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  )
  n.say(
    `right ${right.id} ${CR.RightState[right.state]} (validity ended at ${right.expiresAt}); unused use refunded`,
  )
  const buyerAfter = await chain.balance(f.buyer.address)
  n.say(
    `the buyer got back ${datum(buyerAfter - buyerPaid)}: the compute fee at the claim, the price as the unused use of its expired right`,
  )
  n.check(
    `buyer refunded in full: ${datum(buyerBefore)} → ${datum(buyerAfter)}, only its ${BUYER_FEE_PAID} udatum tx fee gone`,
    buyerBefore - buyerAfter === BUYER_FEE_PAID,
  )
  const budget1 = await chain.q.dataasset.privacyBudget(asset.assetId)
  n.check(
    `the reserved ε was released: remaining ${epsilon(budget1.remainingMicro)} as before the purchase`,
    budget1.remainingMicro === budget0.remainingMicro,
  )
  return { jobId: job.jobId, buyerBefore, buyerAfter }
}
