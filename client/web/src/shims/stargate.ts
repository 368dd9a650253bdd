// What the page takes from @cosmjs/stargate, from the files that define it. The package is CommonJS and its
// index requires every module (staking, gov, IBC, …) with their cosmjs-types, so importing it at all puts
// ~900 kB the page never runs into the write chunk; client/web/build.ts points `@cosmjs/stargate` here.
// A name the page imports that is not listed fails the build, not the page.
export { accountFromAny } from '../../../../node_modules/@cosmjs/stargate/build/accounts.js'
export { calculateFee, GasPrice } from '../../../../node_modules/@cosmjs/stargate/build/fee.js'
export {
  type AuthExtension,
  setupAuthExtension,
} from '../../../../node_modules/@cosmjs/stargate/build/modules/auth/queries.js'
export {
  type BankExtension,
  setupBankExtension,
} from '../../../../node_modules/@cosmjs/stargate/build/modules/bank/queries.js'
export {
  setupTxExtension,
  type TxExtension,
} from '../../../../node_modules/@cosmjs/stargate/build/modules/tx/queries.js'
export {
  createProtobufRpcClient,
  QueryClient,
} from '../../../../node_modules/@cosmjs/stargate/build/queryclient/index.js'
