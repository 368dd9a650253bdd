// The catalogue: a search box with instant results (each keystroke cancels the previous request) and filters.
import { type AssetSummary, get } from './api.js'
import { h } from './dom.js'
import { enumWord, epsilon, licenceWords, price } from './words.js'

interface Page {
  total: number
  assets: AssetSummary[]
}

export function cataloguePage(root: HTMLElement): void {
  const q = h('input', {
    type: 'search',
    id: 'q',
    placeholder: 'Search titles, descriptions, tags, columns',
    autocomplete: 'off',
  }) as HTMLInputElement
  const region = h('input', { id: 'region', placeholder: 'e.g. DE,NL', maxlength: '64' }) as HTMLInputElement
  const purpose = h(
    'select',
    { id: 'purpose' },
    h('option', { value: '' }, 'any purpose'),
    ...['RESEARCH', 'COMMERCIAL', 'TRAINING', 'INFERENCE'].map((p) =>
      h('option', { value: `PURPOSE_${p}` }, p.toLowerCase()),
    ),
  ) as HTMLSelectElement
  const maxPrice = h('input', {
    id: 'max_price',
    inputmode: 'numeric',
    placeholder: 'udatum per use',
  }) as HTMLInputElement
  const minEps = h('input', { id: 'min_eps', inputmode: 'decimal', placeholder: 'ε' }) as HTMLInputElement
  const sort = h(
    'select',
    { id: 'sort' },
    h('option', { value: 'relevance' }, 'relevance'),
    h('option', { value: 'usage' }, 'most used'),
    h('option', { value: 'recent' }, 'newest'),
  ) as HTMLSelectElement
  const status = h('p', { role: 'status', class: 'muted' })
  const list = h('ul', { class: 'cards', 'aria-label': 'assets' })
  const label = (el: HTMLElement, text: string) => h('label', { for: el.id }, text, el)

  root.replaceChildren(
    h('h1', {}, 'Datasets'),
    h('div', { class: 'search' }, h('label', { for: 'q', class: 'visually-hidden' }, 'Search datasets'), q),
    h(
      'form',
      { class: 'filters', 'aria-label': 'filters', onsubmit: (e: Event) => e.preventDefault() },
      label(region, 'Regions'),
      label(purpose, 'Purpose'),
      label(maxPrice, 'Max price'),
      label(minEps, 'Min remaining ε'),
      label(sort, 'Sort'),
    ),
    status,
    list,
  )

  let inflight: AbortController | undefined
  const run = async () => {
    inflight?.abort()
    inflight = new AbortController()
    const p = new URLSearchParams({ limit: '24' })
    if (q.value.trim()) p.set('q', q.value.trim())
    if (region.value.trim()) p.set('region', region.value.toUpperCase().replace(/\s+/g, ''))
    if (purpose.value) p.set('purpose', purpose.value)
    if (maxPrice.value.trim()) p.set('max_price', maxPrice.value.trim())
    if (minEps.value.trim()) p.set('min_epsilon_micro', String(Math.round(Number(minEps.value) * 1e6)))
    p.set('sort', sort.value)
    try {
      const page = await get<Page>(`/api/assets?${p}`, inflight.signal)
      status.textContent = `${page.total} dataset${page.total === 1 ? '' : 's'}`
      list.replaceChildren(...page.assets.map(card))
    } catch (e) {
      if ((e as Error).name === 'AbortError') return
      status.textContent = `Search failed: ${(e as Error).message}`
    }
  }
  for (const el of [q, region, maxPrice, minEps]) el.addEventListener('input', run)
  for (const el of [purpose, sort]) el.addEventListener('change', run)
  void run()
}

function card(a: AssetSummary): HTMLElement {
  return h(
    'li',
    { class: 'card' },
    h('h2', {}, h('a', { href: `#/asset/${a.id}` }, a.name || a.id)),
    h('p', {}, a.description),
    h('p', { class: 'muted' }, licenceWords(a.licence)),
    h(
      'dl',
      {},
      h('dt', {}, 'Regions'),
      h('dd', {}, a.regions.join(', ') || 'none'),
      h('dt', {}, 'Algorithms'),
      h(
        'dd',
        {},
        [...a.mechanisms.map(enumWord), ...a.algorithms.filter((x) => x.length < 40)].join(', ') || 'none',
      ),
      h('dt', {}, 'From'),
      h('dd', {}, price(a.min_price)),
      h('dt', {}, 'ε left'),
      h('dd', {}, epsilon(a.epsilon_remaining_micro)),
      h('dt', {}, 'Uses'),
      h('dd', {}, a.uses),
    ),
    a.tags.length ? h('p', { class: 'tags' }, ...a.tags.map((t) => h('span', { class: 'tag' }, t))) : null,
  )
}
