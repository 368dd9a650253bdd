import { afterEach, describe, expect, it } from 'vitest'
import { exportStakingGenesis, initStakingGenesis } from './genesis.js'
import { parseStakingGenesis } from './genesis-json.js'
import { stakingInvariants } from './invariants.js'
import { BONDED_POOL, NOT_BONDED_POOL } from './keys.js'
import {
  accountAddr,
  cleanupStakingEnvs,
  coin,
  consKey,
  createValidator,
  DENOM,
  stakingEnv,
} from './test-env.js'

afterEach(cleanupStakingEnvs)

describe('staking genesis', () => {
  it('exports a state with bonded, unbonding and redelegating stake and imports it into an identical state', async () => {
    const env = await stakingEnv()
    const a = createValidator(env, 1, 5_000_000n)
    const b = createValidator(env, 2, 4_000_000n)
    env.endBlock()
    const del = accountAddr(9)
    env.fund(del, 3_000_000n)
    env.tx('MsgDelegate', { delegatorAddress: del, validatorAddress: a, amount: coin(3_000_000n) })
    env.tx('MsgUndelegate', { delegatorAddress: del, validatorAddress: a, amount: coin(1_000_000n) })
    env.tx('MsgBeginRedelegate', {
      delegatorAddress: del,
      validatorSrcAddress: a,
      validatorDstAddress: b,
      amount: coin(1_000_000n),
    })
    env.endBlock()
    const exported = exportStakingGenesis(env.staking, env.ctx())
    const json = JSON.parse(JSON.stringify(exported))
    expect(json.params.unbonding_time).toBe('1814400s')
    expect(json.validators[0].delegator_shares).toMatch(/^\d+\.\d{18}$/)

    const other = await stakingEnv()
    // The pools must hold what genesis says they back (bank genesis carries their balances).
    const ctx = other.ctx()
    other.bank.mintCoins(ctx, 'mint', [{ denom: DENOM, amount: 12_000_000n }])
    other.bank.sendCoinsFromModuleToModule(ctx, 'mint', BONDED_POOL, [{ denom: DENOM, amount: 11_000_000n }])
    other.bank.sendCoinsFromModuleToModule(ctx, 'mint', NOT_BONDED_POOL, [
      { denom: DENOM, amount: 1_000_000n },
    ])
    const updates = initStakingGenesis(other.staking, other.ctx(), parseStakingGenesis(json))
    // Exported genesis hands consensus the last powers as they were.
    expect(updates).toEqual([
      { pubKey: consKey(1), power: 6n },
      { pubKey: consKey(2), power: 5n },
    ])
    expect(JSON.parse(JSON.stringify(exportStakingGenesis(other.staking, other.ctx())))).toEqual(json)
    for (const inv of stakingInvariants(other.staking))
      expect(inv.check(other.ctx()), inv.name).toBeUndefined()
  })

  it('refuses a genesis whose pools do not back its validators', async () => {
    const env = await stakingEnv()
    createValidator(env, 1, 5_000_000n)
    env.endBlock()
    const json = JSON.parse(JSON.stringify(exportStakingGenesis(env.staking, env.ctx())))
    const other = await stakingEnv()
    expect(() => initStakingGenesis(other.staking, other.ctx(), parseStakingGenesis(json))).toThrow(
      /bonded pool balance is different from bonded coins: 0 and 5000000udatum/,
    )
  })
})
