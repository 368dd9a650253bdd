// Issue 11's attacks, tried on one real node through the `datum` CLI and the SDK, with the DEFAULT
// computeright params scaled by one factor (every window divided by FACTOR, ratios unchanged). Each attack is
// refused with a registered error (codespace + code) and moves no coins: every party's balance and the escrow
// are compared to the micro-unit, the attacker paying exactly the fee of its failed transaction. Covered:
// a purpose the licence refuses, commercial use when off, an unattested jurisdiction; reading a result before
// settlement (409) and replaying a signed read (401), a stranger's reads (403, then 429), an unknown job (404);
// a budget raised by a new version, identical content registered again (live, after it became an earlier
// version, after revocation); a right passed on inside its hold period (also one just received by gift),
// gifted around the allowlist and beyond the cap; accepting without a grant; a reveal reporting a higher ε
// (refused) and a lower one (the debit is still the requested ε); claiming an attested job as expired, by
// computeright and by attestation; confirming a guessed result against the attested digest.
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { sha256 } from '@noble/hashes/sha2.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitmentOf } from '../../modules/attestation/commitment.js'
import { DEFAULT_PARAMS } from '../../modules/computeright/params.js'
import { scaledTimeline } from '../../modules/computeright/timeline.js'
import * as A from '../../proto/gen/datum/attestation/v1/index.js'
import * as C from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { scaledWindows, windowParams } from '../../testnet/flows/chain-params.js'
import { type ExecutorDaemon, stopAllDaemons } from '../../testnet/flows/daemon-process.js'
import type { NodeProcess } from '../../testnet/harness/node-process.js'
import { freePorts } from '../../testnet/harness/ports.js'
import { waitFor } from '../../testnet/harness/wait.js'
import { main } from '../cli/datum.js'
import { Keyring } from '../cli/keyring.js'
import { secretKeyFromMnemonic } from '../executor/hd-key.js'
import { builtinAllowlistEntry } from '../executor/job-params.js'
import { resultDigestOf, resultPlaintext, resultSecret } from '../executor/result.js'
import { fetchEnvelope } from '../executor/result-fetch.js'
import { signResultRequest } from '../executor/signed-request.js'
import { DatumClient } from '../sdk/client.js'
import { DatumTxError } from '../sdk/errors.js'
import { fundAccounts, grantExecutor, startExecutorDaemon, startJobNode } from './job-node.js'

/** Every window of the default timeline divided by this one number (600 s accept → 6 s, 3,600 s challenge → 36 s). */
const FACTOR = 100n
const WINDOWS = scaledTimeline(DEFAULT_PARAMS, FACTOR)
const FEE = { amount: [{ denom: 'udatum', amount: '5000' }], gas: '2000000' }
const FEE_PAID = 5000n
const CLI_FEE = ['--gas', '2000000', '--fees', '5000udatum']
const hash = (n: number) => n.toString(16).padStart(64, '0')

let node: NodeProcess
let dir: string
let keyring: Keyring
let execUrl: string
let daemon: ExecutorDaemon
const addr: Record<string, string> = {}
const clients: Record<string, DatumClient> = {}

async function datum(argv: string[], opts: { keys?: boolean; node?: boolean } = {}) {
  const full = [...argv]
  if (opts.keys !== false) full.push('--keyring-file', keyring.path)
  if (opts.node !== false) full.push('--node', node.rpcUrl)
  let out = ''
  let err = ''
  const code = await main(full, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, json: code === 0 ? JSON.parse(out) : undefined, err }
}
const ctx = () => ({ keyringFile: keyring.path, node: node.rpcUrl })
const ok = async (argv: string[], opts?: { keys?: boolean; node?: boolean }) => {
  const r = await datum(argv, opts)
  if (r.code !== 0) throw new Error(`datum ${argv.join(' ')} exited ${r.code}: ${r.err}`)
  return r.json
}

const q = () => clients.owner!.query
const balance = async (a: string) => BigInt((await q().bank.balance(a, 'udatum')).amount)

/** Balances of every named party and the escrow's balance and owed, to compare before and after an attack. */
async function snapshot() {
  const out: Record<string, bigint | string> = {}
  for (const [name, a] of Object.entries(addr)) out[name] = await balance(a)
  const escrow = await q().computeright.escrow()
  out.escrow = JSON.stringify([escrow.balance, escrow.owed])
  return out
}

/**
 * Runs an attack, expects it refused with `codespace`/`code` and no coins moved: every balance as before,
 * except the attacker's, lower by exactly the fee of its failed transaction.
 */
async function refused(attacker: string, codespace: string, code: number, attack: () => Promise<unknown>) {
  const before = await snapshot()
  const e = await attack().then(
    () => undefined,
    (x) => x,
  )
  if (e === undefined) throw new Error(`expected ${codespace} ${code}, the attack succeeded`)
  if (e instanceof DatumTxError) expect([e.codespace, e.abciCode]).toEqual([codespace, code])
  else expect(String((e as Error).message)).toContain(`${codespace} code ${code}:`)
  const after = await snapshot()
  expect(after).toEqual({ ...before, [attacker]: (before[attacker] as bigint) - FEE_PAID })
}

/** A CLI tx that must fail inside the block (explicit gas and fee, so it is included and charged). */
async function cliRefused(attacker: string, codespace: string, code: number, argv: string[]) {
  await refused(attacker, codespace, code, async () => {
    const r = await datum([...argv, '--from', attacker, ...CLI_FEE])
    if (r.code === 0) return r
    throw new Error(r.err)
  })
}

const sdk = <R>(from: string, typeUrl: string, value: unknown, res: { decode(b: Uint8Array): R }) =>
  clients[from]!.broadcastOne(addr[from]!, { typeUrl, value }, res, FEE)

async function blockTime(): Promise<bigint> {
  const b = await clients.owner!.comet.block()
  return BigInt(Math.floor(b.block.header.time.getTime() / 1000))
}
const untilBlockTimeAfter = (t: bigint, what: string) =>
  waitFor(what, async () => ((await blockTime()) > t ? true : undefined), {
    timeoutMs: 120_000,
    intervalMs: 500,
  })

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'datum-adversarial-e2e-'))
  const chain = await startJobNode(windowParams(scaledWindows(FACTOR)))
  node = chain.node
  keyring = new Keyring(join(dir, 'keyring.json'))
  await keyring.add('owner', chain.mnemonic)
  addr.owner = chain.address
  for (const name of ['exec', 'mallory', 'buyer', 'friend', 'stranger'])
    addr[name] = (await keyring.add(name)).address
  for (const name of Object.keys(addr))
    clients[name] = await DatumClient.connectWithSigner(
      node.rpcUrl,
      await DirectSecp256k1HdWallet.fromMnemonic(keyring.get(name).mnemonic, { prefix: 'datum' }),
    )
  await fundAccounts(
    chain,
    Object.keys(addr)
      .filter((n) => n !== 'owner')
      .map((n) => addr[n]!),
  )
  const [port] = await freePorts(1)
  execUrl = `http://127.0.0.1:${port}`
}, 120_000)

afterAll(async () => {
  await stopAllDaemons()
  for (const c of Object.values(clients)) c.disconnect()
  await node?.destroy()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('attacks on a real node with the default timeline scaled by one factor', {
  timeout: 600_000,
}, () => {
  let assetA: string
  let offeringA: bigint
  let daemonJob: bigint
  let outputUri: string

  it('the genesis windows are the default ones divided by one factor', async () => {
    const params = await q().computeright.params()
    for (const k of [
      'acceptSeconds',
      'commitSeconds',
      'revealSeconds',
      'finalSeconds',
      'challengeSeconds',
    ] as const)
      expect(params[k] * FACTOR).toBe(DEFAULT_PARAMS[k])
    expect(params.arbiterSeconds * FACTOR).toBe(DEFAULT_PARAMS.arbiterSeconds)
  })

  it('setup: an asset whose licence allows research and names DE, offered, granted to a running daemon', async () => {
    mkdirSync(join(dir, 'data'))
    const rows = Array.from({ length: 600 }, (_, i) => `${i},${20 + (i % 50)}`)
    writeFileSync(join(dir, 'data/visits.csv'), `id,age\n${rows.join('\n')}\n`)
    // commercial is listed as a purpose but commercial use is off; only DE requesters may request
    const terms = await ok([
      'tx',
      'dataasset',
      'register-terms',
      '--purposes',
      'research,commercial',
      '--jurisdictions',
      'DE',
      '--from',
      'owner',
    ])
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
      '--from',
      'owner',
    ])
    assetA = pub.asset_id
    const offer = await ok([
      'tx',
      'computeright',
      'create-offering',
      assetA,
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
    offeringA = BigInt(offer.response.id)
    const key = await ok(['executor', 'pubkey', '--from', 'exec'], { node: false })
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
      '--endpoint',
      execUrl,
      '--from',
      'exec',
    ])
    await grantExecutor(ctx(), assetA, key.address, join(dir, 'visits.key.json'))
    daemon = startExecutorDaemon(ctx(), 'exec', join(dir, 'exec-data'), execUrl)
    await daemon.waitForEvent('ready', (e) => e.event === 'ready')
  })

  const requestArgs = (purpose: string) => [
    'tx',
    'computeright',
    'purchase-and-request',
    String(offeringA),
    '--builtin',
    'dp-mean',
    '--column',
    'age',
    '--lower',
    '0',
    '--upper',
    '100',
    '--epsilon',
    '0.5',
    '--purpose',
    purpose,
    '--max-compute-fee',
    '500udatum',
  ]

  it('licence at request: a refused purpose (30), commercial when off (31), an unattested jurisdiction (32)', async () => {
    await cliRefused('buyer', 'dataasset', 30, requestArgs('inference'))
    await cliRefused('buyer', 'dataasset', 31, requestArgs('commercial'))
    await cliRefused('buyer', 'dataasset', 32, requestArgs('research'))
    // an auditor attests a jurisdiction the licence does not name: still refused
    await ok(['tx', 'attestation', 'audit-account', addr.buyer!, '--jurisdiction', 'FR', '--from', 'owner'])
    await cliRefused('buyer', 'dataasset', 32, requestArgs('research'))
    expect((await q().computeright.rightsByHolder(addr.buyer!)).rights).toEqual([])
    // attested DE: the same request goes through, and the daemon takes the job
    await ok(['tx', 'attestation', 'audit-account', addr.buyer!, '--jurisdiction', 'DE', '--from', 'owner'])
    const before = await balance(addr.buyer!)
    const r = await ok([...requestArgs('research'), '--from', 'buyer', ...CLI_FEE])
    daemonJob = BigInt(r.response.job_id)
    expect(before - (await balance(addr.buyer!))).toBe(3000n + 500n + FEE_PAID)
  })

  it('results before settlement: 409 to the buyer, a copied signed read replays to 401, 403/429 to a stranger, 404 for an unknown job', async () => {
    const attested = await waitFor(
      'the daemon job to be attested',
      async () => {
        const a = await q().attestation.attestation(daemonJob)
        return a?.state === A.AttestationState.ATTESTATION_STATE_ATTESTED ? a : undefined
      },
      { timeoutMs: 90_000, intervalMs: 300 },
    )
    outputUri = attested.outputUri
    const buyerSk = await secretKeyFromMnemonic(keyring.get('buyer').mnemonic)
    await expect(fetchEnvelope(outputUri, buyerSk, daemonJob)).rejects.toMatchObject({
      status: 409,
      code: 'NOT_FINALIZED',
    })
    // headers copied off the wire: the nonce they carry was used once, so the copy is refused
    const { nonce } = (await (await fetch(`${outputUri}/nonce`)).json()) as { nonce: string }
    const headers = { ...signResultRequest(buyerSk, daemonJob, nonce) }
    expect((await fetch(outputUri, { headers })).status).toBe(409)
    const replay = await fetch(outputUri, { headers })
    expect([replay.status, ((await replay.json()) as { code: string }).code]).toEqual([401, 'STALE_NONCE'])
    const early = await datum(['job', 'result', `${daemonJob}`, '--from', 'buyer'])
    expect([early.code, /NOT_FINALIZED/.test(early.err)]).toEqual([1, true])
    const unknown = new Uint8Array(32).fill(5)
    await expect(fetchEnvelope(`${execUrl}/results/999999`, unknown, 999999n)).rejects.toMatchObject({
      status: 404,
      code: 'NO_JOB',
    })
    // a stranger is refused, and its signed reads are rate-limited per address (burst 10) before any chain query
    const strangerSk = await secretKeyFromMnemonic(keyring.get('stranger').mnemonic)
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push(
        await fetchEnvelope(outputUri, strangerSk, daemonJob).then(
          () => 200,
          (e) => e.status,
        ),
      )
    expect(statuses[0]).toBe(403)
    expect(statuses).toContain(429)
    expect(statuses).not.toContain(200)
  })

  let assetB: string
  it('budgets: a new version cannot raise the budget (10); identical content brings no fresh one (5, 6, 33)', async () => {
    const terms = await ok(['tx', 'dataasset', 'register-terms', '--purposes', 'research', '--from', 'owner'])
    const register = (content: number, fee?: typeof FEE) =>
      clients.owner!.dataasset.registerAsset(
        addr.owner!,
        {
          contentHash: hash(content),
          storage: { uri: `https://store.example/${content}.enc`, encryptionScheme: 'aes-256-gcm' },
          metadata: { name: 'b' },
          licenseTermsId: terms.response.id,
          computePolicy: {
            mechanisms: [DA.Mechanism.MECHANISM_DP],
            algorithmAllowlist: [{ codeHash: hash(10), imageDigest: `sha256:${hash(11)}`, label: 'count' }],
            minExecutors: 1,
          },
          privacyPolicy: { epsilonTotalMicro: 5_000_000n, epsilonPerJobMaxMicro: 1_000_000n, deltaNano: 10n },
          residencyPolicy: { allowedRegions: ['DE'] },
        },
        fee,
      )
    assetB = (await register(1)).response.id
    const version = (content: number, total: string) => [
      'tx',
      'dataasset',
      'publish-version',
      assetB,
      '--content-hash',
      hash(content),
      '--storage-uri',
      `https://store.example/b${content}.enc`,
      '--epsilon-total',
      total,
    ]
    await cliRefused('owner', 'dataasset', 10, version(2, '6'))
    // the live version's content published again as a new version (5) or registered as a new asset (6)
    await cliRefused('owner', 'dataasset', 5, version(1, '4'))
    await refused('owner', 'dataasset', 6, () => register(1, FEE))
    await ok([...version(2, '4'), '--from', 'owner'])
    const { budget } = await q().dataasset.privacyBudget(assetB)
    expect([budget!.version, budget!.totalMicro]).toEqual([2, 4_000_000n])
    // version 1's content, now an earlier version, registered as a new asset: no fresh budget (33)
    await refused('owner', 'dataasset', 33, () => register(1, FEE))
    expect((await q().dataasset.privacyBudget(assetB)).budget!.totalMicro).toBe(4_000_000n)
    // revoked content registered again: no fresh budget either (33)
    const revoked = (await register(3)).response.id
    await ok(['tx', 'dataasset', 'set-state', revoked, 'revoked', '--from', 'owner'])
    await refused('owner', 'dataasset', 33, () => register(3, FEE))
  })

  it('rights: passed on inside the hold period (15), gifted around the allowlist (10) or beyond the cap (9)', async () => {
    const held = await ok([
      'tx',
      'computeright',
      'create-offering',
      assetA,
      '--price',
      '10udatum',
      '--uses',
      '1',
      '--validity',
      '3600',
      '--epsilon-per-use',
      '0.1',
      '--transfer',
      'gift',
      '--hold',
      '3600',
      '--from',
      'owner',
    ])
    const bought = await ok(['tx', 'computeright', 'purchase', held.response.id, '--from', 'buyer'])
    const rightId = bought.response.right_id
    await cliRefused('buyer', 'computeright', 15, ['tx', 'computeright', 'gift', `${rightId}`, addr.friend!])

    // the hold counts from the holder's own acquisition: a right received by gift cannot be passed on at once
    const short = await ok([
      'tx',
      'computeright',
      'create-offering',
      assetA,
      '--price',
      '10udatum',
      '--uses',
      '1',
      '--validity',
      '3600',
      '--epsilon-per-use',
      '0.1',
      '--transfer',
      'gift',
      '--hold',
      '3',
      '--from',
      'owner',
    ])
    const passed = (await ok(['tx', 'computeright', 'purchase', short.response.id, '--from', 'buyer']))
      .response.right_id
    const acquired = (await q().computeright.right(BigInt(passed))).acquiredAt
    await untilBlockTimeAfter(acquired + 3n, "the buyer's hold period")
    await ok(['tx', 'computeright', 'gift', `${passed}`, addr.friend!, '--from', 'buyer'])
    await cliRefused('friend', 'computeright', 15, [
      'tx',
      'computeright',
      'gift',
      `${passed}`,
      addr.stranger!,
    ])
    expect((await q().computeright.right(BigInt(passed))).holder).toBe(addr.friend)

    const terms = {
      pricePerUse: { denom: 'udatum', amount: '10' },
      usesPerRight: 1,
      validitySeconds: 3600n,
      epsilonPerUseMicro: 100_000n,
      perBuyerCap: 1,
      buyerAllowlist: [addr.buyer, addr.friend],
      transferPolicy: { mode: C.TransferMode.TRANSFER_MODE_GIFT, holdSeconds: 0n, royaltyBps: 0 },
    }
    const { id: listed } = (
      await sdk(
        'owner',
        '/datum.computeright.v1.MsgCreateOffering',
        { owner: addr.owner, assetId: assetA, terms },
        C.MsgCreateOfferingResponse,
      )
    ).response
    const buy = (who: string) =>
      sdk(
        who,
        '/datum.computeright.v1.MsgPurchaseRight',
        { buyer: addr[who], offeringId: listed },
        C.MsgPurchaseRightResponse,
      )
    const mine = (await buy('buyer')).response.rightId
    await buy('friend')
    await refused('stranger', 'computeright', 10, () => buy('stranger'))
    const gift = (to: string) => () =>
      sdk(
        'buyer',
        '/datum.computeright.v1.MsgGiftRight',
        { holder: addr.buyer, rightId: mine, recipient: addr[to] },
        C.MsgGiftRightResponse,
      )
    await refused('buyer', 'computeright', 10, gift('stranger'))
    await refused('buyer', 'computeright', 9, gift('friend'))
    expect((await q().computeright.right(mine)).holder).toBe(addr.buyer)
  })

  let jobB: bigint
  it('executors: accepting without a grant (26); a reveal reporting more ε (31) or less (the debit stays the requested ε)', async () => {
    const key = await ok(['executor', 'pubkey', '--from', 'mallory'], { node: false })
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
      'mallory',
    ])
    const { id: offeringB } = (
      await sdk(
        'owner',
        '/datum.computeright.v1.MsgCreateOffering',
        {
          owner: addr.owner,
          assetId: assetB,
          terms: {
            pricePerUse: { denom: 'udatum', amount: '1000' },
            usesPerRight: 3,
            validitySeconds: 3600n,
            epsilonPerUseMicro: 500_000n,
            transferPolicy: { mode: C.TransferMode.TRANSFER_MODE_NONE, holdSeconds: 0n, royaltyBps: 0 },
          },
        },
        C.MsgCreateOfferingResponse,
      )
    ).response
    const job = {
      algorithm: { codeHash: hash(10), imageDigest: `sha256:${hash(11)}`, paramsHash: '', params: '' },
      mechanism: DA.Mechanism.MECHANISM_DP,
      epsilonMicro: 500_000n,
      purpose: DA.Purpose.PURPOSE_RESEARCH,
      maxComputeFee: { denom: 'udatum', amount: '700' },
      outputKey: new Uint8Array(33).fill(2),
      viewers: [],
    }
    const first = (
      await sdk(
        'buyer',
        '/datum.computeright.v1.MsgPurchaseAndRequest',
        { buyer: addr.buyer, offeringId: offeringB, job },
        C.MsgPurchaseAndRequestResponse,
      )
    ).response
    const accept = (jobId: bigint) => () =>
      sdk(
        'mallory',
        '/datum.attestation.v1.MsgAcceptJob',
        { executor: addr.mallory, jobId },
        A.MsgAcceptJobResponse,
      )
    await refused('mallory', 'dataasset', 26, accept(first.jobId))
    expect((await q().computeright.job(first.jobId)).state).toBe(C.JobState.JOB_STATE_REQUESTED)
    await sdk(
      'buyer',
      '/datum.computeright.v1.MsgCancelJob',
      { requester: addr.buyer, jobId: first.jobId },
      C.MsgCancelJobResponse,
    )
    await ok([
      'tx',
      'dataasset',
      'grant-executor',
      assetB,
      addr.mallory!,
      '--data-key',
      randomBytes(32).toString('hex'),
      '--from',
      'owner',
    ])
    jobB = (
      await sdk(
        'buyer',
        '/datum.computeright.v1.MsgRequestJob',
        { requester: addr.buyer, rightIds: [first.rightId], job },
        C.MsgRequestJobResponse,
      )
    ).response.jobId
    await accept(jobB)()
    const digest = hash(77)
    const salt = randomBytes(32).toString('hex')
    await sdk(
      'mallory',
      '/datum.attestation.v1.MsgCommitResult',
      { executor: addr.mallory, jobId: jobB, commitment: commitmentOf(digest, salt) },
      A.MsgCommitResultResponse,
    )
    const reveal = (epsilonSpentMicro: bigint) => () =>
      sdk(
        'mallory',
        '/datum.attestation.v1.MsgRevealResult',
        {
          executor: addr.mallory,
          jobId: jobB,
          resultDigest: digest,
          salt,
          outputUri: 'https://x/r',
          epsilonSpentMicro,
        },
        A.MsgRevealResultResponse,
      )
    await refused('mallory', 'attestation', 31, reveal(600_000n))
    expect((await q().computeright.job(jobB)).state).toBe(C.JobState.JOB_STATE_COMMITTED)
    expect((await reveal(0n)()).response.attested).toBe(true)
  })

  it('claiming an attested job as expired is refused by computeright (24) and attestation (20); it is finalized and paid', async () => {
    const job = await q().computeright.job(jobB)
    expect(job.state).toBe(C.JobState.JOB_STATE_ATTESTED)
    await untilBlockTimeAfter(job.deadlines!.finalBy, 'the attested job to pass its final deadline')
    await refused('stranger', 'computeright', 24, () =>
      sdk(
        'stranger',
        '/datum.computeright.v1.MsgClaimExpiredJob',
        { claimer: addr.stranger, jobId: jobB },
        C.MsgClaimExpiredJobResponse,
      ),
    )
    await refused('stranger', 'attestation', 20, () =>
      sdk(
        'stranger',
        '/datum.attestation.v1.MsgClaimExpired',
        { sender: addr.stranger, jobId: jobB },
        A.MsgClaimExpiredResponse,
      ),
    )
    const a = await q().attestation.attestation(jobB)
    await untilBlockTimeAfter(a!.attestedAt + WINDOWS.challengeSeconds - 1n, 'the challenge window to close')
    const owner = await balance(addr.owner!)
    await sdk(
      'stranger',
      '/datum.attestation.v1.MsgFinalizeJob',
      { sender: addr.stranger, jobId: jobB },
      A.MsgFinalizeJobResponse,
    )
    expect((await q().computeright.job(jobB)).state).toBe(C.JobState.JOB_STATE_FINALIZED)
    expect(await balance(addr.owner!)).toBeGreaterThan(owner)
    // the executor reported ε 0; the chain debits the 0.5 fixed at request (the right's two unused uses stay
    // reserved at 0.5 each)
    const { budget } = await q().dataasset.privacyBudget(assetB)
    expect([budget!.spentMicro, budget!.reservedMicro]).toEqual([500_000n, 1_000_000n])
  })

  it('after settlement the buyer reads once per nonce (a copied request is 401) and the digest confirms no guess', async () => {
    const a = await q().attestation.attestation(daemonJob)
    await untilBlockTimeAfter(
      a!.attestedAt + WINDOWS.challengeSeconds - 1n,
      'the daemon job challenge window',
    )
    await ok(['tx', 'attestation', 'finalize', `${daemonJob}`, '--from', 'friend'])
    const buyerSk = await secretKeyFromMnemonic(keyring.get('buyer').mnemonic)
    const { nonce } = (await (await fetch(`${outputUri}/nonce`)).json()) as { nonce: string }
    const headers = { ...signResultRequest(buyerSk, daemonJob, nonce) }
    expect((await fetch(outputUri, { headers })).status).toBe(200)
    const replay = await fetch(outputUri, { headers })
    expect([replay.status, ((await replay.json()) as { code: string }).code]).toEqual([401, 'STALE_NONCE'])
    const result = await ok(['job', 'result', `${daemonJob}`, '--from', 'buyer'])
    expect(Math.abs(result.result.value - 44.5)).toBeLessThan(10)
    // the attested digest confirms no guess: even the exact plaintext, hashed bare or with a secret derived
    // from any key but the data key, misses it; only the job's secret (from the data key) reproduces it
    const attested = (await q().attestation.attestation(daemonJob))!.resultDigest
    const plaintext = resultPlaintext(daemonJob, result.result)
    const chainId = await clients.owner!.signing.getChainId()
    const dataKey = Buffer.from(JSON.parse(readFileSync(join(dir, 'visits.key.json'), 'utf8')).key, 'hex')
    expect(Buffer.from(sha256(plaintext)).toString('hex')).not.toBe(attested)
    expect(resultDigestOf(resultSecret(randomBytes(32), chainId, daemonJob), plaintext)).not.toBe(attested)
    expect(resultDigestOf(resultSecret(dataKey, chainId, daemonJob), plaintext)).toBe(attested)
    const { budget } = await q().dataasset.privacyBudget(assetA)
    expect(budget!.spentMicro).toBe(500_000n)
  })
})
