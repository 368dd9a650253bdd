// abci_query and the optional consensus-state views.

import type { QueryResult } from '../../types/abci.js'
import { internalError } from '../errors.js'
import { queryResultJson } from '../json/abci.js'
import type { MethodTable } from './types.js'

export const queryMethods: MethodTable = {
  abci_query: {
    args: ['path', 'data', 'height', 'prove'],
    handler({ backend }, params) {
      const path = params.string('path') ?? ''
      const data = params.hexBytes('data')
      const height = params.int('height') ?? 0n
      if (height < 0n) throw internalError(`height cannot be negative, got ${height}`)
      const result = backend.abciQuery({ path, data, height, prove: params.bool('prove') })
      const respond = (r: QueryResult) => ({ response: queryResultJson(r) })
      return result instanceof Promise ? result.then(respond) : respond(result)
    },
  },
}

/** consensus_state / dump_consensus_state exist only when the backend can describe its round state. */
export function consensusStateMethods(backend: {
  consensusState?(): unknown
  dumpConsensusState?(): unknown
}): MethodTable {
  const table: MethodTable = {}
  const { consensusState, dumpConsensusState } = backend
  if (consensusState) {
    table.consensus_state = {
      args: [],
      handler: async () => ({ round_state: await consensusState.call(backend) }),
    }
  }
  if (dumpConsensusState) {
    table.dump_consensus_state = {
      args: [],
      handler: async () => dumpConsensusState.call(backend),
    }
  }
  return table
}
