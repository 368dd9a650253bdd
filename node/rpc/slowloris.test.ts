// A slowloris from one address (127.0.0.1: many sockets that never finish their headers) holds its share of
// connections while a client from another address (127.0.0.2) is served; sockets over the per-address cap
// are closed at accept, and the held ones are dropped after the headers timeout (not Node's 30 s check).
// Timeouts are the defaults scaled by one factor (1/10); the per-address cap is the default.
import { request as httpRequest } from 'node:http'
import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultRpcLimits } from './limits.js'
import { createRpcServer, HEADER_CHECK_INTERVAL_MS, type RpcServer } from './server.js'
import { MemoryBackend } from './test-backend.js'

const SCALE = 10
const requestTimeoutMs = defaultRpcLimits.requestTimeoutMs / SCALE
const CAP = defaultRpcLimits.maxConnectionsPerIp
const ATTACK = CAP + 50

let server: RpcServer
let port: number
const held: Socket[] = []

beforeAll(async () => {
  const backend = new MemoryBackend()
  backend.addBlock()
  server = await createRpcServer(backend, {
    limits: { requestTimeoutMs, broadcastCommitTimeoutMs: defaultRpcLimits.broadcastCommitTimeoutMs / SCALE },
  })
  port = await server.listen(0, '127.0.0.1')
})

afterAll(async () => {
  for (const s of held) s.destroy()
  await server?.close()
})

/** A JSON-RPC `health` call from `localAddress`; resolves with the HTTP status or the socket error code. */
function health(localAddress: string, timeoutMs = 3_000): Promise<number | string> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'health', params: {} })
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        localAddress,
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        agent: false,
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.setTimeout(timeoutMs, () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })))
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'ERROR'))
    req.end(body)
  })
}

async function until(cond: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('slowloris from one address', () => {
  it('caps its sockets, serves another client meanwhile, and drops the held ones after the headers timeout', async () => {
    const opened = Date.now()
    const lifetimes: number[] = []
    for (let i = 0; i < ATTACK; i++) {
      const s = connect({ host: '127.0.0.1', port, localAddress: '127.0.0.1' })
      s.on('error', () => {})
      s.resume() // read what the server sends (its 408), so its close reaches us
      s.on('connect', () => s.write('POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: '))
      s.on('close', () => lifetimes.push(Date.now() - opened))
      held.push(s)
    }
    // every socket over the cap is closed at accept
    await until(() => lifetimes.length >= ATTACK - CAP, 5_000)
    expect(lifetimes.length).toBe(ATTACK - CAP)

    // while the attacker holds its share, another address is served promptly, and the attacker's is refused
    const t0 = Date.now()
    expect(await health('127.0.0.2')).toBe(200)
    expect(Date.now() - t0).toBeLessThan(1_000)
    expect(await health('127.0.0.1')).not.toBe(200)

    // the held sockets never finish their headers: the server closes them after the headers timeout
    const bound = requestTimeoutMs + HEADER_CHECK_INTERVAL_MS + 1_500
    await until(() => lifetimes.length === ATTACK, bound + 2_000)
    expect(Math.max(...lifetimes)).toBeLessThan(bound)
    expect(Math.max(...lifetimes)).toBeGreaterThanOrEqual(requestTimeoutMs - 50)

    // and the attacker's address is served again once its sockets are gone
    expect(await health('127.0.0.1')).toBe(200)
  })
})
