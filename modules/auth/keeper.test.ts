import { afterEach, describe, expect, it } from 'vitest'
import { type AbciError, moduleAddress, toBech32 } from '../sdk/index.js'
import { secp256k1PubKeyAny } from './account.js'
import { authInvariants } from './invariants.js'
import { AccountKeeper } from './keeper.js'
import { FEE_COLLECTOR_NAME } from './keys.js'
import { defaultAuthParams } from './params.js'
import { type StoreEnv, storeEnv } from './test-env.js'

const addr = (seed: number) => toBech32(new Uint8Array(20).fill(seed))

let envs: StoreEnv[] = []
afterEach(async () => {
  await Promise.all(envs.map((e) => e.cleanup()))
  envs = []
})

async function setup() {
  const env = await storeEnv()
  envs.push(env)
  const keeper = new AccountKeeper({ moduleAccountPermissions: { mint: ['minter'] } })
  return { keeper, ctx: () => env.ctx() }
}

describe('AccountKeeper', () => {
  it('assigns account numbers from one global counter, never reused', async () => {
    const { keeper, ctx } = await setup()
    const a = keeper.ensureAccount(ctx(), addr(1))
    const b = keeper.ensureAccount(ctx(), addr(2))
    expect([a.accountNumber, b.accountNumber]).toEqual([0n, 1n])
    expect(keeper.ensureAccount(ctx(), addr(1)).accountNumber).toBe(0n)
    expect(keeper.peekAccountNumber(ctx())).toBe(2n)
    keeper.advanceAccountNumberPast(ctx(), 10n)
    expect(keeper.newAccountWithAddress(ctx(), addr(3)).accountNumber).toBe(11n)
    expect(keeper.hasAccount(ctx(), addr(3))).toBe(false)
  })

  it('stores pubkey and sequence and reads them back', async () => {
    const { keeper, ctx } = await setup()
    const acc = keeper.ensureAccount(ctx(), addr(1))
    const pubKey = secp256k1PubKeyAny(Uint8Array.from([2, ...new Uint8Array(32).fill(7)]))
    keeper.setAccount(ctx(), { ...acc, pubKey, sequence: 4n })
    expect(keeper.getAccount(ctx(), addr(1))).toEqual({
      address: addr(1),
      pubKey,
      accountNumber: 0n,
      sequence: 4n,
    })
    expect(keeper.getAccount(ctx(), addr(9))).toBeUndefined()
    expect(() => keeper.getAccount(ctx(), 'cosmos1cjsxept9rkggzxztslae9ndgpdyt2408lk850u')).toThrow(/prefix/)
  })

  it('creates registered module accounts on first use at their derived address', async () => {
    const { keeper, ctx } = await setup()
    const fee = keeper.getModuleAccount(ctx(), FEE_COLLECTOR_NAME)
    expect(fee.address).toBe(toBech32(moduleAddress(FEE_COLLECTOR_NAME)))
    expect(fee.module).toEqual({ name: FEE_COLLECTOR_NAME, permissions: [] })
    const mint = keeper.getModuleAccount(ctx(), 'mint')
    expect(mint.module?.permissions).toEqual(['minter'])
    expect([fee.accountNumber, mint.accountNumber]).toEqual([0n, 1n])
    expect(keeper.getModuleAccount(ctx(), 'mint').accountNumber).toBe(1n)
    expect(keeper.moduleAccountNames()).toEqual([FEE_COLLECTOR_NAME, 'mint'])
    try {
      keeper.getModuleAccount(ctx(), 'nobody')
      expect.unreachable()
    } catch (e) {
      expect((e as AbciError).code).toBe(2)
      expect((e as AbciError).codespace).toBe('auth')
    }
  })

  it('turns a keyless plain account at a module address into the module account, keeping its number', async () => {
    const { keeper, ctx } = await setup()
    const address = toBech32(moduleAddress('mint'))
    keeper.ensureAccount(ctx(), addr(1))
    const squatted = keeper.ensureAccount(ctx(), address)
    expect(squatted.module).toBeUndefined()
    const mint = keeper.getModuleAccount(ctx(), 'mint')
    expect(mint).toEqual({
      address,
      accountNumber: squatted.accountNumber,
      sequence: 0n,
      module: { name: 'mint', permissions: ['minter'] },
    })
    expect(keeper.getAccount(ctx(), address)?.module?.name).toBe('mint')
    const withKey = keeper.ensureAccount(ctx(), toBech32(moduleAddress(FEE_COLLECTOR_NAME)))
    keeper.setAccount(ctx(), {
      ...withKey,
      pubKey: secp256k1PubKeyAny(Uint8Array.from([2, ...new Uint8Array(32).fill(7)])),
    })
    expect(() => keeper.getModuleAccount(ctx(), FEE_COLLECTOR_NAME)).toThrow(/is not a module account/)
  })

  it('iterates accounts and keeps params', async () => {
    const { keeper, ctx } = await setup()
    for (const s of [3, 1, 2]) keeper.ensureAccount(ctx(), addr(s))
    const seen: string[] = []
    keeper.iterateAccounts(ctx(), (a) => {
      seen.push(a.address)
      return seen.length === 2
    })
    expect(seen).toEqual([addr(1), addr(2)])
    expect(keeper.getParams(ctx())).toEqual(defaultAuthParams())
    keeper.setParams(ctx(), { ...defaultAuthParams(), maxMemoCharacters: 10n })
    expect(keeper.getParams(ctx()).maxMemoCharacters).toBe(10n)
  })
  it('invariant: account numbers unique and below the counter', async () => {
    const { keeper, ctx } = await setup()
    const a = keeper.ensureAccount(ctx(), addr(1))
    keeper.ensureAccount(ctx(), addr(2))
    const [inv] = authInvariants(keeper)
    expect(inv!.check(ctx())).toBeUndefined()
    keeper.setAccount(ctx(), { ...a, address: addr(3) })
    expect(inv!.check(ctx())).toMatch('share account number 0')
    keeper.setAccount(ctx(), { ...a, address: addr(4), accountNumber: 99n })
    expect(inv!.check(ctx())).toMatch('has number 99 >= counter 2')
  })
})
