// The executor's HTTP server for encrypted results. A reader first asks `GET /results/:jobId/nonce` for a
// fresh challenge, then `GET /results/:jobId` with headers signing it (signed-request.ts). The envelope is
// released only to the job's requester and viewers, and only once the job is FINALIZED on chain: before
// that a buyer could read the answer and still see the job fail or be refunded. Every refusal is an HTTP
// status with a JSON body {code, message}. Requests are rate-limited per IP before the signature is checked
// and per signer before the chain is queried. Cross-origin reads are allowed (CORS), so the web app can
// fetch and decrypt in the browser.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify'
import { NonceBook } from './nonce-book.js'
import { RateLimiter } from './rate-limit.js'
import { verifyResultRequest } from './signed-request.js'

export interface JobReaders {
  /** The requester and the viewers named on the job. */
  readers: string[]
  /** The job is FINALIZED on chain (settled: paid, nothing left to refund). */
  finalized: boolean
}

export interface ResultServerOptions {
  /** Envelope for a job this executor computed, or undefined. */
  envelopeOf(jobId: bigint): Uint8Array | undefined
  /** The job's readers and state from the chain; undefined when the chain has no such job; throws when unreadable. */
  jobOf(jobId: bigint): Promise<JobReaders | undefined>
  /** Milliseconds; injectable for tests. */
  nowMs?: () => number
  /** Requests per IP (burst, then per minute), before any signature check. */
  perIp?: { burst: number; perMinute: number }
  /** Signed requests per reader address (burst, then per minute), before any chain query. */
  perAddress?: { burst: number; perMinute: number }
  /**
   * Federated training peers' messages (`/federated/…`), served on the same registered endpoint so peers find
   * an executor's training route from the chain (federated/peer-server.ts; its own limits and refusals).
   */
  federated?: { prefix: string; serve(req: IncomingMessage, res: ServerResponse): void }
}

export const DEFAULT_PER_IP = { burst: 60, perMinute: 120 }
export const DEFAULT_PER_ADDRESS = { burst: 10, perMinute: 20 }

const JOB_ID = /^[1-9]\d{0,19}$/

export function resultServer(opts: ResultServerOptions): FastifyInstance {
  const fed = opts.federated
  const app = fed
    ? Fastify({
        logger: false,
        serverFactory: (handler) =>
          createServer((req, res) =>
            req.url?.startsWith(fed.prefix) ? fed.serve(req, res) : handler(req, res),
          ),
      })
    : Fastify({ logger: false })
  const now = opts.nowMs ?? (() => Date.now())
  const nonces = new NonceBook()
  const ipLimit = new RateLimiter(
    (opts.perIp ?? DEFAULT_PER_IP).burst,
    (opts.perIp ?? DEFAULT_PER_IP).perMinute,
  )
  const addressLimit = new RateLimiter(
    (opts.perAddress ?? DEFAULT_PER_ADDRESS).burst,
    (opts.perAddress ?? DEFAULT_PER_ADDRESS).perMinute,
  )
  const refuse = (reply: FastifyReply, status: number, code: string, message: string) =>
    reply.code(status).send({ code, message })
  const limited = (reply: FastifyReply, wait: number, who: string) =>
    reply
      .code(429)
      .header('retry-after', String(wait))
      .send({ code: 'RATE_LIMITED', message: `too many requests from ${who}; retry in ${wait} s` })

  // Browsers read results too (the marketplace decrypts in the page): any origin may ask, since what
  // authorizes a read is the signature over a fresh nonce, never a cookie or the origin.
  app.addHook('onSend', async (_req, reply) => {
    reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', 'retry-after')
  })
  app.options('/results/*', async (_req, reply) =>
    reply
      .header('access-control-allow-methods', 'GET, OPTIONS')
      .header(
        'access-control-allow-headers',
        'x-datum-pubkey, x-datum-nonce, x-datum-signature, x-datum-sign-mode',
      )
      .header('access-control-max-age', '600')
      .code(204)
      .send(),
  )
  app.addHook('onRequest', async (req, reply) => {
    const wait = ipLimit.take(req.ip, now())
    if (wait > 0) return limited(reply, wait, req.ip)
  })

  app.get<{ Params: { jobId: string } }>('/results/:jobId/nonce', async (req, reply) => {
    if (!JOB_ID.test(req.params.jobId))
      return refuse(reply, 400, 'BAD_JOB_ID', 'job id must be a positive integer')
    const jobId = BigInt(req.params.jobId)
    const n = nonces.issue(jobId, now())
    if (!n) return refuse(reply, 503, 'BUSY', 'too many outstanding challenges; retry shortly')
    return {
      jobId: jobId.toString(),
      nonce: n.nonce,
      expiresInSeconds: Math.floor((n.expiresAt - now()) / 1000),
    }
  })

  app.get<{ Params: { jobId: string } }>('/results/:jobId', async (req, reply) => {
    if (!JOB_ID.test(req.params.jobId))
      return refuse(reply, 400, 'BAD_JOB_ID', 'job id must be a positive integer')
    const jobId = BigInt(req.params.jobId)
    const auth = verifyResultRequest(req.headers, jobId)
    if ('error' in auth)
      return refuse(
        reply,
        401,
        auth.error,
        'a request signed over a nonce from /results/<job>/nonce is required',
      )
    if (!nonces.consume(jobId, auth.nonce, now()))
      return refuse(reply, 401, 'STALE_NONCE', 'the nonce is unknown, used, expired or for another job')
    const wait = addressLimit.take(auth.address, now())
    if (wait > 0) return limited(reply, wait, auth.address)
    let job: JobReaders | undefined
    try {
      job = await opts.jobOf(jobId)
    } catch (e) {
      return refuse(reply, 503, 'CHAIN_UNAVAILABLE', `cannot read job ${jobId}: ${(e as Error).message}`)
    }
    if (!job) return refuse(reply, 404, 'NO_JOB', `the chain has no job ${jobId}`)
    if (!job.readers.includes(auth.address))
      return refuse(reply, 403, 'NOT_A_READER', `${auth.address} may not read job ${jobId}`)
    if (!job.finalized)
      return refuse(
        reply,
        409,
        'NOT_FINALIZED',
        `job ${jobId} is not finalized; results are released once it is`,
      )
    const envelope = opts.envelopeOf(jobId)
    if (!envelope) return refuse(reply, 404, 'NO_RESULT', `no result for job ${jobId} here`)
    return reply.type('application/octet-stream').send(Buffer.from(envelope))
  })
  return app
}
