// Buy and run on an asset page: pick an offering and a built-in DP algorithm, see the settlement preview
// (price, protocol fee, who receives what, the ε the job spends, the time windows) before signing, then one
// MsgPurchaseAndRequest (buy a right and request the job in one tx) and the job followed live. A right the
// wallet already holds on the asset with uses left can pay instead ("Pay with"): the preview shows the use it
// spends, and one MsgRequestJob runs the job on it, followed the same way.
import * as CR from '../../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../../proto/gen/datum/dataasset/v1/index.js'
import type { DpAlgorithm } from '../../executor/dp-aggregates.js'
import { builtinAlgorithm } from '../../executor/job-params.js'
import type { AssetDetail } from './api.js'
import { blockTime, chain, sendTx } from './chain.js'
import { h } from './dom.js'
import { jobView } from './job-view.js'
import { requestJobMsg, rightsWithUsesLeft, rightWords, useRefusal } from './rights.js'
import { txProgress } from './tx-progress.js'
import { currentWallet, onWallet, type Wallet } from './wallet/wallet.js'
import { walletNeeded } from './wallet-badge.js'
import { epsilon, microOf, price, short } from './words.js'

const ALGORITHMS: [DpAlgorithm, string][] = [
  ['dp-mean', 'mean of a numeric column'],
  ['dp-sum', 'sum of a numeric column'],
  ['dp-count', 'count of rows'],
  ['dp-histogram', 'histogram over listed values'],
]
const PURPOSE_WORDS: Record<string, string> = {
  PURPOSE_RESEARCH: 'research',
  PURPOSE_COMMERCIAL: 'commercial',
  PURPOSE_TRAINING: 'training',
  PURPOSE_INFERENCE: 'inference',
}

const seconds = (s: bigint) =>
  s >= 3600n ? `${Number(s) / 3600} h` : s >= 60n ? `${Number(s) / 60} min` : `${s} s`

const coin = (c?: { amount: string; denom: string } | null) => (c ? price(c.amount, c.denom) : '—')

/** What one successful use pays out (the protocol fee, each payee) and where the compute fee goes. */
const payoutFacts = (sp: CR.QuerySettlementPreviewResponse, owner: string) => [
  h('dt', {}, 'Protocol fee per use'),
  h('dd', {}, coin(sp.protocolFee)),
  h('dt', {}, 'Paid out per use, on success'),
  h(
    'dd',
    {},
    h(
      'ul',
      {},
      ...sp.payouts.map((p) =>
        h('li', {}, `${coin(p.amount)} to ${short(p.address)}${p.address === owner ? ' (the owner)' : ''}`),
      ),
    ),
  ),
  h('dt', {}, 'Compute fee'),
  h('dd', {}, 'to the executors who attest the result; what is not used comes back'),
]

/** The job's time windows and who can read its result. */
const windowsAndResult = (params: CR.Params, kind: Wallet['kind']) => [
  h('dt', {}, 'Windows'),
  h(
    'dd',
    {},
    `an executor must accept within ${seconds(params.acceptSeconds)}, commit within ${seconds(params.commitSeconds)}, reveal within ${seconds(params.revealSeconds)}; then anyone may challenge for ${seconds(params.challengeSeconds)} before it settles. If no executor finishes in time you are refunded.`,
  ),
  h('dt', {}, 'Result'),
  h(
    'dd',
    {},
    `encrypted to ${kind === 'dev' ? 'your account key' : 'a result key kept in this browser'}, decrypted in this page once the job is finalized`,
  ),
]

export function buyPanel(a: AssetDetail): HTMLElement {
  const offerings = a.offerings.filter((o) => o.state === 'OFFERING_STATE_ACTIVE')
  const section = h(
    'section',
    { class: 'buy', 'aria-labelledby': 'buy-h' },
    h('h2', { id: 'buy-h' }, 'Buy and run'),
  )
  if (offerings.length === 0) {
    section.append(h('p', { class: 'muted' }, 'Nothing is on sale for this asset.'))
    return section
  }
  const field = (id: string, label: string, el: HTMLElement, hint?: string) =>
    h('label', { for: id }, label, el, hint ? h('small', { class: 'muted' }, hint) : null)
  const offering = h(
    'select',
    { id: 'offering' },
    ...offerings.map((o) =>
      h(
        'option',
        { value: o.id },
        `#${o.id}: ${price(o.price_amount, o.price_denom)} per use, ${o.uses_per_right} uses, ${epsilon(o.epsilon_per_use_micro)} ε per use`,
      ),
    ),
  ) as HTMLSelectElement
  const algorithm = h(
    'select',
    { id: 'algorithm' },
    ...ALGORITHMS.map(([v, t]) => h('option', { value: v }, `${v} (${t})`)),
  ) as HTMLSelectElement
  const column = h('input', {
    id: 'column',
    value: a.columns[0] ?? '',
    autocomplete: 'off',
  }) as HTMLInputElement
  const lower = h('input', { id: 'lower', inputmode: 'decimal', value: '0' }) as HTMLInputElement
  const upper = h('input', { id: 'upper', inputmode: 'decimal', value: '100' }) as HTMLInputElement
  const buckets = h('input', { id: 'buckets', placeholder: 'e.g. a,b,c' }) as HTMLInputElement
  const eps = h('input', {
    id: 'epsilon',
    inputmode: 'decimal',
    value: epsilon(offerings[0]!.epsilon_per_use_micro),
  }) as HTMLInputElement
  const purposes = a.licence.purposes ?? []
  const purpose = h(
    'select',
    { id: 'purpose' },
    ...(purposes.length ? purposes : Object.keys(PURPOSE_WORDS)).map((p) =>
      h('option', { value: p }, PURPOSE_WORDS[p] ?? p),
    ),
  ) as HTMLSelectElement
  const fee = h('input', { id: 'compute-fee', inputmode: 'numeric', value: '500' }) as HTMLInputElement
  const payWith = h(
    'select',
    { id: 'pay-with' },
    h('option', { value: 'new' }, 'a new right from the offering'),
  ) as HTMLSelectElement
  let held: CR.ComputeRight[] = []
  const heldRight = () => held.find((r) => r.id.toString() === payWith.value)
  /** The wallet's rights on this asset with uses left, read from the chain (after each tx too). */
  const refreshRights = async (address: string) => {
    const { query } = await chain()
    const [{ rights }, now] = await Promise.all([query.computeright.rightsByHolder(address), blockTime()])
    held = rightsWithUsesLeft(rights, a.id, now)
    const chosen = payWith.value
    payWith.replaceChildren(
      h('option', { value: 'new' }, 'a new right from the offering'),
      ...held.map((r) => h('option', { value: r.id.toString() }, rightWords(r))),
    )
    payWith.value = held.some((r) => r.id.toString() === chosen) ? chosen : 'new'
    offering.disabled = payWith.value !== 'new'
  }
  payWith.addEventListener('change', () => {
    const r = heldRight()
    offering.disabled = r !== undefined
    if (r) eps.value = epsilon(r.epsilonPerUseMicro.toString())
    preview.replaceChildren()
  })
  const preview = h('div', { id: 'preview', 'aria-live': 'polite' })
  const progress = h('div', { id: 'buy-progress' })
  const error = h('p', { role: 'alert', id: 'buy-error', class: 'error' })
  const jobs = h('div', { id: 'jobs' })
  offering.addEventListener('change', () => {
    const o = offerings.find((x) => x.id === offering.value)
    if (o) eps.value = epsilon(o.epsilon_per_use_micro)
    preview.replaceChildren()
  })

  const jobOf = () => {
    const algo = algorithm.value as DpAlgorithm
    const needsBounds = algo === 'dp-mean' || algo === 'dp-sum'
    return {
      algorithm: builtinAlgorithm({
        algorithm: algo,
        column: column.value.trim(),
        lower: needsBounds ? Number(lower.value) : undefined,
        upper: needsBounds ? Number(upper.value) : undefined,
        buckets:
          algo === 'dp-histogram'
            ? buckets.value
                .split(',')
                .map((b) => b.trim())
                .filter(Boolean)
            : undefined,
      }),
      mechanism: DA.Mechanism.MECHANISM_DP,
      epsilonMicro: microOf(eps.value),
      purpose: DA.Purpose[purpose.value as keyof typeof DA.Purpose] as number,
      maxComputeFee: { denom: 'udatum', amount: String(BigInt(fee.value.trim() || '0')) },
    }
  }

  const showPreview = async () => {
    error.textContent = ''
    preview.replaceChildren()
    const w = currentWallet()
    if (!w) {
      error.textContent = `${walletNeeded()} first (Wallet, at the top).`
      return
    }
    let job: ReturnType<typeof jobOf>
    try {
      job = jobOf()
    } catch (e) {
      error.textContent = `The job is not valid: ${(e as Error).message}`
      return
    }
    const right = heldRight()
    if (right) return showUsePreview(right, job)
    const offeringId = BigInt(offering.value)
    preview.replaceChildren(h('p', { role: 'status' }, 'Reading the settlement from the chain…'))
    const { query } = await chain()
    // the budget is read from the chain, not the indexer: an earlier job of this page has reserved its ε
    const [sp, params, budget, offer] = await Promise.all([
      query.computeright.settlementPreview(offeringId),
      query.computeright.params(),
      query.dataasset.privacyBudget(a.id),
      query.computeright.offering(offeringId),
    ])
    // a right is bought whole: every use is paid now and its ε reserved in the asset's budget (computeright)
    const terms = offer.terms!
    const uses = BigInt(terms.usesPerRight)
    const unit = terms.pricePerUse!
    const total = { amount: (BigInt(unit.amount) * uses).toString(), denom: unit.denom }
    const reserve = uses * terms.epsilonPerUseMicro
    const remaining = budget.remainingMicro
    const after = remaining - reserve
    preview.replaceChildren(
      h('h3', {}, 'Settlement preview'),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'You pay now'),
        h(
          'dd',
          {},
          `${coin(total)} for a right of ${uses} uses at ${coin(unit)} each (this job uses one, the others stay yours for later jobs), plus up to ${price(job.maxComputeFee.amount)} compute fee locked in escrow`,
        ),
        ...payoutFacts(sp, a.owner),
        h('dt', {}, 'ε this job spends'),
        h(
          'dd',
          { id: 'preview-epsilon' },
          `this job spends ${epsilon(job.epsilonMicro.toString())} ε; the right reserves ${uses} × ${epsilon(terms.epsilonPerUseMicro.toString())} = ${epsilon(reserve.toString())} ε of the ${epsilon(remaining.toString())} ε left (${after >= 0n ? `${epsilon(after.toString())} ε after` : 'more than is left'})`,
        ),
        ...windowsAndResult(params, w.kind),
      ),
      h(
        'button',
        { type: 'button', id: 'sign-buy', onclick: () => void buy(offeringId, job) },
        'Sign and buy',
      ),
    )
  }

  /** The preview of a job on a held right: nothing is bought, one of its paid uses is spent. */
  const showUsePreview = async (r: CR.ComputeRight, job: ReturnType<typeof jobOf>) => {
    const w = currentWallet()!
    const refusal = useRefusal(r, job.epsilonMicro)
    if (refusal) {
      error.textContent = refusal
      return
    }
    preview.replaceChildren(h('p', { role: 'status' }, 'Reading the settlement from the chain…'))
    const { query } = await chain()
    const [sp, params] = await Promise.all([
      query.computeright.settlementPreview(r.offeringId),
      query.computeright.params(),
    ])
    preview.replaceChildren(
      h('h3', {}, 'Settlement preview'),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'You pay now'),
        h(
          'dd',
          {},
          `nothing for the data: this job spends 1 of the ${r.usesRemaining} uses left on right #${r.id}, paid when the right was bought (${price(r.pricePerUse?.amount ?? '0', r.pricePerUse?.denom)} per use); up to ${price(job.maxComputeFee.amount)} compute fee is locked in escrow`,
        ),
        ...payoutFacts(sp, a.owner),
        h('dt', {}, 'ε this job spends'),
        h(
          'dd',
          { id: 'preview-epsilon' },
          `this job spends ${epsilon(job.epsilonMicro.toString())} ε of the ${epsilon(r.epsilonPerUseMicro.toString())} ε per use right #${r.id} reserved when it was bought; what it does not spend returns to the asset's budget`,
        ),
        ...windowsAndResult(params, w.kind),
      ),
      h(
        'button',
        { type: 'button', id: 'sign-request', onclick: () => void request(r, job) },
        'Sign and request',
      ),
    )
  }

  /**
   * Sends the one tx that opens a job, its progress shown; a refusal replaces the progress line (nothing is on
   * its way any more) and is said in words.
   */
  const openJob = async (
    label: string,
    msgOf: (address: string, outputKey: Uint8Array) => { typeUrl: string; value: unknown },
    jobIdOf: (response: Uint8Array) => bigint,
  ) => {
    const w = currentWallet()
    if (!w) return
    error.textContent = ''
    progress.replaceChildren()
    try {
      const msg = msgOf(w.address, (await w.resultKey()).publicKey)
      const tx = await sendTx(w, [msg], txProgress(progress, label))
      started(jobIdOf(tx.responses[0]!), w)
    } catch (e) {
      progress.replaceChildren()
      error.textContent = (e as Error).message
    }
  }

  const request = (r: CR.ComputeRight, job: ReturnType<typeof jobOf>) =>
    openJob(
      `Requesting the job on right #${r.id}`,
      (address, outputKey) => requestJobMsg(address, r.id, job, outputKey),
      (b) => CR.MsgRequestJobResponse.decode(b).jobId,
    )

  /** A job the chain has opened: its link, its live view, and the rights list re-read (a use is locked). */
  const started = (jobId: bigint, w: Wallet) => {
    preview.replaceChildren(
      h(
        'p',
        {},
        h('a', { href: `#/job/${jobId}` }, `Job ${jobId} on its own page`),
        ' (to come back to it later).',
      ),
    )
    jobs.prepend(jobView(jobId, w))
    void refreshRights(w.address).catch((e: Error) => (error.textContent = e.message))
  }

  const buy = (offeringId: bigint, job: ReturnType<typeof jobOf>) =>
    openJob(
      'Buying and requesting the job',
      (buyer, outputKey) => ({
        typeUrl: '/datum.computeright.v1.MsgPurchaseAndRequest',
        value: { buyer, offeringId, job: { ...job, outputKey, viewers: [] } },
      }),
      (b) => CR.MsgPurchaseAndRequestResponse.decode(b).jobId,
    )

  const form = h(
    'form',
    {
      class: 'form',
      'aria-label': 'buy and run',
      onsubmit: (e: Event) => {
        e.preventDefault()
        void showPreview().catch((err: Error) => (error.textContent = err.message))
      },
    },
    field('pay-with', 'Pay with', payWith, 'a right you hold on this asset with uses left, or a new one'),
    field('offering', 'Offering', offering),
    field('algorithm', 'Algorithm', algorithm),
    field('column', 'Column', column),
    field('lower', 'Lower bound', lower, 'mean and sum clamp to [lower, upper]'),
    field('upper', 'Upper bound', upper),
    field('buckets', 'Histogram buckets', buckets, 'comma-separated values'),
    field('epsilon', 'ε for this job', eps),
    field('purpose', 'Purpose', purpose),
    field('compute-fee', 'Max compute fee (udatum)', fee),
    h('button', { type: 'submit' }, 'Preview the settlement'),
  )
  const who = h('p', { class: 'muted' })
  let attached = false
  const off = onWallet((w) => {
    // the panel unsubscribes once it has been shown and then left the page
    if (attached && !who.isConnected) return off()
    attached ||= who.isConnected
    if (w) void refreshRights(w.address).catch((e: Error) => (error.textContent = e.message))
    else {
      held = []
      payWith.replaceChildren(h('option', { value: 'new' }, 'a new right from the offering'))
      offering.disabled = false
    }
    who.replaceChildren(
      w
        ? `Buying as ${short(w.address)} (${w.kind === 'dev' ? 'development key' : 'Keplr'}).`
        : h('a', { href: '#/wallet' }, `${walletNeeded()} to buy`),
    )
  })
  section.append(who, form, preview, progress, error, jobs)
  return section
}
