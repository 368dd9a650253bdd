// WsSession keep-alive on a fake socket and fake timers: pings every period, drops a client that missed a pong.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Dispatcher } from './dispatch.js'
import { resolveLimits } from './limits.js'
import { buildMethodTable } from './methods/index.js'
import { RpcMetrics } from './metrics.js'
import { MemoryBackend } from './test-backend.js'
import { WsSession, type WsSocket } from './ws-session.js'

class FakeSocket implements WsSocket {
  readyState = 1
  bufferedAmount = 0
  pings = 0
  terminated = false
  readonly sent: string[] = []
  private readonly listeners = new Map<string, ((...args: never[]) => void)[]>()
  send(data: string) {
    this.sent.push(data)
  }
  close() {
    this.readyState = 3
  }
  terminate() {
    this.terminated = true
    this.readyState = 3
  }
  ping() {
    this.pings++
  }
  on(event: string, listener: (...args: never[]) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
  }
  emit(event: string, ...args: unknown[]) {
    for (const l of this.listeners.get(event) ?? []) (l as (...a: unknown[]) => void)(...args)
  }
}

function session(socket: FakeSocket, limits = resolveLimits()) {
  const backend = new MemoryBackend()
  const methods = buildMethodTable(backend)
  const dispatcher = new Dispatcher(methods, { backend, limits }, new RpcMetrics(backend, methods.keys()))
  return new WsSession(socket, { backend, dispatcher, limits, pingIntervalMs: 1_000 })
}

describe('WsSession keep-alive', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('keeps a client that answers every ping', () => {
    const socket = new FakeSocket()
    const s = session(socket)
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(1_000)
      socket.emit('pong')
    }
    expect(socket.pings).toBe(5)
    expect(socket.terminated).toBe(false)
    s.dispose()
  })

  it('terminates a client that missed a pong', () => {
    const socket = new FakeSocket()
    const s = session(socket)
    vi.advanceTimersByTime(1_000)
    expect(socket.pings).toBe(1)
    expect(socket.terminated).toBe(false)
    vi.advanceTimersByTime(1_000)
    expect(socket.terminated).toBe(true)
    s.dispose()
  })

  it('terminates a client whose unread output passed the limit instead of buffering more', async () => {
    const socket = new FakeSocket()
    const s = session(socket, resolveLimits({ maxWsBufferedBytes: 1_000 }))
    socket.bufferedAmount = 5_000
    socket.emit('message', Buffer.from('{"jsonrpc":"2.0","id":1,"method":"health"}'), false)
    await vi.waitFor(() => expect(socket.terminated).toBe(true))
    expect(socket.terminated).toBe(true)
    expect(socket.sent).toEqual([])
    s.dispose()
  })
})
