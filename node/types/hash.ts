// SHA-256 as CometBFT's `tmhash`: tx hashes, merkle leaves and the empty-tree root all use it.
import { createHash } from 'node:crypto'

export function sha256(...parts: Uint8Array[]): Uint8Array {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return new Uint8Array(h.digest().buffer, 0, 32)
}

/** A tx's hash: sha256 of its raw bytes, exactly as broadcast (CometBFT 0.38 `Tx.Hash`). */
export function txHash(tx: Uint8Array): Uint8Array {
  return sha256(tx)
}

/** The upper-case hex rendering the RPC, the `tx.hash` index key and REST `txhash` use. */
export function toHexUpper(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex').toUpperCase()
}

export function txHashHex(tx: Uint8Array): string {
  return toHexUpper(txHash(tx))
}
