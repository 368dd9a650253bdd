// The mint schedule with the SDK's parameters: inflation steps toward the goal each block, the provision is
// minted into the fee collector, and supply grows by exactly that; Datum's default mints nothing.
import { afterEach, describe, expect, it } from 'vitest'
import { BranchStores } from '../../node/app/gas-store.js'
import { openTempStore } from '../../node/testing/temp-store.js'
import { TEST_CHAIN_ID, TEST_TIME } from '../../node/testing/test-context.js'
import { AccountKeeper } from '../auth/keeper.js'
import { FEE_COLLECTOR_NAME } from '../auth/keys.js'
import { BankKeeper } from '../bank/keeper.js'
import { Context, decFromString, EventManager, infiniteGasMeter } from '../sdk/index.js'
import { MintKeeper } from './keeper.js'
import { nextInflationRate } from './minter.js'
import { MintModule } from './module.js'
import { DEFAULT_MINT_PARAMS, SDK_MINT_PARAMS } from './params.js'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((f) => f()))
})

async function env(bonded: bigint) {
  const temp = await openTempStore(['acc', 'bank', 'mint'])
  cleanups.push(() => temp.cleanup())
  const accounts = new AccountKeeper({ moduleAccountPermissions: { mint: ['minter'], seed: ['minter'] } })
  const bank = new BankKeeper(accounts)
  const keeper = new MintKeeper(bank, { bondedTokens: () => bonded }, FEE_COLLECTOR_NAME)
  const branch = temp.store.branch()
  const ctx = () =>
    new Context(
      { chainId: TEST_CHAIN_ID, height: 2n, time: TEST_TIME, proposer: new Uint8Array(20) },
      'block',
      infiniteGasMeter(),
      new EventManager(),
      new BranchStores(branch, new Set(['acc', 'bank', 'mint'])),
    )
  bank.mintCoins(ctx(), 'seed', [{ denom: 'udatum', amount: 1_000_000_000_000n }])
  return { keeper, bank, accounts, ctx, module: new MintModule(keeper) }
}

describe('mint', () => {
  it('moves inflation toward max while under the bonded goal and mints the block provision into the fee collector', async () => {
    const e = await env(100_000_000_000n) // bonded ratio 0.1 < goal 0.67
    e.module.initGenesis(e.ctx(), {
      minter: { inflation: '0.13', annual_provisions: '0' },
      params: {
        mint_denom: 'udatum',
        inflation_rate_change: '0.13',
        inflation_max: '0.20',
        inflation_min: '0.07',
        goal_bonded: '0.67',
        blocks_per_year: '6311520',
      },
    })
    e.keeper.beginBlock(e.ctx())
    const m = e.keeper.getMinter(e.ctx())
    // (1 − 0.1/0.67) × 0.13 a year, one block's share of it.
    const expected = nextInflationRate(
      { inflation: decFromString('0.13'), annualProvisions: 0n },
      SDK_MINT_PARAMS,
      decFromString('0.1'),
    )
    expect(m.inflation).toBe(expected)
    expect(m.inflation > decFromString('0.13')).toBe(true)
    expect(m.inflation - decFromString('0.13')).toBe(
      ((10n ** 18n - (decFromString('0.1') * 10n ** 18n) / decFromString('0.67')) * 13n) / 100n / 6_311_520n,
    )
    const provision = (m.inflation * 1_000_000_000_000n) / 10n ** 18n / 6_311_520n
    const feeCollector = e.accounts.getModuleAddress(FEE_COLLECTOR_NAME)!
    expect(e.bank.getBalance(e.ctx(), feeCollector, 'udatum').amount).toBe(provision)
    expect(e.bank.getSupply(e.ctx(), 'udatum').amount).toBe(1_000_000_000_000n + provision)
  })

  it("clamps to the bounds and, with Datum's default params, mints nothing", async () => {
    const p = SDK_MINT_PARAMS
    expect(nextInflationRate({ inflation: decFromString('0.2'), annualProvisions: 0n }, p, 0n)).toBe(
      p.inflationMax,
    )
    expect(nextInflationRate({ inflation: decFromString('0.07'), annualProvisions: 0n }, p, 10n ** 18n)).toBe(
      p.inflationMin,
    )
    const e = await env(0n)
    e.module.initGenesis(e.ctx(), e.module.defaultGenesis())
    expect(e.keeper.getParams(e.ctx())).toEqual(DEFAULT_MINT_PARAMS)
    e.keeper.beginBlock(e.ctx())
    expect(e.bank.getSupply(e.ctx(), 'udatum').amount).toBe(1_000_000_000_000n)
  })
})
