// The CometBFT 0.38-compatible JSON-RPC server: POST `/` (single and batch), GET `/<method>?arg=…`,
// `/websocket`, `/metrics`. Fastify settings follow reliability.md §3.2 (deadlines, caps, poisoning checks).
import websocket from '@fastify/websocket'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { RpcBackend, Unsubscribe } from './backend.js'
import { guardConnectionsPerIp } from './connection-guard.js'
import { enableOpenCors } from './cors.js'
import { Dispatcher, errorResponse } from './dispatch.js'
import { internalError, invalidRequest, methodNotFound } from './errors.js'
import { type RpcLimits, resolveLimits } from './limits.js'
import { listenOn } from './listen.js'
import { buildMethodTable } from './methods/index.js'
import { RpcMetrics } from './metrics.js'
import { Params } from './params.js'
import { registerWebsocket } from './websocket.js'

export interface RpcServerOptions {
  limits?: Partial<RpcLimits>
  /** Path serving Prometheus metrics on this server; false to serve them elsewhere (see metrics-server.ts). */
  metricsPath?: string | false
  /** Websocket keep-alive ping period (CometBFT pings every 27 s). */
  wsPingIntervalMs?: number
  logger?: FastifyServerOptions['logger']
}

export interface RpcServer {
  readonly app: FastifyInstance
  readonly metrics: RpcMetrics
  readonly limits: RpcLimits
  /** Open `/websocket` connections. */
  readonly wsConnections: number
  /** Starts listening; port 0 picks a free port. Resolves to the bound port. */
  listen(port: number, host?: string): Promise<number>
  close(): Promise<void>
}

/** How often Node expires sockets past the headers timeout (a socket lives at most headersTimeout + this). */
export const HEADER_CHECK_INTERVAL_MS = 1_000

/** Fastify settings shared by the RPC and REST servers. */
export function hardenedFastify(limits: RpcLimits, logger: FastifyServerOptions['logger']): FastifyInstance {
  const app = Fastify({
    logger: logger ?? false,
    bodyLimit: limits.maxBodyBytes,
    requestTimeout: limits.requestTimeoutMs,
    // Idle-socket timeout: longer than the slowest call (broadcast_tx_commit) so deadlines answer first.
    connectionTimeout: limits.requestTimeoutMs + limits.broadcastCommitTimeoutMs + 5_000,
    keepAliveTimeout: 5_000,
    // Rotates long-lived keep-alive sockets so one client cannot pin a connection forever.
    maxRequestsPerSocket: 1_000,
    // Node checks the headers and request timeouts only every connectionsCheckingInterval (30 s by default),
    // so a socket that never finishes its headers lived ~30 s; checked every second, it lives headersTimeout.
    http: { maxHeaderSize: 16_384, connectionsCheckingInterval: HEADER_CHECK_INTERVAL_MS },
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    trustProxy: false,
    return503OnClosing: true,
  })
  app.server.maxConnections = limits.maxConnections
  app.server.headersTimeout = limits.requestTimeoutMs
  guardConnectionsPerIp(app.server, limits.maxConnectionsPerIp)
  return app
}

export async function createRpcServer(
  backend: RpcBackend,
  options: RpcServerOptions = {},
): Promise<RpcServer> {
  const limits = resolveLimits(options.limits)
  const methods = buildMethodTable(backend)
  const metrics = new RpcMetrics(backend, methods.keys())
  const dispatcher = new Dispatcher(methods, { backend, limits }, metrics)
  const app = hardenedFastify(limits, options.logger)

  // Bodies reach the dispatcher as text so that every parse failure becomes a JSON-RPC -32700.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body))
  app.setErrorHandler((err: { statusCode?: number; message: string }, _request, reply) => {
    // Fastify's own 4xx (body too large, bad framing) are request errors; anything else is ours.
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500
    const rpcError = status < 500 ? invalidRequest(err.message) : internalError(err.message)
    reply.code(status).send(errorResponse(null, rpcError))
  })
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(errorResponse(-1, methodNotFound(request.url.split('?')[0]!.slice(1))))
  })
  enableOpenCors(app)
  await app.register(websocket, { options: { maxPayload: limits.maxBodyBytes } })

  app.post('/', async (request, reply) => {
    const response = await dispatcher.handleBody(typeof request.body === 'string' ? request.body : '')
    if (response === undefined) return reply.code(200).send('')
    return reply.type('application/json').send(response)
  })

  const endpoints = dispatcher.methodNames
    .map(
      (name) =>
        `//host/${name}?${methods
          .get(name)!
          .args.map((arg) => `${arg}=_`)
          .join('&')}`,
    )
    .join('\n')
  app.get('/', async (_request, reply) =>
    reply.type('text/plain').send(`Available endpoints:\n${endpoints}\n`),
  )

  if (options.metricsPath !== false) {
    app.get(options.metricsPath ?? '/metrics', async (_request, reply) => {
      return reply.type(metrics.contentType()).send(await metrics.render())
    })
  }

  const sockets = registerWebsocket(app, {
    backend,
    dispatcher,
    limits,
    pingIntervalMs: options.wsPingIntervalMs ?? 27_000,
  })

  // GET URI form: every method at `/<method>?name=value`, answered with id -1 like CometBFT.
  app.get<{ Params: { method: string }; Querystring: Record<string, unknown> }>(
    '/:method',
    async (request, reply) => {
      const { method } = request.params
      if (!dispatcher.has(method)) return reply.code(404).send(errorResponse(-1, methodNotFound(method)))
      const response = await dispatcher.respond(-1, method, () => new Params(request.query ?? {}, 'uri'))
      return reply.type('application/json').send(response)
    },
  )

  let stopFollowing: Unsubscribe | undefined
  return {
    app,
    metrics,
    limits,
    get wsConnections() {
      return sockets.count()
    },
    async listen(port, host = '127.0.0.1') {
      const bound = await listenOn(app, port, host)
      stopFollowing = metrics.follow(backend)
      return bound
    },
    async close() {
      stopFollowing?.()
      sockets.closeAll()
      await app.close()
    },
  }
}
