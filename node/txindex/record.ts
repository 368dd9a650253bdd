// Stored forms of indexed txs and block events.
import { TxResult as AbciTxResult, ResponseFinalizeBlock } from 'cosmjs-types/tendermint/abci/types'
import type { AbciEvent } from '../../modules/sdk/events.js'
import type { TxResult } from '../types/abci.js'
import { encodeExecTxResult, fromExecTxResult, spliceEmbedded } from '../types/abci-codec.js'
import { txHash } from '../types/hash.js'
import { TxIndexError } from './errors.js'

/** A committed tx as tx / tx_search return it. */
export interface IndexedTx {
  /** sha256 of the raw tx bytes. */
  hash: Uint8Array
  height: bigint
  index: number
  tx: Uint8Array
  result: TxResult
}

export function encodeTxRecord(height: bigint, index: number, tx: Uint8Array, result: TxResult): Uint8Array {
  // height, index, tx (fields 1–3), then the result (4) as the block store's results already encoded it.
  const head = AbciTxResult.encode({ height, index, tx } as AbciTxResult).finish()
  return spliceEmbedded(head, 4, [encodeExecTxResult(result)], NO_BYTES)
}

const NO_BYTES = new Uint8Array(0)

export function decodeTxRecord(bytes: Uint8Array): IndexedTx {
  try {
    const r = AbciTxResult.decode(bytes)
    return {
      hash: txHash(r.tx),
      height: r.height,
      index: r.index,
      tx: r.tx,
      result: fromExecTxResult(r.result),
    }
  } catch (e) {
    throw new TxIndexError('CORRUPT', `cannot decode an indexed tx: ${(e as Error).message}`)
  }
}

export function encodeBlockEvents(events: AbciEvent[]): Uint8Array {
  return ResponseFinalizeBlock.encode(ResponseFinalizeBlock.fromPartial({ events })).finish()
}

export function decodeBlockEvents(bytes: Uint8Array): AbciEvent[] {
  try {
    return ResponseFinalizeBlock.decode(bytes).events
  } catch (e) {
    throw new TxIndexError('CORRUPT', `cannot decode indexed block events: ${(e as Error).message}`)
  }
}
