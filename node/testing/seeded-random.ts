// mulberry32: one tiny seeded generator for tests, simulations and benchmarks, so a run reproduces from
// the seed it prints. Fast, 32 bits of state, uniform on [0, 1); not for anything secret, and never for
// consensus code (which takes no randomness at all).
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
