export type { GenesisTxDeliverer, GenutilStakingKeeper } from './expected-keepers.js'
export { gentxBytes, gentxJson, MSG_CREATE_VALIDATOR } from './gentx-json.js'
export {
  type GenutilGenesis,
  GenutilModule,
  MODULE_NAME as GENUTIL_MODULE,
  parseGenutilGenesis,
} from './module.js'
