export {
  DATUM_BLOCKS_PER_YEAR,
  DEFAULT_INITIAL_INFLATION,
  DEFAULT_MINT_PARAMS,
  type MintBankKeeper,
  MintKeeper,
  type MintStakingKeeper,
  MODULE_NAME as MINT_MODULE,
  SDK_MINT_PARAMS,
} from './keeper.js'
export {
  blockProvision,
  bondedRatio,
  type Minter,
  type MintParams,
  nextAnnualProvisions,
  nextInflationRate,
} from './minter.js'
export { MintModule, parseMintGenesis } from './module.js'
