// Downtime and double-sign with the default params (window 100, min signed 0.5, 1 % downtime slash with a
// 600 s jail, 5 % double-sign slash and tombstone), through the real staking, distribution and slashing keepers.
import { afterEach, describe, expect, it } from 'vitest'
import { distributionInvariants } from '../distribution/index.js'
import { decFromString } from '../sdk/index.js'
import { BondStatus, consAddress, stakingInvariants, valoperOf } from '../staking/index.js'
import {
  accountAddr,
  coin,
  createValidatorMsg,
  expectAbciError,
  type SlashingEnv,
  slashingEnv,
} from './test-env.js'

const envs: SlashingEnv[] = []
afterEach(async () => {
  await Promise.all(envs.splice(0).map((e) => e.cleanup()))
})

async function twoValidators() {
  const env = await slashingEnv()
  envs.push(env)
  for (const seed of [1, 2]) {
    env.fund(accountAddr(seed), 10_000_000n)
    env.tx('MsgCreateValidator', createValidatorMsg(seed, 10_000_000n, { minSelf: 1_000_000n }))
  }
  env.nextBlock() // both bond (signing infos start here)
  return { env, down: valoperOf(accountAddr(1)), up: valoperOf(accountAddr(2)) }
}

const holds = (env: SlashingEnv) => {
  for (const inv of [...stakingInvariants(env.staking), ...distributionInvariants(env.distr)])
    expect(inv.check(env.ctx()), inv.name).toBeUndefined()
}

describe('slashing: downtime', () => {
  it('jails and slashes 1 % after more than 50 of the last 100 blocks missed past the window, unjails after 600 s', async () => {
    const { env, down } = await twoValidators()
    const cons = consAddress(env.staking.mustGetValidator(env.ctx(), down).consPubKey)
    // Signing starts at height 1 (bonded in its end-block); missing from height 3 on. Nothing can happen until the
    // height passes start + window = 101, even with every block of the window missed.
    for (let i = 0; i < 99; i++) env.nextBlock({ absent: [down] })
    expect(env.block.height).toBe(101n)
    expect(env.staking.mustGetValidator(env.ctx(), down).jailed).toBe(false)
    env.nextBlock({ absent: [down] })
    const v = env.staking.mustGetValidator(env.ctx(), down)
    expect(v.jailed).toBe(true)
    expect(v.tokens).toBe(9_900_000n) // 1 % of power 10 = 100,000
    const info = env.slashing.getSigningInfo(env.ctx(), cons)!
    expect(info.missedBlocksCounter).toBe(0n)
    expect(info.jailedUntil.seconds).toBe(env.block.time.seconds + 600n)
    env.nextBlock()
    expect(env.staking.mustGetValidator(env.ctx(), down).status).toBe(BondStatus.BOND_STATUS_UNBONDING)
    expect(env.staking.getLastValidatorPower(env.ctx(), down)).toBeUndefined()
    expectAbciError(() => env.tx('MsgUnjail', { validatorAddr: down }), 'slashing', 4, '')
    env.nextBlock({ seconds: 600n })
    env.tx('MsgUnjail', { validatorAddr: down })
    env.nextBlock()
    expect(env.staking.mustGetValidator(env.ctx(), down).status).toBe(BondStatus.BOND_STATUS_BONDED)
    expect(env.staking.getLastValidatorPower(env.ctx(), down)).toBe(9n)
    expectAbciError(() => env.tx('MsgUnjail', { validatorAddr: down }), 'slashing', 5, '')
    holds(env)
  })
})

describe('slashing: double sign', () => {
  it('slashes 5 %, reaches unbondings started after the infraction, tombstones once, and refuses unjail', async () => {
    const { env, down } = await twoValidators()
    const del = accountAddr(9)
    env.fund(del, 2_000_000n)
    env.tx('MsgDelegate', { delegatorAddress: del, validatorAddress: down, amount: coin(2_000_000n) })
    env.nextBlock()
    const infractionHeight = env.block.height
    env.nextBlock()
    env.tx('MsgUndelegate', { delegatorAddress: del, validatorAddress: down, amount: coin(1_000_000n) })
    env.nextBlock()
    const v0 = env.staking.mustGetValidator(env.ctx(), down)
    const cons = consAddress(v0.consPubKey)
    const evidence = {
      type: 'duplicate_vote' as const,
      validatorAddress: cons,
      power: 12n,
      height: infractionHeight,
      time: env.block.time,
      totalVotingPower: 22n,
    }
    env.nextBlock({ misbehavior: [evidence] })
    // 5 % of power 12 = 600,000: the unbonding entry (started after the infraction) pays 5 % of 1,000,000.
    expect(env.staking.getUbd(env.ctx(), del, down)!.entries[0]!.balance).toBe(950_000n)
    const v1 = env.staking.mustGetValidator(env.ctx(), down)
    expect(v1.tokens).toBe(v0.tokens - 550_000n)
    expect(v1.jailed).toBe(true)
    const info = env.slashing.getSigningInfo(env.ctx(), cons)!
    expect(info.tombstoned).toBe(true)
    // The same evidence again changes nothing.
    env.nextBlock({ misbehavior: [evidence] })
    expect(env.staking.mustGetValidator(env.ctx(), down).tokens).toBe(v1.tokens)
    env.nextBlock({ seconds: 10_000n })
    expectAbciError(() => env.tx('MsgUnjail', { validatorAddr: down }), 'slashing', 4, '')
    holds(env)
  })

  it('slashes a redelegation that started after the infraction at its destination', async () => {
    const { env, down, up } = await twoValidators()
    const del = accountAddr(9)
    env.fund(del, 2_000_000n)
    env.tx('MsgDelegate', { delegatorAddress: del, validatorAddress: down, amount: coin(2_000_000n) })
    env.nextBlock()
    const infractionHeight = env.block.height
    env.nextBlock()
    env.tx('MsgBeginRedelegate', {
      delegatorAddress: del,
      validatorSrcAddress: down,
      validatorDstAddress: up,
      amount: coin(2_000_000n),
    })
    env.nextBlock()
    const upBefore = env.staking.mustGetValidator(env.ctx(), up).tokens
    const supplyBefore = env.bank.getSupply(env.ctx(), 'udatum').amount
    const v = env.staking.mustGetValidator(env.ctx(), down)
    env.nextBlock({
      misbehavior: [
        {
          type: 'duplicate_vote',
          validatorAddress: consAddress(v.consPubKey),
          power: 12n,
          height: infractionHeight,
          time: env.block.time,
          totalVotingPower: 22n,
        },
      ],
    })
    // 5 % of the 2,000,000 redelegated is unbonded from `up` and burned; `down` pays the rest of 5 % × 12M.
    expect(env.staking.mustGetValidator(env.ctx(), up).tokens).toBe(upBefore - 100_000n)
    expect(env.staking.getDelegation(env.ctx(), del, up)!.shares).toBe(decFromString('1900000'))
    expect(env.staking.mustGetValidator(env.ctx(), down).tokens).toBe(10_000_000n - 500_000n)
    expect(env.bank.getSupply(env.ctx(), 'udatum').amount).toBe(supplyBefore - 600_000n)
    holds(env)
  })
})
