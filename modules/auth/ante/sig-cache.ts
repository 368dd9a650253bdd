// One signature check per tx: a signature that verified in CheckTx is remembered, so DeliverTx of the
// same tx (same sign bytes, signature and key) does not run the curve arithmetic again. The key commits
// to everything verification depends on, so a hit can only stand for a verification that returned true;
// a miss verifies as before. Gas, sequence and pubkey checks run in both modes regardless (gas used
// enters LastResultsHash), so a node with a cold cache (a restart, a block from a peer) computes the
// very same results, only slower. A signature may also be verified ahead of CheckTx, off the main thread
// (`verifySignatureClaim` in a worker, then `admit`): CheckTx then finds it here like DeliverTx does.
import { createHash } from 'node:crypto'
import type { SignatureClaim } from '../../sdk/index.js'
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
    const key = cacheKey(signBytes, sig, pubkey)
    if (this.verified.has(key)) {
      if (!remember) this.verified.delete(key)
      return true
    }
    const ok = verifySecp256k1(sig, digest(signBytes), pubkey)
    if (ok && remember) this.remember(key)
    return ok
  }

  /** Remembers a claim proved by `verifySignatureClaim` elsewhere (a worker thread), as a CheckTx success. */
  admit(claim: SignatureClaim): void {
    if (this.maxEntries > 0) this.remember(cacheKey(claim.signBytes, claim.signature, claim.pubKey))
  }

  private remember(key: string): void {
    this.verified.set(key, true)
    if (this.verified.size > this.maxEntries) this.verified.delete(this.verified.keys().next().value!)
  }
}

/** The check `verify` runs on a miss, for a claim: what a worker computes before `admit`. */
export function verifySignatureClaim(claim: SignatureClaim): boolean {
  return verifySecp256k1(claim.signature, digest(claim.signBytes), claim.pubKey)
}

function cacheKey(signBytes: Uint8Array, sig: Uint8Array, pubkey: Uint8Array): string {
  return createHash('sha256').update(signBytes).update(sig).update(pubkey).digest('base64')
}

function digest(bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(bytes).digest()
}
