export { distributionErrors } from './errors.js'
export type {
  DistrAccountKeeper,
  DistrBankKeeper,
  DistrStakingKeeper,
  DistrValidator,
} from './expected-keepers.js'
export * from './genesis.js'
export { distributionHooks } from './hooks.js'
export { distributionInvariants } from './invariants.js'
export { DistributionKeeper } from './keeper.js'
export { MODULE_NAME as DISTRIBUTION_MODULE, STORE_KEY as DISTRIBUTION_STORE_KEY } from './keys.js'
export { DistributionModule } from './module.js'
export { distributionMsgDefinitions } from './msg-server.js'
export { DEFAULT_DISTRIBUTION_PARAMS, type DistributionParams } from './params.js'
export { distributionQueryHandlers } from './query-server.js'
