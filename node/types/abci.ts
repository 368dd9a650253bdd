// The application's contract with consensus, mempool and RPC: an in-process ABCI 2.0 (CometBFT 0.38) shape.
// Consensus drives blocks through finalizeBlock + commit whether there is one validator or many. These types
// sit here, below node/app, so the chain, mempool, RPC, block store and index depend on the contract only.
import type { AbciEvent } from '../../modules/sdk/events.js'
import type { Timestamp, ValidatorUpdate } from '../../modules/sdk/index.js'
import type { ForeignOp } from '../store/types.js'

/** CometBFT `crypto.ProofOp` as a query returns it (the store's proofs have this shape). */
export interface ProofOp {
  /** `ics23:iavl` (key in its store) or `ics23:simple` (store in the app hash). */
  type: string
  key: Uint8Array
  /** Encoded `cosmos.ics23.v1.CommitmentProof`. */
  data: Uint8Array
}

export interface TxResult {
  code: number
  codespace: string
  log: string
  info: string
  /** For delivered txs: encoded `cosmos.base.abci.v1beta1.TxMsgData`. */
  data: Uint8Array
  gasWanted: bigint
  gasUsed: bigint
  events: AbciEvent[]
}

export interface CheckTxResult extends TxResult {
  /** Mempool priority: the fee's gas price in the min-gas-price denom, scaled to an integer. */
  priority: bigint
  /** First signer and its sequence, so the mempool can order by nonce and evict on recheck. */
  sender: string
  sequence: bigint
}

export type CheckTxMode = 'new' | 'recheck'

export interface Misbehavior {
  type: 'duplicate_vote' | 'light_client_attack'
  validatorAddress: Uint8Array
  power: bigint
  height: bigint
  time: Timestamp
  totalVotingPower: bigint
}

export interface VoteInfo {
  validatorAddress: Uint8Array
  power: bigint
  signed: boolean
}

export interface FinalizeBlockRequest {
  height: bigint
  time: Timestamp
  proposerAddress: Uint8Array
  /** The header's `next_validators_hash` (modules see it in their block header, as in SDK 0.50). */
  nextValidatorsHash?: Uint8Array
  /** Block hash (header hash). */
  hash: Uint8Array
  txs: Uint8Array[]
  /** sha256 of each tx, when the caller has them (the chain computes them once per block). */
  txHashes?: readonly Uint8Array[]
  lastCommitVotes: VoteInfo[]
  misbehavior: Misbehavior[]
}

export interface ConsensusParams {
  block: { maxBytes: bigint; maxGas: bigint }
  evidence: { maxAgeNumBlocks: bigint; maxAgeDurationSeconds: bigint; maxBytes: bigint }
  validator: { pubKeyTypes: string[] }
}

export interface FinalizeBlockResult {
  /** Begin- and end-block events (CometBFT 0.38 `finalize_block_events`). */
  events: AbciEvent[]
  txResults: TxResult[]
  validatorUpdates: ValidatorUpdate[]
  consensusParamUpdates?: ConsensusParams
  /** App hash after this block; it goes into header H+1. */
  appHash: Uint8Array
}

export interface QueryRequest {
  path: string
  data: Uint8Array
  /** 0 = latest committed. */
  height: bigint
  prove: boolean
}

export interface QueryResult {
  code: number
  codespace: string
  log: string
  info: string
  index: bigint
  key: Uint8Array
  value: Uint8Array
  proofOps: ProofOp[]
  height: bigint
}

export interface GenesisValidator {
  /** ed25519 public key. */
  pubKey: Uint8Array
  power: bigint
  name: string
}

export interface InitChainRequest {
  chainId: string
  time: Timestamp
  initialHeight: bigint
  consensusParams: ConsensusParams
  validators: GenesisValidator[]
  /** The `app_state` object of genesis.json. */
  appState: unknown
}

export interface InitChainResult {
  validators: ValidatorUpdate[]
  appHash: Uint8Array
}

export interface AppInfo {
  lastBlockHeight: bigint
  lastBlockAppHash: Uint8Array
  version: string
}

export interface Application {
  info(): AppInfo
  initChain(req: InitChainRequest): InitChainResult
  /** `hash`: the tx's sha256 when the caller computed it already (it is then not computed again). */
  checkTx(tx: Uint8Array, mode: CheckTxMode, hash?: Uint8Array): CheckTxResult
  /**
   * After commit, before any CheckTx: given the still-pooled txs' hashes in arrival order, carries into the
   * new check state the effect of those the block cannot have changed and answers, per tx, whether it must be
   * rechecked; undefined means all must be (an app without it gets every pooled tx rechecked).
   */
  rebaseCheckState?(pooled: readonly Uint8Array[]): boolean[] | undefined
  /** Proposer side: choose txs (already in priority order) that fit the block limits. */
  prepareProposal(txs: Uint8Array[], maxBytes: bigint, maxGas: bigint): Uint8Array[]
  /** Validator side: accept or reject a proposed block's txs without executing state changes. */
  processProposal(txs: Uint8Array[]): boolean
  finalizeBlock(req: FinalizeBlockRequest): FinalizeBlockResult
  /** Persists the finalized block's state atomically (fsync'd); `extra` rides in the same batch. */
  /** `foreign`: writes into sibling sublevels (the block store's) made atomic with the state's commit. */
  commit(
    extra?: { key: Uint8Array; value: Uint8Array }[],
    foreign?: readonly ForeignOp[],
  ): Promise<{ retainHeight: bigint }>
  query(req: QueryRequest): QueryResult
  /** Exports the genesis app_state of the current state. */
  exportAppState(): unknown
}
