// Child process of the crash test: commits the crash workload forever, printing each durable commit.
// Usage: node --import tsx node/store/crash-writer.ts <db dir>
import { Level } from 'level'
import { toHex } from '../../modules/sdk/bytes.js'
import { applyVersion, CRASH_PRUNING, CRASH_STORES, HEIGHT_MARKER } from './crash-workload.js'
import { encodeVersion } from './keys.js'
import { openCommitMultiStore } from './open.js'

const dir = process.argv[2]
if (!dir) {
  process.stderr.write('usage: crash-writer.ts <db dir>\n')
  process.exit(2)
}
const db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' })
await db.open()
const store = await openCommitMultiStore({
  db,
  storeNames: CRASH_STORES,
  pruning: CRASH_PRUNING,
  nodeCacheSize: 2_000,
  // Checkpoints every few versions, so kills also land in checkpoint commits and reopens replay changesets.
  checkpointInterval: 3,
})
for (;;) {
  const version = Number(store.lastCommit().version) + 1
  applyVersion(store, version)
  // The block store's height marker rides in the same batch, as the node's commit does.
  const c = await store.commit([{ key: HEIGHT_MARKER, value: encodeVersion(version) }])
  process.stdout.write(`committed ${c.version} ${toHex(c.hash)}\n`)
}
