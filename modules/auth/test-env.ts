// Test support: keepers run over the real store (IAVL on LevelDB in a temp dir, node/testing). Each
// `ctx()` flushes the previous context's branch and opens a new one with its own gas meter and events.
import { makeTestContext, type TestContext } from '../../node/testing/test-context.js'
import type { Context, ExecMode } from '../sdk/index.js'
import { STORE_KEY } from './keys.js'

export interface StoreEnv {
  tc: TestContext
  ctx(mode?: ExecMode, gasLimit?: number): Context
  cleanup(): Promise<void>
}

export async function storeEnv(opts: { height?: bigint; chainId?: string } = {}): Promise<StoreEnv> {
  const tc = await makeTestContext({ storeKeys: [STORE_KEY, 'bank'], ...opts })
  return {
    tc,
    ctx: (mode, gasLimit) => tc.fresh({ mode, gasLimit }),
    cleanup: () => tc.cleanup(),
  }
}
