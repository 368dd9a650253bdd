// Test support: auth, bank, staking, distribution and slashing keepers wired as the app wires them, over a
// real store; each `nextBlock` runs end-block, then begin-block with a last commit the test chooses.
import { BranchStores } from '../../node/app/gas-store.js'
import { slashingStakingAdapter } from '../../node/daemon/slashing-wiring.js'
import type { CacheMultiStore } from '../../node/store/types.js'
import { openTempStore } from '../../node/testing/temp-store.js'
import { TEST_CHAIN_ID, TEST_TIME } from '../../node/testing/test-context.js'
import { AccountKeeper } from '../auth/keeper.js'
import { FEE_COLLECTOR_NAME } from '../auth/keys.js'
import { BankKeeper } from '../bank/keeper.js'
import {
  DistributionKeeper,
  DistributionModule,
  distributionHooks,
  distributionMsgDefinitions,
} from '../distribution/index.js'
import {
  type BlockInfo,
  Context,
  EventManager,
  infiniteGasMeter,
  type MisbehaviorInfo,
  type MsgDefinition,
} from '../sdk/index.js'
import {
  BONDED_POOL,
  blockValidatorUpdates,
  consAddress,
  NOT_BONDED_POOL,
  StakingKeeper,
  stakingMsgDefinitions,
} from '../staking/index.js'
import { slashingHooks } from './hooks.js'
import { SlashingKeeper } from './keeper.js'
import { SlashingModule } from './module.js'
import { msgUnjailDefinition } from './msg-server.js'

export { expectAbciError } from '../auth/test-env.js'
export { accountAddr, coin, createValidatorMsg } from '../staking/test-env.js'

const STORE_KEYS = ['acc', 'bank', 'staking', 'distribution', 'slashing']

export async function slashingEnv() {
  const temp = await openTempStore(STORE_KEYS)
  const names = new Set(STORE_KEYS)
  const accounts = new AccountKeeper({
    moduleAccountPermissions: {
      mint: ['minter'],
      [BONDED_POOL]: ['burner', 'staking'],
      [NOT_BONDED_POOL]: ['burner', 'staking'],
      distribution: [],
    },
  })
  const bank = new BankKeeper(accounts)
  const staking = new StakingKeeper(bank, accounts)
  const distr = new DistributionKeeper(staking, bank, accounts, FEE_COLLECTOR_NAME)
  staking.addHooks(distributionHooks(distr))
  const slashing = new SlashingKeeper(slashingStakingAdapter(staking))
  staking.addHooks(slashingHooks(slashing))
  const modules = [new DistributionModule(distr), new SlashingModule(slashing)]
  const defs = new Map<string, MsgDefinition>()
  for (const d of [
    ...stakingMsgDefinitions(staking),
    ...distributionMsgDefinitions(distr),
    msgUnjailDefinition(slashing) as MsgDefinition,
  ])
    defs.set(d.typeUrl.slice(d.typeUrl.lastIndexOf('.') + 1), d)
  const branch: CacheMultiStore = temp.store.branch()
  let block: BlockInfo = { chainId: TEST_CHAIN_ID, height: 1n, time: TEST_TIME, proposer: new Uint8Array(20) }
  const over = (b: CacheMultiStore) =>
    new Context(block, 'deliver', infiniteGasMeter(), new EventManager(), new BranchStores(b, names))
  const env = {
    accounts,
    bank,
    staking,
    distr,
    slashing,
    get block() {
      return block
    },
    ctx: () => over(branch),
    tx(name: string, msg: unknown): Uint8Array {
      const def = defs.get(name)!
      const txBranch = branch.branch()
      const out = def.handle(over(txBranch), def.decode(def.encode(msg)))
      txBranch.write()
      return out.value
    },
    fund(address: string, amount: bigint) {
      const ctx = env.ctx()
      bank.mintCoins(ctx, 'mint', [{ denom: 'udatum', amount }])
      bank.sendCoinsFromModuleToAccount(ctx, 'mint', address, [{ denom: 'udatum', amount }])
    },
    /** End-block, then the next block's begin-block; `absent` validators (by operator) did not sign. */
    nextBlock(opts: { seconds?: bigint; absent?: string[]; misbehavior?: MisbehaviorInfo[] } = {}) {
      blockValidatorUpdates(staking, env.ctx())
      const votes = [...staking.lastValidatorPowers(env.ctx())].map(([op, power]) => ({
        validatorAddress: consAddress(staking.mustGetValidator(env.ctx(), op).consPubKey),
        power,
        signed: !(opts.absent ?? []).includes(op),
      }))
      block = {
        ...block,
        height: block.height + 1n,
        time: { seconds: block.time.seconds + (opts.seconds ?? 5n), nanos: 0 },
        lastCommitVotes: votes,
        misbehavior: opts.misbehavior ?? [],
      }
      const ctx = env.ctx()
      for (const m of modules) m.beginBlock(ctx)
      return ctx.events.events()
    },
    cleanup: () => temp.cleanup(),
  }
  return env
}

export type SlashingEnv = Awaited<ReturnType<typeof slashingEnv>>
