export {
  ConsensusParamsKeeper,
  MODULE_NAME as CONSENSUS_MODULE,
  STORE_KEY as CONSENSUS_STORE_KEY,
} from './keeper.js'
export { ConsensusModule, msgUpdateConsensusParamsDefinition } from './module.js'
export * from './params.js'
