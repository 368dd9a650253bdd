import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BasicGasMeter, KV_GAS, OutOfGasError } from '../../modules/sdk/gas.js'
import { GasKVStore } from './gas-kv.js'
import { b, openDb, openStore, removeDir, type TestDb, tempDir } from './test-helpers.js'
import type { CommitMultiStore } from './types.js'

describe('GasKVStore', () => {
  let dir: string
  let db: TestDb
  let store: CommitMultiStore
  beforeEach(async () => {
    dir = await tempDir()
    db = await openDb(dir)
    store = await openStore(db)
  })
  afterEach(async () => {
    await db.close()
    await removeDir(dir)
  })

  it('charges cosmos gaskv costs for every access and iterator step', () => {
    const meter = new BasicGasMeter(Number.POSITIVE_INFINITY)
    const kv = new GasKVStore(store.branch().getKVStore('bank'), meter)
    kv.set(b('key1'), b('value1'))
    const write = KV_GAS.writeCostFlat + KV_GAS.writeCostPerByte * (4 + 6)
    expect(meter.consumed()).toBe(write)
    expect(kv.get(b('key1'))).toEqual(b('value1'))
    const read = KV_GAS.readCostFlat + KV_GAS.readCostPerByte * (4 + 6)
    expect(meter.consumed()).toBe(write + read)
    kv.get(b('none'))
    const miss = KV_GAS.readCostFlat + KV_GAS.readCostPerByte * 4
    expect(kv.has(b('key1'))).toBe(true)
    kv.set(b('key2'), b('v'))
    const before = meter.consumed()
    expect([...kv.iterator()]).toHaveLength(2)
    const steps = 2 * KV_GAS.iterNextCostFlat + KV_GAS.readCostPerByte * (4 + 6 + 4 + 1)
    expect(meter.consumed() - before).toBe(steps)
    kv.delete(b('key2'))
    expect(meter.consumed()).toBe(
      write +
        read +
        miss +
        KV_GAS.hasCost +
        KV_GAS.writeCostFlat +
        5 * KV_GAS.writeCostPerByte +
        steps +
        KV_GAS.deleteCost,
    )
  })

  it('stops a write that runs out of gas before it reaches the store', () => {
    const branch = store.branch()
    const kv = new GasKVStore(branch.getKVStore('bank'), new BasicGasMeter(KV_GAS.writeCostFlat))
    expect(() => kv.set(b('key'), b('value'))).toThrow(OutOfGasError)
    expect(branch.getKVStore('bank').has(b('key'))).toBe(false)
  })
})
