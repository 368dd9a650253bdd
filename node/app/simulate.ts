// Simulation as CosmJS calls it (`/cosmos.tx.v1beta1.Service/Simulate`, cosmjs-compat.md §2) and the
// legacy `app/simulate` query. The tx runs on a throw-away branch of the check state with an unlimited
// gas meter, no signature and no fee checks; the sequence is still checked.
import { Result } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci'
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service'
import { Tx } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import type { QueryRequest, QueryResult } from '../types/abci.js'
import { wrapAbci } from './errors.js'
import { errorResult, grpcError, valueResult } from './query-errors.js'
import type { TxOutcome } from './run-tx.js'

export const SIMULATE_PATH = '/cosmos.tx.v1beta1.Service/Simulate'

interface SimulateEnv {
  simulate(tx: Uint8Array): TxOutcome
}

export function simulateGrpc(env: SimulateEnv, req: QueryRequest, height: bigint): QueryResult {
  let request: SimulateRequest
  try {
    request = SimulateRequest.decode(req.data)
  } catch (e) {
    return errorResult(grpcError('InvalidArgument', `invalid request: ${(e as Error).message}`))
  }
  let txBytes = request.txBytes
  // The deprecated `tx` field is still honoured when tx_bytes is absent (cosmos-sdk 0.50 does).
  if (txBytes.length === 0 && request.tx) txBytes = Tx.encode(request.tx).finish()
  if (txBytes.length === 0) return errorResult(grpcError('InvalidArgument', 'empty txBytes is not allowed'))
  const out = env.simulate(txBytes)
  if (out.error)
    return errorResult(
      grpcError(
        'Unknown',
        `${out.error.log} With gas wanted: '${out.gasWanted}' and gas used: '${out.gasUsed}' `,
      ),
    )
  const response = SimulateResponse.encode({
    gasInfo: { gasWanted: out.gasWanted, gasUsed: out.gasUsed },
    result: resultOf(out),
  }).finish()
  return valueResult(response, height)
}

function resultOf(out: TxOutcome): Result {
  return Result.fromPartial({
    data: out.data,
    log: '',
    events: out.events.map((e) => ({
      type: e.type,
      attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })),
    })),
    msgResponses: out.msgResponses,
  })
}

/** `app/simulate`: the tx bytes are the data; the answer is SimulationResponse as proto JSON (snake_case). */
export function simulateAppJson(env: SimulateEnv, req: QueryRequest, height: bigint): QueryResult {
  const out = env.simulate(req.data)
  if (out.error)
    return errorResult(wrapAbci(out.error, out.tx ? 'failed to simulate tx' : 'failed to decode tx'))
  const json = {
    gas_info: { gas_wanted: String(out.gasWanted), gas_used: String(out.gasUsed) },
    result: {
      data: base64(out.data),
      log: '',
      events: out.events.map((e) => ({
        type: e.type,
        attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })),
      })),
      // Any values stay opaque (base64): the node has no JSON codec for every module's response types.
      msg_responses: out.msgResponses.map((a) => ({ '@type': a.typeUrl, value: base64(a.value) })),
    },
  }
  return valueResult(new TextEncoder().encode(JSON.stringify(json)), height, { codespace: 'sdk' })
}

function base64(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64')
}
