// Issues 7 and 11 on one real node: `datum asset publish`, `datum tx dataasset grant-executor` (the data key
// wrapped to the executor's registered key, on chain), a `datum executor start` daemon as a
// separate process, a buyer's purchase-and-request through CosmJS, and `datum job result`. The daemon is
// killed between commit and reveal and must reveal after its restart from its journal; someone who is not
// a reader of the job gets nothing from the executor, the buyer nothing before the job is FINALIZED, an
// unknown job is a 404; finalizing inside the challenge window is refused; a challenge is listed by `datum
// query attestation disputes`, refused to a non-arbiter, and rejected by the arbiter, which finalizes the
// job; then the buyer and the viewer named on the job both decrypt the same result. When the owner revokes
// the grant on chain, the daemon deletes its cached package and says so.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as A from '../../proto/gen/datum/attestation/v1/index.js'
import * as C from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { type ExecutorDaemon, stopAllDaemons } from '../../testnet/flows/daemon-process.js'
import type { NodeProcess } from '../../testnet/harness/node-process.js'
import { freePorts } from '../../testnet/harness/ports.js'
import { waitFor } from '../../testnet/harness/wait.js'
import { main } from '../cli/datum.js'
import { Keyring } from '../cli/keyring.js'
import { secretKeyFromMnemonic } from '../executor/hd-key.js'
import { builtinAlgorithm, builtinAllowlistEntry } from '../executor/job-params.js'
import { fetchEnvelope } from '../executor/result-fetch.js'
import { DatumClient } from '../sdk/client.js'
import { auditExecutor, fundAccounts, grantExecutor, startExecutorDaemon, startJobNode } from './job-node.js'

let node: NodeProcess
let dir: string
let keyring: Keyring
let buyer: DatumClient
let buyerAddress: string
let buyerPub: Uint8Array
let viewerAddress: string
let offeringId: bigint
let execUrl: string
let daemon: ExecutorDaemon
const ROWS = 600
const TRUE_MEAN = 44.5 // ages 20..69, evenly

async function datum(argv: string[], opts: { keys?: boolean; node?: boolean } = {}) {
  const full = [...argv]
  if (opts.keys !== false) full.push('--keyring-file', keyring.path)
  if (opts.node !== false) full.push('--node', node.rpcUrl)
  let out = ''
  let err = ''
  const code = await main(full, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, json: code === 0 ? JSON.parse(out) : undefined, err }
}
const ok = async (argv: string[], opts?: { keys?: boolean; node?: boolean }) => {
  const r = await datum(argv, opts)
  if (r.code !== 0) throw new Error(`datum ${argv.join(' ')} exited ${r.code}: ${r.err}`)
  return r.json
}

const ctx = () => ({ keyringFile: keyring.path, node: node.rpcUrl })
const startDaemon = () => startExecutorDaemon(ctx(), 'exec', join(dir, 'exec-data'), execUrl)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'datum-exec-e2e-'))
  // commit window long enough to kill and restart the daemon inside it
  const chain = await startJobNode({
    accept_seconds: '10',
    commit_seconds: '40',
    reveal_seconds: '30',
    final_seconds: '10',
    challenge_seconds: '20',
  })
  node = chain.node
  keyring = new Keyring(join(dir, 'keyring.json'))
  await keyring.add('owner', chain.mnemonic)
  const exec = await keyring.add('exec')
  const b = await keyring.add('buyer')
  buyerAddress = b.address
  const v = await keyring.add('viewer')
  viewerAddress = v.address
  await fundAccounts(chain, [exec.address, b.address, v.address])
  // the viewer's first tx puts its public key on chain, where executors find the key to encrypt to
  const viewer = await DatumClient.connectWithSigner(
    node.rpcUrl,
    await DirectSecp256k1HdWallet.fromMnemonic(v.mnemonic, { prefix: 'datum' }),
  )
  await viewer.broadcast(v.address, [
    {
      typeUrl: '/cosmos.bank.v1beta1.MsgSend',
      value: { fromAddress: v.address, toAddress: v.address, amount: [{ denom: 'udatum', amount: '1' }] },
    },
  ])
  viewer.disconnect()
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(b.mnemonic, { prefix: 'datum' })
  buyerPub = (await wallet.getAccounts())[0]!.pubkey
  buyer = await DatumClient.connectWithSigner(node.rpcUrl, wallet)
  const [port] = await freePorts(1)
  execUrl = `http://127.0.0.1:${port}`
}, 120_000)

afterAll(async () => {
  await stopAllDaemons()
  buyer?.disconnect()
  await node?.destroy()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the executor daemon on a real node', { timeout: 240_000 }, () => {
  let assetId: string

  it('publishes, offers, registers, updates, audits and grants', async () => {
    mkdirSync(join(dir, 'data'))
    const rows = Array.from({ length: ROWS }, (_, i) => `${i},${20 + (i % 50)}`)
    writeFileSync(join(dir, 'data/visits.csv'), `id,age\n${rows.join('\n')}\n`)
    const terms = await ok(['tx', 'dataasset', 'register-terms', '--purposes', 'research', '--from', 'owner'])
    const m = builtinAllowlistEntry('dp-mean')
    const pub = await ok([
      'asset',
      'publish',
      join(dir, 'data/visits.csv'),
      '--out-dir',
      join(dir, 'storage'),
      '--key-file',
      join(dir, 'visits.key.json'),
      '--terms',
      terms.response.id,
      '--name',
      'visits',
      '--mechanisms',
      'dp',
      '--algorithm',
      `${m.codeHash}:${m.imageDigest}:${m.label}`,
      '--min-executors',
      '1',
      '--epsilon-total',
      '10',
      '--epsilon-per-job',
      '1',
      '--regions',
      'DE',
      '--require-audited-region',
      '--from',
      'owner',
    ])
    assetId = pub.asset_id
    const offer = await ok([
      'tx',
      'computeright',
      'create-offering',
      assetId,
      '--price',
      '1000udatum',
      '--uses',
      '3',
      '--validity',
      '3600',
      '--epsilon-per-use',
      '0.5',
      '--from',
      'owner',
    ])
    offeringId = BigInt(offer.response.id)
    const key = await ok(['executor', 'pubkey', '--from', 'exec'], { node: false })
    // a daemon for a key that is not registered refuses to start, with a clear error
    daemon = startDaemon()
    await waitFor('the unregistered daemon to exit', () => (daemon.running ? undefined : true), {
      timeoutMs: 60_000,
    })
    expect(daemon.output).toMatch(/NOT_REGISTERED/)
    await ok([
      'tx',
      'attestation',
      'register-executor',
      '--bond',
      '2000000udatum',
      '--region',
      'DE',
      '--country',
      'DE',
      '--pub-key',
      key.pubKey,
      '--from',
      'exec',
    ])
    // registered without an endpoint, the daemon cannot name where results are: it refuses to start
    daemon = startDaemon()
    await waitFor('the daemon without an endpoint to exit', () => (daemon.running ? undefined : true), {
      timeoutMs: 60_000,
    })
    expect(daemon.output).toMatch(/NO_ENDPOINT/)
    await ok(['tx', 'attestation', 'update-executor', '--endpoint', execUrl, '--from', 'exec'])
    await auditExecutor(ctx(), key.address)
    const dataKey = JSON.parse(readFileSync(join(dir, 'visits.key.json'), 'utf8')).key
    const bad = await datum(['tx', 'dataasset', 'grant-executor', assetId, key.address, '--data-key', 'zz'])
    expect(bad.code).toBe(2)
    // only the owner may grant (registered error, nothing stored)
    const stranger = await datum([
      'tx',
      'dataasset',
      'grant-executor',
      assetId,
      key.address,
      '--data-key',
      dataKey,
      '--from',
      'buyer',
    ])
    expect(stranger.err).toMatch(/not the owner/)
    await grantExecutor(ctx(), assetId, key.address, join(dir, 'visits.key.json'))
    const grants = await ok(['query', 'dataasset', 'grants', assetId], { keys: false })
    expect(grants.grants.map((g: { executor: string }) => g.executor)).toEqual([key.address])
    const one = await ok(['query', 'dataasset', 'grant', assetId, key.address], { keys: false })
    expect([one.grant.encryption_key, one.live]).toEqual([key.pubKey, true])
    // the chain holds only the ECIES envelope, never the key itself
    expect(Buffer.from(one.grant.wrapped_key, 'base64').toString('hex')).not.toContain(dataKey)
  })

  it('runs a job through a restart between commit and reveal, and only the buyer reads the result', async () => {
    // the first daemon commits but holds its reveal, so the kill lands between the two for certain
    process.env.DATUM_EXECUTOR_TEST_HOLD_REVEALS = '1'
    try {
      daemon = startDaemon()
    } finally {
      delete process.env.DATUM_EXECUTOR_TEST_HOLD_REVEALS
    }
    await daemon.waitForEvent('ready', (e) => e.event === 'ready')
    const job = {
      algorithm: builtinAlgorithm({ algorithm: 'dp-mean', column: 'age', lower: 0, upper: 100 }),
      mechanism: DA.Mechanism.MECHANISM_DP,
      epsilonMicro: 500_000n,
      purpose: DA.Purpose.PURPOSE_RESEARCH,
      maxComputeFee: { denom: 'udatum', amount: '500' },
      outputKey: buyerPub,
      viewers: [viewerAddress],
    }
    const { response } = await buyer.broadcastOne(
      buyerAddress,
      {
        typeUrl: '/datum.computeright.v1.MsgPurchaseAndRequest',
        value: { buyer: buyerAddress, offeringId, job },
      },
      C.MsgPurchaseAndRequestResponse,
    )
    const jobId = response.jobId
    await daemon.waitForEvent('commit', (e) => e.event === 'committed' && e.jobId === jobId.toString())
    // SIGKILL after the commit: the salt must survive in the journal
    await daemon.stop(0)
    expect(daemon.eventsFor(jobId).map((e) => e.event)).not.toContain('revealed')
    daemon = startDaemon()
    await daemon.waitForEvent(
      'reveal after restart',
      (e) => e.event === 'revealed' && e.jobId === `${jobId}`,
      90_000,
    )
    const attested = await waitFor(
      'the job to be attested',
      async () => {
        const a = await buyer.query.attestation.attestation(jobId)
        return a?.state === A.AttestationState.ATTESTATION_STATE_ATTESTED ? a : undefined
      },
      { timeoutMs: 60_000, intervalMs: 300 },
    )
    expect(attested.outputUri).toBe(`${execUrl}/results/${jobId}`)
    // a stranger's signed request is refused by the executor; an unknown job is a 404
    const stranger = new Uint8Array(32).fill(3)
    await expect(fetchEnvelope(attested.outputUri, stranger, jobId)).rejects.toMatchObject({ status: 403 })
    await expect(fetchEnvelope(`${execUrl}/results/999`, stranger, 999n)).rejects.toMatchObject({
      status: 404,
      code: 'NO_JOB',
    })
    // attested is not final: the executor releases nothing yet, and `datum job result` says why
    const buyerSk = await secretKeyFromMnemonic(keyring.get('buyer').mnemonic)
    await expect(fetchEnvelope(attested.outputUri, buyerSk, jobId)).rejects.toMatchObject({
      status: 409,
      code: 'NOT_FINALIZED',
    })
    const early = await datum(['job', 'result', jobId.toString(), '--from', 'buyer'])
    expect(early.code).toBe(1)
    expect(early.err).toMatch(/NOT_FINALIZED/)
    // a challenge inside the window, rejected by the arbiter: the job is finalized at once
    const late = await datum(['tx', 'attestation', 'finalize', `${jobId}`, '--from', 'buyer'])
    expect(late.err).toMatch(/challenge window/)
    const challenged = await ok([
      'tx',
      'attestation',
      'challenge',
      `${jobId}`,
      '--bond',
      '100000udatum',
      '--reason',
      'check',
      '--from',
      'buyer',
    ])
    const disputeId = challenged.response.dispute_id
    const open = await ok(['query', 'attestation', 'disputes', '--job', `${jobId}`, '--state', 'open'], {
      keys: false,
    })
    expect(open.disputes.map((d: { id: string }) => d.id)).toEqual([`${disputeId}`])
    expect((await datum(['tx', 'attestation', 'resolve', `${disputeId}`, '--from', 'buyer'])).code).toBe(1)
    await ok(['tx', 'attestation', 'resolve', `${disputeId}`, '--from', 'owner'])
    const { budget } = await buyer.query.dataasset.privacyBudget(assetId)
    expect(budget?.spentMicro).toBe(500_000n)
    const j = await buyer.query.computeright.job(jobId)
    expect(j.state).toBe(C.JobState.JOB_STATE_FINALIZED)
    // finalized: the buyer and the viewer each fetch, decrypt and verify the same attested result
    const result = await ok(['job', 'result', jobId.toString(), '--from', 'buyer'])
    expect(result.resultDigest).toBe(attested.resultDigest)
    // the discrete Laplace noise of the mean at ε 0.5 over 600 rows stays far inside ±10 (p < 1e-6)
    expect(Math.abs(result.result.value - TRUE_MEAN)).toBeLessThan(10)
    const seen = await ok(['job', 'result', jobId.toString(), '--from', 'viewer'])
    expect(seen.result).toEqual(result.result)
  })

  it('a grant revoked on chain makes the daemon delete its cached package and say so', async () => {
    const { contentHash } = await buyer.query.dataasset.asset(assetId)
    const cached = join(dir, 'exec-data', 'packages', `${contentHash}.datum.enc`)
    expect(existsSync(cached)).toBe(true)
    const exec = (await ok(['executor', 'pubkey', '--from', 'exec'], { node: false })).address
    await ok(['tx', 'dataasset', 'revoke-grant', assetId, exec, '--from', 'owner'])
    const revoked = await daemon.waitForEvent(
      'the grant revocation',
      (e) => e.event === 'grant-revoked',
      60_000,
    )
    expect([revoked.assetId, revoked.deletedPackages]).toEqual([assetId, [contentHash]])
    expect(existsSync(cached)).toBe(false)
    const gone = await datum(['query', 'dataasset', 'grant', assetId, exec], { keys: false })
    expect(gone.code).not.toBe(0)
  })
})
