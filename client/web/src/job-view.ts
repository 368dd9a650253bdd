// One job followed live: its state read from the chain every second (requested → assigned → committed →
// attested → finalized, or failed/expired), the challenge window's end in block time, the finalize tx sent
// by the buyer's wallet once the window closed, then the result fetched from the executor by the signed
// challenge–response read, decrypted and checked against the attested digest in this page, shown (a number
// with its noise bound, a histogram as a chart) and offered as a download.
import * as AT from '../../../proto/gen/datum/attestation/v1/index.js'
import * as CR from '../../../proto/gen/datum/computeright/v1/index.js'
import { noiseTail } from '../../executor/discrete-laplace.js'
import type { DpResult } from '../../executor/dp-aggregates.js'
import { blockTime, chain, sendTx } from './chain.js'
import { chart } from './chart.js'
import { verifiedResult } from './crypto/result.js'
import { readResult } from './crypto/signed-read.js'
import { h } from './dom.js'
import { txProgress } from './tx-progress.js'
import type { Wallet } from './wallet/wallet.js'
import { epsilon } from './words.js'

const STEPS: [CR.JobState, string][] = [
  [CR.JobState.JOB_STATE_REQUESTED, 'Requested: waiting for an executor to accept'],
  [CR.JobState.JOB_STATE_ASSIGNED, 'Assigned: an executor is computing'],
  [CR.JobState.JOB_STATE_COMMITTED, 'Committed: executors committed their result'],
  [CR.JobState.JOB_STATE_ATTESTED, 'Attested: the result is revealed; the challenge window runs'],
  [CR.JobState.JOB_STATE_FINALIZED, 'Finalized: settled and paid; the result is released'],
]
const ENDED: Partial<Record<CR.JobState, string>> = {
  [CR.JobState.JOB_STATE_FAILED]:
    'Failed: no quorum, a fault, or an upheld challenge; the buyer is refunded.',
  [CR.JobState.JOB_STATE_EXPIRED]: 'Expired: no executor finished in time; the buyer is refunded.',
  [CR.JobState.JOB_STATE_CANCELLED]: 'Cancelled.',
}
const POLL_MS = 1000
const MAX_FOLLOW_MS = 30 * 60_000
/** The noise bound shown holds except with this probability. */
const TAIL_P = 0.05
const CONFIDENCE = '95 %'

export function jobView(jobId: bigint, wallet: Wallet): HTMLElement {
  const steps = h('ol', { class: 'steps', 'aria-label': `progress of job ${jobId}` })
  const status = h('p', { role: 'status', class: 'job-status' })
  const resultBox = h('div', { class: 'job-result' })
  const root = h(
    'section',
    { class: 'job', 'aria-label': `job ${jobId}` },
    h('h2', {}, `Job ${jobId}`),
    steps,
    status,
    resultBox,
  )
  let finalizing = false
  const started = Date.now()

  const draw = (state: CR.JobState) => {
    const at = STEPS.findIndex(([s]) => s === state)
    steps.replaceChildren(
      ...STEPS.map(([s, text], i) =>
        h(
          'li',
          {
            class:
              i < at || state === CR.JobState.JOB_STATE_FINALIZED
                ? 'done'
                : i === at
                  ? 'current'
                  : 'upcoming',
            ...(s === state ? { 'aria-current': 'step' } : {}),
          },
          text,
        ),
      ),
    )
  }

  const finalize = async () => {
    finalizing = true
    const box = h('div')
    resultBox.replaceChildren(box)
    try {
      await sendTx(
        wallet,
        [{ typeUrl: '/datum.attestation.v1.MsgFinalizeJob', value: { sender: wallet.address, jobId } }],
        txProgress(box, 'Finalizing the job'),
      )
    } catch (e) {
      // someone else may have finalized it first; the next poll shows the state either way, and retries
      box.append(h('p', { class: 'muted' }, `${(e as Error).message} Retrying.`))
      finalizing = false
    }
  }

  const tick = async (): Promise<void> => {
    if (!root.isConnected && Date.now() - started > 5000) return
    try {
      const { query } = await chain()
      const job = await query.computeright.job(jobId)
      draw(job.state)
      const ended = ENDED[job.state]
      if (ended) {
        status.textContent = ended
        return
      }
      if (job.state === CR.JobState.JOB_STATE_CHALLENGED)
        status.textContent = 'Challenged: the arbiter decides.'
      if (job.state === CR.JobState.JOB_STATE_ATTESTED) {
        const att = await query.attestation.attestation(jobId)
        const params = await query.computeright.params()
        const opensAt = (att?.attestedAt ?? 0n) + params.challengeSeconds
        const now = await blockTime()
        if (now <= opensAt)
          status.textContent = `Attested. The challenge window closes in ${opensAt - now + 1n} s of block time.`
        else if (!finalizing) {
          status.textContent = 'The challenge window closed: finalizing.'
          void finalize()
        }
      }
      if (job.state === CR.JobState.JOB_STATE_FINALIZED) {
        status.textContent = 'Finalized. Fetching the result from the executor…'
        await showResult()
        return
      }
    } catch (e) {
      status.textContent = `Could not read the job: ${(e as Error).message}`
    }
    if (Date.now() - started < MAX_FOLLOW_MS) setTimeout(() => void tick(), POLL_MS)
    else status.textContent = 'Stopped following after 30 minutes; reload the page to resume.'
  }

  const showResult = async () => {
    try {
      const att = await (await chain()).query.attestation.attestation(jobId)
      if (!att || att.state !== AT.AttestationState.ATTESTATION_STATE_FINALIZED)
        throw new Error('the chain has no finalized attestation for this job')
      const envelope = await readResult(att.outputUri, jobId, wallet.signRead)
      const result = await verifiedResult(envelope, (await wallet.resultKey()).secretKey, att.resultDigest)
      status.textContent = 'Finalized. The result was decrypted in this page and matches the attested digest.'
      resultBox.replaceChildren(resultView(jobId, result))
    } catch (e) {
      status.setAttribute('role', 'alert')
      status.textContent = `The result could not be read: ${(e as Error).message}`
    }
  }

  draw(CR.JobState.JOB_STATE_REQUESTED)
  void tick()
  return root
}

export function resultView(jobId: bigint, r: DpResult): HTMLElement {
  const bound = noiseTail(r.scale, r.grid, TAIL_P)
  const fmt = (v: number) => v.toLocaleString('en', { maximumFractionDigits: 6 })
  const download = h(
    'a',
    {
      class: 'button',
      download: `job-${jobId}-result.json`,
      href: URL.createObjectURL(new Blob([JSON.stringify(r, null, 2)], { type: 'application/json' })),
    },
    'Download the result (JSON)',
  )
  const head = h('h3', {}, `Result: ${r.algorithm} of “${r.column}” at ε ${epsilon(r.epsilonMicro)}`)
  if (typeof r.value === 'number') {
    const noise =
      r.algorithm === 'dp-mean'
        ? `The mean divides a noisy sum by a noisy count; the sum’s noise is within ±${fmt(bound)} with ${CONFIDENCE} probability.`
        : `Differential-privacy noise: within ±${fmt(bound)} with ${CONFIDENCE} probability.`
    return h(
      'div',
      { class: 'result' },
      head,
      h('p', { class: 'value result-value' }, fmt(r.value)),
      h('p', {}, noise),
      download,
    )
  }
  const points = Object.entries(r.value).map(([label, value]) => ({ label, value }))
  return h(
    'div',
    { class: 'result' },
    head,
    chart(`Histogram of ${r.column}`, points, 'bars', 'rows'),
    h(
      'ul',
      { class: 'result-value', 'aria-label': 'noisy count per bucket' },
      ...points.map((p) => h('li', {}, `${p.label}: ${fmt(p.value)}`)),
    ),
    h('p', {}, `Each bucket’s noise is within ±${fmt(bound)} with ${CONFIDENCE} probability.`),
    r.suppressed?.length
      ? h('p', { class: 'muted' }, `Suppressed (below the owner’s minimum count): ${r.suppressed.join(', ')}`)
      : null,
    download,
  )
}
