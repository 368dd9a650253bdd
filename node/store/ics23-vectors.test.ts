// The official cosmos/ics23 test vectors: @confio/ics23 accepts them, rejects them tampered, and our node
// hashing (node.ts, simple-merkle.ts) recomputes exactly the roots they commit to.
import { readdirSync, readFileSync } from 'node:fs'
import * as ics23 from '@confio/ics23'
import { describe, expect, it } from 'vitest'
import { concatBytes, fromHex, toHex } from '../../modules/sdk/bytes.js'
import { hashInner, hashLeaf, sha256 } from './node.js'
import { leafBytes } from './simple-merkle.js'
import { ByteReader } from './varint.js'

// Copied from cosmos/ics23 testdata/{iavl,tendermint}/*.json (the project's shared vectors), so the test
// does not depend on files outside the repository.
const VECTORS = new URL('./testdata/ics23/', import.meta.url)

interface Vector {
  key: string
  proof: string
  root: string
  value?: string
}

function load(spec: 'iavl' | 'tendermint'): [string, Vector][] {
  const dir = new URL(`${spec}/`, VECTORS)
  return readdirSync(dir)
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Vector])
}

/** Reads IAVL's zigzag varint preamble (height, size, version) from a leaf or inner op prefix. */
function preamble(prefix: Uint8Array): { height: number; size: number; version: number; rest: Uint8Array } {
  const r = new ByteReader(prefix)
  const height = r.uvarint() / 2
  const size = r.uvarint() / 2
  const version = r.uvarint() / 2
  return { height, size, version, rest: prefix.subarray(r.offset) }
}

/** Recomputes an IAVL existence proof's root with our own hash functions. */
function iavlRoot(exist: ics23.ics23.IExistenceProof): Uint8Array {
  const leaf = preamble(exist.leaf!.prefix!)
  expect([leaf.height, leaf.size]).toEqual([0, 1])
  let hash = hashLeaf(exist.key!, exist.value!, leaf.version)
  for (const op of exist.path!) {
    const p = preamble(op.prefix!)
    const suffix = op.suffix ?? new Uint8Array()
    // Child on the left: prefix ends with 0x20 and the suffix is 0x20 ‖ right. On the right: the prefix holds the left.
    if (suffix.length > 0) hash = hashInner(p.height, p.size, p.version, hash, suffix.subarray(1))
    else hash = hashInner(p.height, p.size, p.version, p.rest.subarray(1, 33), hash)
  }
  return hash
}

function simpleRoot(exist: ics23.ics23.IExistenceProof): Uint8Array {
  let hash = sha256(concatBytes(Uint8Array.of(0), leafBytes(exist.key!, exist.value!)))
  for (const op of exist.path!) hash = sha256(concatBytes(op.prefix!, hash, op.suffix ?? new Uint8Array()))
  return hash
}

function tamper(b: Uint8Array): Uint8Array {
  const out = Uint8Array.from(b)
  out[out.length - 1]! ^= 1
  return out
}

describe.each(['iavl', 'tendermint'] as const)('ICS23 %s vectors', (specName) => {
  const spec = specName === 'iavl' ? ics23.iavlSpec : ics23.tendermintSpec
  for (const [file, v] of load(specName)) {
    it(file, () => {
      const proof = ics23.ics23.CommitmentProof.decode(fromHex(v.proof))
      const root = fromHex(v.root)
      const key = fromHex(v.key)
      if (v.value) {
        const value = fromHex(v.value)
        expect(ics23.verifyMembership(proof, spec, root, key, value)).toBe(true)
        expect(ics23.verifyMembership(proof, spec, root, key, tamper(value))).toBe(false)
        expect(ics23.verifyMembership(proof, spec, tamper(root), key, value)).toBe(false)
        const ours = specName === 'iavl' ? iavlRoot(proof.exist!) : simpleRoot(proof.exist!)
        expect(toHex(ours)).toBe(v.root)
      } else {
        expect(ics23.verifyNonMembership(proof, spec, root, key)).toBe(true)
        expect(ics23.verifyNonMembership(proof, spec, tamper(root), key)).toBe(false)
        const neighbour = proof.nonexist!.left ?? proof.nonexist!.right!
        expect(ics23.verifyNonMembership(proof, spec, root, neighbour.key!)).toBe(false)
      }
    })
  }
})
