// The gov-signed distribution messages: MsgCommunityPoolSpend pays from the community pool with the SDK's
// checks and errors (authority, amount, recipient, pool balance), and MsgUpdateParams applies only params the
// module's own check accepts. Every refusal leaves the pool, the balances and the params as they were.
import { afterEach, describe, expect, it } from 'vitest'
import { FEE_COLLECTOR_NAME } from '../auth/keys.js'
import { decFromString, GOV_AUTHORITY } from '../sdk/index.js'
import { distributionInvariants } from './invariants.js'
import { DEFAULT_DISTRIBUTION_PARAMS, paramsToProto } from './params.js'
import { accountAddr, coin, type DistributionEnv, distributionEnv, expectAbciError } from './test-env.js'

const envs: DistributionEnv[] = []
afterEach(async () => {
  await Promise.all(envs.splice(0).map((e) => e.cleanup()))
})
const open = async () => {
  const e = await distributionEnv()
  envs.push(e)
  return e
}

const recipient = accountAddr(20)
const spend = (amount: { denom: string; amount: string }[], to = recipient, authority = GOV_AUTHORITY) => ({
  authority,
  recipient: to,
  amount,
})

describe('MsgCommunityPoolSpend', () => {
  it('pays the recipient from the pool and refuses what the SDK refuses, changing nothing', async () => {
    const env = await open()
    env.fund(accountAddr(3), 10_000n)
    env.tx('MsgFundCommunityPool', { depositor: accountAddr(3), amount: [coin(5_000n)] })
    const pool = () => env.distr.getCommunityPool(env.ctx())
    const unchanged = () => {
      expect(pool()).toEqual([{ denom: 'udatum', amount: decFromString('5000') }])
      expect(env.balance(recipient)).toBe(0n)
    }

    expectAbciError(
      () => env.tx('MsgCommunityPoolSpend', spend([coin(1n)], recipient, accountAddr(3))),
      'gov',
      13,
      /expected .* got/,
    )
    expectAbciError(() => env.tx('MsgCommunityPoolSpend', spend([coin(1n)], recipient, 'nope')), 'sdk', 7)
    expectAbciError(() => env.tx('MsgCommunityPoolSpend', spend([])), 'sdk', 10, /amount cannot be nil/)
    expectAbciError(
      () => env.tx('MsgCommunityPoolSpend', spend([{ denom: 'udatum', amount: '0' }])),
      'sdk',
      10,
    )
    expectAbciError(() => env.tx('MsgCommunityPoolSpend', spend([coin(1n)], 'datum1bad')), 'sdk', 7)
    expectAbciError(
      () =>
        env.tx(
          'MsgCommunityPoolSpend',
          spend([coin(1n)], env.accounts.getModuleAddress(FEE_COLLECTOR_NAME)!),
        ),
      'sdk',
      4,
      /not allowed to receive external funds/,
    )
    expectAbciError(() => env.tx('MsgCommunityPoolSpend', spend([coin(5_001n)])), 'distribution', 9)
    expectAbciError(
      () => env.tx('MsgCommunityPoolSpend', spend([{ denom: 'uother', amount: '1' }])),
      'distribution',
      9,
    )
    unchanged()

    env.tx('MsgCommunityPoolSpend', spend([coin(1_200n)]))
    expect(env.balance(recipient)).toBe(1_200n)
    expect(pool()).toEqual([{ denom: 'udatum', amount: decFromString('3800') }])
    env.tx('MsgCommunityPoolSpend', spend([coin(3_800n)]))
    expect(pool()).toEqual([])
    expect(env.balance(recipient)).toBe(5_000n)
    for (const inv of distributionInvariants(env.distr))
      expect(inv.check(env.ctx()), inv.name).toBeUndefined()
  })
})

describe('distribution MsgUpdateParams', () => {
  it('applies params the module accepts; refuses bad ones, deprecated rewards and a non-gov authority', async () => {
    const env = await open()
    const params = (p: Partial<typeof DEFAULT_DISTRIBUTION_PARAMS>, authority = GOV_AUTHORITY) => ({
      authority,
      params: paramsToProto({ ...DEFAULT_DISTRIBUTION_PARAMS, ...p }),
    })
    expectAbciError(
      () => env.tx('MsgUpdateParams', params({ communityTax: decFromString('1.01') })),
      'sdk',
      18,
      /community tax/,
    )
    expectAbciError(
      () => env.tx('MsgUpdateParams', params({ baseProposerReward: decFromString('0.01') })),
      'sdk',
      18,
      /deprecated/,
    )
    expectAbciError(() => env.tx('MsgUpdateParams', params({}, accountAddr(3))), 'gov', 13)
    expect(env.distr.getParams(env.ctx())).toEqual(DEFAULT_DISTRIBUTION_PARAMS)
    env.tx('MsgUpdateParams', params({ communityTax: decFromString('0.05'), withdrawAddrEnabled: false }))
    expect(env.distr.getParams(env.ctx())).toEqual({
      ...DEFAULT_DISTRIBUTION_PARAMS,
      communityTax: decFromString('0.05'),
      withdrawAddrEnabled: false,
    })
  })
})
