// Genesis helpers behind `datumd init` and `datumd genesis add-account`: the default app_state of every
// module, and funding an account (auth account + bank balance + supply) the way `simd genesis
// add-genesis-account` does.
import type { AppModule, Coin } from '../../modules/sdk/index.js'
import { normalizeAddress, normalizeCoins, validateCoins } from '../../modules/sdk/index.js'
import { ConfigError } from '../config/errors.js'

export function defaultAppState(modules: readonly AppModule[]): Record<string, unknown> {
  const state: Record<string, unknown> = {}
  for (const m of modules) state[m.name] = m.defaultGenesis()
  return state
}

type CoinJson = { denom: string; amount: string }
type AuthJson = { accounts: { address?: string; account_number?: string }[] }
type BankJson = { balances: { address: string; coins: CoinJson[] }[]; supply: CoinJson[] }

/** Parses `1000udatum,5uatom` into canonical coins; throws a ConfigError naming the bad part. */
export function parseCoinsArg(s: string): Coin[] {
  const coins = s.split(',').map((part) => {
    const m = /^(\d+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(part.trim())
    if (!m)
      throw new ConfigError(
        'GENESIS_INVALID',
        `invalid coin ${JSON.stringify(part)}: expected <amount><denom>, e.g. 1000udatum`,
      )
    return { denom: m[2]!, amount: BigInt(m[1]!) }
  })
  const norm = normalizeCoins(coins)
  validateCoins(norm)
  return norm
}

/** Adds an account with `coins` to a genesis app_state (mutates and returns it). */
export function addGenesisAccount(
  appState: Record<string, unknown>,
  address: string,
  coins: Coin[],
): Record<string, unknown> {
  let addr: string
  try {
    addr = normalizeAddress(address)
  } catch (e) {
    throw new ConfigError('GENESIS_INVALID', (e as Error).message)
  }
  const auth = appState.auth as AuthJson | undefined
  const bank = appState.bank as BankJson | undefined
  if (!auth || !Array.isArray(auth.accounts) || !bank || !Array.isArray(bank.balances)) {
    throw new ConfigError('GENESIS_INVALID', 'app_state has no auth.accounts or bank.balances')
  }
  if (auth.accounts.some((a) => a.address === addr)) {
    throw new ConfigError('GENESIS_INVALID', `account ${addr} already exists in genesis`)
  }
  const nextNumber = auth.accounts.reduce((n, a) => {
    const num = BigInt(a.account_number ?? '0')
    return num >= n ? num + 1n : n
  }, 0n)
  auth.accounts.push({
    '@type': '/cosmos.auth.v1beta1.BaseAccount',
    address: addr,
    pub_key: null,
    account_number: nextNumber.toString(),
    sequence: '0',
  } as AuthJson['accounts'][number])
  const json = coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() }))
  bank.balances.push({ address: addr, coins: json })
  const supply = normalizeCoins([
    ...(bank.supply ?? []).map((c) => ({ denom: c.denom, amount: BigInt(c.amount) })),
    ...coins,
  ])
  bank.supply = supply.map((c) => ({ denom: c.denom, amount: c.amount.toString() }))
  return appState
}

/**
 * On a development home the dev account is the attestation auditor and arbiter, so the whole data-rights
 * flow (register an executor, audit it, resolve a challenge) runs on `npm start` without editing genesis.
 */
export function makeDevAuthority(appState: Record<string, unknown>, address: string): void {
  const att = appState.attestation as { params?: { auditors?: string[]; arbiters?: string[] } } | undefined
  if (!att?.params) throw new ConfigError('GENESIS_INVALID', 'genesis has no attestation params')
  att.params.auditors = [normalizeAddress(address)]
  att.params.arbiters = [normalizeAddress(address)]
}
