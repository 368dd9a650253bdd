import { afterEach, describe, expect, it } from 'vitest'
import { AbciError, type Coin, toBech32 } from '../sdk/index.js'
import { bankInvariants } from './invariants.js'
import { balanceKey } from './keys.js'
import {
  addr,
  type BankEnv,
  bankEnv,
  cleanupBankEnvs,
  eventTuples,
  expectAbciError,
  moduleAddr,
  udatum,
} from './test-env.js'

afterEach(cleanupBankEnvs)

const invariantsHold = (env: BankEnv) => {
  for (const inv of bankInvariants(env.bank)) expect(inv.check(env.ctx())).toBeUndefined()
}

describe('bank keeper: mint and burn', () => {
  it('mints into a minter module account, raising supply, with coin_received and coinbase events', async () => {
    const env = await bankEnv()
    const ctx = env.ctx()
    env.bank.mintCoins(ctx, 'mint', udatum(500))
    expect(env.bank.getSupply(ctx, 'udatum').amount).toBe(500n)
    expect(env.bank.getBalance(ctx, moduleAddr('mint'), 'udatum').amount).toBe(500n)
    expect(eventTuples(ctx)).toEqual([
      [
        'coin_received',
        [
          ['receiver', moduleAddr('mint')],
          ['amount', '500udatum'],
        ],
      ],
      [
        'coinbase',
        [
          ['minter', moduleAddr('mint')],
          ['amount', '500udatum'],
        ],
      ],
    ])
    invariantsHold(env)
  })

  it('refuses mint and burn without the permission (sdk 4) and for unknown modules (sdk 9)', async () => {
    const env = await bankEnv()
    expectAbciError(
      () => env.bank.mintCoins(env.ctx(), 'burn', udatum(1)),
      'sdk',
      4,
      'does not have permissions to mint',
    )
    expectAbciError(
      () => env.bank.burnCoins(env.ctx(), 'mint', udatum(1)),
      'sdk',
      4,
      'does not have permissions to burn',
    )
    expectAbciError(() => env.bank.mintCoins(env.ctx(), 'nobody', udatum(1)), 'sdk', 9)
  })

  it('burns from a burner module account, lowering supply', async () => {
    const env = await bankEnv()
    env.fund(addr(1), udatum(100))
    const ctx = env.ctx()
    env.bank.sendCoinsFromAccountToModule(ctx, addr(1), 'burn', udatum(40))
    env.bank.burnCoins(ctx, 'burn', udatum(40))
    expect(env.bank.getSupply(ctx, 'udatum').amount).toBe(60n)
    expectAbciError(() => env.bank.burnCoins(ctx, 'burn', udatum(1)), 'sdk', 5)
    invariantsHold(env)
  })
})

describe('bank keeper: sends', () => {
  it('moves coins with the cosmos 0.50 events and creates the recipient account', async () => {
    const env = await bankEnv()
    env.fund(addr(1), udatum(100))
    const ctx = env.ctx()
    const before = env.accounts.peekAccountNumber(ctx)
    expect(env.accounts.hasAccount(ctx, addr(2))).toBe(false)
    env.bank.sendCoins(ctx, addr(1), addr(2), udatum(30))
    expect(env.bank.getBalance(ctx, addr(1), 'udatum').amount).toBe(70n)
    expect(env.bank.getBalance(ctx, addr(2), 'udatum').amount).toBe(30n)
    expect(env.accounts.getAccount(ctx, addr(2))?.accountNumber).toBe(before)
    expect(eventTuples(ctx)).toEqual([
      [
        'coin_spent',
        [
          ['spender', addr(1)],
          ['amount', '30udatum'],
        ],
      ],
      [
        'coin_received',
        [
          ['receiver', addr(2)],
          ['amount', '30udatum'],
        ],
      ],
      [
        'transfer',
        [
          ['recipient', addr(2)],
          ['sender', addr(1)],
          ['amount', '30udatum'],
        ],
      ],
      ['message', [['sender', addr(1)]]],
    ])
    invariantsHold(env)
  })

  it('insufficient funds in any denom fails with sdk 5 and debits nothing', async () => {
    const env = await bankEnv()
    const coins: Coin[] = [
      { denom: 'uaaa', amount: 10n },
      { denom: 'ubbb', amount: 1n },
    ]
    env.fund(addr(1), coins)
    const ctx = env.ctx()
    expectAbciError(
      () =>
        env.bank.sendCoins(ctx, addr(1), addr(2), [
          { denom: 'uaaa', amount: 5n },
          { denom: 'ubbb', amount: 2n },
        ]),
      'sdk',
      5,
      'spendable balance 1ubbb is smaller than 2ubbb',
    )
    expect(env.bank.getAllBalances(env.ctx(), addr(1))).toEqual(coins)
    expect(env.accounts.hasAccount(env.ctx(), addr(2))).toBe(false)
  })

  it('deletes zero balances so they never show up', async () => {
    const env = await bankEnv()
    env.fund(addr(1), udatum(5))
    const ctx = env.ctx()
    env.bank.sendCoins(ctx, addr(1), addr(2), udatum(5))
    expect(env.bank.getAllBalances(ctx, addr(1))).toEqual([])
    expect(ctx.kvStore('bank').has(balanceKey(addr(1), 'udatum'))).toBe(false)
    // Only addr(2) still holds udatum (the mint module paid everything out, addr(1) spent all).
    const owners = [...env.bank.denomOwnersStore(ctx, 'udatum').iterator()].map((p) => toBech32(p.key))
    expect(owners).toEqual([addr(2)])
  })

  it('rejects invalid coin lists with sdk 10', async () => {
    const env = await bankEnv()
    env.fund(addr(1), udatum(5))
    expectAbciError(() => env.bank.sendCoins(env.ctx(), addr(1), addr(2), udatum(0)), 'sdk', 10)
    expectAbciError(() => env.bank.sendCoins(env.ctx(), addr(1), addr(2), udatum(-1)), 'sdk', 10)
  })

  it('module sends: to modules, from modules, between modules; blocked recipients refused', async () => {
    const env = await bankEnv({ blockedAddresses: [moduleAddr('plain')] })
    env.fund(addr(1), udatum(100))
    const ctx = env.ctx()
    env.bank.sendCoinsFromAccountToModule(ctx, addr(1), 'plain', udatum(10))
    env.bank.sendCoinsFromModuleToModule(ctx, 'plain', 'burn', udatum(4))
    env.bank.sendCoinsFromModuleToAccount(ctx, 'burn', addr(3), udatum(1))
    expect(env.bank.getBalance(ctx, moduleAddr('plain'), 'udatum').amount).toBe(6n)
    expect(env.bank.getBalance(ctx, moduleAddr('burn'), 'udatum').amount).toBe(3n)
    expect(env.bank.getBalance(ctx, addr(3), 'udatum').amount).toBe(1n)
    expectAbciError(
      () => env.bank.sendCoinsFromModuleToAccount(ctx, 'burn', moduleAddr('plain'), udatum(1)),
      'sdk',
      4,
      'is not allowed to receive funds',
    )
    expect(env.accounts.getAccount(ctx, moduleAddr('plain'))?.module?.name).toBe('plain')
    invariantsHold(env)
  })

  it('one input to many outputs', async () => {
    const env = await bankEnv()
    env.fund(addr(1), udatum(100))
    const ctx = env.ctx()
    env.bank.inputOutputCoins(ctx, { address: addr(1), coins: udatum(30) }, [
      { address: addr(2), coins: udatum(10) },
      { address: addr(3), coins: udatum(20) },
    ])
    expect(env.bank.getBalance(ctx, addr(3), 'udatum').amount).toBe(20n)
    expect(env.accounts.hasAccount(ctx, addr(2))).toBe(true)
    expect(eventTuples(ctx).map(([t]) => t)).toEqual([
      'coin_spent',
      'message',
      'coin_received',
      'transfer',
      'coin_received',
      'transfer',
    ])
  })
})

describe('bank keeper: send restrictions', () => {
  it('run in order, may redirect or refuse, and do not apply to minting', async () => {
    const env = await bankEnv()
    env.fund(addr(1), udatum(100))
    const seen: string[] = []
    env.bank.appendSendRestriction((_ctx, _from, to) => {
      seen.push(`first:${to === addr(2) ? 'two' : to}`)
      return to === addr(2) ? addr(4) : to
    })
    env.bank.appendSendRestriction((_ctx, _from, to, amount) => {
      seen.push(`second:${to === addr(4) ? 'four' : to}`)
      if (amount[0]!.amount > 50n) throw new AbciError('test', 2, 'refused', 'too much: refused')
      return to
    })
    const ctx = env.ctx()
    env.bank.sendCoins(ctx, addr(1), addr(2), udatum(10))
    expect(seen).toEqual(['first:two', 'second:four'])
    expect(env.bank.getBalance(ctx, addr(4), 'udatum').amount).toBe(10n)
    expect(env.bank.getBalance(ctx, addr(2), 'udatum').amount).toBe(0n)
    expectAbciError(() => env.bank.sendCoins(ctx, addr(1), addr(3), udatum(60)), 'test', 2)
    expect(env.bank.getBalance(ctx, addr(1), 'udatum').amount).toBe(90n)
  })
})

describe('bank invariants', () => {
  it('detect a balance written behind the supply', async () => {
    const env = await bankEnv()
    env.fund(addr(1), udatum(10))
    env
      .ctx()
      .kvStore('bank')
      .set(balanceKey(addr(9), 'udatum'), new TextEncoder().encode('5'))
    const [, supply] = bankInvariants(env.bank)
    expect(supply!.check(env.ctx())).toMatch('total supply 10udatum != sum of balances 15udatum')
    env
      .ctx()
      .kvStore('bank')
      .set(balanceKey(addr(8), 'udatum'), new TextEncoder().encode('0'))
    expect(bankInvariants(env.bank)[0]!.check(env.ctx())).toMatch('non-positive balances')
  })
})
