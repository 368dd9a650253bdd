// A bounded set of recently committed tx hashes (insertion-ordered Map as an LRU), so a tx that was just
// committed is refused before CheckTx runs again, as CometBFT's mempool cache does.

export class HashCache {
  private readonly entries = new Map<string, true>()

  constructor(private readonly capacity: number) {}

  has(hashHex: string): boolean {
    return this.entries.has(hashHex)
  }

  add(hashHex: string): void {
    if (this.capacity === 0) return
    this.entries.delete(hashHex)
    this.entries.set(hashHex, true)
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!)
  }

  get size(): number {
    return this.entries.size
  }
}
