// The marketplace's entry: a hash router over the catalogue, asset pages, executors, the wallet, publishing
// and the owner's assets, plus the indexer's height in the header so a user sees how fresh the catalogue is.
import { get } from './api.js'
import { assetPage } from './asset.js'
import { cataloguePage } from './catalogue.js'
import { executorsPage } from './executors.js'
import { walletBadge } from './wallet-badge.js'

const root = document.getElementById('main')!
const height = document.getElementById('height')!

function route(): void {
  const m = /^#\/asset\/([0-9a-f]{64})$/.exec(location.hash)
  const job = /^#\/job\/([1-9]\d{0,19})$/.exec(location.hash)
  if (m) void assetPage(root, m[1]!)
  else if (job) void import('./job-page.js').then((p) => p.jobPage(root, BigInt(job[1]!)))
  else if (location.hash === '#/executors') void executorsPage(root)
  // the write side (wallet, SDK, crypto) is a chunk of its own, loaded by the pages that need it
  else if (location.hash === '#/wallet') void import('./wallet-page.js').then((m) => m.walletPage(root))
  else if (location.hash === '#/publish') void import('./publish.js').then((m) => m.publishPage(root))
  else if (location.hash === '#/owner') void import('./owner.js').then((m) => m.ownerPage(root))
  else cataloguePage(root)
  root.focus()
}

async function tick(): Promise<void> {
  try {
    height.textContent = `indexed to block ${(await get<{ height: string }>('/api/status')).height}`
  } catch {
    height.textContent = 'indexer unreachable'
  }
}

walletBadge(document.getElementById('wallet')!)
window.addEventListener('hashchange', route)
route()
void tick()
setInterval(tick, 5000)
