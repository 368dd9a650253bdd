// Steps every run takes with one job: request it, follow the executors to ATTESTED, wait out the challenge
// window and finalize (as a third party), and fetch the buyer's result with `datum job result`.
import type { DpResult } from '../../client/executor/dp-aggregates.js'
import * as AT from '../../proto/gen/datum/attestation/v1/index.js'
import type { RequestedJob } from './buyer.js'
import type { Flow } from './flow.js'
import { datum, epsilon } from './money.js'

export async function requestJob(f: Flow, offeringId: bigint): Promise<RequestedJob> {
  const { n, prices } = f
  const job = await f.buyer.purchaseAndRequest(f.asset.dataset, {
    offeringId,
    epsilonMicro: prices.jobEpsilonMicro,
    maxComputeFee: prices.maxComputeFee,
  })
  n.say(
    `job ${job.jobId} on right ${job.rightId} (block ${job.height}): dp-mean of "${f.asset.dataset.column}" ` +
      `in [${f.asset.dataset.lower}, ${f.asset.dataset.upper}] at ${epsilon(prices.jobEpsilonMicro)}, ` +
      `paid ${datum(prices.perUse)} + compute fee up to ${datum(prices.maxComputeFee)}`,
  )
  return job
}

/** Waits for ATTESTED and tells who accepted, committed and revealed (from the daemons' own events). */
export async function followToAttested(f: Flow, jobId: bigint, timeoutMs = 90_000): Promise<AT.Attestation> {
  const a = await f.chain.waitForAttestation(jobId, AT.AttestationState.ATTESTATION_STATE_ATTESTED, timeoutMs)
  for (const e of f.executors.values()) {
    const evs = e.daemon.eventsFor(jobId).map((x) => x.event)
    const skipped = e.daemon.eventsFor(jobId).find((x) => x.event === 'skipped')
    const story = evs.length > 0 ? evs.join(' → ') : 'did nothing'
    f.n.say(`${e.name} (${e.region}): ${story}${skipped?.reason ? ` (${skipped.reason})` : ''}`)
  }
  f.n.say(
    `ATTESTED: ${a.agreeing.length} of ${a.commitments.length} committed executors agree on ` +
      `digest ${a.resultDigest.slice(0, 16)}…, quorum weight ${a.quorumWeight}, ε spent ${epsilon(a.epsilonActualMicro)}`,
  )
  return a
}

/** Waits out the challenge window in block time, then `datum tx attestation finalize` by the relayer. */
export async function finalizeAfterWindow(
  f: Flow,
  a: AT.Attestation,
): Promise<{ attestation: AT.Attestation; txhash: string }> {
  const windowEnd = a.attestedAt + (await f.chain.attestationParams()).challengeWindowSeconds
  f.n.say(`challenge window open until block time ${windowEnd}; nobody challenges`)
  await f.chain.waitForBlockTimeAfter(`end of job ${a.jobId}'s challenge window`, windowEnd - 1n)
  const tx = await f.net.cli.run(['tx', 'attestation', 'finalize', a.jobId.toString(), '--from', 'relayer'])
  const done = await f.chain.attestation(a.jobId)
  if (done?.state !== AT.AttestationState.ATTESTATION_STATE_FINALIZED)
    throw new Error(`job ${a.jobId} is ${AT.AttestationState[done?.state ?? 0]} after finalize`)
  return { attestation: done, txhash: tx.txhash }
}

export async function fetchResult(f: Flow, jobId: bigint): Promise<DpResult> {
  const r = await f.net.cli.run(['job', 'result', jobId.toString(), '--from', 'buyer'])
  return r.result as DpResult
}
