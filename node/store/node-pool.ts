// Reuse of the node objects of the working tree. A 5,000-write block on a 1M-key tree copies ~100,000 nodes
// that die two versions later, in the old generation (they outlive the young one): rather than leaving them
// to major collections, the tree takes their objects back for the nodes it creates next.
// When it is safe: a node that leaves the working tree while version V is built (copied, replaced, removed) is
// still reachable from V-1 and older committed roots. The multistore keeps only the last 2 committed roots in
// memory (RECENT_VERSIONS in open.ts), so once V+1 is closed nothing held in memory reaches it: its object is
// reused from then on. Views of versions that left memory re-resolve from disk (`SavedTreeStore`).
// Saved nodes are reused too, unless the object went through the node cache (`shared`: read from disk, or
// remembered by a tree too big for memory), which other trees (checkpoint views, trees rebuilt for old
// versions) share. Most nodes a block copies on a big tree were saved by the last checkpoint (only the top
// levels are rewritten every version), so reusing only never-saved nodes left most copies to the collector.
import { IavlNode } from './node.js'

/** Nodes kept for reuse at most (beyond this the collector takes them). */
const MAX_FREE = 1 << 18

export class NodePool {
  private free: IavlNode[] = []
  /** Left the tree while the previous version was built. */
  private dying: IavlNode[] = []
  /** Left the tree while the working version is built. */
  private dead: IavlNode[] = []

  constructor(private readonly enabled: boolean) {}

  /** A node left the working tree. */
  retire(n: IavlNode): void {
    if (this.enabled && !n.shared) this.dead.push(n)
  }

  make(kb: Uint8Array, ko: number, kl: number, vo: number, vl: number, version: number): IavlNode {
    const n = this.free.pop()
    if (n === undefined) return new IavlNode(kb, ko, kl, vo, vl, version)
    n.reset(kb, ko, kl, vo, vl, version)
    return n
  }

  /** The working version was closed: nodes that left while the version before it was built become free. */
  closeVersion(): void {
    const room = MAX_FREE - this.free.length
    const dying = this.dying
    for (let i = 0; i < dying.length && i < room; i++) {
      const n = dying[i]!
      if (n.shared) continue
      n.release()
      this.free.push(n)
    }
    this.dying = this.dead
    this.dead = []
  }
}
