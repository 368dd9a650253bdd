// `#/wallet`: connect Keplr (the chain is suggested to it) or use a local development key, generated or
// imported and kept in this browser's localStorage sealed under a passphrase the user chooses; a stored key is
// unlocked here once per page session (a key an older version left in clear is sealed at its first unlock).
// The header badge: wallet-badge.ts.
import { chain, chainConfig } from './chain.js'
import { h } from './dom.js'
import { forgetDevKey, generateDevWallet, saveDevKey, unlockDevKey } from './wallet/dev-key.js'
import { storedDevKey } from './wallet/dev-key-store.js'
import { keplrOf, keplrWallet } from './wallet/keplr.js'
import { MIN_PASSPHRASE } from './wallet/sealed-key.js'
import { onWallet, setWallet, type Wallet } from './wallet/wallet.js'
import { price } from './words.js'

const PREFIX = 'datum'

async function balanceOf(w: Wallet): Promise<string> {
  const coin = await (await chain()).query.bank.balance(w.address, 'udatum')
  return price(coin.amount, coin.denom)
}

const password = (id: string, autocomplete: 'new-password' | 'current-password') =>
  h('input', { id, type: 'password', autocomplete, minlength: String(MIN_PASSPHRASE) }) as HTMLInputElement

export function walletPage(root: HTMLElement): void {
  const status = h('p', { role: 'status', id: 'wallet-status' })
  const out = h('div')
  const say = (text: string, alert = false) => {
    status.setAttribute('role', alert ? 'alert' : 'status')
    status.className = alert ? 'error' : ''
    status.textContent = text
  }
  /** Runs `act` with the status showing `busy`, any error shown in words. */
  const attempt = async (busy: string, act: () => Promise<void>) => {
    say(busy)
    try {
      await act()
    } catch (e) {
      say((e as Error).message, true)
    }
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
              'Development only: this key is kept in this browser’s storage, encrypted under your passphrase, and open in this page until you reload or leave it. Use it on a dev node, never for real funds.',
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
  const keplrSection = () => {
    const keplr = keplrOf()
    return [
      h('h2', {}, 'Keplr'),
      keplr
        ? h(
            'button',
            {
              type: 'button',
              onclick: () =>
                attempt('Asking Keplr…', async () => {
                  try {
                    setWallet(await keplrWallet(await chainConfig()))
                  } catch (e) {
                    throw new Error(`Keplr did not connect: ${(e as Error).message}`)
                  }
                  say('Connected to Keplr.')
                }),
            },
            'Connect Keplr',
          )
        : h('p', { class: 'muted' }, 'The Keplr extension is not installed in this browser.'),
    ]
  }
  /** A stored key (sealed, or an older version's cleartext one to seal now) waiting for its passphrase. */
  const locked = (kind: 'sealed' | 'clear') => {
    const pass = password('unlock-passphrase', kind === 'sealed' ? 'current-password' : 'new-password')
    const repeat = password('unlock-repeat', 'new-password')
    const form = h(
      'form',
      {
        class: 'form',
        'aria-label': 'unlock the development key',
        onsubmit: (e: Event) => {
          e.preventDefault()
          void attempt(kind === 'sealed' ? 'Unlocking…' : 'Encrypting the key…', async () => {
            if (kind === 'clear' && pass.value !== repeat.value)
              throw new Error('The two passphrases differ.')
            const w = await unlockDevKey(pass.value, PREFIX)
            pass.value = ''
            repeat.value = ''
            setWallet(w)
            say(kind === 'sealed' ? 'Development key unlocked.' : 'Development key encrypted and unlocked.')
          })
        },
      },
      h('label', { for: 'unlock-passphrase' }, kind === 'sealed' ? 'Passphrase' : 'New passphrase', pass),
      ...(kind === 'clear' ? [h('label', { for: 'unlock-repeat' }, 'Repeat the passphrase', repeat)] : []),
      h('button', { type: 'submit' }, kind === 'sealed' ? 'Unlock' : 'Encrypt and unlock'),
    )
    out.replaceChildren(
      h('h2', {}, 'Development key'),
      kind === 'sealed'
        ? h(
            'p',
            {},
            'A development key is stored in this browser, encrypted. Type its passphrase to unlock it.',
          )
        : h(
            'p',
            { class: 'warning', role: 'note' },
            'An older version of this page stored a development key here unencrypted. Choose a passphrase: the key is encrypted under it, the unencrypted copy removed, and the key unlocked.',
          ),
      form,
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            if (confirm('Forget the stored development key? Without its mnemonic it cannot be recovered.')) {
              forgetDevKey()
              setWallet(undefined)
            }
          },
        },
        'Forget the stored key',
      ),
      ...keplrSection(),
    )
    pass.focus()
  }
  const chooser = () => {
    const mnemonic = h('textarea', {
      id: 'mnemonic',
      rows: '3',
      autocomplete: 'off',
      spellcheck: 'false',
    }) as HTMLTextAreaElement
    const pass = password('new-passphrase', 'new-password')
    pass.setAttribute('aria-describedby', 'passphrase-hint')
    const repeat = password('repeat-passphrase', 'new-password')
    /** The chosen passphrase, once both fields agree. */
    const chosen = () => {
      if (pass.value !== repeat.value) throw new Error('The two passphrases differ.')
      return pass.value
    }
    const done = (w: Wallet) => {
      pass.value = ''
      repeat.value = ''
      mnemonic.value = ''
      setWallet(w)
    }
    out.replaceChildren(
      ...keplrSection(),
      h('h2', {}, 'Development key'),
      h(
        'p',
        { class: 'warning', role: 'note' },
        'Development only: the mnemonic is kept in this browser’s storage, encrypted under the passphrase you choose here (PBKDF2-SHA256, AES-GCM). You type the passphrase once each time you open the page.',
      ),
      h(
        'div',
        { class: 'form' },
        // the hint describes the field without becoming part of its name
        h('label', { for: 'new-passphrase' }, 'Passphrase', pass),
        h('small', { class: 'muted', id: 'passphrase-hint' }, `at least ${MIN_PASSPHRASE} characters`),
        h('label', { for: 'repeat-passphrase' }, 'Repeat the passphrase', repeat),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'generate',
          onclick: () =>
            attempt('Generating and encrypting a key…', async () => {
              const { wallet, mnemonic: words } = await generateDevWallet(chosen(), PREFIX)
              done(wallet)
              say(`New development key. Write down its mnemonic if you need it again: ${words}`)
            }),
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
          onclick: () =>
            attempt('Encrypting the key…', async () => {
              done(await saveDevKey(mnemonic.value, chosen(), PREFIX))
              say('Development key imported.')
            }),
        },
        'Import',
      ),
    )
  }
  root.replaceChildren(h('h1', {}, 'Wallet'), status, out)
  const stop = onWallet((w) => {
    if (!root.contains(out)) return stop()
    const stored = storedDevKey()
    if (w) connected(w)
    else if (stored) locked(stored)
    else chooser()
  })
}
