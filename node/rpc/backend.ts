// What the RPC needs from the node. The integrator wires the real node (app, block store, tx index, mempool,
// event bus, p2p) to this interface; the RPC only renders it as CometBFT 0.38 JSON and Cosmos REST.
// Every method may answer synchronously or with a promise. Thrown errors become JSON-RPC -32603 with the
// error's message as `data` (CometBFT behaviour), so messages should be the CometBFT texts where one exists.
import type { Block } from 'cosmjs-types/tendermint/types/block'
import type { BlockID, Commit, Header } from 'cosmjs-types/tendermint/types/types'
import type { Validator } from 'cosmjs-types/tendermint/types/validator'
import type { Timestamp } from '../../modules/sdk/index.js'
import type {
  AppInfo,
  CheckTxResult,
  ConsensusParams,
  FinalizeBlockResult,
  QueryRequest,
  QueryResult,
  TxResult,
} from '../types/abci.js'

export type MaybePromise<T> = T | Promise<T>

export interface RpcNodeInfo {
  /** Node id: hex of the 20-byte key hash (CometBFT style). */
  id: string
  /** P2P listen address, e.g. `tcp://0.0.0.0:26656` or a multiaddr. */
  listenAddr: string
  /** The chain id. */
  network: string
  moniker: string
  /** RPC address advertised in `node_info.other.rpc_address`. */
  rpcAddress: string
}

export interface RpcSyncInfo {
  latestBlockHash: Uint8Array
  latestAppHash: Uint8Array
  latestBlockHeight: bigint
  latestBlockTime: Timestamp
  earliestBlockHash: Uint8Array
  earliestAppHash: Uint8Array
  earliestBlockHeight: bigint
  earliestBlockTime: Timestamp
  catchingUp: boolean
}

export interface RpcValidatorInfo {
  /** 20-byte consensus address. */
  address: Uint8Array
  /** ed25519 public key (32 bytes). */
  pubKey: Uint8Array
  /** 0 for a non-validator. */
  votingPower: bigint
}

export interface RpcStatus {
  nodeInfo: RpcNodeInfo
  syncInfo: RpcSyncInfo
  validatorInfo: RpcValidatorInfo
}

export interface StoredBlock {
  blockId: BlockID
  block: Block
}

/** A committed commit for a height; `canonical` is false for the latest height's "seen" commit. */
export interface StoredCommit {
  commit: Commit
  canonical: boolean
}

export interface IndexedTx {
  /** sha256 of the raw tx bytes. */
  hash: Uint8Array
  height: bigint
  index: number
  tx: Uint8Array
  result: TxResult
}

export interface SearchPage {
  /** 1-based; already validated to be >= 1. */
  page: number
  /** 1..100. */
  perPage: number
  orderBy: 'asc' | 'desc'
}

/** One page of matches plus the total number of matches (not of the page). */
export interface SearchResult<T> {
  items: T[]
  total: number
}

export interface RpcGenesisValidator {
  address: Uint8Array
  /** ed25519 public key. */
  pubKey: Uint8Array
  power: bigint
  name: string
}

export interface RpcGenesis {
  genesisTime: Timestamp
  chainId: string
  initialHeight: bigint
  consensusParams: ConsensusParams
  validators: RpcGenesisValidator[]
  appHash: Uint8Array
  appState: unknown
}

export interface RpcPeer {
  nodeId: string
  moniker: string
  listenAddr: string
  remoteIp: string
  isOutbound: boolean
}

export interface RpcNetInfo {
  listening: boolean
  listeners: string[]
  peers: RpcPeer[]
}

export interface MempoolSize {
  count: number
  bytes: number
}

/** Events the node publishes after each committed block: NewBlock, NewBlockHeader, then one Tx per tx. */
export type RpcEvent =
  | { type: 'NewBlock'; blockId: BlockID; block: Block; result: FinalizeBlockResult }
  | { type: 'NewBlockHeader'; header: Header }
  | { type: 'Tx'; tx: IndexedTx }

export type Unsubscribe = () => void

export interface RpcBackend {
  status(): MaybePromise<RpcStatus>
  /** Throws when the node is unhealthy. */
  health(): MaybePromise<void>
  abciInfo(): MaybePromise<AppInfo>
  abciQuery(req: QueryRequest): MaybePromise<QueryResult>
  /** Lowest retained and latest committed height (0, 0 before the first block). */
  blockRange(): MaybePromise<{ base: bigint; height: bigint }>
  block(height: bigint): MaybePromise<StoredBlock | undefined>
  blockByHash(hash: Uint8Array): MaybePromise<StoredBlock | undefined>
  blockResults(height: bigint): MaybePromise<FinalizeBlockResult | undefined>
  commit(height: bigint): MaybePromise<StoredCommit | undefined>
  /** The validator set that signs `height`, in set order. */
  validators(height: bigint): MaybePromise<Validator[] | undefined>
  consensusParams(height: bigint): MaybePromise<ConsensusParams | undefined>
  genesis(): MaybePromise<RpcGenesis>
  tx(hash: Uint8Array): MaybePromise<IndexedTx | undefined>
  /** CometBFT query grammar; throws an Error whose message starts `failed to parse query` on bad syntax. */
  txSearch(query: string, page: SearchPage): MaybePromise<SearchResult<IndexedTx>>
  /** Matching heights, ordered and paged; matched against finalize-block events and `block.height`. */
  blockSearch(query: string, page: SearchPage): MaybePromise<SearchResult<bigint>>
  /** CheckTx and, when it passes, add to the mempool. Throws for mempool refusals ("tx already exists in cache"). */
  broadcastTx(tx: Uint8Array, hash?: Uint8Array): MaybePromise<CheckTxResult>
  /** CheckTx without adding to the mempool. */
  checkTx(tx: Uint8Array): MaybePromise<CheckTxResult>
  mempoolSize(): MaybePromise<MempoolSize>
  /** Up to `limit` mempool txs in priority order. */
  unconfirmedTxs(limit: number): MaybePromise<Uint8Array[]>
  netInfo(): MaybePromise<RpcNetInfo>
  /**
   * Calls `listener` for each event matching `query` until unsubscribed; throws on a malformed query.
   * `onCancel` tells the RPC when the node drops the subscription itself (e.g. a subscriber too slow).
   */
  subscribe(
    query: string,
    listener: (event: RpcEvent) => void,
    onCancel?: (reason: string) => void,
  ): Unsubscribe
  /** Optional: consensus round state as CometBFT-style JSON. */
  consensusState?(): MaybePromise<unknown>
  dumpConsensusState?(): MaybePromise<unknown>
}
