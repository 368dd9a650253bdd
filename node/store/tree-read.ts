// Reads shared by the working tree and historical versions: point lookup and bounded, lazy in-order
// iteration. Subtrees wholly outside [start, end) are never loaded.
import type { KVPair } from '../../modules/sdk/store.js'
import { compareToKey, type IavlNode } from './node.js'

export interface NodeSource {
  left(n: IavlNode): IavlNode
  right(n: IavlNode): IavlNode
}

export function lookup(src: NodeSource, root: IavlNode | undefined, key: Uint8Array): Uint8Array | undefined {
  let n = root
  if (!n) return undefined
  while (n.height !== 0) n = compareToKey(key, n) < 0 ? src.left(n) : src.right(n)
  return compareToKey(key, n) === 0 ? n.value : undefined
}

export function* iterate(
  src: NodeSource,
  root: IavlNode | undefined,
  start: Uint8Array | undefined,
  end: Uint8Array | undefined,
  reverse: boolean,
): IterableIterator<KVPair> {
  if (!root) return
  const stack: IavlNode[] = [root]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n.height === 0) {
      // node key < start, node key >= end
      if (start !== undefined && compareToKey(start, n) > 0) continue
      if (end !== undefined && compareToKey(end, n) <= 0) continue
      yield { key: n.key, value: n.value! }
      continue
    }
    // Left subtree keys are < n.key, right subtree keys are >= n.key.
    const wantLeft = start === undefined || compareToKey(start, n) < 0
    const wantRight = end === undefined || compareToKey(end, n) > 0
    if (reverse) {
      if (wantLeft) stack.push(src.left(n))
      if (wantRight) stack.push(src.right(n))
    } else {
      if (wantRight) stack.push(src.right(n))
      if (wantLeft) stack.push(src.left(n))
    }
  }
}
