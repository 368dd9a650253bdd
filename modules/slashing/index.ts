export { slashingErrors } from './errors.js'
export type { SlashingStakingKeeper, SlashingValidator } from './expected-keepers.js'
export * from './genesis.js'
export { slashingHooks } from './hooks.js'
export {
  DOUBLE_SIGN_JAIL_END,
  MODULE_NAME as SLASHING_MODULE,
  type SigningInfo,
  SlashingKeeper,
} from './keeper.js'
export { SlashingModule } from './module.js'
export { msgUnjailDefinition } from './msg-server.js'
export { DEFAULT_SLASHING_PARAMS, type SlashingParams } from './params.js'
export { slashingQueryHandlers } from './query-server.js'
