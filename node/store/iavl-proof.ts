// ICS23 proofs for one IAVL tree (`iavlSpec`): an existence proof is the leaf op plus one inner op per
// ancestor, leaf to root; a non-existence proof is the existence proofs of the two neighbouring keys.
import {
  type CommitmentProof,
  type ExistenceProof,
  HashOp,
  type InnerOp,
  LengthOp,
} from 'cosmjs-types/cosmos/ics23/v1/proofs'
import { StoreError } from './errors.js'
import { compareToKey, type IavlNode } from './node.js'
import { iterate } from './tree-read.js'
import type { SavedTree } from './tree-store.js'
import { putVarint } from './varint.js'

/** Scratch for the varint preamble of one node (three varints of at most 10 bytes). */
const PRE = new Uint8Array(30)

function preambleLength(height: number, size: number, version: number): number {
  let off = putVarint(PRE, 0, height)
  off = putVarint(PRE, off, size)
  return putVarint(PRE, off, version)
}

function preamble(height: number, size: number, version: number): Uint8Array {
  return PRE.slice(0, preambleLength(height, size, version))
}

/** Left step: prefix = preamble ‖ 0x20, suffix = 0x20 ‖ right hash (each op's bytes written once). */
function leftStep(n: IavlNode, right: IavlNode): InnerOp {
  const pre = preambleLength(n.height, n.size, n.version)
  const prefix = new Uint8Array(pre + 1)
  prefix.set(PRE.subarray(0, pre))
  prefix[pre] = 32
  const suffix = new Uint8Array(33)
  suffix[0] = 32
  right.writeHash(suffix, 1)
  return { hash: HashOp.SHA256, prefix, suffix }
}

/** Right step: prefix = preamble ‖ 0x20 ‖ left hash ‖ 0x20, empty suffix. */
function rightStep(n: IavlNode, left: IavlNode): InnerOp {
  const pre = preambleLength(n.height, n.size, n.version)
  const prefix = new Uint8Array(pre + 34)
  prefix.set(PRE.subarray(0, pre))
  prefix[pre] = 32
  left.writeHash(prefix, pre + 1)
  prefix[pre + 33] = 32
  return { hash: HashOp.SHA256, prefix, suffix: new Uint8Array() }
}

export function iavlExistence(tree: SavedTree, key: Uint8Array): ExistenceProof | undefined {
  const path: InnerOp[] = []
  let n: IavlNode | undefined = tree.root
  if (!n) return undefined
  while (n.height !== 0) {
    const left = tree.left(n)
    const right = tree.right(n)
    if (compareToKey(key, n) < 0) {
      path.push(leftStep(n, right))
      n = left
    } else {
      path.push(rightStep(n, left))
      n = right
    }
  }
  if (compareToKey(key, n) !== 0) return undefined
  return {
    key: n.key.slice(),
    value: n.value!.slice(),
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
