// The execution context a keeper receives: block facts from the header (never the wall clock),
// the gas meter, the event sink and access to the module's own stores.
import type { EventManager } from './events.js'
import type { GasMeter } from './gas.js'
import type { KVStore } from './store.js'

export interface Timestamp {
  seconds: bigint
  nanos: number
}

/** One validator's entry in the last commit (CometBFT `VoteInfo`): who, at what power, and whether it signed. */
export interface VoteInfo {
  validatorAddress: Uint8Array
  power: bigint
  signed: boolean
}

/** Committed evidence of misbehaviour (CometBFT `Misbehavior`). */
export interface MisbehaviorInfo {
  type: 'duplicate_vote' | 'light_client_attack'
  validatorAddress: Uint8Array
  power: bigint
  height: bigint
  time: Timestamp
  totalVotingPower: bigint
}

export interface BlockInfo {
  chainId: string
  height: bigint
  time: Timestamp
  /** Consensus address (20 bytes) of the block proposer. */
  proposer: Uint8Array
  /** The previous block's commit (finalize-block only; distribution and slashing read it in begin-block). */
  lastCommitVotes?: readonly VoteInfo[]
  /** Evidence committed in this block (finalize-block only). */
  misbehavior?: readonly MisbehaviorInfo[]
  /** The header's hash of the validator set of the next height (finalize-block only). */
  nextValidatorsHash?: Uint8Array
  /**
   * App hash of the last commit, as SDK 0.50 puts it in the block header it hands modules (`LastCommitID().Hash`:
   * sha256 of nothing before the first commit). Finalize-block only.
   */
  lastAppHash?: Uint8Array
}

export type ExecMode = 'check' | 'recheck' | 'simulate' | 'deliver' | 'genesis' | 'query' | 'block'

/** What the node hands a context to open a module's store by its store key (gas-metered by the node). */
export interface StoreProvider {
  kvStore(storeKey: string, gas: GasMeter): KVStore
}

export class Context {
  constructor(
    readonly block: BlockInfo,
    readonly mode: ExecMode,
    readonly gasMeter: GasMeter,
    readonly events: EventManager,
    private readonly stores: StoreProvider,
  ) {}

  get chainId(): string {
    return this.block.chainId
  }

  get height(): bigint {
    return this.block.height
  }

  get time(): Timestamp {
    return this.block.time
  }

  /** Block time in whole seconds; the unit most module deadlines and validity periods use. */
  get unixSeconds(): bigint {
    return this.block.time.seconds
  }

  get isCheckTx(): boolean {
    return this.mode === 'check' || this.mode === 'recheck'
  }

  kvStore(storeKey: string): KVStore {
    return this.stores.kvStore(storeKey, this.gasMeter)
  }

  /** The same block and stores with another gas meter and event sink (used by the app per tx and per message). */
  with(overrides: {
    gasMeter?: GasMeter
    events?: EventManager
    stores?: StoreProvider
    mode?: ExecMode
    /** Another block (tests and end-block hooks that look ahead keep the same stores). */
    block?: BlockInfo
  }): Context {
    return new Context(
      overrides.block ?? this.block,
      overrides.mode ?? this.mode,
      overrides.gasMeter ?? this.gasMeter,
      overrides.events ?? this.events,
      overrides.stores ?? this.stores,
    )
  }
}
