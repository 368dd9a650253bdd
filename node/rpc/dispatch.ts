// JSON-RPC 2.0 envelope handling shared by POST, GET and websocket: request validation, batches,
// per-call deadlines, error mapping and latency metrics.

import {
  internalError,
  invalidRequest,
  type JsonRpcErrorObject,
  methodNotFound,
  parseError,
  toRpcError,
} from './errors.js'
import { jsonDepthExceeds } from './json-depth.js'
import type { MethodContext, RpcMethod } from './methods/types.js'
import type { RpcMetrics } from './metrics.js'
import { type Params, paramsFromJson } from './params.js'

export type JsonRpcId = number | string | null

export type JsonRpcResponse =
  | { jsonrpc: '2.0'; id: JsonRpcId; result: unknown }
  | { jsonrpc: '2.0'; id: JsonRpcId; error: JsonRpcErrorObject }

export const errorResponse = (id: JsonRpcId, err: unknown): JsonRpcResponse => ({
  jsonrpc: '2.0',
  id,
  error: toRpcError(err).toJSON(),
})

/** A validated request; `id` undefined marks a notification. */
export interface JsonRpcRequest {
  id: JsonRpcId | undefined
  method: string
  params: unknown
}

export class Dispatcher {
  constructor(
    private readonly methods: Map<string, RpcMethod>,
    private readonly ctx: MethodContext,
    private readonly metrics: RpcMetrics,
  ) {}

  has(method: string): boolean {
    return this.methods.has(method)
  }

  get methodNames(): string[] {
    return [...this.methods.keys()].sort()
  }

  /** Parses a request body; throws an RpcError for bad JSON, too-deep nesting or an empty/oversized batch. */
  parseBody(text: string): unknown {
    if (jsonDepthExceeds(text, this.ctx.limits.maxJsonDepth)) {
      throw invalidRequest(`JSON nesting exceeds the maximum depth of ${this.ctx.limits.maxJsonDepth}`)
    }
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch (err) {
      throw parseError(`error unmarshaling request: ${(err as Error).message}`)
    }
    if (Array.isArray(body)) {
      if (body.length === 0) throw invalidRequest('empty batch request')
      if (body.length > this.ctx.limits.maxBatchRequests) {
        throw invalidRequest(
          `batch request exceeds maximum (${this.ctx.limits.maxBatchRequests}) allowed number of requests`,
        )
      }
    }
    return body
  }

  /** A whole HTTP body: one response, an array of responses, or undefined when only notifications came. */
  async handleBody(text: string): Promise<JsonRpcResponse | JsonRpcResponse[] | undefined> {
    let body: unknown
    try {
      body = this.parseBody(text)
    } catch (err) {
      return errorResponse(null, err)
    }
    if (!Array.isArray(body)) return this.handleRequest(body)
    const responses = await Promise.all(body.map((item) => this.handleRequest(item)))
    const answered = responses.filter((r): r is JsonRpcResponse => r !== undefined)
    return answered.length > 0 ? answered : undefined
  }

  async handleRequest(raw: unknown): Promise<JsonRpcResponse | undefined> {
    let request: JsonRpcRequest
    try {
      request = validateRequest(raw)
    } catch (err) {
      return errorResponse(idOf(raw), err)
    }
    if (request.id === undefined) return undefined
    return this.respond(request.id, request.method, () =>
      paramsFromJson(request.params, this.argsOf(request.method)),
    )
  }

  argsOf(method: string): readonly string[] {
    return this.methods.get(method)?.args ?? []
  }

  /** Runs `method` and wraps the outcome in a response envelope with `id`. */
  async respond(id: JsonRpcId, method: string, params: () => Params): Promise<JsonRpcResponse> {
    try {
      return { jsonrpc: '2.0', id, result: await this.call(method, params) }
    } catch (err) {
      return errorResponse(id, err)
    }
  }

  async call(name: string, params: () => Params): Promise<unknown> {
    const method = this.methods.get(name)
    if (!method) throw methodNotFound(name)
    const stop = this.metrics.startRequest(name)
    let out: unknown
    try {
      out = method.handler(this.ctx, params())
    } catch (err) {
      stop()
      throw err
    }
    // A handler that answered synchronously cannot overrun its deadline: no timer for it.
    if (!isThenable(out)) {
      stop()
      return out
    }
    const ms = method.timeoutMs?.(this.ctx.limits) ?? this.ctx.limits.requestTimeoutMs
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(internalError(`${name} timed out after ${ms} ms`)), ms)
    })
    try {
      return await Promise.race([out, deadline])
    } finally {
      clearTimeout(timer)
      stop()
    }
  }
}

const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  v !== null && typeof v === 'object' && typeof (v as { then?: unknown }).then === 'function'

function idOf(raw: unknown): JsonRpcId {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const id = (raw as { id?: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return null
}

export function validateRequest(raw: unknown): JsonRpcRequest {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw invalidRequest('request must be an object')
  const r = raw as Record<string, unknown>
  if (r.jsonrpc !== '2.0') throw invalidRequest('jsonrpc must be "2.0"')
  const id = Object.hasOwn(r, 'id') ? r.id : undefined
  if (id !== undefined && id !== null && typeof id !== 'number' && typeof id !== 'string') {
    throw invalidRequest('id must be a number, a string or null')
  }
  if (typeof r.method !== 'string' || r.method === '')
    throw invalidRequest('method must be a non-empty string')
  return { id: id === null ? undefined : (id as JsonRpcId | undefined), method: r.method, params: r.params }
}
