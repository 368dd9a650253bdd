// The header's wallet badge, and the development key kept in this browser reconnected at start. Light on
// purpose: the catalogue loads only this; the key code and the SDK come in a chunk when a key is stored.
import { h } from './dom.js'
import { onWallet, setWallet } from './wallet/wallet.js'
import { short } from './words.js'

const DEV_KEY_STORAGE = 'datum.dev-key.mnemonic'

export async function restoreWallet(): Promise<void> {
  const m = localStorage.getItem(DEV_KEY_STORAGE)
  if (!m) return
  const { devWallet } = await import('./wallet/dev-key.js')
  setWallet(await devWallet(m, 'datum').catch(() => undefined))
}

export function walletBadge(el: HTMLElement): void {
  onWallet((w) => {
    el.replaceChildren(
      w
        ? h(
            'a',
            { href: '#/wallet', class: w.kind === 'dev' ? 'badge dev' : 'badge' },
            `${w.kind === 'dev' ? 'dev key' : 'Keplr'} ${short(w.address)}`,
          )
        : h('a', { href: '#/wallet', class: 'badge' }, 'Connect a wallet'),
    )
  })
}
