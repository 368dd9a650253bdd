// Block data structures (CometBFT 0.38 wire types from cosmjs-types) and their hashes.
export { Block } from 'cosmjs-types/tendermint/types/block'
export type { Evidence } from 'cosmjs-types/tendermint/types/evidence'
export {
  BlockID,
  Commit,
  CommitSig,
  Data,
  Header,
  PartSetHeader,
  SignedMsgType,
  Vote,
} from 'cosmjs-types/tendermint/types/types'
export { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator'
export type * from './abci.js'
export * from './abci-codec.js'
export * from './block.js'
export * from './cdc.js'
export * from './commit.js'
export * from './errors.js'
export * from './evidence.js'
export * from './hash.js'
export * from './header.js'
export * from './merkle.js'
export * from './params.js'
export * from './results.js'
export * from './validators.js'
