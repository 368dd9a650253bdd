// The marketplace's entry: a hash router over the catalogue, asset pages and executors, plus the indexer's
// height in the header so a user sees how fresh the catalogue is.
import { get } from './api.js'
import { assetPage } from './asset.js'
import { cataloguePage } from './catalogue.js'
import { executorsPage } from './executors.js'

const root = document.getElementById('main')!
const height = document.getElementById('height')!

function route(): void {
  const m = /^#\/asset\/([0-9a-f]{64})$/.exec(location.hash)
  if (m) void assetPage(root, m[1]!)
  else if (location.hash === '#/executors') void executorsPage(root)
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

window.addEventListener('hashchange', route)
route()
void tick()
setInterval(tick, 5000)
