// Every JSON-RPC method the node serves over HTTP and websocket (subscriptions live in websocket.ts).
import type { RpcBackend } from '../backend.js'
import { blockMethods } from './blocks.js'
import { broadcastMethods } from './broadcast.js'
import { infoMethods } from './info.js'
import { consensusStateMethods, queryMethods } from './query.js'
import { txMethods } from './txs.js'
import type { RpcMethod } from './types.js'

export function buildMethodTable(backend: RpcBackend): Map<string, RpcMethod> {
  return new Map(
    Object.entries({
      ...infoMethods,
      ...queryMethods,
      ...blockMethods,
      ...txMethods,
      ...broadcastMethods,
      ...consensusStateMethods(backend),
    }),
  )
}
