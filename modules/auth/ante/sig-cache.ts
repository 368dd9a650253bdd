// One signature check per tx: a signature that verified in CheckTx is remembered, so DeliverTx of the
// same tx (same sign bytes, signature and key) does not run the curve arithmetic again. The key commits
// to everything verification depends on, so a hit can only stand for a verification that returned true;
// a miss verifies as before. Gas, sequence and pubkey checks run in both modes regardless (gas used
// enters LastResultsHash), so a node with a cold cache (a restart, a block from a peer) computes the
// very same results, only slower.
import { createHash } from 'node:crypto'
import { verifySecp256k1 } from './secp256k1.js'

export const DEFAULT_SIG_CACHE_SIZE = 50_000

export class SigVerifyCache {
  /** Insertion-ordered, so the oldest entry is evicted first. */
  private readonly verified = new Map<string, true>()

  constructor(private readonly maxEntries = DEFAULT_SIG_CACHE_SIZE) {}

  get size(): number {
    return this.verified.size
  }

  /**
   * Verifies `sig` over sha256(`signBytes`) with `pubkey`. `remember`: a success is kept for a later
   * call (CheckTx); otherwise a cached success is used once and dropped (DeliverTx).
   */
  verify(signBytes: Uint8Array, sig: Uint8Array, pubkey: Uint8Array, remember: boolean): boolean {
    if (this.maxEntries === 0) return verifySecp256k1(sig, digest(signBytes), pubkey)
    const key = createHash('sha256').update(signBytes).update(sig).update(pubkey).digest('base64')
    if (this.verified.has(key)) {
      if (!remember) this.verified.delete(key)
      return true
    }
    const ok = verifySecp256k1(sig, digest(signBytes), pubkey)
    if (ok && remember) {
      this.verified.set(key, true)
      if (this.verified.size > this.maxEntries) this.verified.delete(this.verified.keys().next().value!)
    }
    return ok
  }
}

function digest(bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(bytes).digest()
}
