// Starting a Fastify server and reporting the port it bound (port 0 asks the OS for a free one).
import type { FastifyInstance } from 'fastify'

export async function listenOn(app: FastifyInstance, port: number, host: string): Promise<number> {
  await app.listen({ port, host })
  const address = app.server.address()
  return typeof address === 'object' && address ? address.port : port
}
