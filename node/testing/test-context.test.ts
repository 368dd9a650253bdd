import { afterEach, describe, expect, it } from 'vitest'
import { KV_GAS, OutOfGasError, utf8 } from '../../modules/sdk/index.js'
import { makeTestContext, type TestContext } from './test-context.js'

let tc: TestContext | undefined
afterEach(async () => {
  await tc?.cleanup()
  tc = undefined
})

describe('makeTestContext', () => {
  it('gives a metered context over a real store; commit persists and advances the block', async () => {
    tc = await makeTestContext({ storeKeys: ['alpha', 'beta'], height: 7n })
    const { ctx } = tc
    expect(ctx.height).toBe(7n)
    ctx.kvStore('alpha').set(utf8.encode('k'), utf8.encode('v'))
    expect(ctx.gasMeter.consumed()).toBe(KV_GAS.writeCostFlat + KV_GAS.writeCostPerByte * 2)
    const next = await tc.commit()
    expect(next.height).toBe(8n)
    expect(tc.store.lastCommit().version).toBe(1n)
    expect(utf8.decode(tc.store.storeAt('alpha', 1n).get(utf8.encode('k'))!)).toBe('v')
    expect(() => next.kvStore('gamma')).toThrow(/not mounted/)
  })

  it('enforces a gas limit when given one', async () => {
    tc = await makeTestContext({ storeKeys: ['alpha'], gasLimit: 1010 })
    expect(() => tc!.ctx.kvStore('alpha').get(utf8.encode('missing'))).toThrow(OutOfGasError)
    const fresh = tc.fresh({ gasLimit: 10_000 })
    expect(fresh.kvStore('alpha').get(utf8.encode('missing'))).toBeUndefined()
  })
})
