// Free TCP ports on 127.0.0.1: bind port 0, read the port, release it. Several at once are held together
// so one call never returns the same port twice.
import { createServer, type Server } from 'node:net'

export async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = []
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer()
      servers.push(server)
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(0, '127.0.0.1', () => resolve())
      })
    }
    return servers.map((s) => {
      const addr = s.address()
      if (!addr || typeof addr === 'string') throw new Error('no port')
      return addr.port
    })
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))))
  }
}
