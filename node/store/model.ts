// An in-memory sorted map: the reference the property tests hold the IAVL store against.
import { compareBytes, toHex } from '../../modules/sdk/bytes.js'
import type { KVPair } from '../../modules/sdk/store.js'

export class SortedModel {
  private readonly m = new Map<string, KVPair>()

  clone(): SortedModel {
    const c = new SortedModel()
    for (const [k, v] of this.m) c.m.set(k, v)
    return c
  }

  get(key: Uint8Array): Uint8Array | undefined {
    return this.m.get(toHex(key))?.value
  }

  set(key: Uint8Array, value: Uint8Array): void {
    this.m.set(toHex(key), { key, value })
  }

  delete(key: Uint8Array): void {
    this.m.delete(toHex(key))
  }

  range(start?: Uint8Array, end?: Uint8Array, reverse = false): KVPair[] {
    const all = [...this.m.values()]
      .filter((p) => (!start || compareBytes(p.key, start) >= 0) && (!end || compareBytes(p.key, end) < 0))
      .sort((a, b) => compareBytes(a.key, b.key))
    return reverse ? all.reverse() : all
  }
}
