// Open CORS for wallets and browser dapps: any origin, and preflight answered for every path.
import type { FastifyInstance } from 'fastify'

export function enableOpenCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('Access-Control-Allow-Origin', '*')
  })
  app.options('*', async (request, reply) => {
    const requested = request.headers['access-control-request-headers']
    reply
      .header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
      .header('Access-Control-Allow-Headers', typeof requested === 'string' ? requested : 'Content-Type')
      .header('Access-Control-Max-Age', '86400')
      .code(204)
      .send()
  })
}
