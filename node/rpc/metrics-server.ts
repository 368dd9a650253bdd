// Prometheus metrics on their own port (CometBFT's `instrumentation.prometheus_listen_addr`, default 26660),
// for operators who keep the RPC private: GET /metrics renders the RPC server's registry.
import Fastify, { type FastifyInstance } from 'fastify'
import { listenOn } from './listen.js'
import type { RpcMetrics } from './metrics.js'

export const DEFAULT_METRICS_PORT = 26660

export interface MetricsServer {
  readonly app: FastifyInstance
  listen(port: number, host?: string): Promise<number>
  close(): Promise<void>
}

export function createMetricsServer(metrics: RpcMetrics): MetricsServer {
  const app = Fastify({ logger: false, requestTimeout: 10_000, connectionTimeout: 10_000 })
  app.get('/metrics', async (_request, reply) =>
    reply.type(metrics.contentType()).send(await metrics.render()),
  )
  return {
    app,
    listen: (port, host = '127.0.0.1') => listenOn(app, port, host),
    close: () => app.close(),
  }
}
