// One mapper from a thrown value to ABCI's (codespace, code): the app, the mempool and queries all use it,
// so the same fault gets the same code wherever it surfaces.
import { describe, expect, it } from 'vitest'
import { AbciError, panicError, sdkErrors, toAbciError } from './errors.js'
import { BasicGasMeter } from './gas.js'

describe('toAbciError', () => {
  it('keeps registered errors, maps gas to 11, a plain Error to 1 and a runtime fault to 111222', () => {
    const registered = sdkErrors.insufficientFunds.wrap('x')
    expect(toAbciError(registered)).toBe(registered)
    const meter = new BasicGasMeter(1)
    let gas: unknown
    try {
      meter.consume(2, 'test')
    } catch (e) {
      gas = e
    }
    expect(toAbciError(gas)).toMatchObject({ codespace: 'sdk', code: 11 })
    expect(toAbciError(new Error('plain'))).toMatchObject({ codespace: 'undefined', code: 1 })
    const fault = toAbciError(new TypeError('x is undefined'))
    expect(fault).toMatchObject({ codespace: panicError.codespace, code: 111222 })
    expect(fault.message).toContain('recovered: TypeError: x is undefined')
    expect(toAbciError('a string')).toMatchObject({ code: 111222 })
    expect(toAbciError(new RangeError('Maximum call stack size exceeded')).code).toBe(111222)
    expect(registered).toBeInstanceOf(AbciError)
  })
})
