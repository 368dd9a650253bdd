// The executor's registered endpoint serves federated peers too: `/federated/…` goes to the peer server (its
// refusals, e.g. UNKNOWN_JOB), everything else to the result routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FEDERATED_PREFIX, PeerServer } from './federated/peer-server.js'
import { resultServer } from './result-server.js'

const peers = new PeerServer()
const app = resultServer({
  envelopeOf: () => undefined,
  jobOf: async () => undefined,
  federated: { prefix: FEDERATED_PREFIX, serve: (req, res) => peers.serve(req, res) },
})
let base = ''

beforeAll(async () => {
  await app.listen({ host: '127.0.0.1', port: 0 })
  const addr = app.server.address()
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
})
afterAll(() => app.close())

describe('the result server with the federated route mounted', () => {
  it('hands /federated/ requests to the peer server and the rest to the result routes', async () => {
    const fed = await fetch(`${base}/federated/v1/jobs/5/messages`, { method: 'POST', body: '{}' })
    expect(fed.status).toBe(404)
    expect(((await fed.json()) as { error: string }).error).toBe('UNKNOWN_JOB')
    expect(peers.bytesIn.get('5')).toBe(2)
    const result = await fetch(`${base}/results/5/nonce`)
    expect(((await result.json()) as { code?: string }).code).not.toBe('UNKNOWN_JOB')
    expect(peers.bytesIn.size).toBe(1)
  })
})
