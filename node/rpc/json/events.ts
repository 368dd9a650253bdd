// Websocket event payloads as CometBFT 0.38 publishes them: `data` is {type, value} with the Go struct's
// cmtjson form (omitempty fields dropped), `events` is the flattened `<type>.<key>` -> values map.
import type { AbciEvent } from '../../../modules/sdk/events.js'
import type { FinalizeBlockResult } from '../../types/abci.js'
import type { RpcEvent } from '../backend.js'
import { eventJson, txResultJson, validatorUpdateJson } from './abci.js'
import { blockIdJson, blockJson, headerJson } from './block.js'
import { base64, hex, int } from './encode.js'

/** Drops the keys Go's `omitempty` would: zero numbers, empty strings, null, empty arrays, "0". */
function omitEmpty(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(obj)) {
    const empty =
      value === null ||
      value === 0 ||
      value === '' ||
      value === '0' ||
      (Array.isArray(value) && value.length === 0)
    if (!empty) out[key] = value
  }
  return out
}

function finalizeBlockJson(r: FinalizeBlockResult) {
  return omitEmpty({
    events: r.events.map(eventJson),
    tx_results: r.txResults.map((t) => omitEmpty(txResultJson(t))),
    validator_updates: r.validatorUpdates.map(validatorUpdateJson),
    app_hash: base64(r.appHash),
  })
}

export function eventDataJson(event: RpcEvent) {
  switch (event.type) {
    case 'NewBlock':
      return {
        type: 'tendermint/event/NewBlock',
        value: {
          block: blockJson(event.block),
          block_id: blockIdJson(event.blockId),
          result_finalize_block: finalizeBlockJson(event.result),
        },
      }
    case 'NewBlockHeader':
      return { type: 'tendermint/event/NewBlockHeader', value: { header: headerJson(event.header) } }
    case 'Tx':
      return {
        type: 'tendermint/event/Tx',
        value: {
          TxResult: {
            ...omitEmpty({ height: int(event.tx.height), index: event.tx.index, tx: base64(event.tx.tx) }),
            result: omitEmpty(txResultJson(event.tx.result)),
          },
        },
      }
  }
}

function addEvents(map: Record<string, string[]>, events: AbciEvent[]): void {
  for (const e of events) {
    if (!e.type) continue
    for (const a of e.attributes) {
      const key = `${e.type}.${a.key}`
      if (!map[key]) map[key] = []
      map[key].push(a.value)
    }
  }
}

/** The `events` map subscribers receive (and queries are matched against). */
export function eventsMap(event: RpcEvent): Record<string, string[]> {
  const map: Record<string, string[]> = { 'tm.event': [event.type] }
  if (event.type === 'NewBlock') {
    map['block.height'] = [int(event.block.header.height)]
    addEvents(map, event.result.events)
  } else if (event.type === 'Tx') {
    addEvents(map, event.tx.result.events)
    map['tx.hash'] = [hex(event.tx.hash)]
    map['tx.height'] = [int(event.tx.height)]
  }
  return map
}
