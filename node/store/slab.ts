// Byte slabs: keys and values are copied into 8 KB chunks handed out by a bump pointer, so an entry costs no
// ArrayBuffer and no backing store of its own (a `new Uint8Array(n)` above 64 bytes allocates one off the V8
// heap, freed only by the collector). The tree's slab holds the keys and values of in-memory nodes (nodes
// hold the chunk and offsets); the branches' slab holds the copies a cache branch takes of what it is given.
// A chunk is freed by the garbage collector once no node, entry or view handed to a reader uses it; like
// Node's own 8 KB Buffer pool, scattered overwrites can keep mostly dead chunks alive (README "Memory").
const CHUNK = 8 * 1024
/** Entries above this get a chunk of their own (a big value never pins a shared chunk). */
const OWN_CHUNK = CHUNK / 4

export interface Slot {
  buf: Uint8Array
  offset: number
}

class ByteSlab {
  /** The one result object `slot` fills (read it before the next call: no allocation per slot). */
  private readonly out: Slot = { buf: new Uint8Array(0), offset: 0 }
  private chunk = new Uint8Array(CHUNK)
  private used = 0

  /** Reserves `n` bytes; the caller writes them at `out.buf[out.offset…]`. */
  slot(n: number): Slot {
    const out = this.out
    if (n > OWN_CHUNK) {
      out.buf = new Uint8Array(n)
      out.offset = 0
      return out
    }
    if (this.used + n > CHUNK) {
      this.chunk = new Uint8Array(CHUNK)
      this.used = 0
    }
    out.buf = this.chunk
    out.offset = this.used
    this.used += n
    return out
  }
}

const treeSlab = new ByteSlab()
const branchSlab = new ByteSlab()

/** Reserves `n` bytes of the tree's slab. */
export function kvSlot(n: number): Slot {
  return treeSlab.slot(n)
}

/** Reserves `n` bytes of the branches' slab. */
export function branchSlot(n: number): Slot {
  return branchSlab.slot(n)
}
