export * from './dec.js'
export { govErrors } from './errors.js'
export { ATTR as GOV_ATTR, EVENT as GOV_EVENT, RESULT as GOV_RESULT } from './events.js'
export type * from './expected-keepers.js'
export { defaultGovGenesisJson, exportGovGenesis, initGovGenesis, parseGovGenesis } from './genesis.js'
export { GovKeeper, type GovKeeperDeps } from './keeper.js'
export { MODULE_NAME as GOV_MODULE, STORE_KEY as GOV_STORE_KEY } from './keys.js'
export { GovModule } from './module.js'
export {
  defaultGovParams,
  type GovParams,
  govParamsFromProto,
  govParamsToProto,
  validateGovParams,
} from './params.js'
export { decodeProposalMsgs, submitProposal } from './proposals.js'
export { type TallyOutcome, tally } from './tally.js'
