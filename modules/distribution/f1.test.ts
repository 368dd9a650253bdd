// F1 fee distribution, exact to the micro-unit: fees split by power less the community tax, commission to the
// operator, the rest to delegators by stake, across delegation changes; dust goes to the community pool.
import { afterEach, describe, expect, it } from 'vitest'
import { decFromString } from '../sdk/index.js'
import { valoperOf } from '../staking/index.js'
import { distributionInvariants } from './invariants.js'
import {
  accountAddr,
  coin,
  createValidatorMsg,
  type DistributionEnv,
  distributionEnv,
  expectAbciError,
} from './test-env.js'

const envs: DistributionEnv[] = []
afterEach(async () => {
  await Promise.all(envs.splice(0).map((e) => e.cleanup()))
})
const open = async () => {
  const e = await distributionEnv()
  envs.push(e)
  return e
}
const holds = (env: DistributionEnv) => {
  for (const inv of distributionInvariants(env.distr)) expect(inv.check(env.ctx()), inv.name).toBeUndefined()
}

describe('F1 distribution', () => {
  it('pays commission, delegator rewards and the community tax exactly across a delegation change', async () => {
    const env = await open()
    const operator = accountAddr(1)
    const val = valoperOf(operator)
    const del = accountAddr(9)
    env.fund(operator, 1_000_000n)
    env.tx('MsgCreateValidator', createValidatorMsg(1, 1_000_000n, { rate: '0.1' }))
    env.fund(del, 4_000_000n)
    env.tx('MsgDelegate', { delegatorAddress: del, validatorAddress: val, amount: coin(3_000_000n) })
    env.nextBlock() // bonds the validator: power 4
    env.collectFees(1_000_000n)
    env.nextBlock() // distributes the fees collected in the previous block
    // 2 % tax → 980,000 to the validator; 10 % commission 98,000; 882,000 over 4,000,000 tokens.
    expect(env.distr.getCommunityPool(env.ctx())).toEqual([
      { denom: 'udatum', amount: decFromString('20000') },
    ])
    expect(env.distr.getCommission(env.ctx(), val)).toEqual([
      { denom: 'udatum', amount: decFromString('98000') },
    ])
    env.tx('MsgWithdrawDelegatorReward', { delegatorAddress: del, validatorAddress: val })
    expect(env.balance(del)).toBe(1_000_000n + 661_500n)
    // Delegating more first pays out what was earned (nothing since the withdrawal), then the stake grows.
    env.tx('MsgDelegate', { delegatorAddress: del, validatorAddress: val, amount: coin(1_000_000n) })
    expect(env.balance(del)).toBe(661_500n)
    env.collectFees(500_000n)
    env.nextBlock()
    // 490,000 to the validator: 49,000 commission, 441,000 over 5,000,000 tokens → 0.0882 per token.
    env.tx('MsgWithdrawDelegatorReward', { delegatorAddress: del, validatorAddress: val })
    expect(env.balance(del)).toBe(661_500n + 352_800n)
    env.tx('MsgWithdrawDelegatorReward', { delegatorAddress: operator, validatorAddress: val })
    expect(env.balance(operator)).toBe(220_500n + 88_200n)
    env.tx('MsgWithdrawValidatorCommission', { validatorAddress: val })
    expect(env.balance(operator)).toBe(220_500n + 88_200n + 147_000n)
    expect(env.distr.getOutstanding(env.ctx(), val)).toEqual([])
    expectAbciError(
      () => env.tx('MsgWithdrawValidatorCommission', { validatorAddress: val }),
      'distribution',
      7,
      '',
    )
    holds(env)
  })

  it('sends rewards to the withdraw address, refuses a blocked one, and sends fraction dust to the community pool', async () => {
    const env = await open()
    const operator = accountAddr(1)
    const val = valoperOf(operator)
    const del = accountAddr(9)
    const payee = accountAddr(10)
    env.fund(operator, 1_000_000n)
    env.tx('MsgCreateValidator', createValidatorMsg(1, 1_000_000n, { rate: '0.1' }))
    env.fund(del, 2_000_000n)
    env.tx('MsgDelegate', { delegatorAddress: del, validatorAddress: val, amount: coin(2_000_000n) })
    expectAbciError(
      () =>
        env.tx('MsgSetWithdrawAddress', {
          delegatorAddress: del,
          withdrawAddress: env.accounts.getModuleAddress('bonded_tokens_pool')!,
        }),
      'sdk',
      4,
      'not allowed to receive external funds',
    )
    env.tx('MsgSetWithdrawAddress', { delegatorAddress: del, withdrawAddress: payee })
    env.nextBlock()
    env.collectFees(1_000_001n)
    env.nextBlock()
    env.tx('MsgWithdrawDelegatorReward', { delegatorAddress: del, validatorAddress: val })
    // 1,000,001 × 0.98 = 980,000.98; commission 98,000.098; 882,000.882 / 3,000,000 per token; × 2,000,000 =
    // 588,000.588 → 588,000 paid, 0.588 to the community pool.
    expect(env.balance(payee)).toBe(588_000n)
    expect(env.balance(del)).toBe(0n)
    env.tx('MsgWithdrawDelegatorReward', { delegatorAddress: operator, validatorAddress: val })
    env.tx('MsgWithdrawValidatorCommission', { validatorAddress: val })
    expect(env.balance(operator)).toBe(294_000n + 98_000n)
    // Everyone withdrew: only sub-micro dust stays outstanding.
    for (const c of env.distr.getOutstanding(env.ctx(), val)) expect(c.amount < 10n ** 18n).toBe(true)
    const pool = env.distr.getCommunityPool(env.ctx())[0]!.amount
    expect(pool).toBe(decFromString('20000.02') + decFromString('0.588') + decFromString('0.294'))
    holds(env)
  })

  it('funds the community pool from an account', async () => {
    const env = await open()
    env.fund(accountAddr(3), 5_000n)
    env.tx('MsgFundCommunityPool', { depositor: accountAddr(3), amount: [coin(1_234n)] })
    expect(env.distr.getCommunityPool(env.ctx())).toEqual([
      { denom: 'udatum', amount: decFromString('1234') },
    ])
    expect(env.balance(accountAddr(3))).toBe(3_766n)
    holds(env)
  })
})
