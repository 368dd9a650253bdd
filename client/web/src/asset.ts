// One asset: owner, versions and content hash, licence in words, policies, offerings, buy and run
// (buy-section.ts: the write side loads on demand), usage ledger, plots.
import { type AssetDetail, get, type SeriesPoint, type UsageRecord } from './api.js'
import { buySection } from './buy-section.js'
import { chart } from './chart.js'
import { h } from './dom.js'
import { enumWord, epsilon, licenceWords, price } from './words.js'

const table = (caption: string, head: string[], rows: (string | number)[][]) =>
  h(
    'div',
    { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, String(c)))))),
    ),
  )

export async function assetPage(root: HTMLElement, id: string): Promise<void> {
  root.replaceChildren(h('p', { role: 'status' }, 'Loading…'))
  let a: AssetDetail
  let usage: { total: number; records: UsageRecord[] }
  let series: { points: SeriesPoint[] }
  try {
    ;[a, usage, series] = await Promise.all([
      get<AssetDetail>(`/api/assets/${id}`),
      get<{ total: number; records: UsageRecord[] }>(`/api/assets/${id}/usage?limit=50`),
      get<{ points: SeriesPoint[] }>(`/api/assets/${id}/series?bucket=hour`),
    ])
  } catch (e) {
    root.replaceChildren(h('h1', {}, 'Asset'), h('p', { role: 'alert' }, (e as Error).message))
    return
  }
  let spent = 0
  const epsPoints = series.points.map((p) => {
    spent += Number(p.epsilon_micro) / 1e6
    return { label: new Date(p.t).toLocaleString(), value: spent }
  })
  const revPoints = series.points.map((p) => ({
    label: new Date(p.t).toLocaleString(),
    value: Number(p.revenue),
  }))
  const pp = a.record.privacy_policy ?? {}
  root.replaceChildren(
    h('p', {}, h('a', { href: '#/' }, '← all datasets')),
    h('h1', {}, a.name || a.id),
    h('p', {}, a.description),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Owner'),
      h('dd', { class: 'mono' }, a.owner),
      h('dt', {}, 'State'),
      h('dd', {}, enumWord(a.state)),
      h('dt', {}, 'Version'),
      h('dd', {}, String(a.version)),
      h('dt', {}, 'Content hash'),
      h('dd', { class: 'mono' }, a.content_hash),
      h('dt', {}, 'Columns'),
      h('dd', {}, a.columns.join(', ') || 'not published'),
      h('dt', {}, 'Tags'),
      h('dd', {}, a.tags.join(', ') || 'none'),
    ),
    h('h2', {}, 'Licence'),
    h('p', { id: 'licence' }, licenceWords(a.licence)),
    h('h2', {}, 'Policies'),
    h(
      'ul',
      {},
      h('li', {}, `Mechanisms: ${a.mechanisms.map(enumWord).join(', ') || 'none (nobody may compute)'}`),
      h('li', {}, `Algorithms allowed: ${a.algorithms.join(', ') || 'none'}`),
      h('li', {}, `Regions: ${a.regions.join(', ') || 'none'}`),
      h(
        'li',
        {},
        `Privacy budget: ${epsilon(a.epsilon_total_micro)} ε in total, ${epsilon(a.epsilon_remaining_micro)} ε left, at most ${epsilon(pp.epsilon_per_job_max_micro ?? '0')} ε per job`,
      ),
    ),
    h('h2', {}, 'Offerings'),
    a.offerings.length
      ? table(
          'Offerings',
          ['id', 'state', 'price per use', 'uses per right', 'ε per use', 'sold'],
          a.offerings.map((o) => [
            o.id,
            enumWord(o.state),
            price(o.price_amount, o.price_denom),
            o.uses_per_right,
            epsilon(o.epsilon_per_use_micro),
            o.sold,
          ]),
        )
      : h('p', { class: 'muted' }, 'No offerings yet.'),
    buySection(a),
    h('h2', {}, 'Usage'),
    h(
      'div',
      { class: 'plots' },
      chart('ε spent over time', epsPoints, 'line', 'ε'),
      chart('Revenue per hour', revPoints, 'bars', 'udatum'),
    ),
    table(
      `Usage ledger (${usage.total} uses)`,
      ['#', 'job', 'right', 'ε', 'revenue', 'height', 'time'],
      usage.records.map((r) => [
        r.sequence,
        r.job_id,
        r.right_id,
        epsilon(r.epsilon_micro),
        price(r.revenue, r.revenue_denom),
        r.height,
        new Date(r.time).toLocaleString(),
      ]),
    ),
    h('h2', {}, 'Versions'),
    table(
      'Versions',
      ['version', 'content hash', 'height'],
      a.versions.map((v) => [v.version, v.content_hash, v.height]),
    ),
  )
}
