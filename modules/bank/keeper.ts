// BankKeeper: moves, mints and burns coins, keeping balances and supply consistent, and emits the
// cosmos 0.50 bank events. Reaches auth only through `BankAccountKeeper`.
import {
  addCoins,
  type Coin,
  type Context,
  coinsToString,
  normalizeAddress,
  sdkErrors,
  validateCoins,
} from '../sdk/index.js'
import { bankErrors } from './errors.js'
import { ATTR, EVENT } from './events.js'
import type { BankAccountKeeper, BankModuleAccount } from './expected-keepers.js'
import { type SendRestrictionFn, SendRestrictions } from './send-restriction.js'
import { BankViewKeeper } from './view-keeper.js'

export interface BankKeeperOptions {
  /** Addresses that may not receive funds through MsgSend/MsgMultiSend (cosmos `blockedAddrs`). */
  blockedAddresses?: Iterable<string>
}

export const MINTER = 'minter'
export const BURNER = 'burner'

export interface Output {
  address: string
  coins: Coin[]
}

export class BankKeeper extends BankViewKeeper {
  private readonly restrictions = new SendRestrictions()
  private readonly blocked: Set<string>

  constructor(
    readonly accountKeeper: BankAccountKeeper,
    options: BankKeeperOptions = {},
  ) {
    super()
    this.blocked = new Set([...(options.blockedAddresses ?? [])].map((a) => normalizeAddress(a)))
  }

  /** Adds a restriction that runs after the existing ones. */
  appendSendRestriction(fn: SendRestrictionFn): void {
    this.restrictions.append(fn)
  }

  prependSendRestriction(fn: SendRestrictionFn): void {
    this.restrictions.prepend(fn)
  }

  blockedAddr(address: string): boolean {
    return this.blocked.has(address)
  }

  /** Throws bank code 5 for the first coin whose denom has sends disabled. */
  isSendEnabledCoins(ctx: Context, coins: Coin[]): void {
    for (const c of coins)
      if (!this.isSendEnabledDenom(ctx, c.denom))
        throw bankErrors.sendDisabled.wrap(`${c.denom} transfers are currently disabled`)
  }

  /** Moves `amount` between accounts; creates the recipient's account when it does not exist yet. */
  sendCoins(ctx: Context, from: string, to: string, amount: Coin[]): void {
    validateCoins(amount)
    const recipient = this.restrictions.apply(ctx, from, to, amount)
    this.subUnlockedCoins(ctx, from, amount)
    this.addCoins(ctx, recipient, amount)
    if (!this.accountKeeper.hasAccount(ctx, recipient)) this.accountKeeper.ensureAccount(ctx, recipient)
    ctx.events.emit(EVENT.transfer, [
      [ATTR.recipient, recipient],
      [ATTR.sender, from],
      [ATTR.amount, coinsToString(amount)],
    ])
    ctx.events.emit(EVENT.message, [[ATTR.sender, from]])
  }

  /** One input to many outputs (cosmos 0.50 allows exactly one input); sums must match. */
  inputOutputCoins(ctx: Context, input: Output, outputs: Output[]): void {
    // Checked here too, not only in MsgMultiSend's validate basic: other modules call this directly.
    validateCoins(input.coins)
    for (const out of outputs) validateCoins(out.coins)
    const totalOut = outputs.reduce<Coin[]>((sum, out) => addCoins(sum, out.coins), [])
    if (coinsToString(totalOut) !== coinsToString(input.coins)) throw bankErrors.inputOutputMismatch.wrap('')
    this.subUnlockedCoins(ctx, input.address, input.coins)
    ctx.events.emit(EVENT.message, [[ATTR.sender, input.address]])
    for (const out of outputs) {
      const recipient = this.restrictions.apply(ctx, input.address, out.address, out.coins)
      this.addCoins(ctx, recipient, out.coins)
      ctx.events.emit(EVENT.transfer, [
        [ATTR.recipient, recipient],
        [ATTR.amount, coinsToString(out.coins)],
      ])
      if (!this.accountKeeper.hasAccount(ctx, recipient)) this.accountKeeper.ensureAccount(ctx, recipient)
    }
  }

  sendCoinsFromAccountToModule(ctx: Context, sender: string, recipientModule: string, amount: Coin[]): void {
    const module = this.moduleAccount(ctx, recipientModule)
    this.sendCoins(ctx, sender, module.address, amount)
  }

  sendCoinsFromModuleToAccount(ctx: Context, senderModule: string, recipient: string, amount: Coin[]): void {
    const module = this.moduleAccount(ctx, senderModule)
    if (this.blockedAddr(recipient))
      throw sdkErrors.unauthorized.wrap(`${recipient} is not allowed to receive funds`)
    this.sendCoins(ctx, module.address, recipient, amount)
  }

  sendCoinsFromModuleToModule(
    ctx: Context,
    senderModule: string,
    recipientModule: string,
    amount: Coin[],
  ): void {
    const from = this.moduleAccount(ctx, senderModule)
    const to = this.moduleAccount(ctx, recipientModule)
    this.sendCoins(ctx, from.address, to.address, amount)
  }

  /** Creates coins in a module account that holds the `minter` permission, raising the supply. */
  mintCoins(ctx: Context, moduleName: string, amount: Coin[]): void {
    const module = this.moduleAccount(ctx, moduleName)
    if (!module.module?.permissions.includes(MINTER))
      throw sdkErrors.unauthorized.wrap(
        `module account ${moduleName} does not have permissions to mint tokens`,
      )
    validateCoins(amount)
    this.addCoins(ctx, module.address, amount)
    for (const c of amount) {
      const supply = this.getSupply(ctx, c.denom)
      this.setSupply(ctx, { denom: c.denom, amount: supply.amount + c.amount })
    }
    ctx.events.emit(EVENT.coinbase, [
      [ATTR.minter, module.address],
      [ATTR.amount, coinsToString(amount)],
    ])
  }

  /** Destroys coins held by a module account with the `burner` permission, lowering the supply. */
  burnCoins(ctx: Context, moduleName: string, amount: Coin[]): void {
    const module = this.moduleAccount(ctx, moduleName)
    if (!module.module?.permissions.includes(BURNER))
      throw sdkErrors.unauthorized.wrap(
        `module account ${moduleName} does not have permissions to burn tokens`,
      )
    validateCoins(amount)
    this.subUnlockedCoins(ctx, module.address, amount)
    for (const c of amount) {
      const supply = this.getSupply(ctx, c.denom)
      this.setSupply(ctx, { denom: c.denom, amount: supply.amount - c.amount })
    }
    ctx.events.emit(EVENT.burn, [
      [ATTR.burner, module.address],
      [ATTR.amount, coinsToString(amount)],
    ])
  }

  /** Genesis import: sets a balance outright (supply is checked by genesis afterwards). */
  initBalance(ctx: Context, address: string, coin: Coin): void {
    this.setBalance(ctx, address, coin)
  }

  initSupply(ctx: Context, coin: Coin): void {
    this.setSupply(ctx, coin)
  }

  private moduleAccount(ctx: Context, name: string): BankModuleAccount {
    if (this.accountKeeper.getModuleAddress(name) === undefined)
      throw sdkErrors.unknownAddress.wrap(`module account ${name} does not exist`)
    return this.accountKeeper.getModuleAccount(ctx, name)
  }

  /** Checks every coin first, so a failed send leaves no partial debit even before the branch is dropped. */
  private subUnlockedCoins(ctx: Context, address: string, amount: Coin[]): void {
    const balances = amount.map((c) => this.getBalance(ctx, address, c.denom))
    for (let i = 0; i < amount.length; i++) {
      if (balances[i]!.amount < amount[i]!.amount)
        throw sdkErrors.insufficientFunds.wrap(
          `spendable balance ${balances[i]!.amount}${amount[i]!.denom} is smaller than ${amount[i]!.amount}${amount[i]!.denom}`,
        )
    }
    for (let i = 0; i < amount.length; i++)
      this.setBalance(ctx, address, {
        denom: amount[i]!.denom,
        amount: balances[i]!.amount - amount[i]!.amount,
      })
    ctx.events.emit(EVENT.coinSpent, [
      [ATTR.spender, address],
      [ATTR.amount, coinsToString(amount)],
    ])
  }

  private addCoins(ctx: Context, address: string, amount: Coin[]): void {
    for (const c of amount) {
      const balance = this.getBalance(ctx, address, c.denom)
      this.setBalance(ctx, address, { denom: c.denom, amount: balance.amount + c.amount })
    }
    ctx.events.emit(EVENT.coinReceived, [
      [ATTR.receiver, address],
      [ATTR.amount, coinsToString(amount)],
    ])
  }
}
