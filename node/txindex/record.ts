// Stored forms of indexed txs and block events.
import { TxResult as AbciTxResult, ResponseFinalizeBlock } from 'cosmjs-types/tendermint/abci/types'
import type { AbciEvent } from '../../modules/sdk/events.js'
import type { TxResult } from '../types/abci.js'
import { fromExecTxResult, toExecTxResult } from '../types/abci-codec.js'
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
  return AbciTxResult.encode({ height, index, tx, result: toExecTxResult(result) }).finish()
}

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
