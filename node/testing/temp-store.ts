// A real IAVL multistore on LevelDB in a temp dir, for tests: reopen it to test restarts, and
// `cleanup()` closes it and removes the directory (call it in afterEach / afterAll).
import { type CommitMultiStore, openCommitMultiStore, type PruningOptions } from '../store/index.js'
import { asStoreDb, openDb, removeDir, type TestDb, tempDir } from '../store/test-helpers.js'

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
  const dir = await tempDir()
  let db: TestDb
  const open = async () => {
    db = await openDb(dir)
    return openCommitMultiStore({ db: asStoreDb(db), storeNames, pruning })
  }
  const handle: TempStore = {
    store: await open(),
    dir,
    async reopen() {
      await handle.store.close()
      await db.close()
      handle.store = await open()
      return handle.store
    },
    async cleanup() {
      try {
        await handle.store.close()
        await db.close()
      } finally {
        await removeDir(dir)
      }
    },
  }
  return handle
}
