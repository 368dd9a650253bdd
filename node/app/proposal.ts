// PrepareProposal and ProcessProposal, as cosmos-sdk's default proposal handler: the proposer keeps
// txs (already in priority order) while they fit the byte and gas limits and decode; a validator
// accepts a proposal whose txs all decode and together respect the limits. No state is touched.
import type { ConsensusParams } from '../types/abci.js'
import { decodeWith, type TxEnv } from './run-tx.js'

/** Bytes a tx takes inside the block's Data message (tag + length varint + bytes), CometBFT ComputeProtoSizeForTxs. */
export function txProtoSize(tx: Uint8Array): bigint {
  let lengthBytes = 1
  for (let n = tx.length; n >= 0x80; n >>>= 7) lengthBytes++
  return BigInt(1 + lengthBytes + tx.length)
}

function gasOf(env: TxEnv, tx: Uint8Array): bigint | undefined {
  try {
    return decodeWith(env, tx, 'proposal').authInfo.fee!.gasLimit
  } catch {
    // Undecodable or invalid: never proposed, and a proposal carrying it is refused.
    return undefined
  }
}

export function prepareProposal(
  env: TxEnv,
  txs: Uint8Array[],
  maxBytes: bigint,
  maxGas: bigint,
): Uint8Array[] {
  const chosen: Uint8Array[] = []
  let bytes = 0n
  let gas = 0n
  for (const tx of txs) {
    const size = txProtoSize(tx)
    if (maxBytes > 0n && bytes + size > maxBytes) continue
    const txGas = gasOf(env, tx)
    if (txGas === undefined) continue
    if (maxGas > 0n && gas + txGas > maxGas) continue
    chosen.push(tx)
    bytes += size
    gas += txGas
  }
  return chosen
}

export function processProposal(env: TxEnv, txs: Uint8Array[], limits: ConsensusParams['block']): boolean {
  let bytes = 0n
  let gas = 0n
  for (const tx of txs) {
    bytes += txProtoSize(tx)
    if (limits.maxBytes > 0n && bytes > limits.maxBytes) return false
    const txGas = gasOf(env, tx)
    if (txGas === undefined) return false
    gas += txGas
    if (limits.maxGas > 0n && gas > limits.maxGas) return false
  }
  return true
}
