// Test support: keepers run over the real store (IAVL on LevelDB in a temp dir, node/testing). Each
// `ctx()` flushes the previous context's branch and opens a new one with its own gas meter and events.

import { expect } from 'vitest'
import { makeTestContext, type TestContext } from '../../node/testing/test-context.js'
import { AbciError, type Context, type ExecMode, QueryError } from '../sdk/index.js'
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

/** Asserts `fn` throws the registered error (codespace, code), optionally with text in its message. */
export function expectAbciError(
  fn: () => unknown,
  codespace: string,
  code: number,
  text?: string | RegExp,
): void {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(AbciError)
    expect([(e as AbciError).codespace, (e as AbciError).code]).toEqual([codespace, code])
    if (text) expect((e as AbciError).message).toMatch(text)
    return
  }
  expect.unreachable(`expected ${codespace}/${code}`)
}

/** Asserts `fn` throws a gRPC-style query error with this code and text. */
export function expectQueryError(fn: () => unknown, grpcCode: string, text: string | RegExp): void {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(QueryError)
    expect((e as QueryError).grpcCode).toBe(grpcCode)
    expect((e as QueryError).message).toMatch(text)
    return
  }
  expect.unreachable(`expected ${grpcCode}`)
}
