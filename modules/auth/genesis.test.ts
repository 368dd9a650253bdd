import { afterEach, describe, expect, it } from 'vitest'
import { AbciError, moduleAddress, toBech32 } from '../sdk/index.js'
import { parseAuthGenesis, sanitizeAccounts } from './genesis.js'
import { AccountKeeper } from './keeper.js'
import { AuthModule } from './module.js'
import { type StoreEnv, storeEnv } from './test-env.js'

const addr = (seed: number) => toBech32(new Uint8Array(20).fill(seed))
const KEY_B64 = Buffer.from(Uint8Array.from([2, ...new Uint8Array(32).fill(5)])).toString('base64')
const base = (seed: number, number: string, extra: object = {}) => ({
  '@type': '/cosmos.auth.v1beta1.BaseAccount',
  address: addr(seed),
  pub_key: null,
  account_number: number,
  sequence: '0',
  ...extra,
})

let envs: StoreEnv[] = []
afterEach(async () => {
  await Promise.all(envs.map((e) => e.cleanup()))
  envs = []
})

async function load(genesis: unknown) {
  const env = await storeEnv()
  envs.push(env)
  const keeper = new AccountKeeper()
  const module = new AuthModule(keeper)
  module.initGenesis(env.ctx('genesis'), genesis)
  return { keeper, module, ctx: () => env.ctx() }
}

describe('auth genesis', () => {
  it('imports accounts, adds fee_collector, and round trips', async () => {
    const genesis = {
      params: {
        max_memo_characters: '100',
        tx_sig_limit: '7',
        tx_size_cost_per_byte: '10',
        sig_verify_cost_ed25519: '590',
        sig_verify_cost_secp256k1: '1000',
      },
      accounts: [
        base(1, '0', {
          pub_key: { '@type': '/cosmos.crypto.secp256k1.PubKey', key: KEY_B64 },
          sequence: '4',
        }),
        base(2, '5'),
      ],
    }
    const { keeper, module, ctx } = await load(genesis)
    expect(keeper.getAccount(ctx(), addr(1))?.sequence).toBe(4n)
    expect(keeper.getParams(ctx()).maxMemoCharacters).toBe(100n)
    const fee = keeper.getAccount(ctx(), toBech32(moduleAddress('fee_collector')))
    expect(fee?.accountNumber).toBe(6n)
    const exported = module.exportGenesis(ctx()) as { accounts: unknown[] }
    expect(exported).toEqual({
      params: genesis.params,
      accounts: [
        ...genesis.accounts,
        {
          '@type': '/cosmos.auth.v1beta1.ModuleAccount',
          base_account: { address: fee!.address, pub_key: null, account_number: '6', sequence: '0' },
          name: 'fee_collector',
          permissions: [],
        },
      ],
    })
    const reloaded = await load(exported)
    expect(reloaded.module.exportGenesis(reloaded.ctx())).toEqual(exported)
    expect(keeper.newAccountWithAddress(ctx(), addr(9)).accountNumber).toBe(7n)
  })

  it('re-numbers duplicate account numbers with the lowest unused ones, then sorts', async () => {
    const parsed = parseAuthGenesis({ accounts: [base(1, '0'), base(2, '0'), base(3, '2'), base(4, '0')] })
    expect(parsed.accounts.map((a) => [a.address, a.accountNumber])).toEqual([
      [addr(1), 0n],
      [addr(2), 1n],
      [addr(3), 2n],
      [addr(4), 3n],
    ])
    expect(sanitizeAccounts([])).toEqual([])
  })

  it('rejects malformed genesis with auth/3', async () => {
    const bads: unknown[] = [
      null,
      { accounts: 'x' },
      { accounts: [base(1, '0'), base(1, '1')] },
      { accounts: [{ ...base(1, '0'), address: 'cosmos1cjsxept9rkggzxztslae9ndgpdyt2408lk850u' }] },
      { accounts: [{ ...base(1, '0'), '@type': '/cosmos.vesting.v1beta1.BaseVestingAccount' }] },
      { accounts: [base(1, '-1')] },
      { accounts: [base(1, '0', { pub_key: { '@type': '/cosmos.crypto.secp256k1.PubKey', key: 'AAAA' } })] },
      { params: { tx_sig_limit: '0' } },
      { params: { max_memo_characters: 'lots' } },
    ]
    for (const bad of bads) {
      try {
        parseAuthGenesis(bad)
        expect.unreachable(JSON.stringify(bad))
      } catch (e) {
        expect(e).toBeInstanceOf(AbciError)
        expect([(e as AbciError).codespace, (e as AbciError).code]).toEqual(['auth', 3])
      }
    }
  })
})
