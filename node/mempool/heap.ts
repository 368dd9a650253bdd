// A small binary heap; `before(a, b)` true means a comes out first.

export class Heap<T> {
  private readonly items: T[] = []

  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length
  }

  push(item: T): void {
    const a = this.items
    a.push(item)
    let i = a.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.before(a[i]!, a[parent]!)) break
      const t = a[i]!
      a[i] = a[parent]!
      a[parent] = t
      i = parent
    }
  }

  pop(): T | undefined {
    const a = this.items
    if (a.length === 0) return undefined
    const top = a[0]
    const last = a.pop()!
    if (a.length > 0) {
      a[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let best = i
        if (l < a.length && this.before(a[l]!, a[best]!)) best = l
        if (r < a.length && this.before(a[r]!, a[best]!)) best = r
        if (best === i) break
        const t = a[i]!
        a[i] = a[best]!
        a[best] = t
        i = best
      }
    }
    return top
  }
}
