// The executor's HTTP server for encrypted results: GET /results/:jobId with signed headers; only the job's
// requester and viewers (looked up on chain by the caller's `readersOf`) receive the ECIES envelope.
import Fastify, { type FastifyInstance } from 'fastify'
import { verifyResultRequest } from './signed-request.js'

export interface ResultServerOptions {
  /** Envelope for a job this executor computed, or undefined. */
  envelopeOf(jobId: bigint): Uint8Array | undefined
  /** The requester and viewers of a job (from the chain). */
  readersOf(jobId: bigint): Promise<string[]>
  /** Unix seconds; injectable for tests. */
  now?: () => number
}

export function resultServer(opts: ResultServerOptions): FastifyInstance {
  const app = Fastify({ logger: false })
  const now = opts.now ?? (() => Math.floor(Date.now() / 1000))
  app.get<{ Params: { jobId: string } }>('/results/:jobId', async (req, reply) => {
    if (!/^[1-9]\d{0,19}$/.test(req.params.jobId))
      return reply.code(400).send({ code: 'BAD_JOB_ID', message: 'job id must be a positive integer' })
    const jobId = BigInt(req.params.jobId)
    const auth = verifyResultRequest(req.headers, jobId, now())
    if ('error' in auth) return reply.code(401).send({ code: auth.error, message: 'signed request required' })
    if (!(await opts.readersOf(jobId)).includes(auth.address))
      return reply
        .code(403)
        .send({ code: 'NOT_A_READER', message: `${auth.address} may not read job ${jobId}` })
    const envelope = opts.envelopeOf(jobId)
    if (!envelope) return reply.code(404).send({ code: 'NO_RESULT', message: `no result for job ${jobId}` })
    return reply.type('application/octet-stream').send(Buffer.from(envelope))
  })
  return app
}
