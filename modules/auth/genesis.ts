// Auth genesis in the cosmos proto-JSON shape (`app_state.auth`): params and accounts as typed objects.
// Import follows cosmos `InitGenesis`: duplicate account numbers are re-assigned the lowest unused numbers,
// accounts are stored in account-number order and the global counter ends past the highest number.
import { PubKey as Secp256k1PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys'
import { type Context, normalizeAddress } from '../sdk/index.js'
import type { Account } from './account.js'
import { secp256k1PubKeyAny } from './account.js'
import { authErrors } from './errors.js'
import type { AccountKeeper } from './keeper.js'
import { FEE_COLLECTOR_NAME, TYPE_URL } from './keys.js'
import { type AuthParams, authParamsFromJson, authParamsToJson, defaultAuthParams } from './params.js'

export interface AuthGenesis {
  params: AuthParams
  accounts: Account[]
}

export function defaultAuthGenesisJson(): unknown {
  return { params: authParamsToJson(defaultAuthParams()), accounts: [] }
}

const invalid = (detail: string) => authErrors.invalidGenesis.wrap(detail)

function uint64(v: unknown, field: string): bigint {
  if (v === undefined || v === null) return 0n
  if ((typeof v !== 'string' && typeof v !== 'number') || !/^\d{1,20}$/.test(String(v)))
    throw invalid(`${field} is not a uint64: ${JSON.stringify(v)}`)
  const n = BigInt(v)
  if (n > 0xffff_ffff_ffff_ffffn) throw invalid(`${field} overflows uint64`)
  return n
}

function pubKeyFromJson(j: unknown, field: string): Account['pubKey'] {
  if (j === undefined || j === null) return undefined
  const o = j as Record<string, unknown>
  if (o['@type'] !== TYPE_URL.secp256k1PubKey || typeof o.key !== 'string')
    throw invalid(`${field} must be a ${TYPE_URL.secp256k1PubKey} with a base64 key`)
  const key = new Uint8Array(Buffer.from(o.key, 'base64'))
  if (key.length !== 33) throw invalid(`${field}.key must be 33 bytes`)
  return secp256k1PubKeyAny(key)
}

function baseFromJson(j: unknown, field: string): Account {
  if (!j || typeof j !== 'object') throw invalid(`${field} must be an object`)
  const o = j as Record<string, unknown>
  let address: string
  try {
    address = normalizeAddress(String(o.address ?? ''))
  } catch (e) {
    throw invalid(`${field}.address: ${(e as Error).message}`)
  }
  return {
    address,
    pubKey: pubKeyFromJson(o.pub_key, `${field}.pub_key`),
    accountNumber: uint64(o.account_number, `${field}.account_number`),
    sequence: uint64(o.sequence, `${field}.sequence`),
  }
}

export function accountFromJson(j: unknown, field: string): Account {
  const o = (j ?? {}) as Record<string, unknown>
  if (o['@type'] === TYPE_URL.baseAccount) return baseFromJson(o, field)
  if (o['@type'] === TYPE_URL.moduleAccount) {
    const base = baseFromJson(o.base_account, `${field}.base_account`)
    if (typeof o.name !== 'string' || o.name === '') throw invalid(`${field}.name is empty`)
    const permissions = Array.isArray(o.permissions) ? o.permissions.map(String) : []
    return { ...base, module: { name: o.name, permissions } }
  }
  throw invalid(`${field} has unsupported @type ${JSON.stringify(o['@type'])}`)
}

function baseToJson(a: Account): Record<string, unknown> {
  const key = a.pubKey ? Buffer.from(Secp256k1PubKey.decode(a.pubKey.value).key).toString('base64') : null
  return {
    address: a.address,
    pub_key: key === null ? null : { '@type': TYPE_URL.secp256k1PubKey, key },
    account_number: a.accountNumber.toString(),
    sequence: a.sequence.toString(),
  }
}

export function accountToJson(a: Account): Record<string, unknown> {
  if (!a.module) return { '@type': TYPE_URL.baseAccount, ...baseToJson(a) }
  return {
    '@type': TYPE_URL.moduleAccount,
    base_account: baseToJson(a),
    name: a.module.name,
    permissions: a.module.permissions,
  }
}

export function parseAuthGenesis(j: unknown): AuthGenesis {
  if (!j || typeof j !== 'object') throw invalid('auth genesis must be an object')
  const o = j as Record<string, unknown>
  const params = authParamsFromJson(o.params)
  if (o.accounts !== undefined && !Array.isArray(o.accounts)) throw invalid('accounts must be an array')
  const accounts = ((o.accounts as unknown[]) ?? []).map((a, i) => accountFromJson(a, `accounts[${i}]`))
  const seen = new Set<string>()
  for (const a of accounts) {
    if (seen.has(a.address)) throw invalid(`duplicate account found in genesis state; address: ${a.address}`)
    seen.add(a.address)
  }
  return { params, accounts: sanitizeAccounts(accounts) }
}

/** cosmos `SanitizeGenesisAccounts`: duplicates get the lowest unused numbers, then sort by number. */
export function sanitizeAccounts(accounts: Account[]): Account[] {
  const used = new Set<bigint>()
  const dups: Account[] = []
  const out = accounts.map((a) => ({ ...a }))
  for (const a of out) {
    if (used.has(a.accountNumber)) dups.push(a)
    else used.add(a.accountNumber)
  }
  let next = 0n
  for (const a of dups) {
    while (used.has(next)) next++
    a.accountNumber = next
    used.add(next)
  }
  return out.sort((a, b) =>
    a.accountNumber < b.accountNumber ? -1 : a.accountNumber > b.accountNumber ? 1 : 0,
  )
}

export function initAuthGenesis(ctx: Context, keeper: AccountKeeper, genesis: AuthGenesis): void {
  keeper.setParams(ctx, genesis.params)
  for (const acc of genesis.accounts) {
    keeper.advanceAccountNumberPast(ctx, acc.accountNumber)
    keeper.setAccount(ctx, acc)
  }
  keeper.getModuleAccount(ctx, FEE_COLLECTOR_NAME)
}

export function exportAuthGenesis(ctx: Context, keeper: AccountKeeper): unknown {
  const accounts: Account[] = []
  keeper.iterateAccounts(ctx, (a) => {
    accounts.push(a)
    return false
  })
  accounts.sort((a, b) => (a.accountNumber < b.accountNumber ? -1 : 1))
  return { params: authParamsToJson(keeper.getParams(ctx)), accounts: accounts.map(accountToJson) }
}
