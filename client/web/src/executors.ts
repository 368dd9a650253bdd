// Executors: kind, state, bond, reputation, jobs accepted and slashes.
import { type Executor, get } from './api.js'
import { h } from './dom.js'
import { enumWord, price } from './words.js'

export async function executorsPage(root: HTMLElement): Promise<void> {
  root.replaceChildren(h('h1', {}, 'Executors'), h('p', { role: 'status' }, 'Loading…'))
  try {
    const page = await get<{ total: number; executors: Executor[] }>('/api/executors?limit=100')
    const rows = page.executors.map((e) =>
      h(
        'tr',
        {},
        ...[
          e.operator,
          enumWord(e.kind),
          enumWord(e.state),
          price(e.bond_amount, e.bond_denom),
          e.reputation,
          e.region,
          e.jobs_accepted,
          e.slashes,
        ].map((c) => h('td', {}, String(c))),
      ),
    )
    root.replaceChildren(
      h('h1', {}, 'Executors'),
      h('p', { role: 'status', class: 'muted' }, `${page.total} registered`),
      h(
        'div',
        { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': 'Registered executors' },
        h(
          'table',
          {},
          h('caption', {}, 'Registered executors'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...['operator', 'kind', 'state', 'bond', 'reputation', 'region', 'jobs', 'slashes'].map((c) =>
                h('th', { scope: 'col' }, c),
              ),
            ),
          ),
          h('tbody', {}, ...rows),
        ),
      ),
    )
  } catch (e) {
    root.replaceChildren(h('h1', {}, 'Executors'), h('p', { role: 'alert' }, (e as Error).message))
  }
}
