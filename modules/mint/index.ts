export type { MintBankKeeper, MintStakingKeeper } from './expected-keepers.js'
export { parseMintGenesis } from './genesis.js'
export { MintKeeper } from './keeper.js'
export { MODULE_NAME as MINT_MODULE } from './keys.js'
export {
  blockProvision,
  bondedRatio,
  type Minter,
  nextAnnualProvisions,
  nextInflationRate,
} from './minter.js'
export { MintModule } from './module.js'
export {
  DATUM_BLOCKS_PER_YEAR,
  DEFAULT_INITIAL_INFLATION,
  DEFAULT_MINT_PARAMS,
  type MintParams,
  SDK_MINT_PARAMS,
} from './params.js'
