// What the staking e2e tests do to a runner network as an operator would: the `datum` CLI (in-process) and the
// node RPC, a validator's keys read from its home, and the genesis windows scaled by one factor.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { runCli } from '../../client/cli/test-cli.js'
import type { GenesisDoc } from '../../node/config/genesis.js'
import { homePaths } from '../../node/config/home.js'
import { loadValidatorKey } from '../../node/config/validator-key.js'
import { homeKeyringFile } from '../../node/daemon/gentx.js'
import type { LocalTestnet } from '../runner/testnet.js'

// biome-ignore lint/suspicious/noExplicitAny: RPC and CLI output is raw JSON inspected by the assertions
export type Json = any

/** Runs `datum …` and returns its JSON output; fails the test on a non-zero exit. */
export async function ok(...argv: string[]): Promise<Json> {
  const r = await runCli(...argv)
  expect(r.code, `${argv.join(' ')}: ${r.err}`).toBe(0)
  return JSON.parse(r.out)
}

export async function rpc(url: string, method: string, params: Record<string, string> = {}): Promise<Json> {
  const q = new URLSearchParams(params).toString()
  const res = await fetch(`${url}/${method}${q ? `?${q}` : ''}`)
  return ((await res.json()) as Json).result
}

/** A keyring in the network's dir holding the dev account as `dev`; returns its `--keyring-file` flag. */
export async function devKeyring(net: LocalTestnet): Promise<string[]> {
  const keyring = ['--keyring-file', join(net.dir, 'e2e-keyring.json')]
  const mnemonicFile = join(net.dir, 'dev.mnemonic')
  writeFileSync(mnemonicFile, `${net.mnemonic}\n`)
  await ok('keys', 'add', 'dev', '--mnemonic-file', mnemonicFile, ...keyring)
  return keyring
}

/** The consensus set the RPC reports: upper-case hex address → voting power. */
export async function consensusPowers(url: string): Promise<Map<string, string>> {
  const vals = (await rpc(url, 'validators', { per_page: '100' })).validators as Json[]
  return new Map(vals.map((v) => [v.address as string, v.voting_power as string]))
}

/** Whether the commit of height `h` carries a signature of `address` for the block. */
export async function signedBy(url: string, h: bigint, address: string): Promise<boolean> {
  const commit = (await rpc(url, 'commit', { height: h.toString() })).signed_header.commit
  return commit.signatures.some((s: Json) => s.validator_address === address && s.block_id_flag === 2)
}

/** Validator `i` of the runner: its consensus address and its operator key `validator` in its home keyring. */
export function validatorOf(net: LocalTestnet, i: number) {
  const home = net.node(i).home
  const key = loadValidatorKey(homePaths(home).validatorKeyFile)
  return {
    moniker: net.nodes[i]!.name,
    consHex: Buffer.from(key.address).toString('hex').toUpperCase(),
    keyring: ['--keyring-file', homeKeyringFile(home)],
  }
}

/** The staking view of a validator by moniker (`datum query staking validators`). */
export async function stakingValidator(url: string, moniker: string): Promise<Json> {
  const vals = (await ok('query', 'staking', 'validators', '--node', url)).validators as Json[]
  const v = vals.find((x) => x.description.moniker === moniker)
  expect(v, `validator ${moniker}`).toBeDefined()
  return v
}

const seconds = (d: string): bigint => {
  const m = /^(\d+)s$/.exec(d)
  if (!m) throw new Error(`duration ${d} is not whole seconds`)
  return BigInt(m[1]!)
}

/**
 * Divides every staking and slashing window of the genesis by one factor (never changing their ratios):
 * slashing's `signed_blocks_window` (blocks; the block interval stays the default 1 s) and
 * `downtime_jail_duration`, staking's `unbonding_time`. Fractions and counts are left as they are.
 */
export function scaleValidatorWindows(g: GenesisDoc, factor: bigint): void {
  const slashing = (g.appState.slashing as Json).params
  const staking = (g.appState.staking as Json).params
  const div = (n: bigint, what: string) => {
    if (n % factor !== 0n) throw new Error(`${what} ${n} is not a multiple of ${factor}`)
    return n / factor
  }
  slashing.signed_blocks_window = div(
    BigInt(slashing.signed_blocks_window),
    'signed_blocks_window',
  ).toString()
  slashing.downtime_jail_duration = `${div(seconds(slashing.downtime_jail_duration), 'downtime_jail_duration')}s`
  staking.unbonding_time = `${div(seconds(staking.unbonding_time), 'unbonding_time')}s`
}
