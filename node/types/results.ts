// LastResultsHash as CometBFT 0.38 `ABCIResults.Hash`: merkle over each tx result reduced to its deterministic
// fields (code, data, gas wanted, gas used); logs, info, events and codespace are left out on purpose.
import { ExecTxResult } from 'cosmjs-types/tendermint/abci/types'
import type { TxResult } from './abci.js'
import { hashFromByteSlices } from './merkle.js'

export function deterministicResultBytes(result: TxResult): Uint8Array {
  return ExecTxResult.encode({
    code: result.code,
    data: result.data,
    log: '',
    info: '',
    gasWanted: result.gasWanted,
    gasUsed: result.gasUsed,
    events: [],
    codespace: '',
  }).finish()
}

export function lastResultsHash(results: readonly TxResult[]): Uint8Array {
  return hashFromByteSlices(results.map(deterministicResultBytes))
}
