// Run 2: the buyer asks for the mean of a column the data set does not have. The job cannot run as asked, so
// the eligible executors commit and reveal an ALGORITHM fault report; their quorum settles the job by the
// fault's rules (computeright README, Settlement): the executors keep the compute fee, nobody is slashed, the
// owner is paid nothing and the use comes back to the right: the right is short-lived, so when it ends the
// buyer has its data fee back in money and the reserved ε is released.
import * as AT from '../../proto/gen/datum/attestation/v1/index.js'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import { waitFor } from '../harness/wait.js'
import { BUYER_FEE_PAID } from './buyer.js'
import { expectedComputeShares } from './expected.js'
import type { Flow } from './flow.js'
import { datum, epsilon } from './money.js'

export interface AlgorithmOutcome {
  jobId: bigint
  /** What the buyer lost: the compute fee and its tx fee. */
  buyerPaid: bigint
  reporting: string[]
}

export const MISSING_COLUMN = 'no_such_column'

export async function runAlgorithmFault(f: Flow): Promise<AlgorithmOutcome> {
  const { n, chain, net, asset, prices } = f
  const owner = net.address('owner')
  const contributor = net.address('contributor')
  const execs = [...f.executors.values()]
  n.step(
    `Run 2 — the buyer asks for the mean of column "${MISSING_COLUMN}", which the data set does not have`,
  )
  const [buyer0, owner0, contrib0] = await Promise.all(
    [f.buyer.address, owner, contributor].map((a) => chain.balance(a)),
  )
  const bonds0 = await Promise.all(
    execs.map(async (e) => BigInt((await chain.executor(e.address)).bond!.amount)),
  )
  const budget0 = await chain.q.dataasset.privacyBudget(asset.assetId)
  const ledger0 = (await chain.q.dataasset.usageLedger(asset.assetId)).records.length
  const job = await f.buyer.purchaseAndRequest(
    { ...asset.dataset, column: MISSING_COLUMN },
    {
      offeringId: f.offerings.shortLived,
      epsilonMicro: prices.jobEpsilonMicro,
      maxComputeFee: prices.maxComputeFee,
    },
  )
  n.say(
    `job ${job.jobId} on right ${job.rightId}: dp-mean of "${MISSING_COLUMN}" at ${epsilon(prices.jobEpsilonMicro)}, ` +
      `paid ${datum(prices.perUse)} + compute fee up to ${datum(prices.maxComputeFee)}`,
  )

  n.step('The executors cannot run it: they commit and reveal an ALGORITHM fault report')
  const failed = await chain.waitForAttestation(
    job.jobId,
    AT.AttestationState.ATTESTATION_STATE_FAILED,
    90_000,
  )
  const reports = failed.reveals.filter((r) => r.fault === AT.ReportedFault.REPORTED_FAULT_ALGORITHM)
  for (const r of reports) {
    const name = execs.find((e) => e.address === r.executor)?.name ?? r.executor
    n.say(`${name} reported ALGORITHM: ${r.faultReason}`)
  }
  const ended = await chain.q.computeright.job(job.jobId)
  n.check(
    `job ${job.jobId} is ${CR.JobState[ended.state]} with fault ${CR.FaultClass[ended.fault]}, decided by ${reports.length} agreeing reports`,
    ended.state === CR.JobState.JOB_STATE_FAILED &&
      ended.fault === CR.FaultClass.FAULT_CLASS_ALGORITHM &&
      reports.length >= 2,
  )

  n.step('Who got what for an ALGORITHM fault')
  const reporting = reports.map((r) => r.executor)
  const settled = await chain.settlementTx(job.jobId)
  const got = await chain.transfersIn(settled)
  for (const [addr, amount] of expectedComputeShares(prices.maxComputeFee, reporting)) {
    const name = execs.find((e) => e.address === addr)?.name ?? addr
    n.check(`${name} kept its compute-fee share ${datum(got.get(addr) ?? 0n)}`, got.get(addr) === amount)
  }
  const bonds1 = await Promise.all(
    execs.map(async (e) => BigInt((await chain.executor(e.address)).bond!.amount)),
  )
  n.check(
    `nobody slashed: bonds ${bonds1.map((b) => datum(b)).join(', ')} as before`,
    bonds1.every((b, i) => b === bonds0[i]),
  )
  const [owner1, contrib1] = await Promise.all([owner, contributor].map((a) => chain.balance(a)))
  n.check(
    `owner and contributor paid nothing for a job that did not run (${datum(owner1 - owner0)}, ${datum(contrib1 - contrib0)})`,
    owner1 === owner0 && contrib1 === contrib0,
  )
  const records = (await chain.q.dataasset.usageLedger(asset.assetId)).records.length
  n.check(`no usage record (${records} as before)`, records === ledger0)

  n.step('The use came back to the right; when the right ends, the buyer has its data fee back')
  const right = await waitFor(
    `right ${job.rightId} to expire`,
    async () => {
      const r = await chain.q.computeright.right(job.rightId)
      return r.state === CR.RightState.RIGHT_STATE_EXPIRED ? r : undefined
    },
    { timeoutMs: 90_000, intervalMs: 250 },
  )
  const buyer1 = await chain.balance(f.buyer.address)
  const buyerPaid = buyer0 - buyer1
  n.check(
    `right ${right.id} ${CR.RightState[right.state]}: the buyer paid ${datum(buyerPaid)} = compute fee + its ${BUYER_FEE_PAID} udatum tx fee; the ${datum(prices.perUse)} data fee came back`,
    buyerPaid === prices.maxComputeFee + BUYER_FEE_PAID,
  )
  const budget1 = await chain.q.dataasset.privacyBudget(asset.assetId)
  n.check(
    `no ε spent: remaining ${epsilon(budget1.remainingMicro)}, spent ${epsilon(budget1.budget!.spentMicro)} as before`,
    budget1.remainingMicro === budget0.remainingMicro &&
      budget1.budget!.spentMicro === budget0.budget!.spentMicro,
  )
  return { jobId: job.jobId, buyerPaid, reporting }
}
