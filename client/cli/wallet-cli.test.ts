// The CLI's basics against a real single-validator node (DatumNode in a temp home, in-process): the dev
// account's first steps (key import, balance, send, query tx), --dry-run, --fees with --gas auto, status,
// blocks, tx search, and every query printed in one convention (proto JSON: snake_case, enums by name).
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toBech32 } from '@cosmjs/encoding'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NodeConfig } from '../../node/config/node-config.js'
import { initHome } from '../../node/daemon/init-home.js'
import { DatumNode } from '../../node/daemon/node.js'
import { runCli } from './test-cli.js'

let home: string
let node: DatumNode | undefined
let rpc: string
let dev: { mnemonic: string; address: string }
let keyring: string
const RECIPIENT = toBech32('datum', new Uint8Array(20).fill(7))

const freePorts = (cfg: NodeConfig) => {
  cfg.rpc.laddr = 'tcp://127.0.0.1:0'
  cfg.rest.enabled = false
  cfg.metrics.enabled = false
  cfg.p2p.laddr = '/ip4/127.0.0.1/tcp/0'
}

/** Runs `datum`, expects exit 0, parses the JSON it printed. */
// biome-ignore lint/suspicious/noExplicitAny: CLI output is raw JSON inspected by the assertions
async function ok(...argv: string[]): Promise<any> {
  const r = await runCli(...argv)
  expect(r.code, `${argv.join(' ')}: ${r.err}`).toBe(0)
  return JSON.parse(r.out)
}

const n = () => ['--node', rpc]
const kr = () => ['--keyring-file', keyring]

/** Every key of a JSON value, at any depth. */
function keysOf(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v) keysOf(x, out)
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.add(k)
      keysOf(x, out)
    }
  return out
}

/** The SDK CLI's convention: proto field names (lower snake_case), `@type` for Any. */
function expectProtoNames(v: unknown) {
  for (const k of keysOf(v)) expect(k, 'a camelCase key').toMatch(/^(@type|[a-z][a-z0-9]*(_[a-z0-9]+)*)$/)
}

async function waitForHeight(min: number) {
  const deadline = Date.now() + 30_000
  for (;;) {
    const s = await runCli('status', ...n())
    if (s.code === 0 && Number(JSON.parse(s.out).sync_info.latest_block_height) >= min) return
    if (Date.now() > deadline) throw new Error(`height ${min} not reached`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'datum-wallet-cli-'))
  dev = (await initHome({ home, devAccount: true, configure: freePorts })).devAccount!
  node = await DatumNode.start({ home, configure: freePorts, logger: pino({ level: 'silent' }) })
  rpc = `http://127.0.0.1:${(node.rpc.app.server.address() as { port: number }).port}`
  keyring = join(home, 'keyring.json')
  await waitForHeight(2)
})

afterAll(async () => {
  await node?.stop()
  if (home) await rm(home, { recursive: true, force: true })
})

describe('the dev account first steps', () => {
  it('imports the dev mnemonic and reads its balance and account', async () => {
    const file = join(home, 'dev.mnemonic')
    await writeFile(file, `${dev.mnemonic}\n`)
    expect((await ok('keys', 'add', 'dev', '--mnemonic-file', file, ...kr())).address).toBe(dev.address)

    const balances = await ok('query', 'bank', 'balances', dev.address, ...n())
    expect(balances).toEqual({
      balances: [{ denom: 'udatum', amount: '1000000000000' }],
      pagination: { next_key: null, total: '0' }, // no --count-total, as simd
    })
    const one = await ok('query', 'bank', 'balances', dev.address, '--denom', 'udatum', ...n())
    expect(one).toEqual({ balance: { denom: 'udatum', amount: '1000000000000' } })
    const text = await runCli('query', 'bank', 'balances', dev.address, '--output', 'text', ...n())
    expect(text.out).toMatch(/DENOM\s+AMOUNT\nudatum\s+1000000000000/)

    const account = await ok('query', 'auth', 'account', dev.address, ...n())
    expect(account.account).toMatchObject({
      '@type': '/cosmos.auth.v1beta1.BaseAccount',
      address: dev.address,
      pub_key: null,
      sequence: '0',
    })
    expect(account.account.account_number).toMatch(/^\d+$/)
    expect((await runCli('query', 'auth', 'account', 'nope', ...n())).code).toBe(2)
  })

  it('--dry-run prints the gas estimate and sends nothing', async () => {
    const dry = await ok('tx', 'bank', 'send', 'dev', RECIPIENT, '1000udatum', '--dry-run', ...kr(), ...n())
    expect(Number(dry.gas_estimate)).toBeGreaterThan(Number(dry.simulated_gas))
    expect(Number(dry.simulated_gas)).toBeGreaterThan(0)
    const account = await ok('query', 'auth', 'account', dev.address, ...n())
    expect(account.account.sequence).toBe('0')
  })

  it('sends with --fees and --gas auto, then finds the tx by hash and by events', async () => {
    const sent = await ok(
      'tx',
      'bank',
      'send',
      'dev',
      RECIPIENT,
      '1000udatum',
      '--fees',
      '5000udatum',
      '--gas',
      'auto',
      '--gas-adjustment',
      '1.5',
      ...kr(),
      ...n(),
    )
    expect(sent.txhash).toMatch(/^[0-9A-F]{64}$/)
    expect(await ok('query', 'bank', 'balances', RECIPIENT, ...n())).toMatchObject({
      balances: [{ denom: 'udatum', amount: '1000' }],
    })
    const after = await ok('query', 'bank', 'balances', dev.address, '--denom', 'udatum', ...n())
    expect(after.balance.amount).toBe(String(1_000_000_000_000 - 1000 - 5000))

    const tx = await ok('query', 'tx', sent.txhash, ...n())
    expect(tx).toMatchObject({
      height: String(sent.height),
      txhash: sent.txhash,
      code: 0,
      tx: {
        '@type': '/cosmos.tx.v1beta1.Tx',
        body: {
          messages: [
            {
              '@type': '/cosmos.bank.v1beta1.MsgSend',
              from_address: dev.address,
              to_address: RECIPIENT,
              amount: [{ denom: 'udatum', amount: '1000' }],
            },
          ],
        },
        auth_info: {
          fee: { amount: [{ denom: 'udatum', amount: '5000' }] },
          signer_infos: [{ public_key: { '@type': '/cosmos.crypto.secp256k1.PubKey' } }],
        },
      },
    })
    expect(tx.timestamp).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(tx.gas_wanted).toBe(sent.gas_wanted)
    expectProtoNames(tx.tx)

    const found = await ok('query', 'txs', '--events', `message.sender=${dev.address}`, ...n())
    expect(found.total_count).toBe('1')
    expect(found.txs.map((t: { txhash: string }) => t.txhash)).toEqual([sent.txhash])
    const none = await ok('query', 'txs', '--events', `transfer.recipient=${dev.address}`, ...n())
    expect(none).toMatchObject({ total_count: '0', txs: [] })
    expect((await runCli('query', 'txs', '--events', 'nonsense', ...n())).code).toBe(2)
    expect((await runCli('query', 'txs', ...n())).code).toBe(2)
    const byQuery = await ok('query', 'txs', '--query', `message.sender='${dev.address}'`, ...n())
    expect(byQuery.txs.map((t: { txhash: string }) => t.txhash)).toEqual([sent.txhash])

    const account = await ok('query', 'auth', 'account', dev.address, ...n())
    expect(account.account.sequence).toBe('1')
    expect(account.account.pub_key['@type']).toBe('/cosmos.crypto.secp256k1.PubKey')
  })

  it('status and blocks print CometBFT JSON', async () => {
    const status = await ok('status', ...n())
    expect(status.node_info.network).toBe(node!.genesis.chainId)
    const latest = await ok('query', 'block', ...n())
    expect(Number(latest.block.header.height)).toBeGreaterThanOrEqual(2)
    const first = await ok('query', 'block', '1', ...n())
    expect(first.block.header.height).toBe('1')
    expect(first.block_id.hash).toMatch(/^[0-9A-F]{64}$/)
    expect((await runCli('query', 'block', 'x', ...n())).code).toBe(2)
  })
})

describe('one JSON convention for every query', () => {
  it('module queries print proto JSON with snake_case names and enum names', async () => {
    for (const argv of [
      ['query', 'dataasset', 'params'],
      ['query', 'computeright', 'params'],
      ['query', 'computeright', 'escrow'],
      ['query', 'computeright', 'jobs-by-state', 'requested'],
      ['query', 'attestation', 'params'],
      ['query', 'attestation', 'executors'],
      ['query', 'dataasset', 'by-owner', dev.address],
      ['query', 'bank', 'balances', dev.address],
      ['query', 'auth', 'account', dev.address],
    ]) {
      const json = await ok(...argv, ...n())
      expectProtoNames(json)
    }
    const cr = await ok('query', 'computeright', 'params', ...n())
    expect(Object.keys(cr)).toEqual(['params'])
    expect(cr.params).toHaveProperty('final_seconds')
    const jobs = await ok('query', 'computeright', 'jobs-by-state', 'requested', ...n())
    expect(jobs).toEqual({ jobs: [], pagination: expect.objectContaining({ total: '0' }) })
  })
})
