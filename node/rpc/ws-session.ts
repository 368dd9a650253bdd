// One `/websocket` connection: JSON-RPC over the socket plus CometBFT event subscriptions. Each subscription
// pushes events as responses carrying the subscribe request's id, as CosmJS's WebsocketClient expects.
import type { RpcBackend, RpcEvent, Unsubscribe } from './backend.js'
import {
  type Dispatcher,
  errorResponse,
  type JsonRpcId,
  type JsonRpcResponse,
  validateRequest,
} from './dispatch.js'
import { internalError, invalidRequest, serverError } from './errors.js'
import { eventDataJson, eventsMap } from './json/events.js'
import type { RpcLimits } from './limits.js'
import { paramsFromJson } from './params.js'

/** The part of a `ws` WebSocket this module uses. */
export interface WsSocket {
  readonly readyState: number
  readonly bufferedAmount: number
  send(data: string): void
  close(code?: number, reason?: string): void
  terminate(): void
  ping(): void
  on(event: 'message', listener: (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => void): void
  on(event: 'close' | 'pong', listener: () => void): void
  on(event: 'error', listener: (err: Error) => void): void
}

const OPEN = 1

export interface WebsocketDeps {
  backend: RpcBackend
  dispatcher: Dispatcher
  limits: RpcLimits
  pingIntervalMs: number
}

export class WsSession {
  private readonly subscriptions = new Map<string, Unsubscribe>()
  private alive = true
  private readonly pinger: NodeJS.Timeout

  constructor(
    private readonly socket: WsSocket,
    private readonly deps: WebsocketDeps,
  ) {
    socket.on('message', (data) => {
      this.onMessage(data).catch((err) => this.send(errorResponse(null, err)))
    })
    socket.on('pong', () => {
      this.alive = true
    })
    socket.on('error', () => socket.terminate())
    this.pinger = setInterval(() => this.heartbeat(), deps.pingIntervalMs)
    this.pinger.unref()
  }

  /** Drops every subscription; called when the socket closes. */
  dispose(): void {
    clearInterval(this.pinger)
    for (const unsubscribe of this.subscriptions.values()) unsubscribe()
    this.subscriptions.clear()
  }

  private heartbeat(): void {
    if (!this.alive) {
      this.socket.terminate()
      return
    }
    this.alive = false
    this.socket.ping()
  }

  private send(response: JsonRpcResponse): void {
    if (this.socket.readyState !== OPEN) return
    if (this.socket.bufferedAmount > this.deps.limits.maxWsBufferedBytes) {
      // A client that does not read its events would grow our memory without bound.
      this.socket.terminate()
      return
    }
    try {
      this.socket.send(JSON.stringify(response))
    } catch {
      this.socket.terminate()
    }
  }

  private async onMessage(data: Buffer | ArrayBuffer | Buffer[]): Promise<void> {
    const text = rawText(data)
    const body = this.deps.dispatcher.parseBody(text)
    if (Array.isArray(body)) throw invalidRequest('batch requests are not supported over websocket')
    let id: JsonRpcId = null
    try {
      const request = validateRequest(body)
      if (request.id === undefined) return
      id = request.id
      const params = () => paramsFromJson(request.params, ['query'])
      switch (request.method) {
        case 'subscribe':
          this.subscribe(id, params().requiredString('query'))
          return this.send({ jsonrpc: '2.0', id, result: {} })
        case 'unsubscribe':
          this.unsubscribe(params().requiredString('query'))
          return this.send({ jsonrpc: '2.0', id, result: {} })
        case 'unsubscribe_all':
          this.unsubscribeAll()
          return this.send({ jsonrpc: '2.0', id, result: {} })
        default: {
          const d = this.deps.dispatcher
          return this.send(
            await d.respond(id, request.method, () =>
              paramsFromJson(request.params, d.argsOf(request.method)),
            ),
          )
        }
      }
    } catch (err) {
      this.send(errorResponse(id ?? idOf(body), err))
    }
  }

  private subscribe(id: JsonRpcId, query: string): void {
    const { limits, backend } = this.deps
    if (query.length > limits.maxQueryLength) {
      throw internalError(`failed to parse query: query is longer than ${limits.maxQueryLength} characters`)
    }
    if (this.subscriptions.has(query)) throw internalError('failed to subscribe: already subscribed')
    if (this.subscriptions.size >= limits.maxSubscriptionsPerConnection) {
      throw internalError(`max_subscriptions_per_client ${limits.maxSubscriptionsPerConnection} reached`)
    }
    const unsubscribe = backend.subscribe(
      query,
      (event: RpcEvent) => {
        // Runs inside the node's publisher: a rendering fault must reach this client, not the publisher.
        try {
          const result = { query, data: eventDataJson(event), events: eventsMap(event) }
          this.send({ jsonrpc: '2.0', id, result })
        } catch (err) {
          this.send(errorResponse(id, err))
        }
      },
      (reason) => {
        this.subscriptions.delete(query)
        this.send(errorResponse(id, serverError(`subscription was cancelled (reason: ${reason})`)))
      },
    )
    this.subscriptions.set(query, unsubscribe)
  }

  private unsubscribe(query: string): void {
    const unsubscribe = this.subscriptions.get(query)
    if (!unsubscribe) throw internalError('subscription not found')
    unsubscribe()
    this.subscriptions.delete(query)
  }

  private unsubscribeAll(): void {
    if (this.subscriptions.size === 0) throw internalError('subscription not found')
    for (const unsubscribe of this.subscriptions.values()) unsubscribe()
    this.subscriptions.clear()
  }
}

function idOf(body: unknown): JsonRpcId {
  const id = body && typeof body === 'object' ? (body as { id?: unknown }).id : undefined
  return typeof id === 'number' || typeof id === 'string' ? id : null
}

function rawText(data: Buffer | ArrayBuffer | Buffer[]): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8')
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8')
  return data.toString('utf8')
}
