// Staking MsgUpdateParams: only the gov authority, only params `validateStakingParams` accepts; a higher
// minimum commission lifts the validators below it (rate and, if needed, max rate), as the SDK does; a lower
// max_validators unbonds the weakest at the next end-block.
import { afterEach, describe, expect, it } from 'vitest'
import { decFromString } from '../sdk/dec.js'
import { GOV_AUTHORITY } from '../sdk/index.js'
import { DEFAULT_STAKING_PARAMS, paramsToProto, type StakingParams } from './params.js'
import { accountAddr, cleanupStakingEnvs, createValidator, expectAbciError, stakingEnv } from './test-env.js'

afterEach(cleanupStakingEnvs)

const msg = (p: Partial<StakingParams>, authority = GOV_AUTHORITY) => ({
  authority,
  params: paramsToProto({ ...DEFAULT_STAKING_PARAMS, ...p }),
})

describe('staking MsgUpdateParams', () => {
  it('refuses a non-gov authority and params the module refuses, changing nothing', async () => {
    const env = await stakingEnv()
    expectAbciError(() => env.tx('MsgUpdateParams', msg({}, accountAddr(1))), 'gov', 13)
    expectAbciError(() => env.tx('MsgUpdateParams', msg({}, 'not-an-address')), 'gov', 13)
    expectAbciError(() => env.tx('MsgUpdateParams', msg({ maxValidators: 0 })), 'sdk', 18, /max validators/)
    expectAbciError(
      () => env.tx('MsgUpdateParams', msg({ minCommissionRate: decFromString('1.5') })),
      'sdk',
      18,
      /commission/,
    )
    expectAbciError(
      () => env.tx('MsgUpdateParams', msg({ unbondingTime: { seconds: 0n, nanos: 0 } })),
      'sdk',
      18,
      /unbonding time/,
    )
    // params is non-nullable on the wire: absent params decode as all-zero params, which the check refuses
    expectAbciError(
      () => env.tx('MsgUpdateParams', { authority: GOV_AUTHORITY }),
      'sdk',
      18,
      /unbonding time/,
    )
    expect(env.staking.getParams(env.ctx())).toEqual(DEFAULT_STAKING_PARAMS)
  })

  it('lifts commissions below a new minimum and shrinks the set to a new max_validators', async () => {
    const env = await stakingEnv()
    const low = createValidator(env, 1, 3_000_000n, { rate: '0.01', maxRate: '0.03' })
    const mid = createValidator(env, 2, 2_000_000n, { rate: '0.04', maxRate: '0.5' })
    const high = createValidator(env, 3, 1_000_000n, { rate: '0.2', maxRate: '0.5' })
    expect(env.endBlock()).toHaveLength(3)
    env.advance(5n)
    env.tx('MsgUpdateParams', msg({ minCommissionRate: decFromString('0.05'), maxValidators: 2 }))
    const c = (v: string) => env.staking.mustGetValidator(env.ctx(), v).commission
    expect([c(low).rate, c(low).maxRate]).toEqual([decFromString('0.05'), decFromString('0.05')])
    expect(c(low).updateTime).toEqual(env.block.time)
    expect([c(mid).rate, c(mid).maxRate]).toEqual([decFromString('0.05'), decFromString('0.5')])
    expect(c(high).rate).toBe(decFromString('0.2'))
    const updates = env.endBlock()
    expect(updates.filter((u) => u.power === 0n)).toHaveLength(1)
    expect([...env.staking.lastValidatorPowers(env.ctx()).keys()].sort()).toEqual([low, mid].sort())
  })
})
