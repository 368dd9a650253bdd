// Bank genesis in the cosmos proto-JSON shape (`app_state.bank`). Import sets balances, then checks the
// declared supply equals the sum of balances (or derives it when omitted), as cosmos InitGenesis does.
import type { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank'
import {
  addCoins,
  type Coin,
  type Context,
  coinsToString,
  normalizeAddress,
  parseAmount,
  toBech32,
  utf8,
  validateCoins,
  validateDenom,
} from '../sdk/index.js'
import { bankErrors } from './errors.js'
import type { BankKeeper } from './keeper.js'
import { DEFAULT_DENOM } from './keys.js'
import type { BankParams } from './params.js'

export interface BankGenesis {
  params: BankParams
  balances: { address: string; coins: Coin[] }[]
  supply: Coin[]
  denomMetadata: Metadata[]
  sendEnabled: { denom: string; enabled: boolean }[]
}

const invalid = (detail: string) => bankErrors.invalidGenesis.wrap(detail)

export const datumDenomMetadata = (): Metadata => ({
  description: 'The native token of the Datum chain',
  denomUnits: [
    { denom: DEFAULT_DENOM, exponent: 0, aliases: ['microdatum'] },
    { denom: 'DATUM', exponent: 6, aliases: [] },
  ],
  base: DEFAULT_DENOM,
  display: 'DATUM',
  name: 'Datum',
  symbol: 'DATUM',
  uri: '',
  uriHash: '',
})

const array = (v: unknown, field: string): unknown[] => {
  if (v === undefined || v === null) return []
  if (!Array.isArray(v)) throw invalid(`${field} must be an array`)
  return v
}

function coinsFromJson(v: unknown, field: string): Coin[] {
  const coins = array(v, field).map((c, i) => {
    const o = (c ?? {}) as Record<string, unknown>
    try {
      validateDenom(String(o.denom))
      return { denom: String(o.denom), amount: parseAmount(String(o.amount)) }
    } catch (e) {
      throw invalid(`${field}[${i}]: ${(e as Error).message}`)
    }
  })
  try {
    validateCoins(coins)
  } catch (e) {
    throw invalid(`${field}: ${(e as Error).message}`)
  }
  return coins
}

const coinsToJson = (coins: Coin[]) => coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() }))

function metadataFromJson(v: unknown, field: string): Metadata {
  const o = (v ?? {}) as Record<string, unknown>
  const str = (k: string) => (o[k] === undefined || o[k] === null ? '' : String(o[k]))
  const units = array(o.denom_units, `${field}.denom_units`).map((u) => {
    const x = (u ?? {}) as Record<string, unknown>
    const exponent = Number(x.exponent ?? 0)
    if (!Number.isInteger(exponent) || exponent < 0 || exponent > 0xffffffff)
      throw invalid(`${field}.denom_units exponent ${x.exponent} is not a uint32`)
    return {
      denom: String(x.denom ?? ''),
      exponent,
      aliases: array(x.aliases, `${field}.aliases`).map(String),
    }
  })
  const base = str('base')
  try {
    validateDenom(base)
  } catch (e) {
    throw invalid(`${field}.base: ${(e as Error).message}`)
  }
  if (units.length > 0 && (units[0]!.denom !== base || units[0]!.exponent !== 0))
    throw invalid(`${field}: the first denomination unit must be the base ${base} with exponent 0`)
  return {
    description: str('description'),
    denomUnits: units,
    base,
    display: str('display'),
    name: str('name'),
    symbol: str('symbol'),
    uri: str('uri'),
    uriHash: str('uri_hash'),
  }
}

const metadataToJson = (m: Metadata) => ({
  description: m.description,
  denom_units: m.denomUnits.map((u) => ({ denom: u.denom, exponent: u.exponent, aliases: u.aliases })),
  base: m.base,
  display: m.display,
  name: m.name,
  symbol: m.symbol,
  uri: m.uri,
  uri_hash: m.uriHash,
})

export function defaultBankGenesisJson(): unknown {
  return {
    params: { send_enabled: [], default_send_enabled: true },
    balances: [],
    supply: [],
    denom_metadata: [metadataToJson(datumDenomMetadata())],
    send_enabled: [],
  }
}

export function parseBankGenesis(j: unknown): BankGenesis {
  if (!j || typeof j !== 'object') throw invalid('bank genesis must be an object')
  const o = j as Record<string, unknown>
  const p = (o.params ?? {}) as Record<string, unknown>
  const defaultSendEnabled = p.default_send_enabled === undefined ? true : p.default_send_enabled === true
  const sendEnabled = [
    ...array(p.send_enabled, 'params.send_enabled'),
    ...array(o.send_enabled, 'send_enabled'),
  ].map((e) => {
    const x = (e ?? {}) as Record<string, unknown>
    try {
      validateDenom(String(x.denom))
    } catch (err) {
      throw invalid(`send_enabled: ${(err as Error).message}`)
    }
    return { denom: String(x.denom), enabled: x.enabled === true }
  })
  const seenAddr = new Set<string>()
  const balances = array(o.balances, 'balances').map((b, i) => {
    const x = (b ?? {}) as Record<string, unknown>
    let address: string
    try {
      address = normalizeAddress(String(x.address ?? ''))
    } catch (e) {
      throw invalid(`balances[${i}].address: ${(e as Error).message}`)
    }
    if (seenAddr.has(address)) throw invalid(`duplicate balance for address ${address}`)
    seenAddr.add(address)
    return { address, coins: coinsFromJson(x.coins, `balances[${i}].coins`) }
  })
  const denomMetadata = array(o.denom_metadata, 'denom_metadata').map((m, i) =>
    metadataFromJson(m, `denom_metadata[${i}]`),
  )
  const seenDenoms = new Set<string>()
  for (const m of denomMetadata) {
    if (seenDenoms.has(m.base)) throw invalid(`duplicate client metadata for denom ${m.base}`)
    seenDenoms.add(m.base)
  }
  return {
    params: { sendEnabled: [], defaultSendEnabled },
    balances,
    supply: coinsFromJson(o.supply, 'supply'),
    denomMetadata,
    sendEnabled,
  }
}

export function initBankGenesis(ctx: Context, keeper: BankKeeper, g: BankGenesis): void {
  keeper.setParams(ctx, g.params)
  for (const e of g.sendEnabled) keeper.setSendEnabled(ctx, e.denom, e.enabled)
  let total: Coin[] = []
  for (const b of g.balances) {
    for (const c of b.coins) keeper.initBalance(ctx, b.address, c)
    total = addCoins(total, b.coins)
  }
  if (g.supply.length > 0 && coinsToString(g.supply) !== coinsToString(total))
    throw invalid(
      `genesis supply is incorrect, expected ${coinsToString(g.supply)}, got ${coinsToString(total)}`,
    )
  for (const c of total) keeper.initSupply(ctx, c)
  for (const m of g.denomMetadata) keeper.setDenomMetadata(ctx, m)
}

export function exportBankGenesis(ctx: Context, keeper: BankKeeper): unknown {
  // Balances come grouped by account (address-byte order), denoms sorted within each account.
  const byAddress = new Map<string, Coin[]>()
  keeper.iterateAllBalances(ctx, (addressBytes, coin) => {
    const address = toBech32(addressBytes)
    byAddress.set(address, [...(byAddress.get(address) ?? []), coin])
  })
  const balances = [...byAddress.entries()].map(([address, coins]) => ({
    address,
    coins: coinsToJson(coins),
  }))
  const metadata: Metadata[] = []
  for (const { key } of keeper.denomMetadataStore(ctx).iterator()) {
    const m = keeper.getDenomMetadata(ctx, utf8.decode(key))
    if (m) metadata.push(m)
  }
  const sendEnabled: { denom: string; enabled: boolean }[] = []
  for (const { key, value } of keeper.sendEnabledStore(ctx).iterator())
    sendEnabled.push({ denom: utf8.decode(key), enabled: value[0] === 1 })
  return {
    params: { send_enabled: [], default_send_enabled: keeper.getParams(ctx).defaultSendEnabled },
    balances,
    supply: coinsToJson(keeper.getTotalSupply(ctx)),
    denom_metadata: metadata.map(metadataToJson),
    send_enabled: sendEnabled,
  }
}
