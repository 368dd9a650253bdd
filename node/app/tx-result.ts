// TxOutcome -> the ABCI TxResult shape: cosmos-sdk 0.50 leaves `log` empty on success and puts the
// error text there on failure; a failed tx keeps its ante events (fee, sequence, signature).
import type { TxResult } from '../types/abci.js'
import type { TxOutcome } from './run-tx.js'

export function toTxResult(out: TxOutcome): TxResult {
  const e = out.error
  return {
    code: e ? e.code : 0,
    codespace: e ? e.codespace : '',
    log: e ? e.log : '',
    info: '',
    data: e ? new Uint8Array() : out.data,
    gasWanted: out.gasWanted,
    gasUsed: out.gasUsed,
    events: out.events,
  }
}
