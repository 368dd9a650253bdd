// The header's wallet badge. Light on purpose: the catalogue loads only this. A development key stored in
// this browser is sealed under its passphrase, so nothing connects at start: the badge says a locked key is
// waiting and links to the wallet page, where it is unlocked for the session.
import { h } from './dom.js'
import { storedDevKey } from './wallet/dev-key-store.js'
import { onWallet } from './wallet/wallet.js'
import { short } from './words.js'

/** The words for a page that needs a wallet: unlock the stored key, or connect one. */
export const walletNeeded = (): string =>
  storedDevKey() ? 'Unlock your development key' : 'Connect a wallet'

export function walletBadge(el: HTMLElement): void {
  onWallet((w) => {
    el.replaceChildren(
      w
        ? h(
            'a',
            { href: '#/wallet', class: w.kind === 'dev' ? 'badge dev' : 'badge' },
            `${w.kind === 'dev' ? 'dev key' : 'Keplr'} ${short(w.address)}`,
          )
        : h(
            'a',
            { href: '#/wallet', class: 'badge' },
            storedDevKey() ? 'dev key locked: unlock' : 'Connect a wallet',
          ),
    )
  })
}
