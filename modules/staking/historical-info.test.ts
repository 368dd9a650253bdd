// HistoricalInfo as SDK 0.50 keeps it: each begin-block stores the module's block header and the last end-block's
// bonded set (CometBFT order: power descending, then consensus address), for `historical_entries` heights at the
// default params; a lower value prunes at the next block, 0 keeps none, and raising it again leaves no old entry.

import * as Q from 'cosmjs-types/cosmos/staking/v1beta1/query'
import { HistoricalInfo as HistoricalInfoProto } from 'cosmjs-types/cosmos/staking/v1beta1/staking'
import { afterEach, describe, expect, it } from 'vitest'
import { GOV_AUTHORITY } from '../sdk/index.js'
import { getHistoricalInfo, historicalHeights, trackHistoricalInfo } from './historical-info.js'
import { jailValidator } from './jail.js'
import { consAddress } from './keeper.js'
import { HISTORICAL_INFO_PREFIX, historicalInfoKey } from './keys.js'
import { DEFAULT_STAKING_PARAMS, paramsToProto, type StakingParams } from './params.js'
import { stakingQueryHandlers } from './query-server.js'
import { BondStatus } from './records.js'
import {
  cleanupStakingEnvs,
  consKey,
  createValidator,
  expectQueryError,
  type StakingEnv,
  stakingEnv,
} from './test-env.js'

afterEach(cleanupStakingEnvs)

const updateParams = (env: StakingEnv, p: Partial<StakingParams>) =>
  env.tx('MsgUpdateParams', {
    authority: GOV_AUTHORITY,
    params: paramsToProto({ ...env.staking.getParams(env.ctx()), ...p }),
  })

/** One block's begin-block for staking, then the next height (time + 5 s). */
function block(env: StakingEnv): void {
  env.advance(5n)
  trackHistoricalInfo(env.staking, env.ctx())
}

describe('staking HistoricalInfo', () => {
  it('stores the block header and the bonded set in CometBFT order under 0x50 | height', async () => {
    const env = await stakingEnv()
    const big = createValidator(env, 1, 5_000_000n)
    const tieA = createValidator(env, 2, 3_000_000n)
    const tieB = createValidator(env, 3, 3_000_000n)
    env.endBlock()
    // created after the last end-block: not bonded, so not in the set
    createValidator(env, 4, 9_000_000n)
    // jailed in this block's begin-block (slashing runs first): still bonded until end-block, so listed
    jailValidator(env.staking, env.ctx(), env.staking.mustGetValidator(env.ctx(), tieB))
    env.advance(5n)
    const nextValidatorsHash = new Uint8Array(32).fill(7)
    const lastAppHash = new Uint8Array(32).fill(9)
    const proposer = consAddress(consKey(1))
    env.block = { ...env.block, nextValidatorsHash, lastAppHash, proposer }
    trackHistoricalInfo(env.staking, env.ctx())

    const raw = env.ctx().kvStore('staking').get(historicalInfoKey(env.block.height))!
    expect(historicalInfoKey(env.block.height)[0]).toBe(HISTORICAL_INFO_PREFIX[0])
    const hist = HistoricalInfoProto.decode(raw)
    expect(hist.header).toMatchObject({
      chainId: env.block.chainId,
      height: env.block.height,
      time: env.block.time,
      nextValidatorsHash,
      appHash: lastAppHash,
      proposerAddress: proposer,
      validatorsHash: new Uint8Array(),
      version: { block: 0n, app: 0n },
    })
    const ties = [tieA, tieB].sort((a, b) =>
      Buffer.compare(
        consAddress(env.staking.mustGetValidator(env.ctx(), a).consPubKey),
        consAddress(env.staking.mustGetValidator(env.ctx(), b).consPubKey),
      ),
    )
    expect(hist.valset.map((v) => v.operatorAddress)).toEqual([big, ...ties])
    expect(hist.valset.every((v) => v.status === BondStatus.BOND_STATUS_BONDED)).toBe(true)
    expect(hist.valset.find((v) => v.operatorAddress === tieB)!.jailed).toBe(true)
    expect(getHistoricalInfo(env.staking, env.ctx(), env.block.height)).toEqual(hist)
  })

  it('keeps exactly the last historical_entries heights at the default (10000)', async () => {
    const env = await stakingEnv()
    createValidator(env, 1, 1_000_000n)
    env.endBlock()
    expect(env.staking.getParams(env.ctx()).historicalEntries).toBe(DEFAULT_STAKING_PARAMS.historicalEntries)
    const n = BigInt(DEFAULT_STAKING_PARAMS.historicalEntries)
    const first = env.block.height + 1n
    for (let i = 0n; i < n + 5n; i++) block(env)
    const heights = historicalHeights(env.staking, env.ctx())
    expect(heights.length).toBe(Number(n))
    expect(heights[0]).toBe(env.block.height - n + 1n)
    expect(heights.at(-1)).toBe(env.block.height)
    expect(getHistoricalInfo(env.staking, env.ctx(), first)).toBeUndefined()
  }, 60_000)

  it('prunes to a lowered value at the next block, keeps none at 0, and leaves no old entry when raised', async () => {
    const env = await stakingEnv()
    createValidator(env, 1, 1_000_000n)
    env.endBlock()
    for (let i = 0; i < 8; i++) block(env)
    expect(historicalHeights(env.staking, env.ctx())).toHaveLength(8)

    updateParams(env, { historicalEntries: 3 })
    block(env)
    const h = env.block.height
    expect(historicalHeights(env.staking, env.ctx())).toEqual([h - 2n, h - 1n, h])

    updateParams(env, { historicalEntries: 0 })
    block(env)
    expect(historicalHeights(env.staking, env.ctx())).toEqual([])
    block(env)
    expect(historicalHeights(env.staking, env.ctx())).toEqual([])

    // The SDK's downward loop would stop at the gap 0 left; here nothing older than the window survives.
    updateParams(env, { historicalEntries: 2 })
    for (let i = 0; i < 4; i++) block(env)
    const t = env.block.height
    expect(historicalHeights(env.staking, env.ctx())).toEqual([t - 1n, t])
  })

  it('answers Query/HistoricalInfo, NotFound for a height it does not hold, InvalidArgument below 0', async () => {
    const env = await stakingEnv()
    const val = createValidator(env, 1, 1_000_000n)
    env.endBlock()
    block(env)
    const query = stakingQueryHandlers(env.staking)['/cosmos.staking.v1beta1.Query/HistoricalInfo']!
    const ask = (height: bigint) =>
      Q.QueryHistoricalInfoResponse.decode(
        query(env.ctx(), Q.QueryHistoricalInfoRequest.encode({ height }).finish()),
      )
    const res = ask(env.block.height)
    expect(res.hist!.header.height).toBe(env.block.height)
    expect(res.hist!.valset.map((v) => v.operatorAddress)).toEqual([val])
    expectQueryError(
      () => ask(env.block.height + 1n),
      'NotFound',
      `historical info for height ${env.block.height + 1n} not found`,
    )
    expectQueryError(() => ask(-1n), 'InvalidArgument', 'height cannot be negative')
  })
})
