// The mint schedule with Datum's default params (the SDK's, in 1 s blocks): inflation steps toward the goal
// each block, the provision is minted into the fee collector, and supply grows by exactly that; inflation 0
// (allowed) mints nothing.
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
import { DATUM_BLOCKS_PER_YEAR, DEFAULT_MINT_PARAMS, SDK_MINT_PARAMS } from './params.js'

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
  it('with the default genesis moves inflation toward max while under the bonded goal and mints the block provision into the fee collector', async () => {
    const e = await env(100_000_000_000n) // bonded ratio 0.1 < goal 0.67
    e.module.initGenesis(e.ctx(), e.module.defaultGenesis())
    expect(e.keeper.getParams(e.ctx())).toEqual(DEFAULT_MINT_PARAMS)
    expect(e.keeper.getMinter(e.ctx()).inflation).toBe(decFromString('0.13'))
    e.keeper.beginBlock(e.ctx())
    const m = e.keeper.getMinter(e.ctx())
    // (1 − 0.1/0.67) × 0.13 a year, one block's share of it (31,557,600 one-second blocks a year).
    expect(m.inflation - decFromString('0.13')).toBe(
      ((10n ** 18n - (decFromString('0.1') * 10n ** 18n) / decFromString('0.67')) * 13n) / 100n / 31_557_600n,
    )
    expect(m.inflation).toBe(
      nextInflationRate(
        { inflation: decFromString('0.13'), annualProvisions: 0n },
        DEFAULT_MINT_PARAMS,
        decFromString('0.1'),
      ),
    )
    const provision = (m.inflation * 1_000_000_000_000n) / 10n ** 18n / 31_557_600n
    expect(provision).toBe(4119n) // 13 % of 10^12 a year, a second's share (truncated)
    const feeCollector = e.accounts.getModuleAddress(FEE_COLLECTOR_NAME)!
    expect(e.bank.getBalance(e.ctx(), feeCollector, 'udatum').amount).toBe(provision)
    expect(e.bank.getSupply(e.ctx(), 'udatum').amount).toBe(1_000_000_000_000n + provision)
  })

  it("the default is the SDK's schedule counted in 1 s blocks instead of the SDK's 5 s", () => {
    expect(DATUM_BLOCKS_PER_YEAR).toBe(31_557_600n)
    expect(DATUM_BLOCKS_PER_YEAR).toBe(SDK_MINT_PARAMS.blocksPerYear * 5n)
    expect({ ...DEFAULT_MINT_PARAMS, blocksPerYear: 0n }).toEqual({ ...SDK_MINT_PARAMS, blocksPerYear: 0n })
  })

  it('clamps to the default bounds', () => {
    const p = DEFAULT_MINT_PARAMS
    expect(nextInflationRate({ inflation: decFromString('0.2'), annualProvisions: 0n }, p, 0n)).toBe(
      p.inflationMax,
    )
    expect(nextInflationRate({ inflation: decFromString('0.07'), annualProvisions: 0n }, p, 10n ** 18n)).toBe(
      p.inflationMin,
    )
  })

  it('mints nothing with inflation 0 (allowed: a fixed supply)', async () => {
    const e = await env(0n)
    e.module.initGenesis(e.ctx(), {
      minter: { inflation: '0', annual_provisions: '0' },
      params: {
        mint_denom: 'udatum',
        inflation_rate_change: '0',
        inflation_max: '0',
        inflation_min: '0',
        goal_bonded: '0.67',
        blocks_per_year: DATUM_BLOCKS_PER_YEAR.toString(),
      },
    })
    e.keeper.beginBlock(e.ctx())
    expect(e.keeper.getMinter(e.ctx()).inflation).toBe(0n)
    expect(e.bank.getSupply(e.ctx(), 'udatum').amount).toBe(1_000_000_000_000n)
  })
})
