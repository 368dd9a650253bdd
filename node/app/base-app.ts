// BaseApp: the Application (ABCI 2.0 shape) over a CommitMultiStore and a set of modules, with
// cosmos-sdk 0.50 baseapp semantics. State lives in three places:
//  - committed state (the store's last version), read by queries;
//  - the check state, a branch over the working state that persists across checkTx calls until the next
//    commit, so a tx that depends on an earlier pooled tx (same sender, next sequence) is accepted;
//  - the block branch of finalizeBlock, written into the working state at the end of the block (so the
//    app hash can be computed) and persisted by commit.
import type {
  AnteHandler,
  AppModule,
  BlockInfo,
  ExecMode,
  SignatureClaim,
  SignaturePrecheck,
  Timestamp,
} from '../../modules/sdk/index.js'
import { Context, EventManager, infiniteGasMeter } from '../../modules/sdk/index.js'
import type { CacheMultiStore, CommitMultiStore, ForeignOp } from '../store/types.js'
import type {
  AppInfo,
  Application,
  CheckTxMode,
  CheckTxResult,
  ConsensusParams,
  FinalizeBlockRequest,
  FinalizeBlockResult,
  InitChainRequest,
  InitChainResult,
  QueryRequest,
  QueryResult,
} from '../types/abci.js'
import {
  emptyFootprint,
  type Footprint,
  joinFootprintKey,
  planRebase,
  RecordingMultiStore,
  splitFootprintKey,
} from './check-footprint.js'
import {
  type ConsensusParamStore,
  DEFAULT_CONSENSUS_PARAMS,
  sameConsensusParams,
} from './consensus-params.js'
import { DEFAULT_DECODE_CACHE_SIZE, DecodeCache } from './decode-cache.js'
import { AppError } from './errors.js'
import { executeBlock } from './execute-block.js'
import './proto-alloc.js'
import { BranchStores, VersionStores } from './gas-store.js'
import { type BrokenInvariant, ModuleManager, type ModuleOrders } from './module-manager.js'
import { MsgRouter, QueryRouter } from './msg-router.js'
import { prepareProposal, processProposal } from './proposal.js'
import { handleQuery } from './query.js'
import { QueryCache } from './query-cache.js'
import { DEFAULT_SIMULATE_GAS_LIMIT, decodeWith, runTx, type TxEnv, type TxOutcome } from './run-tx.js'
import { DEFAULT_MAX_TX_BYTES } from './tx-decoder.js'
import { toTxResult } from './tx-result.js'

export interface BaseAppOptions {
  chainId: string
  store: CommitMultiStore
  modules: readonly AppModule[]
  orders?: ModuleOrders
  /** Built by the node from the auth module (`newAnteHandler`); runs before every tx's messages. */
  ante: AnteHandler
  /** The ante's signature checks ahead of CheckTx (`newAnte`), for verifying off the main thread. */
  signaturePrecheck?: SignaturePrecheck
  /** From genesis; initChain replaces them. */
  consensusParams?: ConsensusParams
  maxTxBytes?: number
  /** Gas at which a simulation stops (default 100M; the reported gas_wanted is still 2^64-1). */
  simulateGasLimit?: number
  /** Decoded txs remembered between CheckTx, proposals and FinalizeBlock (0 disables). */
  decodeCacheSize?: number
  version?: string
  /** Query answers remembered for the latest committed version (0 disables). */
  queryCacheSize?: number
  /** Time of the last committed block (from the block store on restart): the check state's block time. */
  lastBlockTime?: Timestamp
  /**
   * Consensus params kept in state (changed by governance): written at InitChain, read after every block
   * (a change is returned as `consensusParamUpdates`) and on restart (they win over the genesis ones).
   */
  paramStore?: ConsensusParamStore
  /**
   * Keys that every tx's CheckTx only adds to and every block writes (the fee collector's balance): they
   * neither make a pooled tx's result stale nor tie two txs together when the check state is rebased.
   */
  checkAccumulator?: (store: string, key: Uint8Array) => boolean
}

/** The check state of the last block, kept from commit until the mempool says which txs are still pooled. */
interface PendingRebase {
  check: CacheMultiStore
  footprints: Map<string, Footprint>
  blockWrites: ReadonlySet<string>
  /** Something every CheckTx depends on changed (consensus params): recheck everything. */
  full: boolean
}

const ZERO_TIME: Timestamp = { seconds: 0n, nanos: 0 }

export class BaseApp implements Application {
  readonly chainId: string
  readonly store: CommitMultiStore
  readonly modules: ModuleManager
  readonly msgRouter = new MsgRouter()
  readonly queryRouter = new QueryRouter()
  private readonly storeNames: ReadonlySet<string>
  private readonly version: string
  private consensusParams: ConsensusParams
  private readonly paramStore: ConsensusParamStore | undefined
  private readonly env: TxEnv
  private readonly signaturePrecheck: SignaturePrecheck | undefined
  private checkState: CacheMultiStore
  private checkBlock: BlockInfo
  /** What each tx that passed CheckTx on the current check state read and wrote, by tx hash (latin1). */
  private footprints = new Map<string, Footprint>()
  /** Keys the block between finalizeBlock and commit wrote. */
  private blockWrites: { keys: ReadonlySet<string>; full: boolean } | undefined
  private pendingRebase: PendingRebase | undefined
  private readonly checkAccumulator: (store: string, key: Uint8Array) => boolean
  /** Set between finalizeBlock and commit. */
  private pending: { height: bigint; time: Timestamp } | undefined
  private lastBlockTime: Timestamp
  private readonly queryCache: QueryCache
  /** initChain ran in this process and block 1 is not committed yet. */
  private genesisPending = false
  /** Set while InitChain runs: the genesis branch and block gentxs are delivered into. */
  private genesisTxTarget: { branch: CacheMultiStore; block: BlockInfo } | undefined

  constructor(opts: BaseAppOptions) {
    this.chainId = opts.chainId
    this.store = opts.store
    this.version = opts.version ?? '0.1.0'
    this.modules = new ModuleManager(opts.modules, opts.orders)
    const keys = this.modules.storeKeys()
    const missing = keys.filter((k) => !opts.store.storeNames.includes(k))
    if (missing.length > 0)
      throw new AppError(
        'STORE_NOT_MOUNTED',
        `the store does not mount module store keys: ${missing.join(', ')}`,
      )
    this.storeNames = new Set(keys)
    this.modules.registerServices(this.msgRouter, this.queryRouter)
    this.consensusParams = opts.consensusParams ?? DEFAULT_CONSENSUS_PARAMS
    this.env = {
      router: this.msgRouter,
      ante: opts.ante,
      storeNames: this.storeNames,
      decode: { maxTxBytes: opts.maxTxBytes ?? DEFAULT_MAX_TX_BYTES },
      maxBlockGas: this.consensusParams.block.maxGas,
      simulateGasLimit: opts.simulateGasLimit ?? DEFAULT_SIMULATE_GAS_LIMIT,
      cache: new DecodeCache(opts.decodeCacheSize ?? DEFAULT_DECODE_CACHE_SIZE),
    }
    this.queryCache = new QueryCache(opts.queryCacheSize)
    this.signaturePrecheck = opts.signaturePrecheck
    this.lastBlockTime = opts.lastBlockTime ?? ZERO_TIME
    this.checkState = this.store.branch()
    this.checkBlock = this.blockInfo(this.store.lastCommit().version, this.lastBlockTime)
    this.paramStore = opts.paramStore
    this.checkAccumulator = opts.checkAccumulator ?? (() => false)
    const committed = this.store.lastCommit().version
    const stored = committed > 0n ? this.paramStore?.get(this.queryContext(committed)) : undefined
    if (stored) this.setConsensusParams(stored)
  }

  /** The store keys a set of modules needs mounted; the node opens the store with these. */
  static storeKeysOf(modules: readonly AppModule[]): string[] {
    return new ModuleManager(modules).storeKeys()
  }

  get params(): ConsensusParams {
    return this.consensusParams
  }

  info(): AppInfo {
    const last = this.store.lastCommit()
    return { lastBlockHeight: last.version, lastBlockAppHash: last.hash, version: this.version }
  }

  initChain(req: InitChainRequest): InitChainResult {
    if (req.chainId !== this.chainId)
      throw new AppError(
        'CHAIN_ID_MISMATCH',
        `invalid chain-id on InitChain; expected: ${this.chainId}, got: ${req.chainId}`,
      )
    if (req.initialHeight > 1n)
      throw new AppError('INVALID_HEIGHT', `initial height ${req.initialHeight} is not supported (only 1)`)
    const last = this.store.lastCommit()
    if (last.version !== 0n)
      throw new AppError('INVALID_HEIGHT', `initChain on a store already at version ${last.version}`)
    if (this.genesisPending) throw new AppError('INVALID_HEIGHT', 'initChain called twice')
    this.setConsensusParams(req.consensusParams)
    const branch = this.store.branch()
    const block = this.blockInfo(1n, req.time)
    const ctx = this.context(branch, block, 'genesis')
    this.genesisTxTarget = { branch, block }
    let updates: ReturnType<ModuleManager['initGenesis']>
    try {
      updates = this.modules.initGenesis(ctx, req.appState)
    } finally {
      this.genesisTxTarget = undefined
    }
    this.paramStore?.set(ctx, req.consensusParams)
    // Genesis lands in the working state; block 1 builds on it and its commit persists both (SDK 0.50).
    branch.write()
    this.genesisPending = true
    this.resetCheckState(0n, req.time)
    return {
      validators:
        updates.length > 0 ? updates : req.validators.map((v) => ({ pubKey: v.pubKey, power: v.power })),
      appHash: last.hash,
    }
  }

  /**
   * Delivers a genesis tx (x/genutil) into the state InitChain is building, through the ante handler and the
   * message router like any tx; the failure log, or undefined. Only callable while InitChain runs.
   */
  deliverGenesisTx(tx: Uint8Array): string | undefined {
    const target = this.genesisTxTarget
    if (!target) throw new AppError('INVALID_HEIGHT', 'genesis txs are delivered only during InitChain')
    const out = runTx(this.env, 'genesis', tx, target.branch, target.block)
    return out.error ? `code ${out.error.code} (${out.error.codespace}): ${out.error.log}` : undefined
  }

  checkTx(tx: Uint8Array, mode: CheckTxMode, hash?: Uint8Array): CheckTxResult {
    const recorder = new RecordingMultiStore(this.checkState)
    const out = runTx(
      this.env,
      mode === 'recheck' ? 'recheck' : 'check',
      tx,
      recorder,
      this.checkBlock,
      undefined,
      hash,
    )
    if (!out.error && out.tx) {
      const fp = recorder.footprint
      fp.heightBound = out.tx.body.timeoutHeight > 0n
      this.footprints.set(hashKey(out.tx.hash), fp)
    }
    return {
      ...toTxResult(out),
      priority: out.error ? 0n : out.priority,
      sender: out.tx?.signers[0] ?? '',
      sequence: out.tx?.authInfo.signerInfos[0]?.sequence ?? 0n,
    }
  }

  /**
   * The signatures CheckTx of `tx` would verify against the check state as it stands (read only): to verify
   * them on another thread and `admitSignatures` before CheckTx, which then skips the curve arithmetic.
   * Decoding here fills the decode cache CheckTx reads. Empty when the app has no precheck or the tx does
   * not decode (CheckTx says why).
   */
  signatureClaims(tx: Uint8Array, hash?: Uint8Array): SignatureClaim[] {
    if (!this.signaturePrecheck) return []
    let decoded: ReturnType<typeof decodeWith>
    try {
      decoded = decodeWith(this.env, tx, 'check', hash)
    } catch {
      return []
    }
    return this.signaturePrecheck.claims(this.context(this.checkState, this.checkBlock, 'check'), decoded)
  }

  /** Remembers the claims a verifier proved (`verified[i]` for `claims[i]`); see `signatureClaims`. */
  admitSignatures(claims: readonly SignatureClaim[], verified: readonly boolean[]): void {
    this.signaturePrecheck?.admit(claims, verified)
  }

  /** Runs a tx on a throw-away branch of the check state: no signature or fee checks, unlimited gas. */
  simulate(tx: Uint8Array): TxOutcome {
    return runTx(this.env, 'simulate', tx, this.checkState.branch(), this.checkBlock)
  }

  prepareProposal(txs: Uint8Array[], maxBytes: bigint, maxGas: bigint): Uint8Array[] {
    return prepareProposal(this.env, txs, maxBytes, maxGas)
  }

  processProposal(txs: Uint8Array[]): boolean {
    return processProposal(this.env, txs, this.consensusParams.block)
  }

  finalizeBlock(req: FinalizeBlockRequest): FinalizeBlockResult {
    if (this.pending)
      throw new AppError('NOT_FINALIZED', `block ${this.pending.height} was finalized but not committed`)
    const expected = this.store.lastCommit().version + 1n
    if (req.height !== expected)
      throw new AppError('INVALID_HEIGHT', `finalizeBlock at height ${req.height}, expected ${expected}`)
    const branch = this.store.branch()
    const block: BlockInfo = {
      chainId: this.chainId,
      height: req.height,
      time: req.time,
      proposer: req.proposerAddress,
      lastCommitVotes: req.lastCommitVotes,
      misbehavior: req.misbehavior,
      nextValidatorsHash: req.nextValidatorsHash ?? new Uint8Array(),
      // The store's last commit hash is sha256 of nothing before the first commit, as SDK 0.50's LastCommitID.
      lastAppHash: this.store.lastCommit().hash,
    }
    const result = executeBlock(
      { env: this.env, modules: this.modules, storeNames: this.storeNames },
      branch,
      block,
      req.txs,
      req.txHashes,
    )
    const params = this.paramStore?.get(this.context(branch, block, 'block'))
    // The keys the block wrote, for the check-state rebase at commit (a branch that cannot list them makes
    // the next rebase a full recheck).
    const written = new Set<string>()
    branch.forEachPending?.((store, key) => written.add(joinFootprintKey(store, key)))
    branch.write()
    this.pending = { height: req.height, time: req.time }
    const paramsChanged = params !== undefined && !sameConsensusParams(params, this.consensusParams)
    this.blockWrites = { keys: written, full: paramsChanged || !branch.forEachPending }
    // Params changed in this block take effect from the next one, as CometBFT applies them.
    if (paramsChanged) {
      this.setConsensusParams(params)
      return { ...result, consensusParamUpdates: params, appHash: this.store.workingHash() }
    }
    return { ...result, appHash: this.store.workingHash() }
  }

  async commit(
    extra?: { key: Uint8Array; value: Uint8Array }[],
    foreign?: readonly ForeignOp[],
  ): Promise<{ retainHeight: bigint }> {
    const pending = this.pending
    if (!pending) throw new AppError('NOT_FINALIZED', 'commit without a finalized block')
    const info = await this.store.commit(extra, foreign)
    this.pending = undefined
    const written = this.blockWrites
    this.blockWrites = undefined
    this.pendingRebase = {
      check: this.checkState,
      footprints: this.footprints,
      blockWrites: written?.keys ?? new Set(),
      full: this.genesisPending || !written || written.full,
    }
    this.genesisPending = false
    this.resetCheckState(info.version, pending.time)
    return { retainHeight: 0n }
  }

  /**
   * After commit, before any CheckTx: `pooled` are the hashes of the txs still in the mempool, in arrival
   * order. The new check state gets the writes of every pooled tx whose result the block cannot have
   * changed (see planRebase); the answer says, per tx, which must be rechecked (in the order given), or is
   * undefined when all must be (the check state is then the committed state alone).
   *
   * The fee collector's balance is an accumulator: every CheckTx credits it and every block writes it, so as
   * an ordinary key it would tie every pooled tx to every other and to the block, and everything would be
   * rechecked. No CheckTx can fail on it (a credit has no upper bound, and nothing in the ante reads it for a
   * decision), so it is left out of the rule: the new check state holds its committed value plus the credits
   * of the rechecked txs. Only the gas a later CheckTx reports can differ from a full recheck's (by the read
   * cost of a few bytes of the balance's length); DeliverTx runs on block state and is unaffected.
   */
  rebaseCheckState(pooled: readonly Uint8Array[]): boolean[] | undefined {
    const prev = this.pendingRebase
    this.pendingRebase = undefined
    // A CheckTx already ran on the fresh state (nothing should, between commit and the mempool's update).
    const touched = this.footprints.size > 0
    if (!prev || prev.full || touched) {
      if (touched) this.resetCheckState(this.checkBlock.height, this.lastBlockTime)
      return undefined
    }
    const accumulator = memoAccumulator(this.checkAccumulator)
    const keys = pooled.map(hashKey)
    const fps = keys.map((k) => prev.footprints.get(k))
    const inPool = new Set(keys)
    const others = [...prev.footprints].filter(([k]) => !inPool.has(k)).map(([, fp]) => fp)
    const plan = planRebase(fps, others, prev.blockWrites, accumulator)
    for (const k of plan.carried) {
      const { store, key } = splitFootprintKey(k)
      const value = prev.check.getKVStore(store).get(key)
      const into = this.checkState.getKVStore(store)
      if (value === undefined) into.delete(key)
      else into.set(key, value)
    }
    keys.forEach((k, i) => {
      if (!plan.recheck[i]) this.footprints.set(k, fps[i] ?? emptyFootprint())
    })
    return plan.recheck
  }

  query(req: QueryRequest): QueryResult {
    // Routes the node registers answer from node state (tx index…) that changes between versions: uncached.
    if (this.queryRouter.ownerOf(req.path) === 'node') return this.runQuery(req)
    return this.queryCache.get(req, this.store.lastCommit().version, () => this.runQuery(req))
  }

  private runQuery(req: QueryRequest): QueryResult {
    return handleQuery(
      {
        store: this.store,
        storeNames: this.storeNames,
        router: this.queryRouter,
        version: this.version,
        simulate: (tx) => this.simulate(tx),
        context: (version) => this.queryContext(version),
      },
      req,
    )
  }

  exportAppState(): unknown {
    const version = this.store.lastCommit().version
    if (version === 0n) throw new AppError('INVALID_HEIGHT', 'nothing to export: no block has been committed')
    return this.modules.exportGenesis(this.queryContext(version, 'genesis'))
  }

  /** Module invariants over the last committed state (tests, export and operator checks; not run per block). */
  checkInvariants(): BrokenInvariant[] {
    return this.modules.checkInvariants(this.queryContext(this.store.lastCommit().version))
  }

  private setConsensusParams(params: ConsensusParams): void {
    this.consensusParams = params
    this.env.maxBlockGas = params.block.maxGas
  }

  private resetCheckState(height: bigint, time: Timestamp): void {
    this.lastBlockTime = time
    this.footprints = new Map()
    this.checkState = this.store.branch()
    this.checkBlock = this.blockInfo(height, time)
  }

  private blockInfo(height: bigint, time: Timestamp): BlockInfo {
    return { chainId: this.chainId, height, time, proposer: new Uint8Array() }
  }

  private context(branch: CacheMultiStore, block: BlockInfo, mode: ExecMode): Context {
    const stores = new BranchStores(branch, this.storeNames)
    return new Context(block, mode, infiniteGasMeter(), new EventManager(), stores)
  }

  /** Queries see the block time only at the latest version; older block times are not kept by the app. */
  private queryContext(version: bigint, mode: ExecMode = 'query'): Context {
    const stores = new VersionStores((name) => this.store.storeAt(name, version), this.storeNames)
    const time = version === this.store.lastCommit().version ? this.lastBlockTime : ZERO_TIME
    return new Context(this.blockInfo(version, time), mode, infiniteGasMeter(), new EventManager(), stores)
  }
}

function hashKey(hash: Uint8Array): string {
  return Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength).toString('latin1')
}

/** The accumulator predicate over footprint keys, each key decided once. */
function memoAccumulator(isAccumulator: (store: string, key: Uint8Array) => boolean): (k: string) => boolean {
  const known = new Map<string, boolean>()
  return (k) => {
    let yes = known.get(k)
    if (yes === undefined) {
      const { store, key } = splitFootprintKey(k)
      yes = isAccumulator(store, key)
      known.set(k, yes)
    }
    return yes
  }
}
