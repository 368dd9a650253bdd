import { MsgUndelegateResponse } from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { afterEach, describe, expect, it } from 'vitest'
import { decFromString, decToAtomics } from '../sdk/dec.js'
import { stakingInvariants } from './invariants.js'
import { consensusPower } from './keeper.js'
import { BONDED_POOL, NOT_BONDED_POOL } from './keys.js'
import { BondStatus } from './records.js'
import {
  accountAddr,
  cleanupStakingEnvs,
  coin,
  consKey,
  createValidator,
  createValidatorMsg,
  expectAbciError,
  type StakingEnv,
  stakingEnv,
  valAddr,
} from './test-env.js'

afterEach(cleanupStakingEnvs)

const DAY = 24n * 3600n
const UNBONDING = 21n * DAY
const invariantsHold = (env: StakingEnv) => {
  for (const inv of stakingInvariants(env.staking)) expect(inv.check(env.ctx()), inv.name).toBeUndefined()
}
const pool = (env: StakingEnv, name: string) => env.balance(env.accounts.getModuleAddress(name)!)

describe('staking: validators', () => {
  it('creates a validator unbonded, bonds it at end-block and hands its power to consensus', async () => {
    const env = await stakingEnv()
    const val = createValidator(env, 1, 5_000_000n)
    const v = env.staking.getValidator(env.ctx(), val)!
    expect(v.status).toBe(BondStatus.BOND_STATUS_UNBONDED)
    expect(v.tokens).toBe(5_000_000n)
    expect(v.delegatorShares).toBe(decFromString('5000000'))
    expect(pool(env, NOT_BONDED_POOL)).toBe(5_000_000n)
    const updates = env.endBlock()
    expect(updates).toEqual([{ pubKey: consKey(1), power: 5n }])
    expect(env.staking.getValidator(env.ctx(), val)!.status).toBe(BondStatus.BOND_STATUS_BONDED)
    expect(pool(env, BONDED_POOL)).toBe(5_000_000n)
    expect(pool(env, NOT_BONDED_POOL)).toBe(0n)
    expect(env.staking.getLastTotalPower(env.ctx())).toBe(5n)
    // Nothing changed: no updates the next block.
    env.advance(5n)
    expect(env.endBlock()).toEqual([])
    invariantsHold(env)
  })

  it('refuses bad create-validator input with SDK codes and leaves no state', async () => {
    const env = await stakingEnv()
    env.fund(accountAddr(1), 10_000_000n)
    const bad = (
      opts: Parameters<typeof createValidatorMsg>[2],
      code: number,
      space = 'staking',
      amount = 1_000_000n,
    ) =>
      expectAbciError(
        () => env.tx('MsgCreateValidator', createValidatorMsg(1, amount, opts)),
        space,
        code,
        '',
      )
    bad({ rate: '0.3', maxRate: '0.2' }, 11)
    bad({ maxRate: '1.5' }, 10)
    bad({ maxChangeRate: '0.5', maxRate: '0.2' }, 14)
    bad({ minSelf: 2_000_000n }, 16)
    bad({ minSelf: 0n }, 18, 'sdk')
    expect(env.staking.getValidator(env.ctx(), valAddr(1))).toBeUndefined()
    expect(env.balance(accountAddr(1))).toBe(10_000_000n)
    createValidator(env, 1, 1_000_000n)
    expectAbciError(() => env.tx('MsgCreateValidator', createValidatorMsg(1, 1_000_000n)), 'staking', 4, '')
    env.fund(accountAddr(2), 1_000_000n)
    expectAbciError(
      () => env.tx('MsgCreateValidator', createValidatorMsg(2, 1_000_000n, { key: consKey(1) })),
      'staking',
      5,
      '',
    )
    const wrongKey = {
      ...createValidatorMsg(2, 1_000_000n),
      pubkey: { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: new Uint8Array() },
    }
    expectAbciError(() => env.tx('MsgCreateValidator', wrongKey), 'staking', 6, '')
    const wrongDenom = { ...createValidatorMsg(2, 1_000_000n), value: { denom: 'uother', amount: '1000000' } }
    expectAbciError(() => env.tx('MsgCreateValidator', wrongDenom), 'sdk', 18, 'invalid coin denomination')
    invariantsHold(env)
  })

  it('edits commission within max-change once per 24h and refuses a decreasing min self delegation', async () => {
    const env = await stakingEnv()
    const val = createValidator(env, 1, 5_000_000n)
    const edit = (rate: string, min = '') =>
      env.tx('MsgEditValidator', {
        description: {
          moniker: '[do-not-modify]',
          identity: 'id',
          website: '[do-not-modify]',
          securityContact: '[do-not-modify]',
          details: '[do-not-modify]',
        },
        validatorAddress: val,
        commissionRate: rate === '' ? '' : decToAtomics(decFromString(rate)),
        minSelfDelegation: min,
      })
    expectAbciError(() => edit('0.11'), 'staking', 12, '')
    env.advance(DAY)
    expectAbciError(() => edit('0.12'), 'staking', 15, '')
    expectAbciError(() => edit('0.25'), 'staking', 11, '')
    edit('0.11')
    const v = env.staking.getValidator(env.ctx(), val)!
    expect(v.commission.rate).toBe(decFromString('0.11'))
    expect(v.description.moniker).toBe('val-1')
    expect(v.description.identity).toBe('id')
    expectAbciError(() => edit('', '1'), 'staking', 17, '')
    expectAbciError(() => edit('', '6000000'), 'staking', 16, '')
    edit('', '2000000')
    expect(env.staking.getValidator(env.ctx(), val)!.minSelfDelegation).toBe(2_000_000n)
  })

  it('bonds only max_validators by power and swaps them when a delegation changes the order', async () => {
    const env = await stakingEnv()
    const params = env.staking.getParams(env.ctx())
    env.staking.setParams(env.ctx(), { ...params, maxValidators: 2 })
    const a = createValidator(env, 1, 3_000_000n)
    const b = createValidator(env, 2, 2_000_000n)
    const c = createValidator(env, 3, 1_000_000n)
    expect(env.endBlock()).toEqual([
      { pubKey: consKey(1), power: 3n },
      { pubKey: consKey(2), power: 2n },
    ])
    expect(env.staking.getValidator(env.ctx(), c)!.status).toBe(BondStatus.BOND_STATUS_UNBONDED)
    env.fund(accountAddr(9), 5_000_000n)
    env.advance(5n)
    env.tx('MsgDelegate', { delegatorAddress: accountAddr(9), validatorAddress: c, amount: coin(5_000_000n) })
    const updates = env.endBlock()
    expect(updates).toEqual([
      { pubKey: consKey(3), power: 6n },
      { pubKey: consKey(2), power: 0n },
    ])
    expect(env.staking.getValidator(env.ctx(), b)!.status).toBe(BondStatus.BOND_STATUS_UNBONDING)
    expect(env.staking.getValidator(env.ctx(), a)!.status).toBe(BondStatus.BOND_STATUS_BONDED)
    expect(pool(env, BONDED_POOL)).toBe(9_000_000n)
    expect(pool(env, NOT_BONDED_POOL)).toBe(2_000_000n)
    invariantsHold(env)
    // b finishes unbonding after unbonding_time and becomes unbonded.
    env.advance(UNBONDING)
    env.endBlock()
    expect(env.staking.getValidator(env.ctx(), b)!.status).toBe(BondStatus.BOND_STATUS_UNBONDED)
    invariantsHold(env)
  })
})

describe('staking: delegations', () => {
  it('undelegates into the unbonding queue and pays out after unbonding_time', async () => {
    const env = await stakingEnv()
    const val = createValidator(env, 1, 5_000_000n)
    env.endBlock()
    const del = accountAddr(9)
    env.fund(del, 3_000_000n)
    env.tx('MsgDelegate', { delegatorAddress: del, validatorAddress: val, amount: coin(3_000_000n) })
    expect(env.balance(del)).toBe(0n)
    expectAbciError(
      () =>
        env.tx('MsgUndelegate', { delegatorAddress: del, validatorAddress: val, amount: coin(3_000_001n) }),
      'sdk',
      18,
      'invalid shares amount',
    )
    const res = MsgUndelegateResponse.decode(
      env.tx('MsgUndelegate', { delegatorAddress: del, validatorAddress: val, amount: coin(1_000_000n) }),
    )
    expect(res.amount).toEqual(coin(1_000_000n))
    expect(res.completionTime.seconds).toBe(env.block.time.seconds + UNBONDING)
    expect(env.staking.getUbd(env.ctx(), del, val)!.entries[0]!.balance).toBe(1_000_000n)
    expect(pool(env, NOT_BONDED_POOL)).toBe(1_000_000n)
    expect(env.endBlock()).toEqual([{ pubKey: consKey(1), power: 7n }])
    invariantsHold(env)
    env.advance(UNBONDING - 1n)
    env.endBlock()
    expect(env.balance(del)).toBe(0n)
    env.advance(1n)
    env.endBlock()
    expect(env.balance(del)).toBe(1_000_000n)
    expect(env.staking.getUbd(env.ctx(), del, val)).toBeUndefined()
    invariantsHold(env)
  })

  it('cancels part of an unbonding back into the delegation', async () => {
    const env = await stakingEnv()
    const val = createValidator(env, 1, 5_000_000n)
    env.endBlock()
    const del = accountAddr(9)
    env.fund(del, 2_000_000n)
    env.tx('MsgDelegate', { delegatorAddress: del, validatorAddress: val, amount: coin(2_000_000n) })
    env.tx('MsgUndelegate', { delegatorAddress: del, validatorAddress: val, amount: coin(2_000_000n) })
    expect(env.staking.getDelegation(env.ctx(), del, val)).toBeUndefined()
    const height = env.block.height
    expectAbciError(
      () =>
        env.tx('MsgCancelUnbondingDelegation', {
          delegatorAddress: del,
          validatorAddress: val,
          amount: coin(3_000_000n),
          creationHeight: height,
        }),
      'sdk',
      18,
      'greater than the unbonding delegation entry balance',
    )
    expectAbciError(
      () =>
        env.tx('MsgCancelUnbondingDelegation', {
          delegatorAddress: del,
          validatorAddress: val,
          amount: coin(1n),
          creationHeight: height + 5n,
        }),
      'sdk',
      38,
      'not found at block height',
    )
    env.tx('MsgCancelUnbondingDelegation', {
      delegatorAddress: del,
      validatorAddress: val,
      amount: coin(500_000n),
      creationHeight: height,
    })
    expect(env.staking.getUbd(env.ctx(), del, val)!.entries[0]!.balance).toBe(1_500_000n)
    expect(env.staking.getDelegation(env.ctx(), del, val)!.shares).toBe(decFromString('500000'))
    invariantsHold(env)
  })

  it('redelegates, refuses a transitive hop while the first matures, then allows it', async () => {
    const env = await stakingEnv()
    const a = createValidator(env, 1, 5_000_000n)
    const b = createValidator(env, 2, 5_000_000n)
    const c = createValidator(env, 3, 5_000_000n)
    env.endBlock()
    const del = accountAddr(9)
    env.fund(del, 2_000_000n)
    env.tx('MsgDelegate', { delegatorAddress: del, validatorAddress: a, amount: coin(2_000_000n) })
    const redelegate = (src: string, dst: string, amount: bigint) =>
      env.tx('MsgBeginRedelegate', {
        delegatorAddress: del,
        validatorSrcAddress: src,
        validatorDstAddress: dst,
        amount: coin(amount),
      })
    expectAbciError(() => redelegate(a, a, 1n), 'staking', 29, '')
    redelegate(a, b, 1_000_000n)
    expect(env.staking.getRedelegation(env.ctx(), del, a, b)!.entries).toHaveLength(1)
    expectAbciError(() => redelegate(b, c, 500_000n), 'staking', 32, '')
    expect(pool(env, BONDED_POOL)).toBe(17_000_000n)
    invariantsHold(env)
    env.advance(UNBONDING)
    env.endBlock()
    expect(env.staking.getRedelegation(env.ctx(), del, a, b)).toBeUndefined()
    redelegate(b, c, 500_000n)
    expect(consensusPower(env.staking.getValidator(env.ctx(), c)!.tokens)).toBe(5n)
    invariantsHold(env)
  })

  it('jails an operator that unbonds below its minimum self delegation and drops it from the set', async () => {
    const env = await stakingEnv()
    const val = createValidator(env, 1, 5_000_000n, { minSelf: 4_000_000n })
    createValidator(env, 2, 5_000_000n)
    env.endBlock()
    env.tx('MsgUndelegate', {
      delegatorAddress: accountAddr(1),
      validatorAddress: val,
      amount: coin(2_000_000n),
    })
    expect(env.staking.getValidator(env.ctx(), val)!.jailed).toBe(true)
    expect(env.endBlock()).toEqual([{ pubKey: consKey(1), power: 0n }])
    expect(env.staking.getValidator(env.ctx(), val)!.status).toBe(BondStatus.BOND_STATUS_UNBONDING)
    expectAbciError(
      () =>
        env.tx('MsgCancelUnbondingDelegation', {
          delegatorAddress: accountAddr(1),
          validatorAddress: val,
          amount: coin(1n),
          creationHeight: env.block.height,
        }),
      'staking',
      7,
      '',
    )
    invariantsHold(env)
  })
})
