export {
  beginRedelegation,
  cancelUnbondingDelegation,
  completeRedelegation,
  completeUnbonding,
  delegate,
  unbond,
  undelegate,
  validateUnbondAmount,
} from './delegation.js'
export { stakingErrors } from './errors.js'
export { ATTR as STAKING_ATTR, EVENT as STAKING_EVENT } from './events.js'
export type { StakingAccountKeeper, StakingBankKeeper, StakingHooks } from './expected-keepers.js'
export { defaultStakingGenesis, exportStakingGenesis, initStakingGenesis } from './genesis.js'
export { parseStakingGenesis, type StakingGenesis, stakingGenesisJson } from './genesis-json.js'
export {
  getHistoricalInfo,
  type HistoricalInfo,
  historicalHeights,
  historicalValset,
  trackHistoricalInfo,
} from './historical-info.js'
export { stakingInvariants } from './invariants.js'
export { jailValidator, unjailValidator } from './jail.js'
export { consAddress, consensusPower, operatorAccount, StakingKeeper, valoperOf } from './keeper.js'
export {
  BONDED_POOL,
  MODULE_NAME as STAKING_MODULE,
  NOT_BONDED_POOL,
  STORE_KEY as STAKING_STORE_KEY,
} from './keys.js'
export { StakingModule } from './module.js'
export { stakingMsgDefinitions } from './msg-server.js'
export { DEFAULT_STAKING_PARAMS, POWER_REDUCTION, type StakingParams } from './params.js'
export { stakingQueryHandlers } from './query-server.js'
export * from './records.js'
export { jailByConsAddr, slash, unjailByConsAddr } from './slash.js'
export { applyAndReturnValidatorSetUpdates, blockValidatorUpdates } from './validator-set.js'
