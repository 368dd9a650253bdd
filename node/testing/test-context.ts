// Keeper tests: a Context over a real store (LevelDB in a temp dir) with the stores a module owns,
// block facts from the arguments (never the clock), a gas meter and an event sink.
import {
  BasicGasMeter,
  type BlockInfo,
  Context,
  EventManager,
  type ExecMode,
  type Timestamp,
} from '../../modules/sdk/index.js'
import { BranchStores } from '../app/gas-store.js'
import type { CacheMultiStore, CommitMultiStore } from '../store/index.js'
import { openTempStore } from './temp-store.js'

export interface TestContextOptions {
  storeKeys: readonly string[]
  height?: bigint
  time?: Timestamp
  chainId?: string
  mode?: ExecMode
  /** Default: unlimited. */
  gasLimit?: number
}

export interface TestContext {
  ctx: Context
  store: CommitMultiStore
  /** Writes the context's branch, commits a version and returns a fresh context at the next height. */
  commit(): Promise<Context>
  /** A context over a new branch that sees everything written so far, with its own gas meter and events. */
  fresh(overrides?: { mode?: ExecMode; gasLimit?: number }): Context
  cleanup(): Promise<void>
}

export const TEST_CHAIN_ID = 'datum-test-1'
export const TEST_TIME: Timestamp = { seconds: 1_700_000_000n, nanos: 0 }

export async function makeTestContext(opts: TestContextOptions): Promise<TestContext> {
  const temp = await openTempStore(opts.storeKeys)
  const names = new Set(opts.storeKeys)
  let block: BlockInfo = {
    chainId: opts.chainId ?? TEST_CHAIN_ID,
    height: opts.height ?? 1n,
    time: opts.time ?? TEST_TIME,
    proposer: new Uint8Array(20),
  }
  let branch: CacheMultiStore = temp.store.branch()
  const build = (mode: ExecMode, gasLimit: number | undefined) =>
    new Context(
      block,
      mode,
      new BasicGasMeter(gasLimit ?? Number.POSITIVE_INFINITY),
      new EventManager(),
      new BranchStores(branch, names),
    )
  const tc: TestContext = {
    ctx: build(opts.mode ?? 'deliver', opts.gasLimit),
    store: temp.store,
    async commit() {
      branch.write()
      await temp.store.commit()
      block = {
        ...block,
        height: block.height + 1n,
        time: { ...block.time, seconds: block.time.seconds + 1n },
      }
      branch = temp.store.branch()
      tc.ctx = build(opts.mode ?? 'deliver', opts.gasLimit)
      return tc.ctx
    },
    fresh(overrides = {}) {
      branch.write()
      branch = temp.store.branch()
      tc.ctx = build(overrides.mode ?? opts.mode ?? 'deliver', overrides.gasLimit ?? opts.gasLimit)
      return tc.ctx
    },
    cleanup: () => temp.cleanup(),
  }
  return tc
}
