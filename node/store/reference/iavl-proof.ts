// ICS23 proofs for one IAVL tree (`iavlSpec`): an existence proof is the leaf op plus one inner op per
// ancestor, leaf to root; a non-existence proof is the existence proofs of the two neighbouring keys.
import {
  type CommitmentProof,
  type ExistenceProof,
  HashOp,
  type InnerOp,
  LengthOp,
} from 'cosmjs-types/cosmos/ics23/v1/proofs'
import { compareBytes, concatBytes } from '../../../modules/sdk/bytes.js'
import { StoreError } from './errors.js'
import type { IavlNode } from './node.js'
import { iterate } from './tree-read.js'
import type { SavedTree } from './tree-store.js'
import { putVarint } from './varint.js'

function preamble(height: number, size: number, version: number): Uint8Array {
  const buf = new Uint8Array(30)
  let off = putVarint(buf, 0, height)
  off = putVarint(buf, off, size)
  off = putVarint(buf, off, version)
  return buf.slice(0, off)
}

const LEN32 = Uint8Array.of(32)

export function iavlExistence(tree: SavedTree, key: Uint8Array): ExistenceProof | undefined {
  const path: InnerOp[] = []
  let n: IavlNode | undefined = tree.root
  if (!n) return undefined
  while (n.height !== 0) {
    const pre = preamble(n.height, n.size, n.version)
    const left = tree.left(n)
    const right = tree.right(n)
    if (compareBytes(key, n.key) < 0) {
      path.push({
        hash: HashOp.SHA256,
        prefix: concatBytes(pre, LEN32),
        suffix: concatBytes(LEN32, right.hash!),
      })
      n = left
    } else {
      path.push({
        hash: HashOp.SHA256,
        prefix: concatBytes(pre, LEN32, left.hash!, LEN32),
        suffix: new Uint8Array(),
      })
      n = right
    }
  }
  if (compareBytes(n.key, key) !== 0) return undefined
  return {
    key: Uint8Array.from(n.key),
    value: Uint8Array.from(n.value!),
    leaf: {
      hash: HashOp.SHA256,
      prehashKey: HashOp.NO_HASH,
      prehashValue: HashOp.SHA256,
      length: LengthOp.VAR_PROTO,
      prefix: preamble(0, 1, n.version),
    },
    path: path.reverse(),
  }
}

/** A proof that `key` is in the tree (exist) or is not (nonexist); throws for an empty tree. */
export function iavlCommitmentProof(tree: SavedTree, key: Uint8Array): CommitmentProof {
  const exist = iavlExistence(tree, key)
  // Plain objects: fromPartial would deep-copy every op again.
  if (exist) return { exist }
  if (!tree.root) {
    throw new StoreError(
      'PROOF_UNAVAILABLE',
      `no proof of absence exists in an empty tree (version ${tree.version})`,
    )
  }
  const below = iterate(tree, tree.root, undefined, key, true).next()
  const above = iterate(tree, tree.root, key, undefined, false).next()
  const left = below.done ? undefined : iavlExistence(tree, below.value.key)
  const right = above.done ? undefined : iavlExistence(tree, above.value.key)
  return { nonexist: { key: Uint8Array.from(key), left, right } }
}
