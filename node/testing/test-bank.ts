// A small bank for app tests (the real one is modules/bank): balances, MsgSend with the cosmos events,
// the Balance query and the AnteBankKeeper that auth's ante handler charges fees through.
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query'
import { MsgSend, MsgSendResponse } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import type { AccountKeeper, AnteBankKeeper } from '../../modules/auth/index.js'
import {
  type AppModule,
  type Coin,
  type Context,
  coinsToString,
  concatBytes,
  fromBech32,
  invalidArgument,
  lengthPrefixed,
  type MsgDefinition,
  parseAmount,
  type ServiceRegistrar,
  sdkErrors,
  toBech32,
  utf8,
  validateCoins,
} from '../../modules/sdk/index.js'

export interface TestBankGenesis {
  balances: { address: string; coins: { denom: string; amount: string }[] }[]
}

const toCoins = (cs: { denom: string; amount: string }[]): Coin[] =>
  cs.map((c) => ({ denom: c.denom, amount: parseAmount(c.amount) }))

export class TestBankModule implements AppModule, AnteBankKeeper {
  readonly name = 'bank'
  readonly storeKeys = ['bank'] as const

  constructor(private readonly auth: AccountKeeper) {}

  balance(ctx: Context, address: string, denom: string): bigint {
    const v = ctx.kvStore('bank').get(balanceKey(address, denom))
    return v ? BigInt(utf8.decode(v)) : 0n
  }

  private setBalance(ctx: Context, address: string, denom: string, amount: bigint): void {
    const store = ctx.kvStore('bank')
    if (amount === 0n) store.delete(balanceKey(address, denom))
    else store.set(balanceKey(address, denom), utf8.encode(amount.toString()))
  }

  send(ctx: Context, from: string, to: string, coins: Coin[]): void {
    for (const c of coins) {
      const have = this.balance(ctx, from, c.denom)
      if (have < c.amount)
        throw sdkErrors.insufficientFunds.wrap(
          `spendable balance ${have}${c.denom} is smaller than ${c.amount}${c.denom}`,
        )
      this.setBalance(ctx, from, c.denom, have - c.amount)
      this.setBalance(ctx, to, c.denom, this.balance(ctx, to, c.denom) + c.amount)
    }
    this.auth.ensureAccount(ctx, to)
    const amount = coinsToString(coins)
    ctx.events.emit('coin_spent', { spender: from, amount })
    ctx.events.emit('coin_received', { receiver: to, amount })
    ctx.events.emit('transfer', { recipient: to, sender: from, amount })
  }

  sendCoinsFromAccountToModule(ctx: Context, sender: string, module: string, amount: Coin[]): void {
    const to = this.auth.getModuleAddress(module)
    if (!to) throw sdkErrors.unknownAddress.wrap(`module account ${module} does not exist`)
    this.send(ctx, sender, to, amount)
  }

  readonly msgSend: MsgDefinition<MsgSend> = {
    typeUrl: '/cosmos.bank.v1beta1.MsgSend',
    aminoName: 'cosmos-sdk/MsgSend',
    decode: (b) => MsgSend.decode(b),
    encode: (m) => MsgSend.encode(m).finish(),
    toAmino: (m) => ({ from_address: m.fromAddress, to_address: m.toAddress, amount: m.amount }),
    signers: (m) => [m.fromAddress],
    validateBasic: (m) => {
      fromBech32(m.fromAddress)
      fromBech32(m.toAddress)
      const coins = toCoins(m.amount)
      if (coins.length === 0) throw sdkErrors.invalidCoins.wrap('send amount is empty')
      validateCoins(coins)
    },
    handle: (ctx, m) => {
      this.send(ctx, m.fromAddress, m.toAddress, toCoins(m.amount))
      return { typeUrl: '/cosmos.bank.v1beta1.MsgSendResponse', value: MsgSendResponse.encode({}).finish() }
    },
  }

  registerServices(r: ServiceRegistrar): void {
    r.msg(this.msgSend)
    r.query('/cosmos.bank.v1beta1.Query/Balance', (ctx, data) => {
      const req = QueryBalanceRequest.decode(data)
      try {
        fromBech32(req.address)
      } catch (e) {
        throw invalidArgument(`invalid address: ${(e as Error).message}`)
      }
      const amount = this.balance(ctx, req.address, req.denom)
      return QueryBalanceResponse.encode({
        balance: { denom: req.denom, amount: amount.toString() },
      }).finish()
    })
  }

  defaultGenesis(): TestBankGenesis {
    return { balances: [] }
  }

  validateGenesis(g: unknown): void {
    for (const b of (g as TestBankGenesis).balances) {
      fromBech32(b.address)
      validateCoins(toCoins(b.coins))
    }
  }

  initGenesis(ctx: Context, g: unknown): undefined {
    for (const b of (g as TestBankGenesis).balances) {
      this.auth.ensureAccount(ctx, b.address)
      for (const c of toCoins(b.coins)) this.setBalance(ctx, b.address, c.denom, c.amount)
    }
    return undefined
  }

  exportGenesis(ctx: Context): TestBankGenesis {
    const byAddress = new Map<string, { denom: string; amount: string }[]>()
    for (const { key, value } of ctx.kvStore('bank').iterator()) {
      const addrLen = key[0]!
      const address = toBech32(key.subarray(1, 1 + addrLen), this.auth.bech32Prefix)
      const denom = utf8.decode(key.subarray(1 + addrLen))
      const list = byAddress.get(address) ?? []
      list.push({ denom, amount: utf8.decode(value) })
      byAddress.set(address, list)
    }
    return { balances: [...byAddress.entries()].map(([address, coins]) => ({ address, coins })) }
  }
}

function balanceKey(address: string, denom: string): Uint8Array {
  return concatBytes(lengthPrefixed(fromBech32(address)), utf8.encode(denom))
}
