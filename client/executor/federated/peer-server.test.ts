import { secp256k1 } from '@noble/curves/secp256k1.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Inbox } from './inbox.js'
import { type PeerMessage, signMessage, type Unsigned } from './peer-message.js'
import { MAX_MESSAGE_BYTES, PeerServer } from './peer-server.js'
import { encodeAdvertise, encodeShares } from './round-bodies.js'
import { testKey } from './testdata/cluster.js'

const TASK = new Uint8Array(32).fill(3)
const keys = [1, 2, 3].map((i) => testKey('server', i))
const pubKeys = keys.map((k) => Buffer.from(secp256k1.getPublicKey(k, true)).toString('hex'))
const advertise = (fill: number) =>
  encodeAdvertise({ publicKey: new Uint8Array(32).fill(fill), channelKey: new Uint8Array(32).fill(fill + 1) })

const base = (over: Partial<Unsigned> = {}): Unsigned => ({
  chainId: 'c',
  jobId: '5',
  task: Buffer.from(TASK).toString('hex'),
  round: 0,
  phase: 'advertise',
  from: 2,
  to: 0,
  body: advertise(1),
  ...over,
})

describe('peer server: only authentic, fresh messages of the job get in; the process keeps serving', () => {
  const refused: string[] = []
  const server = new PeerServer((event, f) => {
    if (event === 'message-refused') refused.push(String(f?.code))
  })
  const inbox = new Inbox({ chainId: 'c', jobId: 5n, taskHash: TASK, self: 1, pubKeys, vectorLength: 3 })
  let url = ''
  beforeAll(async () => {
    server.register(5n, inbox)
    url = `http://127.0.0.1:${await server.listen('127.0.0.1', 0)}/federated/v1/jobs/5/messages`
  })
  afterAll(() => server.close())

  const post = async (body: string | PeerMessage, to = url) => {
    const res = await fetch(to, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
    return {
      status: res.status,
      ...((await res.json()) as { ok?: boolean; error?: string; message?: string }),
    }
  }

  it('admits a signed message once; the same again is a REPLAY, a different one an EQUIVOCATION', async () => {
    const m = signMessage(base(), keys[1]!)
    expect(await post(m)).toEqual({ status: 200, ok: true })
    expect(await post(m)).toMatchObject({ status: 409, error: 'REPLAY' })
    expect(await post(signMessage(base({ body: advertise(7) }), keys[1]!))).toMatchObject({
      status: 409,
      error: 'EQUIVOCATION',
    })
  })

  it('refuses forged, altered, misbound and malformed messages with clear errors', async () => {
    const good = signMessage(base({ from: 3 }), keys[2]!)
    // signed by participant 2's key but claiming to be from 3
    expect(await post(signMessage(base({ from: 3 }), keys[1]!))).toMatchObject({
      status: 401,
      error: 'BAD_SIGNATURE',
    })
    // body altered after signing
    expect(await post({ ...good, body: advertise(9) })).toMatchObject({ status: 401, error: 'BAD_SIGNATURE' })
    // moved to another round: the signature binds the round
    expect(await post({ ...good, round: 1 })).toMatchObject({ status: 401, error: 'BAD_SIGNATURE' })
    // another job, another task
    expect(await post(signMessage(base({ jobId: '6', from: 3 }), keys[2]!))).toMatchObject({
      status: 404,
      error: 'UNKNOWN_JOB',
    })
    expect(await post(good, url.replace('/jobs/5/', '/jobs/6/'))).toMatchObject({
      status: 404,
      error: 'UNKNOWN_JOB',
    })
    expect(await post(signMessage(base({ task: '00'.repeat(32), from: 3 }), keys[2]!))).toMatchObject({
      status: 409,
      error: 'TASK_MISMATCH',
    })
    // not a peer: itself, or a number outside the task
    expect(await post(signMessage(base({ from: 1 }), keys[0]!))).toMatchObject({ error: 'NOT_A_PARTICIPANT' })
    expect(await post(signMessage(base({ from: 4 }), keys[2]!))).toMatchObject({ error: 'NOT_A_PARTICIPANT' })
    // shares are addressed to one participant
    const shares = encodeShares({ view: [1, 2, 3], sealed: new Uint8Array(148) })
    expect(
      await post(signMessage(base({ phase: 'shares', to: 2, from: 3, body: shares }), keys[2]!)),
    ).toMatchObject({
      status: 403,
      error: 'MISDIRECTED',
    })
    // a masked vector of the wrong length, and bodies that are not what the phase carries
    expect(
      await post(
        signMessage(base({ phase: 'masked', from: 3, body: '{"view":[1],"vector":"00"}' }), keys[2]!),
      ),
    ).toMatchObject({ status: 400, error: 'MALFORMED' })
    expect(await post('not json')).toMatchObject({ status: 400, error: 'MALFORMED' })
    expect(await post('{"v":1}')).toMatchObject({ status: 400, error: 'MALFORMED' })
    expect(await post('x'.repeat(MAX_MESSAGE_BYTES + 1))).toMatchObject({ status: 413, error: 'TOO_LARGE' })
    // none of it changed anything: the good message is still admitted
    expect(await post(good)).toEqual({ status: 200, ok: true })
  })

  it('closes old rounds (STALE_ROUND) and refuses rounds too far ahead (TOO_EARLY)', async () => {
    const round1 = signMessage(base({ round: 1, from: 2 }), keys[1]!)
    expect(await post(round1)).toEqual({ status: 200, ok: true })
    inbox.openRound(2)
    // a replay of a message from a closed round
    expect(await post(round1)).toMatchObject({ status: 409, error: 'STALE_ROUND' })
    expect(await post(signMessage(base({ round: 4 }), keys[1]!))).toMatchObject({
      status: 425,
      error: 'TOO_EARLY',
    })
    expect(await post(signMessage(base({ round: 3 }), keys[1]!))).toEqual({ status: 200, ok: true })
    expect(refused).toContain('REPLAY')
    expect(refused).toContain('BAD_SIGNATURE')
    expect(refused).toContain('STALE_ROUND')
  })
})
