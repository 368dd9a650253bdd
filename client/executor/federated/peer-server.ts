// The HTTP endpoint where an executor's participants receive their peers' messages:
//   POST /federated/v1/jobs/<job id>/messages   (body: one PeerMessage as JSON)
// 200 {"ok":true} when admitted; otherwise the refusal's status and {"error": code, "message": …}. A refused
// or broken request is answered and logged, never thrown: the process keeps serving its other peers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { MessageRefused } from './errors.js'
import type { Inbox } from './inbox.js'

/** Far above the largest honest message (an MLP's masked vector is ~16 bytes per parameter). */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024
/** Requests under this prefix belong to the peer server. */
export const FEDERATED_PREFIX = '/federated/'
const ROUTE = /^\/federated\/v1\/jobs\/(\d{1,20})\/messages$/

export type PeerLog = (event: string, fields?: Record<string, unknown>) => void

export class PeerServer {
  private readonly inboxes = new Map<string, Inbox>()
  private server?: Server
  /** Request bytes received, per job. */
  readonly bytesIn = new Map<string, number>()

  constructor(private readonly log: PeerLog = () => {}) {}

  register(jobId: bigint, inbox: Inbox): void {
    this.inboxes.set(jobId.toString(), inbox)
  }

  unregister(jobId: bigint): void {
    this.inboxes.delete(jobId.toString())
  }

  /** Answers one request on the federated route (also mounted on the executor's result server). */
  serve(req: IncomingMessage, res: ServerResponse): void {
    this.handle(req)
      .then(() => {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
      })
      .catch((e: unknown) => {
        const refused =
          e instanceof MessageRefused ? e : new MessageRefused('MALFORMED', (e as Error).message ?? String(e))
        this.log('message-refused', { code: refused.code, reason: refused.message })
        res
          .writeHead(refused.status, { 'content-type': 'application/json', connection: 'close' })
          .end(JSON.stringify({ error: refused.code, message: refused.message }))
      })
  }

  async listen(host: string, port: number): Promise<number> {
    const server = createServer((req, res) => this.serve(req, res))
    server.on('clientError', (_e, socket) => socket.destroy())
    this.server = server
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, () => resolve())
    })
    return (server.address() as AddressInfo).port
  }

  async close(): Promise<void> {
    const s = this.server
    if (!s) return
    s.closeAllConnections()
    await new Promise<void>((resolve) => s.close(() => resolve()))
  }

  private async handle(req: IncomingMessage): Promise<void> {
    const route = req.method === 'POST' ? ROUTE.exec(req.url ?? '') : null
    if (!route) throw new MessageRefused('MALFORMED', `no route ${req.method} ${req.url}`)
    const inbox = this.inboxes.get(route[1]!)
    const text = await readBody(req)
    this.bytesIn.set(route[1]!, (this.bytesIn.get(route[1]!) ?? 0) + text.length)
    if (!inbox) throw new MessageRefused('UNKNOWN_JOB', `no training of job ${route[1]} here`)
    inbox.admit(text)
  }
}

/**
 * The request body, at most MAX_MESSAGE_BYTES. A longer one is read on and dropped (so the peer gets its 413
 * rather than a reset) up to four times the limit, then the connection is cut.
 */
async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > 4 * MAX_MESSAGE_BYTES) {
      req.destroy()
      break
    }
    if (size <= MAX_MESSAGE_BYTES) parts.push(chunk as Buffer)
  }
  if (size > MAX_MESSAGE_BYTES) throw new MessageRefused('TOO_LARGE', `over ${MAX_MESSAGE_BYTES} bytes`)
  return Buffer.concat(parts).toString('utf8')
}
