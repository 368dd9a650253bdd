// The ICS23 proof (`tendermintSpec`) that a store's root is part of the app hash.
import { CommitmentProof, HashOp, LengthOp } from 'cosmjs-types/cosmos/ics23/v1/proofs'
import { concatBytes, utf8 } from '../../../modules/sdk/bytes.js'
import { StoreError } from './errors.js'
import { multistorePath, type StoreRoot } from './simple-merkle.js'

export function storeRootProof(roots: StoreRoot[], name: string): CommitmentProof {
  const path = multistorePath(roots, name)
  const root = roots.find((r) => r.name === name)
  if (!path || !root) throw new StoreError('UNKNOWN_STORE', `unknown store ${JSON.stringify(name)}`)
  const inner = Uint8Array.of(1)
  return CommitmentProof.fromPartial({
    exist: {
      key: utf8.encode(name),
      value: root.hash,
      leaf: {
        hash: HashOp.SHA256,
        prehashKey: HashOp.NO_HASH,
        prehashValue: HashOp.SHA256,
        length: LengthOp.VAR_PROTO,
        prefix: Uint8Array.of(0),
      },
      path: path.map((step) =>
        step.siblingIsLeft
          ? { hash: HashOp.SHA256, prefix: concatBytes(inner, step.sibling), suffix: new Uint8Array() }
          : { hash: HashOp.SHA256, prefix: inner, suffix: step.sibling },
      ),
    },
  })
}
