// The Cosmos REST (LCD / gRPC-gateway) server on its own port (default 1317): the routes Keplr and explorers
// use, answered from the same RpcBackend; every other route is 501 so wallets detect the feature as absent.
import type { FastifyInstance, FastifyServerOptions } from 'fastify'
import type { RpcBackend } from '../backend.js'
import { enableOpenCors } from '../cors.js'
import { type RpcLimits, resolveLimits } from '../limits.js'
import { listenOn } from '../listen.js'
import { hardenedFastify } from '../server.js'
import { GrpcCode, notImplemented, RestError } from './errors.js'
import { type AnyDecoder, AnyRenderer } from './gateway-json.js'
import { registerBankAuthRoutes } from './routes-bank-auth.js'
import { registerGovRoutes } from './routes-gov.js'
import { registerNodeRoutes } from './routes-node.js'
import { registerStakingRoutes } from './routes-staking.js'
import { registerTxRoutes } from './routes-tx.js'

export const DEFAULT_REST_PORT = 1317

export interface RestServerOptions {
  limits?: Partial<RpcLimits>
  /** Bech32 prefix of consensus addresses in `sdk_block` and validator sets. */
  valconsPrefix?: string
  appName?: string
  appVersion?: string
  /** Renderers for more `Any` type URLs (Datum messages), keyed by type URL. */
  anyDecoders?: Record<string, AnyDecoder>
  logger?: FastifyServerOptions['logger']
}

export interface RestServer {
  readonly app: FastifyInstance
  listen(port: number, host?: string): Promise<number>
  close(): Promise<void>
}

export async function createRestServer(
  backend: RpcBackend,
  options: RestServerOptions = {},
): Promise<RestServer> {
  const limits = resolveLimits(options.limits)
  const app = hardenedFastify(limits, options.logger)
  const anys = new AnyRenderer(options.anyDecoders)
  enableOpenCors(app)

  app.setErrorHandler((err: Error & { statusCode?: number }, _request, reply) => {
    if (err instanceof RestError) return reply.code(err.status).send(err.toJSON())
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(err.statusCode).send(new RestError(GrpcCode.invalidArgument, err.message).toJSON())
    }
    return reply.code(500).send(new RestError(GrpcCode.unknown, err.message).toJSON())
  })
  app.setNotFoundHandler((_request, reply) => {
    const err = notImplemented()
    reply.code(err.status).send(err.toJSON())
  })

  // Liveness for load balancers: 200 `{}` while the node is healthy, 503 otherwise.
  app.get('/health', async (_request, reply) => {
    try {
      await backend.health()
      return {}
    } catch (err) {
      return reply.code(503).send(new RestError(GrpcCode.unavailable, (err as Error).message).toJSON())
    }
  })

  registerNodeRoutes(app, backend, {
    valconsPrefix: options.valconsPrefix ?? 'datumvalcons',
    appName: options.appName ?? 'datum',
    appVersion: options.appVersion ?? '0.1.0',
  })
  registerBankAuthRoutes(app, backend, anys)
  registerTxRoutes(app, backend, anys)
  registerStakingRoutes(app, backend, anys)
  registerGovRoutes(app, backend, anys)

  return {
    app,
    listen: (port, host = '127.0.0.1') => listenOn(app, port, host),
    close: () => app.close(),
  }
}
