// The deterministic workload of the crash test: what version v writes depends only on v, so a writer killed
// at any moment and restarted continues the same history, and a reference store can replay it.
import { utf8 } from '../../modules/sdk/bytes.js'
import type { CommitMultiStore } from './types.js'

export const CRASH_STORES = ['acc', 'bank']
/** Stands in for the block store's height key (outside the store's key space). */
export const HEIGHT_MARKER = Uint8Array.of(0x21, 0x68)
export const CRASH_PRUNING = { keepRecent: 4, keepEvery: 0 }

export function applyVersion(store: CommitMultiStore, version: number): void {
  const block = store.branch()
  for (const name of CRASH_STORES) {
    const kv = block.getKVStore(name)
    for (let i = 0; i < 300; i++) {
      const k = (version * 7919 + i * 104_729) % 5_000
      kv.set(utf8.encode(`${name}/${k}`), utf8.encode(`v${version}.${i}`))
    }
    for (let i = 0; i < 60; i++) kv.delete(utf8.encode(`${name}/${(version * 31 + i * 83) % 5_000}`))
  }
  block.write()
}
