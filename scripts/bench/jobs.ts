// `npm run bench:jobs`: complete jobs per minute on the 4-validator testnet with 3 eligible executor daemons.
// BENCH_JOBS (default 20) dp-mean jobs are requested back to back (one purchase-and-request tx each); a
// relayer finalizes every attested job once its challenge window has passed (all due jobs in one tx).
// Prints `jobs.per_min` (finalized jobs / minutes from the first request to the last finalize) and
// `jobs.attest_latency_p50_s` (request sent → ATTESTED observed), with p90, failures and the load average.
import os from 'node:os'
import * as AT from '../../proto/gen/datum/attestation/v1/index.js'
import { connectKey } from '../../testnet/flows/buyer.js'
import type { JobWindows } from '../../testnet/flows/chain-params.js'
import { type Flow, setUpFlow, tearDown } from '../../testnet/flows/flow.js'
import { requestJob } from '../../testnet/flows/job-steps.js'
import { RecordingNarrator } from '../../testnet/flows/narrator.js'
import { DEMO_POLICY } from '../../testnet/flows/owner.js'
import { cleanUpAndExit, cleanUpOnSignals } from '../../testnet/flows/shutdown.js'

const JOBS = Number(process.env.BENCH_JOBS ?? 20)
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 15 * 60_000)
const log = (m: string) => process.stderr.write(`${m}\n`)

// Queued jobs wait for busy daemons, so the deadlines are wider than the demo's; the challenge window is short.
const WINDOWS: JobWindows = {
  acceptSeconds: 120,
  commitSeconds: 240,
  revealSeconds: 120,
  finalSeconds: 60,
  challengeSeconds: 5,
  arbiterSeconds: 86_400,
}

interface Tracked {
  jobId: bigint
  sentAt: number
  attestedAt?: number
  attestedBlockTime?: bigint
  finalizedAt?: number
  failed?: string
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? Number.NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))]!
}

async function watch(f: Flow, jobs: Tracked[], done: () => boolean): Promise<void> {
  const relayer = await connectKey(f.net.cli.keyringFile, 'relayer', f.net.rpc(1))
  const window = await f.chain.challengeWindowSeconds()
  const deadline = Date.now() + TIMEOUT_MS
  try {
    while (!done() || jobs.some((j) => j.finalizedAt === undefined && j.failed === undefined)) {
      if (Date.now() > deadline) throw new Error('timed out waiting for jobs to finalize')
      const now = await f.chain.blockTime()
      const due: Tracked[] = []
      for (const j of jobs) {
        if (j.finalizedAt !== undefined || j.failed !== undefined) continue
        const a = await f.chain.attestation(j.jobId)
        if (a?.state === AT.AttestationState.ATTESTATION_STATE_FAILED) j.failed = 'FAILED'
        if (a?.state === AT.AttestationState.ATTESTATION_STATE_ATTESTED && j.attestedAt === undefined) {
          j.attestedAt = Date.now()
          j.attestedBlockTime = a.attestedAt
          log(`job ${j.jobId} attested after ${((j.attestedAt - j.sentAt) / 1000).toFixed(1)} s`)
        }
        if (j.attestedBlockTime !== undefined && now >= j.attestedBlockTime + window) due.push(j)
      }
      if (due.length > 0) {
        const msgs = due.map((j) => ({
          typeUrl: '/datum.attestation.v1.MsgFinalizeJob',
          value: { sender: relayer.address, jobId: j.jobId },
        }))
        try {
          await relayer.client.broadcast(relayer.address, msgs)
          for (const j of due) j.finalizedAt = Date.now()
          log(`finalized ${due.map((j) => j.jobId).join(', ')}`)
        } catch (e) {
          log(`finalize of ${due.map((j) => j.jobId).join(', ')} failed, retrying: ${(e as Error).message}`)
        }
      }
      await new Promise((r) => setTimeout(r, 300))
    }
  } finally {
    relayer.client.disconnect()
  }
}

async function main(): Promise<void> {
  let flow: Flow | undefined
  let loadBefore: string[] = []
  const narrator = new RecordingNarrator()
  try {
    loadBefore = os.loadavg().map((x) => x.toFixed(2))
    log(`setting up: 4 validators, 3 eligible executors, ${JOBS} jobs (load average ${loadBefore.join(' ')})`)
    flow = await setUpFlow({
      narrator,
      windows: WINDOWS,
      executors: [
        { name: 'exec-de', region: 'DE' },
        { name: 'exec-nl', region: 'NL' },
        { name: 'exec-fr', region: 'FR' },
      ],
      policy: { ...DEMO_POLICY, epsilonTotal: String(JOBS + 10) },
    })
    const f = flow
    const jobs: Tracked[] = []
    let requesting = true
    const watcher = watch(f, jobs, () => !requesting)
    watcher.catch(() => {}) // awaited below; this only keeps an early failure from crashing before cleanup
    const t0 = Date.now()
    try {
      for (let i = 0; i < JOBS; i++) {
        const sentAt = Date.now()
        const job = await requestJob(f, f.offerings.main)
        jobs.push({ jobId: job.jobId, sentAt })
      }
    } finally {
      requesting = false
    }
    log(`${JOBS} jobs requested in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    await watcher
    const finalized = jobs.filter((j) => j.finalizedAt !== undefined)
    const lastFinal = Math.max(...finalized.map((j) => j.finalizedAt!))
    const minutes = (lastFinal - t0) / 60_000
    const latencies = jobs.filter((j) => j.attestedAt).map((j) => (j.attestedAt! - j.sentAt) / 1000)
    const load = os.loadavg().map((x) => x.toFixed(2))
    console.log(`jobs.requested ${JOBS}`)
    console.log(`jobs.finalized ${finalized.length}`)
    console.log(`jobs.failed ${jobs.filter((j) => j.failed).length}`)
    console.log(`jobs.per_min ${(finalized.length / minutes).toFixed(1)}`)
    console.log(`jobs.attest_latency_p50_s ${quantile(latencies, 0.5).toFixed(1)}`)
    console.log(`jobs.attest_latency_p90_s ${quantile(latencies, 0.9).toFixed(1)}`)
    console.log(`jobs.wall_s ${((lastFinal - t0) / 1000).toFixed(1)}`)
    console.log(
      `machine ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load average ${loadBefore.join(' ')} before, ${load.join(' ')} after`,
    )
  } catch (e) {
    log(narrator.text)
    throw e
  } finally {
    await tearDown(flow)
  }
}

cleanUpOnSignals()

await main().catch(async (e) => {
  log(`bench:jobs failed: ${(e as Error).stack ?? e}`)
  await cleanUpAndExit(1)
})
