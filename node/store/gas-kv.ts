// Gas metering over any KVStore with cosmos-sdk gaskv semantics: a flat cost plus a per-byte cost for every
// read, write, has, delete and iterator step. Flat costs are charged before the access, so a tx out of gas
// never reaches the store; per-byte read costs follow once the value's size is known.
import { type GasMeter, KV_GAS } from '../../modules/sdk/gas.js'
import type { KVPair, KVStore } from '../../modules/sdk/store.js'

export type KVGasConfig = { readonly [K in keyof typeof KV_GAS]: number }

export class GasKVStore implements KVStore {
  constructor(
    private readonly parent: KVStore,
    private readonly meter: GasMeter,
    private readonly config: KVGasConfig = KV_GAS,
  ) {}

  get(key: Uint8Array): Uint8Array | undefined {
    this.meter.consume(this.config.readCostFlat, 'ReadFlat')
    const value = this.parent.get(key)
    this.meter.consume(this.config.readCostPerByte * key.length, 'ReadPerByte')
    if (value) this.meter.consume(this.config.readCostPerByte * value.length, 'ReadPerByte')
    return value
  }

  has(key: Uint8Array): boolean {
    this.meter.consume(this.config.hasCost, 'Has')
    return this.parent.has(key)
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.meter.consume(this.config.writeCostFlat, 'WriteFlat')
    this.meter.consume(this.config.writeCostPerByte * key.length, 'WritePerByte')
    this.meter.consume(this.config.writeCostPerByte * value.length, 'WritePerByte')
    this.parent.set(key, value)
  }

  delete(key: Uint8Array): void {
    this.meter.consume(this.config.deleteCost, 'Delete')
    this.parent.delete(key)
  }

  *iterator(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<KVPair> {
    for (const pair of this.parent.iterator(start, end, reverse)) {
      this.meter.consume(this.config.iterNextCostFlat, 'IterNextFlat')
      this.meter.consume(this.config.readCostPerByte * pair.key.length, 'ValuePerByte')
      this.meter.consume(this.config.readCostPerByte * pair.value.length, 'ValuePerByte')
      yield pair
    }
  }
}
