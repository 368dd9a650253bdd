// The byte slab that keys and values of in-memory nodes are copied into: 8 KB chunks handed out by a bump
// pointer, so a leaf costs no ArrayBuffer and no typed-array view of its own (nodes hold the chunk and
// offsets). A chunk is freed by the garbage collector once no node, and no view handed to a reader, uses it;
// like Node's own 8 KB Buffer pool that the store used before, scattered overwrites can keep mostly dead
// chunks alive (README "Memory").
const CHUNK = 8 * 1024
/** Entries above this get a chunk of their own (a big value never pins a shared chunk). */
const OWN_CHUNK = CHUNK / 4

export interface Slot {
  buf: Uint8Array
  offset: number
}

/** The one result object `kvSlot` fills (read it before the next call: no allocation per slot). */
const slot: Slot = { buf: new Uint8Array(0), offset: 0 }
let chunk = new Uint8Array(CHUNK)
let used = 0

/** Reserves `n` bytes; the caller writes them at `slot.buf[slot.offset…]`. */
export function kvSlot(n: number): Slot {
  if (n > OWN_CHUNK) {
    slot.buf = new Uint8Array(n)
    slot.offset = 0
    return slot
  }
  if (used + n > CHUNK) {
    chunk = new Uint8Array(CHUNK)
    used = 0
  }
  slot.buf = chunk
  slot.offset = used
  used += n
  return slot
}
