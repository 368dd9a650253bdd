// Test support: real auth, bank, staking and distribution keepers (staking hooks attached) over a real store;
// block height/time and the last commit are set by the test.
import { BranchStores } from '../../node/app/gas-store.js'
import type { CacheMultiStore } from '../../node/store/types.js'
import { openTempStore } from '../../node/testing/temp-store.js'
import { TEST_CHAIN_ID, TEST_TIME } from '../../node/testing/test-context.js'
import { AccountKeeper } from '../auth/keeper.js'
import { FEE_COLLECTOR_NAME } from '../auth/keys.js'
import { BankKeeper } from '../bank/keeper.js'
import { type BlockInfo, Context, EventManager, infiniteGasMeter, type MsgDefinition } from '../sdk/index.js'
import {
  BONDED_POOL,
  blockValidatorUpdates,
  consAddress,
  NOT_BONDED_POOL,
  StakingKeeper,
  stakingMsgDefinitions,
} from '../staking/index.js'
import { distributionHooks } from './hooks.js'
import { DistributionKeeper } from './keeper.js'
import { MODULE_NAME } from './keys.js'
import { DistributionModule } from './module.js'
import { distributionMsgDefinitions } from './msg-server.js'

export { expectAbciError } from '../auth/test-env.js'
export { accountAddr, coin, createValidatorMsg, DENOM, valAddr } from '../staking/test-env.js'

const STORE_KEYS = ['acc', 'bank', 'staking', 'distribution']

export async function distributionEnv() {
  const temp = await openTempStore(STORE_KEYS)
  const names = new Set(STORE_KEYS)
  const accounts = new AccountKeeper({
    moduleAccountPermissions: {
      mint: ['minter'],
      [BONDED_POOL]: ['burner', 'staking'],
      [NOT_BONDED_POOL]: ['burner', 'staking'],
      [MODULE_NAME]: [],
    },
  })
  const bank = new BankKeeper(accounts, {
    blockedAddresses: [BONDED_POOL, NOT_BONDED_POOL, MODULE_NAME, FEE_COLLECTOR_NAME].map(
      (m) => accounts.getModuleAddress(m)!,
    ),
  })
  const staking = new StakingKeeper(bank, accounts)
  const distr = new DistributionKeeper(staking, bank, accounts, FEE_COLLECTOR_NAME)
  staking.addHooks(distributionHooks(distr))
  const module = new DistributionModule(distr)
  const defs = new Map<string, MsgDefinition>()
  for (const d of [...stakingMsgDefinitions(staking), ...distributionMsgDefinitions(distr)])
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
    /** Fees collected in the current block. */
    collectFees(amount: bigint) {
      const ctx = env.ctx()
      bank.mintCoins(ctx, 'mint', [{ denom: 'udatum', amount }])
      bank.sendCoinsFromModuleToModule(ctx, 'mint', FEE_COLLECTOR_NAME, [{ denom: 'udatum', amount }])
    },
    balance: (a: string) => bank.getBalance(env.ctx(), a, 'udatum').amount,
    /** End-block, then the next block's begin-block with every bonded validator in the last commit. */
    nextBlock(seconds = 5n) {
      blockValidatorUpdates(staking, env.ctx())
      const votes = [...staking.lastValidatorPowers(env.ctx())].map(([op, power]) => ({
        validatorAddress: consAddress(staking.mustGetValidator(env.ctx(), op).consPubKey),
        power,
        signed: true,
      }))
      block = {
        ...block,
        height: block.height + 1n,
        time: { seconds: block.time.seconds + seconds, nanos: 0 },
        lastCommitVotes: votes,
      }
      module.beginBlock(env.ctx())
    },
    cleanup: () => temp.cleanup(),
  }
  return env
}

export type DistributionEnv = Awaited<ReturnType<typeof distributionEnv>>
