// `#/owner`: the connected wallet's assets as the indexer knows them (uses, ε spent, revenue, and the total
// earned), and consent managed on chain: revoke an executor's grant (MsgRevokeGrant), grant one with the
// data key this browser keeps (MsgGrantExecutors), or withdraw consent for the whole asset (state REVOKED).
import * as DA from '../../../proto/gen/datum/dataasset/v1/index.js'
import { type AssetSummary, type Executor, get } from './api.js'
import { chain, sendTx } from './chain.js'
import { dataKeyOf, grantMsg } from './data-keys.js'
import { h } from './dom.js'
import { txProgress } from './tx-progress.js'
import { currentWallet, type Wallet } from './wallet/wallet.js'
import { walletNeeded } from './wallet-badge.js'
import { enumWord, epsilon, price, short } from './words.js'

export async function ownerPage(root: HTMLElement): Promise<void> {
  const w = currentWallet()
  if (!w) {
    root.replaceChildren(
      h('h1', {}, 'My assets'),
      h('p', {}, h('a', { href: '#/wallet' }, walletNeeded()), ' to see your assets.'),
    )
    return
  }
  root.replaceChildren(h('h1', {}, 'My assets'), h('p', { role: 'status' }, 'Loading…'))
  let page: { total: number; assets: AssetSummary[] }
  let executors: Executor[]
  try {
    ;[page, { executors }] = await Promise.all([
      get<{ total: number; assets: AssetSummary[] }>(
        `/api/assets?owner=${encodeURIComponent(w.address)}&limit=100&sort=recent`,
      ),
      get<{ executors: Executor[] }>('/api/executors?limit=100'),
    ])
  } catch (e) {
    root.replaceChildren(h('h1', {}, 'My assets'), h('p', { role: 'alert' }, (e as Error).message))
    return
  }
  const earned = page.assets.reduce((n, a) => n + BigInt(a.revenue || '0'), 0n)
  const uses = page.assets.reduce((n, a) => n + BigInt(a.uses || '0'), 0n)
  root.replaceChildren(
    h('h1', {}, 'My assets'),
    h('p', { class: 'muted' }, `Owner ${w.address}`),
    h(
      'dl',
      { class: 'facts', id: 'earnings' },
      h('dt', {}, 'Earned'),
      h('dd', {}, price(earned.toString())),
      h('dt', {}, 'Uses'),
      h('dd', {}, uses.toString()),
      h('dt', {}, 'Assets'),
      h('dd', {}, String(page.total)),
    ),
    page.assets.length
      ? h('div', {}, ...page.assets.map((a) => assetCard(a, w, executors)))
      : h('p', {}, 'No assets yet. ', h('a', { href: '#/publish' }, 'Publish one.')),
  )
}

function assetCard(a: AssetSummary, w: Wallet, executors: Executor[]): HTMLElement {
  const grants = h(
    'ul',
    { 'aria-label': `grants of ${a.name || a.id}` },
    h('li', { class: 'muted' }, 'Loading grants…'),
  )
  const box = h('div', { class: 'tx' })
  const error = h('p', { role: 'alert', class: 'error' })
  /** Sends `msgs`; true once included (the grants are then read again), false after a refusal in words. */
  const run = async (what: string, msgs: { typeUrl: string; value: unknown }[]): Promise<boolean> => {
    error.textContent = ''
    box.replaceChildren()
    try {
      await sendTx(w, msgs, txProgress(box, what))
      await loadGrants()
      return true
    } catch (e) {
      box.replaceChildren()
      error.textContent = (e as Error).message
      return false
    }
  }
  const loadGrants = async () => {
    const { query } = await chain()
    const r = await query.dataasset.grants(a.id)
    const held = new Set(r.grants.map((g) => g.executor))
    const key = await dataKeyOf(w, a.content_hash)
    const others = executors.filter((e) => e.state === 'EXECUTOR_STATE_ACTIVE' && !held.has(e.operator))
    grants.replaceChildren(
      ...r.grants.map((g) =>
        h(
          'li',
          {},
          `${short(g.executor)} holds the data key `,
          h(
            'button',
            {
              type: 'button',
              onclick: () =>
                void run(`Revoking ${short(g.executor)}`, [
                  {
                    typeUrl: '/datum.dataasset.v1.MsgRevokeGrant',
                    value: { owner: w.address, assetId: a.id, executor: g.executor },
                  },
                ]),
            },
            `Revoke ${short(g.executor)}`,
          ),
        ),
      ),
      ...(r.grants.length
        ? []
        : [h('li', { class: 'muted' }, 'No executor holds the data key: nobody can compute on it.')]),
      ...others.map((e) =>
        h(
          'li',
          {},
          `${short(e.operator)} (${e.region}) may be granted `,
          key
            ? h(
                'button',
                {
                  type: 'button',
                  onclick: async () =>
                    run(`Granting ${short(e.operator)}`, [
                      await grantMsg(w.address, a.id, [e.operator], key.key),
                    ]),
                },
                `Grant ${short(e.operator)}`,
              )
            : h('span', { class: 'muted' }, '(the data key is not in this browser)'),
        ),
      ),
    )
  }
  void loadGrants().catch((e: Error) => grants.replaceChildren(h('li', { role: 'alert' }, e.message)))
  const withdrawn = () => h('p', { class: 'consent' }, 'Consent withdrawn: the asset is revoked.')
  const consent = h(
    'div',
    {},
    a.state === 'ASSET_STATE_REVOKED'
      ? withdrawn()
      : h(
          'button',
          {
            type: 'button',
            class: 'danger',
            onclick: async () => {
              if (
                !confirm(
                  'Withdraw consent? The asset is revoked for good: no new rights or jobs, and executors delete their copies.',
                )
              )
                return
              const done = await run('Withdrawing consent', [
                {
                  typeUrl: '/datum.dataasset.v1.MsgSetAssetState',
                  value: {
                    owner: w.address,
                    assetId: a.id,
                    state: DA.AssetState.ASSET_STATE_REVOKED,
                    supersededBy: '',
                    reason: 'consent withdrawn by the owner',
                  },
                },
              ])
              if (done) consent.replaceChildren(withdrawn())
            },
          },
          'Withdraw consent (revoke the asset)',
        ),
  )
  return h(
    'section',
    { class: 'card', 'aria-label': a.name || a.id },
    h('h2', {}, h('a', { href: `#/asset/${a.id}` }, a.name || a.id)),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'State'),
      h('dd', {}, enumWord(a.state)),
      h('dt', {}, 'Uses'),
      h('dd', {}, a.uses),
      h('dt', {}, 'ε spent'),
      h('dd', {}, `${epsilon(a.epsilon_spent_micro)} of ${epsilon(a.epsilon_total_micro)}`),
      h('dt', {}, 'Revenue'),
      h('dd', {}, price(a.revenue)),
    ),
    h('h3', {}, 'Who may compute'),
    grants,
    consent,
    box,
    error,
  )
}
