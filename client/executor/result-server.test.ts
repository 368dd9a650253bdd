import { Secp256k1Wallet } from '@cosmjs/amino'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addressFromPubkey, toBech32 } from '../../modules/sdk/index.js'
import { fetchEnvelope, fetchFinalizedEnvelope, ResultFetchError } from './result-fetch.js'
import { type JobReaders, resultServer } from './result-server.js'
import { adr36SignDoc, readChallenge, signResultRequest } from './signed-request.js'

const addressOf = (sk: Uint8Array) => toBech32(addressFromPubkey(secp256k1.getPublicKey(sk, true)))
const requesterSk = secp256k1.utils.randomSecretKey()
const viewerSk = secp256k1.utils.randomSecretKey()
const strangerSk = secp256k1.utils.randomSecretKey()
const chatterSk = secp256k1.utils.randomSecretKey()
const readers = [addressOf(requesterSk), addressOf(viewerSk), addressOf(chatterSk)]
let nowMs = 1_800_000_000_000
// job 7: finalized; job 8: attested, not yet final; job 10: final but this executor has no envelope;
// job 11: the chain cannot be read; others: no such job
const jobs = new Map<bigint, JobReaders>([
  [7n, { readers, finalized: true }],
  [8n, { readers, finalized: false }],
  [10n, { readers, finalized: true }],
])
let chainQueries = 0
const app = resultServer({
  envelopeOf: (id) => (id === 7n || id === 8n ? Uint8Array.of(1, 2, 3) : undefined),
  jobOf: async (id) => {
    chainQueries++
    if (id === 11n) throw new Error('connection refused')
    return jobs.get(id)
  },
  nowMs: () => nowMs,
  perIp: { burst: 40, perMinute: 60 },
  perAddress: { burst: 3, perMinute: 6 },
})
let base = ''
beforeAll(async () => {
  base = await app.listen({ port: 0, host: '127.0.0.1' })
})
afterAll(() => app.close())
// each test starts with full rate-limit buckets
beforeEach(() => {
  nowMs += 600_000
})

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers })
const nonceFor = async (job: bigint | string): Promise<string> =>
  ((await (await get(`/results/${job}/nonce`)).json()) as { nonce: string }).nonce
const signed = async (sk: Uint8Array, job: bigint) => ({ ...signResultRequest(sk, job, await nonceFor(job)) })
const status = async (sk: Uint8Array, job: bigint) => {
  const r = await get(`/results/${job}`, await signed(sk, job))
  return { status: r.status, code: ((await r.json().catch(() => ({}))) as { code?: string }).code }
}

describe('executor result server', () => {
  it('releases to a reader who signed the challenge as ADR-36 arbitrary data (Keplr signArbitrary)', async () => {
    // CosmJS's amino signer stands in for Keplr: signArbitrary is signAmino over the ADR-36 doc
    const wallet = await Secp256k1Wallet.fromKey(requesterSk, 'datum')
    const [account] = await wallet.getAccounts()
    const { address, pubkey } = account!
    const adr36 = async (nonce: string) =>
      Buffer.from(
        (await wallet.signAmino(address, adr36SignDoc(address, readChallenge(7n, nonce)))).signature
          .signature,
        'base64',
      ).toString('hex')
    const headers = async (mode?: 'adr36') => {
      const nonce = await nonceFor(7n)
      return {
        'x-datum-pubkey': Buffer.from(pubkey).toString('hex'),
        'x-datum-nonce': nonce,
        'x-datum-signature': await adr36(nonce),
        ...(mode ? { 'x-datum-sign-mode': mode } : {}),
      }
    }
    const ok = await get('/results/7', await headers('adr36'))
    expect(ok.status).toBe(200)
    expect([...new Uint8Array(await ok.arrayBuffer())]).toEqual([1, 2, 3])
    // the same signature read as a raw one does not verify, nor does an unknown mode
    const raw = await get('/results/7', await headers())
    expect([raw.status, ((await raw.json()) as { code: string }).code]).toEqual([401, 'BAD_SIGNATURE'])
    const other = await get('/results/7', { ...(await headers()), 'x-datum-sign-mode': 'eip191' })
    expect(other.status).toBe(401)
  })

  it('answers the CORS preflight of a browser for the signed read, and marks answers readable from any origin', async () => {
    const pre = await fetch(`${base}/results/7`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://market.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-datum-pubkey,x-datum-nonce,x-datum-signature',
      },
    })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-origin')).toBe('*')
    expect(pre.headers.get('access-control-allow-headers')).toBe(
      'x-datum-pubkey, x-datum-nonce, x-datum-signature, x-datum-sign-mode',
    )
    const nonce = await get('/results/7/nonce')
    expect(nonce.headers.get('access-control-allow-origin')).toBe('*')
    // CORS changes nothing about who may read: a stranger is still refused
    expect(await status(strangerSk, 7n)).toEqual({ status: 403, code: 'NOT_A_READER' })
  })

  it('releases a finalized job to its requester and viewers only', async () => {
    const ok = await get('/results/7', await signed(requesterSk, 7n))
    expect(ok.status).toBe(200)
    expect([...new Uint8Array(await ok.arrayBuffer())]).toEqual([1, 2, 3])
    expect([...(await fetchEnvelope(`${base}/results/7`, viewerSk, 7n))]).toEqual([1, 2, 3])
    expect(await status(strangerSk, 7n)).toEqual({ status: 403, code: 'NOT_A_READER' })
  })

  it('refuses before the job is finalized, and answers 404 for an unknown job or a missing result', async () => {
    expect(await status(viewerSk, 8n)).toEqual({ status: 409, code: 'NOT_FINALIZED' })
    expect(await status(viewerSk, 9n)).toEqual({ status: 404, code: 'NO_JOB' })
    expect(await status(viewerSk, 10n)).toEqual({ status: 404, code: 'NO_RESULT' })
    expect(await status(requesterSk, 11n)).toEqual({ status: 503, code: 'CHAIN_UNAVAILABLE' })
    const refused = await fetchEnvelope(`${base}/results/8`, requesterSk, 8n).catch((e) => e)
    expect(refused).toBeInstanceOf(ResultFetchError)
    expect(refused).toMatchObject({ status: 409, code: 'NOT_FINALIZED' })
  })

  it("a reader whose node already shows the job FINALIZED waits out the executor's lagging node, and no longer", async () => {
    // Job 8 reaches the executor's node after two more reads: the reader retries on 409 NOT_FINALIZED only.
    // Each pause moves the server's clock on, so the per-address rate limit never answers instead.
    const sleeps: number[] = []
    const pause = (ms: number) => {
      sleeps.push(ms)
      nowMs += 600_000
    }
    const sleep = async (ms: number) => {
      pause(ms)
      if (sleeps.length === 2) jobs.set(8n, { readers, finalized: true })
    }
    try {
      const got = await fetchFinalizedEnvelope(`${base}/results/8`, viewerSk, 8n, { retryMs: 100, sleep })
      expect([...got]).toEqual([1, 2, 3])
      expect(sleeps).toEqual([100, 100])
    } finally {
      jobs.set(8n, { readers, finalized: false })
    }
    // A node that never catches up: refused after waitMs; any other refusal at once.
    sleeps.length = 0
    const late = await fetchFinalizedEnvelope(`${base}/results/8`, viewerSk, 8n, {
      waitMs: 300,
      retryMs: 100,
      sleep: async (ms) => pause(ms),
    }).catch((e) => e)
    expect(late).toMatchObject({ status: 409, code: 'NOT_FINALIZED' })
    expect(sleeps).toEqual([100, 100, 100])
    sleeps.length = 0
    const stranger = await fetchFinalizedEnvelope(`${base}/results/7`, strangerSk, 7n, {
      sleep: async (ms) => pause(ms),
    }).catch((e) => e)
    expect(stranger).toMatchObject({ status: 403, code: 'NOT_A_READER' })
    expect(sleeps).toEqual([])
  })

  it('refuses unsigned, replayed, foreign-nonce, expired and malformed requests without a chain query', async () => {
    const before = chainQueries
    expect((await get('/results/7')).status).toBe(401)
    const headers = await signed(requesterSk, 7n)
    expect((await get('/results/7', headers)).status).toBe(200)
    // the same headers again (a copy by whoever saw them): the nonce is spent
    const replay = await get('/results/7', headers)
    expect(replay.status).toBe(401)
    expect(((await replay.json()) as { code: string }).code).toBe('STALE_NONCE')
    // a nonce issued for job 8 does not open job 7, even correctly signed
    const n8 = await nonceFor(8n)
    expect((await get('/results/7', { ...signResultRequest(requesterSk, 7n, n8) })).status).toBe(401)
    // a signature over job 8 is not one over job 7
    const n7 = await nonceFor(7n)
    expect((await get('/results/7', { ...signResultRequest(requesterSk, 8n, n7) })).status).toBe(401)
    // a nonce older than its lifetime
    const old = await nonceFor(7n)
    nowMs += 61_000
    expect((await get('/results/7', { ...signResultRequest(requesterSk, 7n, old) })).status).toBe(401)
    expect((await get('/results/abc')).status).toBe(400)
    expect((await get('/results/abc/nonce')).status).toBe(400)
    expect(chainQueries).toBe(before + 1)
  })

  it('rate-limits signed requests per address before querying the chain', async () => {
    const before = chainQueries
    for (let i = 0; i < 3; i++) expect((await status(chatterSk, 7n)).status).toBe(200)
    const r = await get('/results/7', await signed(chatterSk, 7n))
    expect(r.status).toBe(429)
    expect(r.headers.get('retry-after')).toBe('10')
    expect(chainQueries).toBe(before + 3)
    // another reader is not held up by the chatty one; the chatty one may read again later
    expect((await status(viewerSk, 7n)).status).toBe(200)
    nowMs += 10_000
    expect((await status(chatterSk, 7n)).status).toBe(200)
  })

  it('rate-limits per IP before any signature check', async () => {
    const codes: number[] = []
    for (let i = 0; i < 45; i++) codes.push((await get('/results/abc')).status)
    expect(codes.slice(0, 40).every((c) => c === 400)).toBe(true)
    expect(codes.slice(40).every((c) => c === 429)).toBe(true)
    const r = await get('/results/7/nonce')
    expect(r.status).toBe(429)
    expect(((await r.json()) as { code: string }).code).toBe('RATE_LIMITED')
    nowMs += 60_000
    expect((await get('/results/7/nonce')).status).toBe(200)
  })
})
