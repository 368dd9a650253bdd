import { secp256k1 } from '@noble/curves/secp256k1.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addressFromPubkey, toBech32 } from '../../modules/sdk/index.js'
import { resultServer } from './result-server.js'
import { signResultRequest } from './signed-request.js'

const NOW = 1_800_000_000
const requesterSk = secp256k1.utils.randomSecretKey()
const strangerSk = secp256k1.utils.randomSecretKey()
const requester = toBech32(addressFromPubkey(secp256k1.getPublicKey(requesterSk, true)))
const app = resultServer({
  envelopeOf: (id) => (id === 7n ? Uint8Array.of(1, 2, 3) : undefined),
  readersOf: async () => [requester],
  now: () => NOW,
})
let base = ''
beforeAll(async () => {
  base = await app.listen({ port: 0, host: '127.0.0.1' })
})
afterAll(() => app.close())

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers })

describe('executor result server', () => {
  it('serves the envelope to the requester only', async () => {
    const ok = await get('/results/7', { ...signResultRequest(requesterSk, 7n, NOW) })
    expect(ok.status).toBe(200)
    expect([...new Uint8Array(await ok.arrayBuffer())]).toEqual([1, 2, 3])
    expect((await get('/results/7', { ...signResultRequest(strangerSk, 7n, NOW) })).status).toBe(403)
  })

  it('refuses unsigned, stale, replayed-for-another-job and malformed requests', async () => {
    expect((await get('/results/7')).status).toBe(401)
    expect((await get('/results/7', { ...signResultRequest(requesterSk, 7n, NOW - 1000) })).status).toBe(401)
    expect((await get('/results/7', { ...signResultRequest(requesterSk, 8n, NOW) })).status).toBe(401)
    expect((await get('/results/abc')).status).toBe(400)
    expect((await get('/results/9', { ...signResultRequest(requesterSk, 9n, NOW) })).status).toBe(404)
  })
})
