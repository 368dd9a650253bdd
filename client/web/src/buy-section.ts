// The asset page's "Buy and run" section, light: the form, the SDK and the crypto (buy.ts and the write chunk,
// ~2.5 MB uncompressed) load only when the visitor opens the form or already has a wallet open (which loaded
// them), so reading an asset costs what the catalogue costs.
import type { AssetDetail } from './api.js'
import { h } from './dom.js'
import { currentWallet } from './wallet/wallet.js'
import { walletNeeded } from './wallet-badge.js'

export function buySection(a: AssetDetail): HTMLElement {
  const section = h(
    'section',
    { class: 'buy', 'aria-labelledby': 'buy-h' },
    h('h2', { id: 'buy-h' }, 'Buy and run'),
  )
  if (!a.offerings.some((o) => o.state === 'OFFERING_STATE_ACTIVE')) {
    section.append(h('p', { class: 'muted' }, 'Nothing is on sale for this asset.'))
    return section
  }
  const status = h('p', { role: 'status' })
  const open = async () => {
    status.textContent = 'Loading the buy form…'
    try {
      const { buyPanel } = await import('./buy.js')
      section.replaceWith(buyPanel(a))
    } catch (e) {
      status.setAttribute('role', 'alert')
      status.textContent = `The buy form did not load: ${(e as Error).message}`
    }
  }
  if (currentWallet()) void open()
  else
    section.append(
      h('p', { class: 'muted' }, h('a', { href: '#/wallet' }, `${walletNeeded()} to buy`)),
      h('button', { type: 'button', id: 'open-buy', onclick: () => void open() }, 'Open the buy form'),
    )
  section.append(status)
  return section
}
