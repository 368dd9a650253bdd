// Steps every run takes with one job: request it, follow the executors to ATTESTED, wait out the challenge
// window and finalize (as a third party), and fetch the buyer's result with `datum job result`.
import { Keyring } from '../../client/cli/keyring.js'
import type { DpResult } from '../../client/executor/dp-aggregates.js'
import { secretKeyFromMnemonic } from '../../client/executor/hd-key.js'
import { fetchEnvelope, ResultFetchError } from '../../client/executor/result-fetch.js'
import * as AT from '../../proto/gen/datum/attestation/v1/index.js'
import { waitFor } from '../harness/wait.js'
import type { RequestedJob } from './buyer.js'
import type { Flow } from './flow.js'
import { datum, epsilon } from './money.js'

export async function requestJob(f: Flow, offeringId: bigint, viewers: string[] = []): Promise<RequestedJob> {
  const { n, prices } = f
  const job = await f.buyer.purchaseAndRequest(f.asset.dataset, {
    offeringId,
    epsilonMicro: prices.jobEpsilonMicro,
    maxComputeFee: prices.maxComputeFee,
    viewers,
  })
  n.say(
    `job ${job.jobId} on right ${job.rightId} (block ${job.height}): dp-mean of "${f.asset.dataset.column}" ` +
      `in [${f.asset.dataset.lower}, ${f.asset.dataset.upper}] at ${epsilon(prices.jobEpsilonMicro)}, ` +
      `paid ${datum(prices.perUse)} + compute fee up to ${datum(prices.maxComputeFee)}` +
      (viewers.length > 0 ? `; viewers ${viewers.join(', ')}` : ''),
  )
  return job
}

/** Waits for ATTESTED and tells who accepted, committed and revealed (from the daemons' own events). */
export async function followToAttested(f: Flow, jobId: bigint, timeoutMs = 90_000): Promise<AT.Attestation> {
  const a = await f.chain
    .waitForAttestation(jobId, AT.AttestationState.ATTESTATION_STATE_ATTESTED, timeoutMs)
    .catch(async (e: Error) => {
      throw new Error(`${e.message}\n${await explainJob(f, jobId)}`)
    })
  // the chain can be ahead of a daemon's log line for its own reveal; give the log a moment, then tell
  const agreeing = [...f.executors.values()].filter((e) => a.agreeing.includes(e.address))
  await waitFor(
    'the agreeing daemons to log their reveals',
    () => agreeing.every((e) => e.daemon.eventsFor(jobId).some((x) => x.event === 'revealed')),
    { timeoutMs: 10_000, intervalMs: 100 },
  ).catch(() => {})
  for (const e of f.executors.values()) {
    const evs = e.daemon.eventsFor(jobId)
    const story = evs.length > 0 ? [...new Set(evs.map((x) => x.event))].join(' → ') : 'did nothing'
    const why = evs.find((x) => x.event === 'skipped' || x.event === 'error')
    f.n.say(
      `${e.name} (${e.region}): ${story}${why ? ` (${shortReason(why.reason ?? why.message ?? '')})` : ''}`,
    )
  }
  f.n.say(
    `ATTESTED: ${a.agreeing.length} of ${a.commitments.length} committed executors agree on ` +
      `digest ${a.resultDigest.slice(0, 16)}…, quorum weight ${a.quorumWeight}, ε spent ${epsilon(a.epsilonActualMicro)}`,
  )
  return a
}

/** The chain's words in a refused simulation, without the RPC wrapping around them. */
const shortReason = (r: string): string => {
  const m = /message index: \d+: (.*?)(?: With gas wanted|$)/.exec(r)
  const text = m?.[1] ?? r
  return text.length > 240 ? `${text.slice(0, 240)}…` : text
}

/** Waits out the challenge window in block time, then `datum tx attestation finalize` by the relayer. */
export async function finalizeAfterWindow(
  f: Flow,
  a: AT.Attestation,
): Promise<{ attestation: AT.Attestation; txhash: string }> {
  const windowEnd = a.attestedAt + (await f.chain.challengeWindowSeconds())
  f.n.say(`challenge window open until block time ${windowEnd}; nobody challenges`)
  // bounded by what is left of the window plus a minute of slack for blocks late on a loaded machine
  const left = windowEnd - (await f.chain.blockTime())
  const timeoutMs = Math.max(120_000, Number(left + 60n) * 1000)
  await f.chain
    .waitForBlockTimeAfter(`end of job ${a.jobId}'s challenge window`, windowEnd - 1n, timeoutMs)
    .catch(async (e: Error) => {
      // a chain that stalls and one that only runs slow look alike from here: say how far block time got
      throw new Error(
        `${e.message}: block time ${await f.chain.blockTime()} (waited from ${windowEnd - left})`,
      )
    })
  const tx = await f.net.cli.run(['tx', 'attestation', 'finalize', a.jobId.toString(), '--from', 'relayer'])
  const done = await f.chain.attestation(a.jobId)
  if (done?.state !== AT.AttestationState.ATTESTATION_STATE_FINALIZED)
    throw new Error(`job ${a.jobId} is ${AT.AttestationState[done?.state ?? 0]} after finalize`)
  return { attestation: done, txhash: tx.txhash }
}

/** `datum job result` as `key` (the buyer or a viewer named on the job). */
export async function fetchResult(f: Flow, jobId: bigint, key = 'buyer'): Promise<DpResult> {
  const r = await f.net.cli.run(['job', 'result', jobId.toString(), '--from', key])
  return r.result as DpResult
}

/** The executor's answer to a reader's signed request for the result (status and code when refused). */
export async function tryFetchEnvelope(
  f: Flow,
  outputUri: string,
  jobId: bigint,
  key: string,
): Promise<{ status: number; code: string }> {
  const sk = await secretKeyFromMnemonic(new Keyring(f.net.cli.keyringFile).get(key).mnemonic)
  return fetchEnvelope(outputUri, sk, jobId).then(
    () => ({ status: 200, code: 'OK' }),
    (e: Error) =>
      e instanceof ResultFetchError ? { status: e.status, code: e.code } : { status: 0, code: e.message },
  )
}

/** What the chain and each daemon say about a job that did not get attested (for failure messages). */
export async function explainJob(f: Flow, jobId: bigint): Promise<string> {
  const parts: string[] = []
  const a = await f.chain.attestation(jobId).catch(() => undefined)
  const j = await f.chain.q.computeright.job(jobId).catch(() => undefined)
  parts.push(
    `chain: job state ${j?.state} deadlines ${JSON.stringify(j?.deadlines, (_k, v) => (typeof v === 'bigint' ? String(v) : v))}`,
  )
  parts.push(
    `attestation: ${a ? `${AT.AttestationState[a.state]} assigned ${a.assigned.length}, commits ${a.commitments.length}, reveals ${a.reveals.length}` : 'none'}`,
  )
  for (const e of f.executors.values())
    parts.push(`--- ${e.name} (running ${e.daemon.running}) ---\n${e.daemon.output.slice(-2500)}`)
  return parts.join('\n')
}
