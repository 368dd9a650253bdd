import { afterEach, describe, expect, it } from 'vitest'
import { AbciError } from '../sdk/index.js'
import { defaultBankGenesisJson, exportBankGenesis, initBankGenesis, parseBankGenesis } from './genesis.js'
import { BankModule } from './module.js'
import { addr, bankEnv, cleanupBankEnvs } from './test-env.js'

afterEach(cleanupBankEnvs)

const genesis = () => ({
  params: { send_enabled: [], default_send_enabled: true },
  balances: [
    { address: addr(2), coins: [{ denom: 'udatum', amount: '5' }] },
    {
      address: addr(1),
      coins: [
        { denom: 'uaaa', amount: '1' },
        { denom: 'udatum', amount: '10' },
      ],
    },
  ],
  supply: [
    { denom: 'uaaa', amount: '1' },
    { denom: 'udatum', amount: '15' },
  ],
  denom_metadata: (defaultBankGenesisJson() as { denom_metadata: unknown[] }).denom_metadata,
  send_enabled: [{ denom: 'uaaa', enabled: false }],
})

describe('bank genesis', () => {
  it('default genesis carries udatum metadata (display DATUM, exponent 6) and validates', async () => {
    const g = defaultBankGenesisJson() as {
      denom_metadata: { display: string; denom_units: { exponent: number }[] }[]
    }
    expect(g.denom_metadata[0]!.display).toBe('DATUM')
    expect(g.denom_metadata[0]!.denom_units[1]!.exponent).toBe(6)
    new BankModule((await bankEnv()).bank).validateGenesis(g)
  })

  it('round trips: export(init(g)) equals g with balances in address order', async () => {
    const env = await bankEnv()
    const module = new BankModule(env.bank)
    module.initGenesis(env.ctx('genesis'), genesis())
    const exported = module.exportGenesis(env.ctx()) as ReturnType<typeof genesis>
    expect(exported).toEqual({ ...genesis(), balances: [genesis().balances[1], genesis().balances[0]] })
    const again = await bankEnv()
    new BankModule(again.bank).initGenesis(again.ctx('genesis'), exported)
    expect(new BankModule(again.bank).exportGenesis(again.ctx())).toEqual(exported)
    expect(env.bank.isSendEnabledDenom(env.ctx(), 'uaaa')).toBe(false)
  })

  it('derives the supply when omitted and rejects a wrong declared supply', async () => {
    const env = await bankEnv()
    initBankGenesis(env.ctx('genesis'), env.bank, parseBankGenesis({ ...genesis(), supply: [] }))
    expect(env.bank.getSupply(env.ctx(), 'udatum').amount).toBe(15n)
    const bad = { ...genesis(), supply: [{ denom: 'udatum', amount: '16' }] }
    const other = await bankEnv()
    expect(() => initBankGenesis(other.ctx('genesis'), other.bank, parseBankGenesis(bad))).toThrow(
      /genesis supply is incorrect/,
    )
    expect(exportBankGenesis(env.ctx(), env.bank)).toMatchObject({ supply: genesis().supply })
  })

  it('rejects malformed sections with bank/10', async () => {
    const bads: unknown[] = [
      null,
      { balances: 'x' },
      { balances: [{ address: 'datum1nope', coins: [] }] },
      { balances: [{ address: addr(1), coins: [{ denom: 'udatum', amount: '-1' }] }] },
      {
        balances: [
          { address: addr(1), coins: [] },
          { address: addr(1), coins: [] },
        ],
      },
      {
        supply: [
          { denom: 'ubbb', amount: '1' },
          { denom: 'uaaa', amount: '1' },
        ],
      },
      { send_enabled: [{ denom: '1bad', enabled: true }] },
      { denom_metadata: [{ base: 'udatum', denom_units: [{ denom: 'DATUM', exponent: 6 }] }] },
    ]
    for (const bad of bads) {
      try {
        parseBankGenesis(bad)
        expect.unreachable(JSON.stringify(bad))
      } catch (e) {
        expect(e).toBeInstanceOf(AbciError)
        expect([(e as AbciError).codespace, (e as AbciError).code]).toEqual(['bank', 10])
      }
    }
  })
})
