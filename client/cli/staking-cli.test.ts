// `datum tx|query staking|slashing|distribution` against a real single-validator node (DatumNode in a temp
// home, in-process) whose validator was made by a gentx of the home's `validator` key: delegate, rewards,
// withdraw, unbond and cancel, a second validator by create-validator, edit, redelegate, unjail refused.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { homePaths } from '../../node/config/home.js'
import type { NodeConfig } from '../../node/config/node-config.js'
import { loadValidatorKey } from '../../node/config/validator-key.js'
import { homeKeyringFile } from '../../node/daemon/gentx.js'
import { initHome } from '../../node/daemon/init-home.js'
import { DatumNode } from '../../node/daemon/node.js'
import { waitForHeight } from '../../node/testing/wait-for-height.js'
import { runCli } from './test-cli.js'

let home: string
let node: DatumNode | undefined
let rpc: string
let dev: { mnemonic: string; address: string }
let keyring: string
let valoper: string

const freePorts = (cfg: NodeConfig) => {
  cfg.rpc.laddr = 'tcp://127.0.0.1:0'
  cfg.rest.enabled = false
  cfg.metrics.enabled = false
  cfg.p2p.laddr = '/ip4/127.0.0.1/tcp/0'
}

// biome-ignore lint/suspicious/noExplicitAny: CLI output is raw JSON inspected by the assertions
async function ok(...argv: string[]): Promise<any> {
  const r = await runCli(...argv)
  expect(r.code, `${argv.join(' ')}: ${r.err}`).toBe(0)
  return JSON.parse(r.out)
}
const n = () => ['--node', rpc]
const kr = () => ['--keyring-file', keyring]

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'datum-staking-cli-'))
  dev = (await initHome({ home, devAccount: true, configure: freePorts })).devAccount!
  node = await DatumNode.start({ home, configure: freePorts, logger: pino({ level: 'silent' }) })
  rpc = `http://127.0.0.1:${(node.rpc.app.server.address() as { port: number }).port}`
  // The home keyring holds the operator key the gentx was signed with; the dev key joins it.
  keyring = homeKeyringFile(home)
  const file = join(home, 'dev.mnemonic')
  await writeFile(file, `${dev.mnemonic}\n`)
  await ok('keys', 'add', 'dev', '--mnemonic-file', file, ...kr())
  expect((await ok('keys', 'show', 'validator', ...kr())).address).toMatch(/^datum1/)
}, 60_000)

afterAll(async () => {
  await node?.stop()
  if (home) await rm(home, { recursive: true, force: true })
})

describe('staking, distribution and slashing from the CLI', () => {
  it('shows the gentx validator bonded, with SDK decimals and an expanded consensus key', async () => {
    const vals = await ok('query', 'staking', 'validators', '--status', 'bonded', ...n())
    expect(vals.validators).toHaveLength(1)
    const v = vals.validators[0]
    valoper = v.operator_address
    expect(valoper).toMatch(/^datumvaloper1/)
    const key = loadValidatorKey(homePaths(home).validatorKeyFile)
    expect(v).toMatchObject({
      status: 'BOND_STATUS_BONDED',
      tokens: '10000000',
      jailed: false,
      delegator_shares: '10000000.000000000000000000',
      consensus_pubkey: {
        '@type': '/cosmos.crypto.ed25519.PubKey',
        key: Buffer.from(key.pubKey).toString('base64'),
      },
      commission: {
        commission_rates: {
          rate: '0.100000000000000000',
          max_rate: '0.200000000000000000',
          max_change_rate: '0.010000000000000000',
        },
      },
    })
    expect((await ok('query', 'staking', 'validator', valoper, ...n())).validator.operator_address).toBe(
      valoper,
    )
    expect((await ok('query', 'staking', 'params', ...n())).params).toMatchObject({
      bond_denom: 'udatum',
      max_validators: 100,
      min_commission_rate: '0.000000000000000000',
    })
    expect((await ok('query', 'staking', 'pool', ...n())).pool.bonded_tokens).toBe('10000000')
    // Exactly what simd 0.50 prints for these params (`simd q slashing params -o json`).
    expect(await ok('query', 'slashing', 'params', ...n())).toEqual({
      params: {
        signed_blocks_window: '100',
        min_signed_per_window: '0.500000000000000000',
        downtime_jail_duration: '600s',
        slash_fraction_double_sign: '0.050000000000000000',
        slash_fraction_downtime: '0.010000000000000000',
      },
    })
    expect((await ok('query', 'staking', 'params', ...n())).params.unbonding_time).toBe('1814400s')
    expect((await ok('query', 'distribution', 'params', ...n())).params.community_tax).toBe(
      '0.020000000000000000',
    )
    const consHex = Buffer.from(key.address).toString('hex')
    const info = await ok('query', 'slashing', 'signing-info', consHex, ...n())
    expect(info.val_signing_info.tombstoned).toBe(false)
    expect(info.val_signing_info.jailed_until).toBe('1970-01-01T00:00:00Z')
    expect((await runCli('query', 'staking', 'validators', '--status', 'nope', ...n())).code).toBe(2)
  }, 60_000)

  it('query staking historical-info: the header and bonded set staking recorded, NotFound beyond them', async () => {
    await waitForHeight(node!, 2n)
    const { result } = (await (await fetch(`${rpc}/block?height=2`)).json()) as {
      result: { block: { header: Record<string, string> } }
    }
    const h = result.block.header
    const b64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64')
    const out = await ok('query', 'staking', 'historical-info', '2', ...n())
    expect(out.hist.header).toMatchObject({
      chain_id: h.chain_id,
      height: '2',
      app_hash: b64(h.app_hash!),
      next_validators_hash: b64(h.next_validators_hash!),
      proposer_address: b64(h.proposer_address!),
    })
    // The same instant, written two ways: the CLI as simd (protojson: 0, 3, 6 or 9 digits, "…22.350Z"), the
    // RPC as CometBFT (RFC3339Nano, trailing zeros cut, "…22.35Z"); compared as strings they differ 1 time in 10.
    expect(out.hist.header.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.(\d{3}|\d{6}|\d{9}))?Z$/)
    expect(Date.parse(out.hist.header.time)).toBe(Date.parse(h.time!))
    expect(out.hist.valset).toHaveLength(1)
    expect(out.hist.valset[0]).toMatchObject({
      operator_address: valoper,
      status: 'BOND_STATUS_BONDED',
      delegator_shares: '10000000.000000000000000000',
      consensus_pubkey: { '@type': '/cosmos.crypto.ed25519.PubKey' },
    })
    const missing = await runCli('query', 'staking', 'historical-info', '999999', ...n())
    expect(missing.code).not.toBe(0)
    expect(missing.err).toMatch(/historical info for height 999999 not found/)
    expect((await runCli('query', 'staking', 'historical-info', 'two', ...n())).code).toBe(2)
  })

  it('delegates, earns, withdraws rewards and commission, unbonds and cancels the unbonding', async () => {
    const d = await ok(
      'tx',
      'staking',
      'delegate',
      valoper,
      '5000000udatum',
      '--from',
      'dev',
      ...kr(),
      ...n(),
    )
    expect(d.txhash).toMatch(/^[0-9A-F]{64}$/)
    const del = await ok('query', 'staking', 'delegation', dev.address, valoper, ...n())
    expect(del.delegation_response.balance).toEqual({ denom: 'udatum', amount: '5000000' })
    expect(
      (await ok('query', 'staking', 'delegations', dev.address, ...n())).delegation_responses,
    ).toHaveLength(1)
    expect((await ok('query', 'staking', 'validator', valoper, ...n())).validator.tokens).toBe('15000000')

    // Rewards accrue from the next block's distribution: the delegate tx's fee and the block provision (the
    // default mint schedule mints about 4,119 udatum a block on the dev home's 10^12 udatum).
    let rewards = await ok('query', 'distribution', 'rewards', dev.address, ...n())
    for (let i = 0; i < 100 && rewards.total.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100))
      rewards = await ok('query', 'distribution', 'rewards', dev.address, ...n())
    }
    expect(rewards.rewards[0].validator_address).toBe(valoper)
    expect(rewards.total[0].amount).toMatch(/^\d+\.\d{18}$/)
    const all = await ok('tx', 'distribution', 'withdraw-all-rewards', '--from', 'dev', ...kr(), ...n())
    expect(all.responses).toHaveLength(1)
    await ok('tx', 'distribution', 'withdraw-rewards', valoper, '--from', 'dev', ...kr(), ...n())
    const commission = await ok('query', 'distribution', 'commission', valoper, ...n())
    expect(commission.commission.commission[0].denom).toBe('udatum')
    await ok('tx', 'distribution', 'withdraw-commission', '--from', 'validator', ...kr(), ...n())

    const u = await ok('tx', 'staking', 'unbond', valoper, '2000000udatum', '--from', 'dev', ...kr(), ...n())
    const ubd = await ok('query', 'staking', 'unbonding-delegations', dev.address, ...n())
    expect(ubd.unbonding_responses[0].entries[0]).toMatchObject({
      creation_height: String(u.height),
      balance: '2000000',
    })
    // the tx's Msg response prints as proto JSON too (snake_case, as simd), not cosmjs-types' camelCase
    expect(Object.keys(u.response).sort()).toEqual(['amount', 'completion_time'])
    expect(u.response.amount).toEqual({ denom: 'udatum', amount: '2000000' })
    expect(u.response.completion_time).toBe(ubd.unbonding_responses[0].entries[0].completion_time)
    expect(u.response.completion_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3}|\.\d{6}|\.\d{9})?Z$/)
    await ok(
      'tx',
      'staking',
      'cancel-unbond',
      valoper,
      '2000000udatum',
      String(u.height),
      '--from',
      'dev',
      ...kr(),
      ...n(),
    )
    expect(
      (await ok('query', 'staking', 'unbonding-delegations', dev.address, ...n())).unbonding_responses,
    ).toEqual([])
    expect(
      (await ok('query', 'staking', 'delegation', dev.address, valoper, ...n())).delegation_response.balance
        .amount,
    ).toBe('5000000')
  }, 120_000)

  it('creates and edits a second validator, redelegates to it, funds the pool; unjail of a live validator fails', async () => {
    await ok('keys', 'add', 'op2', ...kr())
    const op2 = (await ok('keys', 'show', 'op2', ...kr())).address
    await ok('tx', 'bank', 'send', 'dev', op2, '3000000udatum', ...kr(), ...n())
    const pubkey = JSON.stringify({
      '@type': '/cosmos.crypto.ed25519.PubKey',
      key: Buffer.alloc(32, 5).toString('base64'),
    })
    await ok(
      'tx',
      'staking',
      'create-validator',
      '--amount',
      '1000000udatum',
      '--pubkey',
      pubkey,
      '--moniker',
      'two',
      '--commission-rate',
      '0.05',
      '--from',
      'op2',
      ...kr(),
      ...n(),
    )
    const vals = (await ok('query', 'staking', 'validators', ...n())).validators
    expect(vals).toHaveLength(2)
    const two = vals.find((v: { description: { moniker: string } }) => v.description.moniker === 'two')
    expect(two.commission.commission_rates.rate).toBe('0.050000000000000000')
    await ok('tx', 'staking', 'edit-validator', '--details', 'second', '--from', 'op2', ...kr(), ...n())
    const edited = (await ok('query', 'staking', 'validator', two.operator_address, ...n())).validator
    expect(edited.description).toMatchObject({ moniker: 'two', details: 'second' })

    await ok(
      'tx',
      'staking',
      'redelegate',
      valoper,
      two.operator_address,
      '1000000udatum',
      '--from',
      'dev',
      ...kr(),
      ...n(),
    )
    const red = await ok('query', 'staking', 'redelegations', dev.address, ...n())
    expect(red.redelegation_responses[0].redelegation).toMatchObject({
      validator_src_address: valoper,
      validator_dst_address: two.operator_address,
    })

    await ok('tx', 'distribution', 'set-withdraw-addr', op2, '--from', 'dev', ...kr(), ...n())
    const before = (await ok('query', 'distribution', 'community-pool', ...n())).pool
    await ok('tx', 'distribution', 'fund-community-pool', '7000000udatum', '--from', 'dev', ...kr(), ...n())
    const after = (await ok('query', 'distribution', 'community-pool', ...n())).pool
    const amt = (p: { denom: string; amount: string }[]) =>
      Number(p.find((c) => c.denom === 'udatum')?.amount ?? 0)
    expect(amt(after) - amt(before)).toBeGreaterThanOrEqual(7_000_000)

    const unjail = await runCli('tx', 'slashing', 'unjail', '--from', 'validator', ...kr(), ...n())
    expect(unjail.code).toBe(1)
    expect(unjail.err).toMatch(/validator not jailed/)
    expect(
      (await runCli('tx', 'staking', 'delegate', dev.address, '1udatum', '--from', 'dev', ...kr(), ...n()))
        .code,
    ).toBe(2)
  }, 120_000)
})
