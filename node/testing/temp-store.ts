// A real IAVL multistore on LevelDB in a temp dir, for tests: reopen it to test restarts, and
// `cleanup()` closes it and removes the directory (call it in afterEach / afterAll).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Level } from 'level'
import {
  type CommitMultiStore,
  openCommitMultiStore,
  type PruningOptions,
  type StoreDb,
} from '../store/index.js'

export interface TempStore {
  store: CommitMultiStore
  dir: string
  /** Closes the store and db and opens them again from disk (a node restart). */
  reopen(): Promise<CommitMultiStore>
  cleanup(): Promise<void>
}

export async function openTempStore(
  storeNames: readonly string[],
  pruning?: PruningOptions,
): Promise<TempStore> {
  const dir = await mkdtemp(join(tmpdir(), 'datum-test-'))
  let db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' })
  const open = async () => {
    await db.open()
    return openCommitMultiStore({ db: db as unknown as StoreDb, storeNames, pruning })
  }
  const handle: TempStore = {
    store: await open(),
    dir,
    async reopen() {
      await handle.store.close()
      await db.close()
      db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' })
      handle.store = await open()
      return handle.store
    },
    async cleanup() {
      try {
        await handle.store.close()
        await db.close()
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
  }
  return handle
}
