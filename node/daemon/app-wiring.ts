// Which modules make up Datum, in which order they run, and how their keepers reach each other.
// This is the one place that knows every module (cosmos `app.go`).

import { ATTESTATION_MODULE } from '../../modules/attestation/index.js'
import { AccountKeeper, AuthModule, FEE_COLLECTOR_NAME, newAnte } from '../../modules/auth/index.js'
import { PERMISSION } from '../../modules/auth/keys.js'
import { STORE_KEY as BANK_STORE, BankKeeper, BankModule, isBalanceKeyOf } from '../../modules/bank/index.js'
import {
  ComputeRightKeeper,
  ComputeRightModule,
  ESCROW_MODULE,
  trainingJobsView,
} from '../../modules/computeright/index.js'
import { ConsensusModule } from '../../modules/consensus/index.js'
import { DataAssetModule } from '../../modules/dataasset/module.js'
import {
  DISTRIBUTION_MODULE,
  DistributionKeeper,
  DistributionModule,
  distributionHooks,
} from '../../modules/distribution/index.js'
import { GenutilModule } from '../../modules/genutil/index.js'
import { GOV_MODULE, GovKeeper, GovModule } from '../../modules/gov/index.js'
import { MINT_MODULE, MintKeeper, MintModule } from '../../modules/mint/index.js'
import type { AppModule, Timestamp } from '../../modules/sdk/index.js'
import { SlashingKeeper, SlashingModule, slashingHooks } from '../../modules/slashing/index.js'
import {
  applyAndReturnValidatorSetUpdates,
  BONDED_POOL,
  NOT_BONDED_POOL,
  StakingKeeper,
  StakingModule,
} from '../../modules/staking/index.js'
import { type UpgradeHandler, UpgradeKeeper, UpgradeModule } from '../../modules/upgrade/index.js'
import { BaseApp } from '../app/base-app.js'
import type { CommitMultiStore } from '../store/types.js'
import type { ConsensusParams } from '../types/abci.js'
import { attestationModule } from './attestation-wiring.js'
import { slashingStakingAdapter } from './slashing-wiring.js'
import { DATUM_UPGRADE_HANDLERS } from './upgrade-handlers.js'

export interface DatumModules {
  accountKeeper: AccountKeeper
  bankKeeper: BankKeeper
  stakingKeeper: StakingKeeper
  govKeeper: GovKeeper
  upgradeKeeper: UpgradeKeeper
  consensus: ConsensusModule
  genutil: GenutilModule
  modules: AppModule[]
}

/** Keepers and modules; pure wiring, no state touched. `upgradeHandlers`: the plans this software can migrate to. */
export function buildModules(
  upgradeHandlers: Record<string, UpgradeHandler> = DATUM_UPGRADE_HANDLERS,
): DatumModules {
  const accountKeeper = new AccountKeeper({
    moduleAccountPermissions: {
      [FEE_COLLECTOR_NAME]: [],
      [ESCROW_MODULE]: [],
      [ATTESTATION_MODULE]: [],
      [BONDED_POOL]: [PERMISSION.burner, PERMISSION.staking],
      [NOT_BONDED_POOL]: [PERMISSION.burner, PERMISSION.staking],
      [DISTRIBUTION_MODULE]: [],
      [MINT_MODULE]: [PERMISSION.minter],
      [GOV_MODULE]: [PERMISSION.burner],
    },
  })
  const bankKeeper = new BankKeeper(accountKeeper, {
    blockedAddresses: [
      FEE_COLLECTOR_NAME,
      ESCROW_MODULE,
      ATTESTATION_MODULE,
      BONDED_POOL,
      NOT_BONDED_POOL,
      DISTRIBUTION_MODULE,
      MINT_MODULE,
    ].map((m) => accountKeeper.getModuleAddress(m)!),
  })
  const stakingKeeper = new StakingKeeper(bankKeeper, accountKeeper)
  const distributionKeeper = new DistributionKeeper(
    stakingKeeper,
    bankKeeper,
    accountKeeper,
    FEE_COLLECTOR_NAME,
  )
  stakingKeeper.addHooks(distributionHooks(distributionKeeper))
  const slashingKeeper = new SlashingKeeper(slashingStakingAdapter(stakingKeeper))
  stakingKeeper.addHooks(slashingHooks(slashingKeeper))
  // The gov account is not blocked (as in simapp): anyone may fund it for proposals that spend from it.
  const govKeeper = new GovKeeper({
    bank: bankKeeper,
    accounts: accountKeeper,
    staking: stakingKeeper,
    distribution: distributionKeeper,
  })
  const dataAsset = new DataAssetModule()
  const computeRight = new ComputeRightKeeper({
    bank: bankKeeper,
    accounts: accountKeeper,
    assets: dataAsset.keeper,
    protocolFeeModule: FEE_COLLECTOR_NAME,
  })
  // A model is registered from a finalized training job, which computeright keeps.
  dataAsset.keeper.setTrainingJobs(trainingJobsView(computeRight))
  const consensus = new ConsensusModule()
  const genutil = new GenutilModule({
    applyAndReturnValidatorSetUpdates: (ctx) => applyAndReturnValidatorSetUpdates(stakingKeeper, ctx),
  })
  const upgradeKeeper = new UpgradeKeeper()
  for (const name of Object.keys(upgradeHandlers).sort())
    upgradeKeeper.setUpgradeHandler(name, upgradeHandlers[name]!)
  const modules: AppModule[] = [
    // First, so its begin-block (halt at a plan's height, or migrate) runs before any other module's.
    new UpgradeModule(upgradeKeeper, () => new Map(modules.map((m) => [m.name, 1n]))),
    new AuthModule(accountKeeper),
    new BankModule(bankKeeper),
    // After bank: staking genesis checks the pool balances bank genesis set.
    new StakingModule(stakingKeeper),
    // Begin-block order as the SDK: mint (provision into the fee collector), distribution (pays the fee
    // collector out by the last commit's power), slashing (liveness, evidence).
    new MintModule(new MintKeeper(bankKeeper, stakingKeeper, FEE_COLLECTOR_NAME)),
    new DistributionModule(distributionKeeper),
    // After distribution (begin-block): liveness and double-sign evidence from the last commit.
    new SlashingModule(slashingKeeper),
    dataAsset,
    new ComputeRightModule(computeRight),
    attestationModule(
      computeRight,
      dataAsset.keeper,
      bankKeeper,
      distributionKeeper,
      accountKeeper.getModuleAddress(ATTESTATION_MODULE)!,
    ),
    new GovModule(govKeeper),
    consensus,
    // Last: gentxs run on the state every other module's genesis built (accounts funded, hooks ready).
    genutil,
  ]
  return { accountKeeper, bankKeeper, stakingKeeper, govKeeper, upgradeKeeper, consensus, genutil, modules }
}

/**
 * Begin-block order as simapp 0.50's: upgrade first (halt or migrate), then mint, distribution and slashing,
 * then staking, so its HistoricalInfo records the validators after this block's jailing and slashing.
 */
export const BEGIN_BLOCK_ORDER = ['upgrade', 'mint', 'distribution', 'slashing', 'staking']

/** The store names every Datum node mounts (one IAVL tree each). */
export function datumStoreKeys(): string[] {
  return BaseApp.storeKeysOf(buildModules().modules)
}

export interface CreateAppOptions {
  chainId: string
  store: CommitMultiStore
  minGasPrices: string
  consensusParams?: ConsensusParams
  lastBlockTime?: Timestamp
  /** Upgrade handlers of this software (default: DATUM_UPGRADE_HANDLERS). */
  upgradeHandlers?: Record<string, UpgradeHandler>
}

export function createDatumApp(opts: CreateAppOptions): BaseApp {
  const { accountKeeper, bankKeeper, govKeeper, consensus, genutil, modules } = buildModules(
    opts.upgradeHandlers,
  )
  let app: BaseApp | undefined
  const { ante, signaturePrecheck } = newAnte({
    accountKeeper,
    bankKeeper,
    minGasPrices: opts.minGasPrices,
    blockMaxGas: () => app?.params.block.maxGas ?? -1n,
  })
  app = new BaseApp({
    chainId: opts.chainId,
    store: opts.store,
    modules,
    orders: { beginBlock: BEGIN_BLOCK_ORDER },
    ante,
    signaturePrecheck,
    consensusParams: opts.consensusParams,
    lastBlockTime: opts.lastBlockTime,
    paramStore: consensus.keeper,
    checkAccumulator: feeCollectorBalance(accountKeeper),
  })
  // Passed proposals run their messages through the same router as txs.
  govKeeper.setRouter(app.msgRouter)
  const genesisApp = app
  genutil.setDeliverTx((tx) => genesisApp.deliverGenesisTx(tx))
  return app
}

/** The fee collector's balance keys: what every CheckTx credits and every block writes. */
function feeCollectorBalance(accounts: AccountKeeper): (store: string, key: Uint8Array) => boolean {
  const isFeeCollector = isBalanceKeyOf(accounts.getModuleAddress(FEE_COLLECTOR_NAME)!)
  return (store, key) => store === BANK_STORE && isFeeCollector(key)
}
