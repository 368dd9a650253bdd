// Test support for gov: real auth + bank keepers over the real store, the real app message router with
// bank and gov registered, and a small staking double (bonded validators, delegations by shares) that
// satisfies GovStakingKeeper the way the staking keeper does.
import { MsgRouter, QueryRouter } from '../../node/app/msg-router.js'
import { makeTestContext, TEST_TIME } from '../../node/testing/test-context.js'
import { AccountKeeper } from '../auth/keeper.js'
import { BankKeeper } from '../bank/keeper.js'
import { BankModule } from '../bank/module.js'
import {
  type AppModule,
  type Coin,
  type Context,
  cacheContext,
  fromBech32,
  type MsgDefinition,
  toBech32,
  VALOPER_PREFIX,
} from '../sdk/index.js'
import { DEC_ONE } from './dec.js'
import type {
  GovDelegation,
  GovDistributionKeeper,
  GovStakingKeeper,
  GovValidator,
} from './expected-keepers.js'
import { GovKeeper } from './keeper.js'
import { MODULE_NAME } from './keys.js'
import { GovModule } from './module.js'
import type { GovParams } from './params.js'

export { expectAbciError, expectQueryError } from '../auth/test-env.js'

export const addr = (seed: number): string => toBech32(new Uint8Array(20).fill(seed))
export const valoper = (account: string): string => toBech32(fromBech32(account), VALOPER_PREFIX)
export const udatum = (amount: bigint | number): Coin[] => [{ denom: 'udatum', amount: BigInt(amount) }]

/** Bonded validators and delegations held in memory; tokens and shares move exactly as staking's do. */
export class StakingDouble implements GovStakingKeeper {
  readonly validators = new Map<string, GovValidator>()
  readonly delegations: GovDelegation[] = []

  /** A bonded validator whose operator account is `account`, self-bonding `tokens` (1 share per token). */
  bond(account: string, tokens: bigint): string {
    const operator = valoper(account)
    this.validators.set(operator, { operator, tokens: 0n, delegatorShares: 0n })
    this.delegate(account, operator, tokens)
    return operator
  }

  delegate(delegator: string, operator: string, tokens: bigint): void {
    const v = this.validators.get(operator)!
    const shares = v.tokens === 0n ? tokens * DEC_ONE : (tokens * v.delegatorShares) / v.tokens
    v.tokens += tokens
    v.delegatorShares += shares
    const existing = this.delegations.find((d) => d.delegator === delegator && d.validator === operator)
    if (existing) existing.shares += shares
    else this.delegations.push({ delegator, validator: operator, shares })
  }

  lastValidatorPowers(_ctx: Context): Map<string, bigint> {
    return new Map([...this.validators.values()].map((v) => [v.operator, v.tokens / 1_000_000n]))
  }

  getValidator(_ctx: Context, operator: string): GovValidator | undefined {
    const v = this.validators.get(operator)
    return v ? { ...v } : undefined
  }

  delegatorDelegations(_ctx: Context, delegator: string): GovDelegation[] {
    return this.delegations.filter((d) => d.delegator === delegator).map((d) => ({ ...d }))
  }

  bondedTokens(_ctx: Context): bigint {
    let sum = 0n
    for (const v of this.validators.values()) sum += v.tokens
    return sum
  }
}

export interface GovEnv {
  gov: GovKeeper
  bank: BankKeeper
  accounts: AccountKeeper
  staking: StakingDouble
  router: MsgRouter
  queries: QueryRouter
  module: GovModule
  authority: string
  /** A fresh context `offset` seconds after the test start time (same stores, everything so far). */
  ctx(offset?: bigint): Context
  fund(to: string, coins: Coin[]): void
  /** Runs a message as the app does: on a branch written only when it succeeds. */
  deliver<T>(typeUrl: string, msg: T, offset?: bigint): Uint8Array
  endBlock(offset: bigint): Context
  setParams(change: Partial<GovParams>): void
  balance(address: string): bigint
  supply(): bigint
  cleanup(): Promise<void>
}

const open: GovEnv[] = []

export async function cleanupGovEnvs(): Promise<void> {
  await Promise.all(open.splice(0).map((e) => e.cleanup()))
}

/** `distribution`: a community pool double, for cancel charges sent to the distribution account. */
export async function govEnv(opts: { distribution?: GovDistributionKeeper } = {}): Promise<GovEnv> {
  const tc = await makeTestContext({ storeKeys: ['acc', 'bank', 'gov'] })
  const accounts = new AccountKeeper({
    moduleAccountPermissions: { mint: ['minter'], [MODULE_NAME]: ['burner'], distribution: [] },
  })
  const bank = new BankKeeper(accounts)
  const staking = new StakingDouble()
  const router = new MsgRouter()
  const queries = new QueryRouter()
  const gov = new GovKeeper({ bank, accounts, staking, router, distribution: opts.distribution })
  const module = new GovModule(gov)
  const modules: AppModule[] = [new BankModule(bank), module]
  for (const m of modules)
    m.registerServices({
      msg: (def) => router.register(def as MsgDefinition, m.name),
      query: (path, handler) => queries.register(path, handler, m.name),
    })
  const at = (offset: bigint): Context => {
    const base = tc.fresh()
    return base.with({ block: { ...base.block, time: { seconds: TEST_TIME.seconds + offset, nanos: 0 } } })
  }
  const env: GovEnv = {
    gov,
    bank,
    accounts,
    staking,
    router,
    queries,
    module,
    authority: gov.authority,
    ctx: (offset = 0n) => at(offset),
    fund(to, coins) {
      const ctx = at(0n)
      bank.mintCoins(ctx, 'mint', coins)
      bank.sendCoinsFromModuleToAccount(ctx, 'mint', to, coins)
    },
    deliver(typeUrl, msg, offset = 0n) {
      const route = router.route(typeUrl)
      if (!route) throw new Error(`no route for ${typeUrl}`)
      route.def.validateBasic(msg)
      const branch = cacheContext(at(offset))
      const res = route.def.handle(branch.ctx, msg)
      branch.write()
      return res.value
    },
    endBlock(offset) {
      const ctx = at(offset)
      module.endBlock(ctx)
      return ctx
    },
    setParams(change) {
      const ctx = at(0n)
      gov.setParams(ctx, { ...gov.getParams(ctx), ...change })
    },
    balance: (address) => bank.getBalance(at(0n), address, 'udatum').amount,
    supply: () => bank.getSupply(at(0n), 'udatum').amount,
    cleanup: () => tc.cleanup(),
  }
  module.initGenesis(at(0n), module.defaultGenesis())
  open.push(env)
  return env
}
