// `#/job/<id>`: one job followed on its own page (a buyer comes back to it after a reload), with the
// connected wallet reading and decrypting the result once it is finalized.
import { h } from './dom.js'
import { jobView } from './job-view.js'
import { onWallet } from './wallet/wallet.js'
import { walletNeeded } from './wallet-badge.js'

export function jobPage(root: HTMLElement, jobId: bigint): void {
  const body = h('div')
  root.replaceChildren(h('h1', {}, `Job ${jobId}`), body)
  const off = onWallet((w) => {
    if (!root.contains(body)) return off()
    body.replaceChildren(
      w
        ? jobView(jobId, w)
        : h(
            'p',
            {},
            h('a', { href: '#/wallet' }, walletNeeded()),
            ' (the wallet that requested the job) to read its result.',
          ),
    )
  })
}
