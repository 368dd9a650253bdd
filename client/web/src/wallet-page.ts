// `#/wallet`: connect Keplr (the chain is suggested to it) or use a local development key, generated or
// imported, kept in this browser's localStorage and labelled as such (the header badge: wallet-badge.ts).
import { chain, chainConfig } from './chain.js'
import { h } from './dom.js'
import { devWallet, forgetDevKey, generateDevWallet } from './wallet/dev-key.js'
import { keplrOf, keplrWallet } from './wallet/keplr.js'
import { onWallet, setWallet, type Wallet } from './wallet/wallet.js'
import { price } from './words.js'

const PREFIX = 'datum'

async function balanceOf(w: Wallet): Promise<string> {
  const coin = await (await chain()).query.bank.balance(w.address, 'udatum')
  return price(coin.amount, coin.denom)
}

export function walletPage(root: HTMLElement): void {
  const status = h('p', { role: 'status', id: 'wallet-status' })
  const out = h('div')
  const say = (text: string, alert = false) => {
    status.setAttribute('role', alert ? 'alert' : 'status')
    status.textContent = text
  }
  const connected = (w: Wallet) => {
    const bal = h('dd', { id: 'balance' }, '…')
    void balanceOf(w).then(
      (b) => (bal.textContent = b),
      (e: Error) => (bal.textContent = `unknown (${e.message})`),
    )
    out.replaceChildren(
      h('h2', {}, 'Connected'),
      ...(w.kind === 'dev'
        ? [
            h(
              'p',
              { class: 'warning', role: 'note' },
              'Development only: this key is kept unencrypted in this browser’s storage. Use it on a dev node, never for real funds.',
            ),
          ]
        : []),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'Wallet'),
        h('dd', {}, w.label),
        h('dt', {}, 'Address'),
        h('dd', { class: 'mono', id: 'address' }, w.address),
        h('dt', {}, 'Balance'),
        bal,
      ),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            if (w.kind === 'dev') forgetDevKey()
            setWallet(undefined)
          },
        },
        w.kind === 'dev' ? 'Forget this development key' : 'Disconnect',
      ),
    )
  }
  const chooser = () => {
    const mnemonic = h('textarea', {
      id: 'mnemonic',
      rows: '3',
      autocomplete: 'off',
      spellcheck: 'false',
    }) as HTMLTextAreaElement
    const keplr = keplrOf()
    out.replaceChildren(
      h('h2', {}, 'Keplr'),
      keplr
        ? h(
            'button',
            {
              type: 'button',
              onclick: async () => {
                say('Asking Keplr…')
                try {
                  setWallet(await keplrWallet(await chainConfig()))
                  say('Connected to Keplr.')
                } catch (e) {
                  say(`Keplr did not connect: ${(e as Error).message}`, true)
                }
              },
            },
            'Connect Keplr',
          )
        : h('p', { class: 'muted' }, 'The Keplr extension is not installed in this browser.'),
      h('h2', {}, 'Development key'),
      h(
        'p',
        { class: 'warning', role: 'note' },
        'Development only: the mnemonic is kept unencrypted in this browser’s storage.',
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'generate',
          onclick: async () => {
            const { wallet, mnemonic: words } = await generateDevWallet(PREFIX)
            setWallet(wallet)
            say(`New development key. Write down its mnemonic if you need it again: ${words}`)
          },
        },
        'Generate a development key',
      ),
      h('label', { for: 'mnemonic' }, 'Or import a mnemonic'),
      mnemonic,
      h(
        'button',
        {
          type: 'button',
          id: 'import',
          onclick: async () => {
            try {
              setWallet(await devWallet(mnemonic.value, PREFIX))
              mnemonic.value = ''
              say('Development key imported.')
            } catch (e) {
              say((e as Error).message, true)
            }
          },
        },
        'Import',
      ),
    )
  }
  root.replaceChildren(h('h1', {}, 'Wallet'), status, out)
  const stop = onWallet((w) => {
    if (!root.contains(out)) return stop()
    if (w) connected(w)
    else chooser()
  })
}
