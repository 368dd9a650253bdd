// Issue 16, owner-approved feature code on a real node with a real `datum executor start` daemon process.
// The owner publishes a CSV (`datum asset publish`), puts content-addressed WebAssembly feature modules next
// to the package in its storage (`<sha256>.wasm`, where the daemon fetches them) and approves them on chain
// (`datum tx dataasset approve-feature-module`, bounds [0, 50] on f0); the buyer buys a right and requests a
// dp-sum of f0 naming the good module (f0 = age / 2); the daemon maps every row through it in the sandbox, the
// DP sum is attested, the job is FINALIZED after the challenge window, and the buyer decrypts a sum within the
// noise bound its result states around the true Σ age / 2. A job naming a module the asset did not approve is
// refused at request with computeright code 30 and nothing changes; modules the owner approved that misbehave
// (a loop, a host-function import, an out-of-bounds feature) end as ALGORITHM faults on chain, reported by
// the executor with the sandbox's reason. The job windows are the chain's defaults divided by one factor (120,
// `DEMO_WINDOWS`).
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as A from '../../proto/gen/datum/attestation/v1/index.js'
import * as C from '../../proto/gen/datum/computeright/v1/index.js'
import { DEMO_WINDOWS, windowParams } from '../../testnet/flows/chain-params.js'
import { type ExecutorDaemon, stopAllDaemons } from '../../testnet/flows/daemon-process.js'
import type { NodeProcess } from '../../testnet/harness/node-process.js'
import { freePorts } from '../../testnet/harness/ports.js'
import { waitFor } from '../../testnet/harness/wait.js'
import { Keyring } from '../cli/keyring.js'
import { noiseTail } from '../executor/discrete-laplace.js'
import { builtinAllowlistEntry } from '../executor/job-params.js'
import { HALF, HUGE, IMPORTER, LOOP } from '../executor/wasm/testdata/feature-fixtures.js'
import { DatumClient } from '../sdk/client.js'
import { type CliContext, okDatum, runDatum } from './datum-cli.js'
import {
  fundAccounts,
  grantExecutor,
  registerAuditedExecutor,
  startExecutorDaemon,
  startJobNode,
} from './job-node.js'

const ROWS = 2000
/** Ages 20..69, evenly: Σ f0 = Σ age / 2. */
const TRUE_SUM = (ROWS * 44.5) / 2
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const W = DEMO_WINDOWS

let node: NodeProcess
let dir: string
let keyring: Keyring
let client: DatumClient
let daemon: ExecutorDaemon
let assetId: string
let rightId: string
const ctx = (): Required<CliContext> => ({ keyringFile: keyring.path, node: node.rpcUrl })
const ok = (argv: string[]) => okDatum(argv, ctx())

/** A dp-sum of f0 over the declared bounds, naming `module`, on the buyer's right. */
const jobFlags = (module: string) => [
  '--builtin',
  'dp-sum',
  '--column',
  'f0',
  '--lower',
  '0',
  '--upper',
  '50',
  '--epsilon',
  '1',
  '--purpose',
  'research',
  '--max-compute-fee',
  '500udatum',
  '--feature-module',
  module,
  '--from',
  'buyer',
]

const jobState = async (jobId: bigint) => (await client.query.computeright.job(jobId)).state

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'datum-feature-e2e-'))
  const chain = await startJobNode(windowParams(W))
  node = chain.node
  keyring = new Keyring(join(dir, 'keyring.json'))
  await keyring.add('owner', chain.mnemonic)
  const others = [await keyring.add('exec'), await keyring.add('buyer')]
  await fundAccounts(
    chain,
    others.map((k) => k.address),
  )
  client = await DatumClient.connectWithSigner(
    node.rpcUrl,
    await DirectSecp256k1HdWallet.fromMnemonic(chain.mnemonic, { prefix: 'datum' }),
  )
}, 120_000)

afterAll(async () => {
  await stopAllDaemons()
  client?.disconnect()
  await node?.destroy()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('owner-approved feature modules on a real node with the executor daemon', {
  timeout: 240_000,
}, () => {
  it('the owner publishes, stores and approves modules, grants an executor; the buyer buys a right', async () => {
    mkdirSync(join(dir, 'data'))
    const rows = Array.from({ length: ROWS }, (_, i) => `${20 + (i % 50)},${i % 7}`)
    writeFileSync(join(dir, 'data/visits.csv'), `age,visits\n${rows.join('\n')}\n`)
    const terms = await ok(['tx', 'dataasset', 'register-terms', '--purposes', 'research', '--from', 'owner'])
    const sum = builtinAllowlistEntry('dp-sum')
    const pub = await ok([
      ...['asset', 'publish', join(dir, 'data/visits.csv'), '--out-dir', join(dir, 'storage')],
      ...['--key-file', join(dir, 'visits.key.json'), '--terms', terms.response.id, '--name', 'visits'],
      ...['--mechanisms', 'dp', '--algorithm', `${sum.codeHash}:${sum.imageDigest}:${sum.label}`],
      ...['--min-executors', '1', '--epsilon-total', '10', '--epsilon-per-job', '1', '--regions', 'DE'],
      ...['--from', 'owner'],
    ])
    assetId = pub.asset_id
    // the module files go next to the package, named by content hash; the chain holds only the hash
    const { storage } = await client.query.dataasset.asset(assetId)
    const storeDir = dirname(fileURLToPath(storage!.uri))
    for (const m of [HALF, LOOP, IMPORTER, HUGE]) {
      writeFileSync(join(storeDir, `${sha(m)}.wasm`), m)
      await ok([
        ...['tx', 'dataasset', 'approve-feature-module', assetId, join(storeDir, `${sha(m)}.wasm`)],
        ...['--bounds', '0:50', '--fuel-per-row', '10000', '--max-memory-pages', '16', '--from', 'owner'],
      ])
    }
    const approved = await okDatum(['query', 'dataasset', 'feature-modules', assetId], { node: node.rpcUrl })
    expect(approved.modules.map((m: { module_hash: string }) => m.module_hash).sort()).toEqual(
      [HALF, LOOP, IMPORTER, HUGE].map(sha).sort(),
    )

    const [port] = await freePorts(1)
    const url = `http://127.0.0.1:${port}`
    const key = await registerAuditedExecutor(ctx(), 'exec', url)
    await grantExecutor(ctx(), assetId, key.address, join(dir, 'visits.key.json'))
    daemon = startExecutorDaemon(ctx(), 'exec', join(dir, 'exec-data'), url)
    await daemon.waitForEvent('ready', (e) => e.event === 'ready', 60_000)

    const offer = await ok([
      ...['tx', 'computeright', 'create-offering', assetId, '--price', '1000udatum', '--uses', '4'],
      ...['--validity', '3600', '--epsilon-per-use', '1', '--from', 'owner'],
    ])
    const bought = await ok(['tx', 'computeright', 'purchase', offer.response.id, '--from', 'buyer'])
    rightId = bought.response.right_id
    expect(rightId).toBeDefined()
  })

  it('a job naming a module the asset did not approve is refused at request (computeright 30), nothing changes', async () => {
    const stranger = sha(new TextEncoder().encode('a module nobody approved'))
    const request = ['tx', 'computeright', 'request-job', rightId, ...jobFlags(stranger)]
    const buyer = keyring.get('buyer').address
    const balance = async () => BigInt((await client.query.bank.balance(buyer, 'udatum')).amount)
    const [right0, balance0] = [await client.query.computeright.right(BigInt(rightId)), await balance()]
    // as a user meets it first: the CLI's gas simulation fails with the chain's reason, nothing is sent
    const simulated = await runDatum(request, ctx())
    expect(simulated.code).not.toBe(0)
    expect(simulated.err).toContain(`does not approve feature module ${stranger}`)
    // sent anyway (explicit gas and fee): the block refuses it with computeright code 30; only the fee is spent
    const sent = await runDatum([...request, '--gas', '2000000', '--fees', '5000udatum'], ctx())
    expect(sent.code).not.toBe(0)
    expect(sent.err).toMatch(/computeright code 30:/)
    expect(await balance()).toBe(balance0 - 5000n)
    const right1 = await client.query.computeright.right(BigInt(rightId))
    expect([right1.usesRemaining, right1.usesInJobs]).toEqual([right0.usesRemaining, right0.usesInJobs])
  })

  it('the approved module runs in the sandbox: the DP sum of its feature is attested, finalized and decrypted', async () => {
    const req = await ok(['tx', 'computeright', 'request-job', rightId, ...jobFlags(sha(HALF))])
    const jobId = BigInt(req.response.job_id)
    expect((await client.query.computeright.job(jobId)).featureModuleHash).toBe(sha(HALF))
    await daemon.waitForEvent('the reveal', (e) => e.event === 'revealed' && e.jobId === `${jobId}`, 90_000)
    const attested = await waitFor(
      'the job to be attested',
      async () => {
        const a = await client.query.attestation.attestation(jobId)
        return a?.state === A.AttestationState.ATTESTATION_STATE_ATTESTED ? a : undefined
      },
      { timeoutMs: 60_000, intervalMs: 300 },
    )
    // the daemon fetched the module from the asset's storage and cached it under its hash
    expect(existsSync(join(dir, 'exec-data', 'modules', `${sha(HALF)}.wasm`))).toBe(true)
    // anyone may finalize once the challenge window has passed
    await waitFor(
      'the challenge window to pass and the job to be finalized',
      async () => {
        const f = await runDatum(['tx', 'attestation', 'finalize', `${jobId}`, '--from', 'buyer'], ctx())
        if (f.code !== 0 && !/challenge window/.test(f.err)) throw new Error(f.err)
        return (await jobState(jobId)) === C.JobState.JOB_STATE_FINALIZED ? true : undefined
      },
      { timeoutMs: (W.challengeSeconds + 60) * 1000, intervalMs: 2_000 },
    )
    const out = await ok(['job', 'result', `${jobId}`, '--from', 'buyer'])
    expect(out.resultDigest).toBe(attested.resultDigest)
    expect(out.result).toMatchObject({ algorithm: 'dp-sum', column: 'f0' })
    // the result states its noise: |noise| < noiseTail(scale, grid, p) except with probability p = 1e-9
    const bound = noiseTail(out.result.scale, out.result.grid, 1e-9)
    expect(bound).toBeLessThan(TRUE_SUM / 10) // informative: the module's f0, not the raw age (Σ = 2 × TRUE_SUM)
    expect(Math.abs(out.result.value - TRUE_SUM)).toBeLessThan(bound)
  })

  it('approved modules that loop, import a host function or leave their bounds end as ALGORITHM faults on chain', async () => {
    const cases: [Uint8Array, RegExp][] = [
      [LOOP, /ran out of fuel/],
      [IMPORTER, /env\.half/],
      [HUGE, /outside \[0, 50\]/],
    ]
    const jobs: bigint[] = []
    for (const [m] of cases) {
      const req = await ok(['tx', 'computeright', 'request-job', rightId, ...jobFlags(sha(m))])
      jobs.push(BigInt(req.response.job_id))
    }
    for (const [i, [, reason]] of cases.entries()) {
      const jobId = jobs[i]!
      const failed = await waitFor(
        `job ${jobId} to fail`,
        async () => {
          const a = await client.query.attestation.attestation(jobId)
          return a?.state === A.AttestationState.ATTESTATION_STATE_FAILED ? a : undefined
        },
        { timeoutMs: 90_000, intervalMs: 500 },
      )
      expect(failed.reveals).toHaveLength(1)
      expect(failed.reveals[0]!.fault).toBe(A.ReportedFault.REPORTED_FAULT_ALGORITHM)
      expect(failed.reveals[0]!.faultReason).toMatch(reason)
      const job = await client.query.computeright.job(jobId)
      expect([job.state, job.fault]).toEqual([
        C.JobState.JOB_STATE_FAILED,
        C.FaultClass.FAULT_CLASS_ALGORITHM,
      ])
    }
    // the executor was not slashed for refusing faulty code
    const key = await okDatum(['executor', 'pubkey', '--from', 'exec'], { keyringFile: keyring.path })
    const e = await client.query.attestation.executor(key.address)
    expect(e?.bond?.amount).toBe('2000000')
  })
})
