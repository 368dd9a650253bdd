// `/websocket` registration: the connection cap and the set of live sessions (closed with the server).
import type { FastifyInstance } from 'fastify'
import { type WebsocketDeps, WsSession, type WsSocket } from './ws-session.js'

const TRY_AGAIN_LATER = 1013

export interface WebsocketRegistry {
  /** Open sessions. */
  count(): number
  /** Terminates every session and drops its subscriptions. */
  closeAll(): void
}

export function registerWebsocket(app: FastifyInstance, deps: WebsocketDeps): WebsocketRegistry {
  const sessions = new Map<WsSocket, WsSession>()
  app.get('/websocket', { websocket: true }, (rawSocket) => {
    const socket = rawSocket as unknown as WsSocket
    if (sessions.size >= deps.limits.maxWsConnections) {
      socket.close(TRY_AGAIN_LATER, `max_subscription_clients ${deps.limits.maxWsConnections} reached`)
      return
    }
    const session = new WsSession(socket, deps)
    sessions.set(socket, session)
    socket.on('close', () => {
      session.dispose()
      sessions.delete(socket)
    })
  })
  return {
    count: () => sessions.size,
    closeAll() {
      for (const [socket, session] of sessions) {
        session.dispose()
        socket.terminate()
      }
      sessions.clear()
    },
  }
}
