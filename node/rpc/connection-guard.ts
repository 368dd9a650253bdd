// Per-address connection cap for an HTTP server: counts open sockets by remote address and closes, at accept,
// a socket that would put its address over the cap, so one client cannot hold every slot while others wait.
import type { Server } from 'node:http'
import type { Socket } from 'node:net'

export interface ConnectionGuard {
  /** Open sockets by remote address (for tests and metrics). */
  open(address: string): number
  /** Sockets refused at accept since start. */
  readonly refused: number
}

export function guardConnectionsPerIp(server: Server, maxPerIp: number): ConnectionGuard {
  const open = new Map<string, number>()
  let refused = 0
  server.on('connection', (socket: Socket) => {
    const ip = socket.remoteAddress ?? ''
    const n = (open.get(ip) ?? 0) + 1
    if (n > maxPerIp) {
      refused++
      socket.destroy()
      return
    }
    open.set(ip, n)
    socket.once('close', () => {
      const left = (open.get(ip) ?? 1) - 1
      if (left > 0) open.set(ip, left)
      else open.delete(ip)
    })
  })
  return {
    open: (address) => open.get(address) ?? 0,
    get refused() {
      return refused
    },
  }
}
