// A bounded cache with least-recently-used eviction by generations: hits land in `young`; when `young` holds
// half the capacity it becomes `old` and the previous `old` is dropped whole. A hit in `old` moves the entry
// back to `young`. Unlike a Map-reorder LRU (delete + set on every hit, which degrades badly in V8 for hot
// keys), a hit on a young entry costs one Map lookup, and at most `capacity` entries are ever held.

export class LruCache<K, V> {
  private young = new Map<K, V>()
  private old = new Map<K, V>()
  private readonly half: number

  constructor(readonly capacity: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 2)
      throw new RangeError(`invalid LRU capacity ${capacity}`)
    this.half = Math.floor(capacity / 2)
  }

  get size(): number {
    return this.young.size + this.old.size
  }

  get(key: K): V | undefined {
    const value = this.young.get(key)
    if (value !== undefined) return value
    const aged = this.old.get(key)
    if (aged !== undefined) {
      this.old.delete(key)
      this.addYoung(key, aged)
    }
    return aged
  }

  set(key: K, value: V): void {
    if (this.young.has(key)) {
      this.young.set(key, value)
      return
    }
    this.old.delete(key)
    this.addYoung(key, value)
  }

  delete(key: K): void {
    this.young.delete(key)
    this.old.delete(key)
  }

  clear(): void {
    this.young.clear()
    this.old.clear()
  }

  private addYoung(key: K, value: V): void {
    this.young.set(key, value)
    if (this.young.size >= this.half) {
      this.old = this.young
      this.young = new Map()
    }
  }
}
