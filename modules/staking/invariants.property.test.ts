// The SDK's staking crisis invariants over random sequences of create / delegate / undelegate / redelegate /
// cancel / maturation through the real keepers. The seed is printed; rerun one with STAKING_SEED=<n>.
import { afterEach, describe, expect, it } from 'vitest'
import { seededRandom } from '../../node/testing/seeded-random.js'
import { decTruncateInt } from '../sdk/dec.js'
import { AbciError } from '../sdk/index.js'
import { stakingInvariants } from './invariants.js'
import { BondStatus } from './records.js'
import { tokensFromShares } from './shares.js'
import {
  accountAddr,
  cleanupStakingEnvs,
  coin,
  createValidatorMsg,
  DENOM,
  type StakingEnv,
  stakingEnv,
} from './test-env.js'

afterEach(cleanupStakingEnvs)

/** Draws from the shared seeded generator, for reproducible runs. */
function prng(seed: number) {
  const next = seededRandom(seed)
  return {
    int: (n: number) => Math.floor(next() * n),
    big: (max: bigint) => (max <= 0n ? 0n : BigInt(Math.floor(next() * Number(max))) + 1n),
  }
}

const DAY = 24n * 3600n
const VALIDATORS = 6
const DELEGATORS = 5
const FUND = 50_000_000n

async function run(seed: number, maxValidators: number | undefined, steps: number) {
  const r = prng(seed)
  const env: StakingEnv = await stakingEnv()
  if (maxValidators) env.staking.setParams(env.ctx(), { ...env.staking.getParams(env.ctx()), maxValidators })
  const people = [...Array(VALIDATORS).keys()].map((i) => accountAddr(i + 1))
  const delegators = [...Array(DELEGATORS).keys()].map((i) => accountAddr(100 + i))
  for (const a of [...people, ...delegators]) env.fund(a, FUND)
  const supply = env.bank.getSupply(env.ctx(), DENOM).amount
  const counts = { ok: 0, refused: 0, unbondingSeen: 0, ubdSeen: 0, redSeen: 0 }
  const attempt = (f: () => void) => {
    try {
      f()
      counts.ok++
    } catch (e) {
      if (!(e instanceof AbciError)) throw e
      counts.refused++
    }
  }
  const vals = () => [...env.staking.allValidators(env.ctx())].map((v) => v.operator)
  for (let step = 0; step < steps; step++) {
    const op = r.int(8)
    const del = delegators[r.int(DELEGATORS)]!
    const someVal = vals()[r.int(Math.max(1, vals().length))]
    if (op === 0 || !someVal) {
      const seedNo = r.int(VALIDATORS) + 1
      attempt(() =>
        env.tx(
          'MsgCreateValidator',
          createValidatorMsg(seedNo, r.big(5_000_000n) + 1_000_000n, { minSelf: r.big(1_500_000n) }),
        ),
      )
    } else if (op === 1 || op === 2) {
      attempt(() =>
        env.tx('MsgDelegate', {
          delegatorAddress: del,
          validatorAddress: someVal,
          amount: coin(r.big(4_000_000n)),
        }),
      )
    } else if (op === 3) {
      const ds = [...env.staking.delegatorDelegations(env.ctx(), del)]
      const d = ds[r.int(ds.length)]
      if (!d) continue
      const v = env.staking.mustGetValidator(env.ctx(), d.validator)
      const worth = decTruncateInt(tokensFromShares(v, d.shares))
      attempt(() =>
        env.tx('MsgUndelegate', {
          delegatorAddress: del,
          validatorAddress: d.validator,
          amount: coin(r.big(worth)),
        }),
      )
    } else if (op === 4) {
      const ds = [...env.staking.delegatorDelegations(env.ctx(), del)]
      const d = ds[r.int(ds.length)]
      if (!d) continue
      const v = env.staking.mustGetValidator(env.ctx(), d.validator)
      const worth = decTruncateInt(tokensFromShares(v, d.shares))
      attempt(() =>
        env.tx('MsgBeginRedelegate', {
          delegatorAddress: del,
          validatorSrcAddress: d.validator,
          validatorDstAddress: someVal,
          amount: coin(r.big(worth)),
        }),
      )
    } else if (op === 5) {
      const us = [...env.staking.delegatorUbds(env.ctx(), del)]
      const u = us[r.int(us.length)]
      const e = u?.entries[r.int(u.entries.length)]
      if (!u || !e) continue
      attempt(() =>
        env.tx('MsgCancelUnbondingDelegation', {
          delegatorAddress: del,
          validatorAddress: u.validator,
          amount: coin(r.big(e.balance)),
          creationHeight: e.creationHeight,
        }),
      )
    } else if (op === 6) {
      // An operator takes self-stake out (may fall below its minimum and be jailed).
      const v = env.staking.mustGetValidator(env.ctx(), someVal)
      const operator = people.find((p) => env.staking.getDelegation(env.ctx(), p, v.operator))
      if (!operator) continue
      attempt(() =>
        env.tx('MsgUndelegate', {
          delegatorAddress: operator,
          validatorAddress: v.operator,
          amount: coin(r.big(2_000_000n)),
        }),
      )
    } else {
      env.advance(r.int(3) === 0 ? 11n * DAY : BigInt(r.int(600) + 1))
    }
    env.endBlock()
    for (const v of env.staking.allValidators(env.ctx()))
      if (v.status === BondStatus.BOND_STATUS_UNBONDING) counts.unbondingSeen++
    if (!env.staking.allUbds(env.ctx()).next().done) counts.ubdSeen++
    if (!env.staking.allRedelegations(env.ctx()).next().done) counts.redSeen++
    for (const inv of stakingInvariants(env.staking)) {
      const broken = inv.check(env.ctx())
      if (broken) throw new Error(`seed ${seed} step ${step}: ${inv.name}: ${broken}`)
    }
    expect(env.bank.getSupply(env.ctx(), DENOM).amount, `seed ${seed} step ${step}: supply`).toBe(supply)
  }
  // Let everything mature: every unbonding pays out, the pools hold exactly the validators' tokens.
  env.advance(22n * DAY)
  env.endBlock()
  env.advance(1n)
  env.endBlock()
  expect([...env.staking.allUbds(env.ctx())]).toEqual([])
  expect([...env.staking.allRedelegations(env.ctx())]).toEqual([])
  for (const inv of stakingInvariants(env.staking)) expect(inv.check(env.ctx()), inv.name).toBeUndefined()
  return counts
}

describe('staking invariants over random operation sequences', () => {
  const base = Number(process.env.STAKING_SEED ?? Math.floor(Math.random() * 2 ** 31))
  it('hold with the default params', async () => {
    console.log(`staking property seed (default params): ${base}`)
    const counts = await run(base, undefined, 300)
    console.log(counts)
    expect(counts.ok).toBeGreaterThan(50)
    expect(counts.refused).toBeGreaterThan(0)
    expect(counts.ubdSeen).toBeGreaterThan(0)
    expect(counts.redSeen).toBeGreaterThan(0)
  }, 120_000)
  it('hold when max_validators binds (3 of up to 6)', async () => {
    console.log(`staking property seed (max_validators 3): ${base + 1}`)
    const counts = await run(base + 1, 3, 300)
    console.log(counts)
    expect(counts.ok).toBeGreaterThan(50)
    expect(counts.unbondingSeen).toBeGreaterThan(0)
  }, 120_000)
})
