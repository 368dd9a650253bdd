// The chain: builds, validates and applies blocks for consensus (ConsensusApp). A single validator and a
// network of validators drive the very same path: propose → validate → commit (finalize, store, persist).
import type { Block } from 'cosmjs-types/tendermint/types/block'
import type { Evidence } from 'cosmjs-types/tendermint/types/evidence'
import { type BlockID, type Commit, Vote } from 'cosmjs-types/tendermint/types/types'
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator'
import type { Timestamp } from '../../modules/sdk/context.js'
import type { BlockStore } from '../blockstore/block-store.js'
import { blockTimeFromCommit } from '../consensus/block-time.js'
import { verifyCommit } from '../consensus/commit.js'
import type {
  CommitOutcome,
  ConsensusApp,
  ProposeContext,
  ValidateContext,
} from '../consensus/driver-types.js'
import { advanceSchedule } from '../consensus/validator-schedule.js'
import type { ValidatorSet } from '../consensus/validator-set.js'
import type { DuplicateVote } from '../consensus/vote-keeper.js'
import type { Application, FinalizeBlockResult, VoteInfo } from '../types/abci.js'
import { blockId, decodeBlock, encodeBlock, makeBlock, validateBlockHashes } from '../types/block.js'
import { emptyCommit } from '../types/commit.js'
import { txHash } from '../types/hash.js'
import { consensusParamsHash } from '../types/params.js'
import { lastResultsHash } from '../types/results.js'
import { validatorsHash } from '../types/validators.js'
import type { MempoolSink, ProposalSource, TxIndexSink } from './deps.js'
import { evidenceKey, toEvidence, toMisbehavior, verifyEvidence } from './evidence.js'
import {
  type ChainState,
  chainStateKey,
  decodeValidatorSet,
  encodeChainState,
  encodeValidatorSet,
  validatorSetKey,
} from './state.js'

export interface StateReader {
  getSync(key: Uint8Array): Uint8Array | undefined
}

export interface ChainOptions {
  app: Application
  blocks: BlockStore
  state: ChainState
  stateDb: StateReader
  mempool: ProposalSource & MempoolSink
  txIndex: TxIndexSink
  /** Called after a block is durable, for the event bus and metrics. */
  onCommitted?: (
    block: Block,
    id: BlockID,
    result: FinalizeBlockResult,
    txHashes: readonly Uint8Array[],
  ) => void
  onWarn?: (message: string, detail?: unknown) => void
  /**
   * The block store is a sublevel of the app store's LevelDB: a decided block and its results are written in
   * the app's commit batch (one fsync, atomic with the state). Otherwise they get their own fsync'd batch first.
   */
  blocksInAppCommit?: boolean
  /** A block committed this evidence: consensus can stop re-proposing it. */
  onEvidenceCommitted?: (evidence: DuplicateVote) => void
  /**
   * Execution time a proposed block may need (ms): this proposer caps its blocks at what it executed in that
   * time lately, so validators finish a block well inside the propose timeout and rounds do not repeat.
   * A proposer-local choice: validation never depends on it. Absent = no cap beyond the consensus params.
   */
  executionBudgetMs?: number
}

/** Smallest cap on a block's txs, so a slow moment never shrinks blocks to nothing. */
const MIN_BLOCK_TXS = 100

export class Chain implements ConsensusApp<Block> {
  /** Set by the node once consensus exists: committed evidence stops being re-proposed. */
  onEvidenceCommitted?: (evidence: DuplicateVote) => void
  private current: ChainState
  /** Verified duplicate votes heard from peers (or seen locally), until a block commits them. */
  private readonly evidencePool = new Map<string, DuplicateVote>()
  /** Indexing of committed blocks, one after another, behind the consensus path. */
  private indexing: Promise<void> = Promise.resolve()
  /** Set when indexing a block failed: later blocks are not indexed either, so the restart re-index is whole. */
  private indexFailedAt: bigint | undefined
  /** Recent execution cost per tx (ms, moving average over blocks of some size), for the block size cap. */
  private msPerTx = 0

  constructor(private readonly opts: ChainOptions) {
    this.current = opts.state
  }

  get state(): ChainState {
    return this.current
  }

  /** The validator set that signed (or signs) `height`, when known. */
  validatorsAt(height: bigint): ValidatorSet | undefined {
    if (height === this.current.schedule.height) return this.current.schedule.validators
    if (height === this.current.schedule.height + 1n) return this.current.schedule.nextValidators
    const raw = this.opts.stateDb.getSync(validatorSetKey(height))
    return raw ? decodeValidatorSet(raw) : undefined
  }

  async propose(ctx: ProposeContext): Promise<Block> {
    const s = this.current
    // Room for the header, last commit and evidence around the txs.
    const room = s.consensusParams.block.maxBytes - 100_000n
    const maxBytes = room > 0n ? room : 0n
    const pooled = this.opts.mempool.reap(maxBytes, s.consensusParams.block.maxGas, this.maxBlockTxs())
    const txs = this.opts.app.prepareProposal(pooled, maxBytes, s.consensusParams.block.maxGas)
    const evidence = this.pendingEvidence(ctx)
    return makeBlock({
      chainId: s.chainId,
      height: ctx.height,
      time: ctx.time,
      lastBlockId: s.lastBlockId,
      lastCommit: ctx.lastCommit ?? emptyCommit(),
      txs,
      evidence,
      validatorsHash: validatorsHash(ctx.validators.validators),
      nextValidatorsHash: validatorsHash(ctx.nextValidators.validators),
      consensusHash: consensusParamsHash(s.consensusParams.block),
      appHash: s.appHash,
      lastResultsHash: s.lastResultsHash,
      proposerAddress: ctx.proposerAddress,
    })
  }

  private maxBlockTxs(): number {
    const budget = this.opts.executionBudgetMs
    if (!budget || this.msPerTx <= 0) return Number.POSITIVE_INFINITY
    return Math.max(MIN_BLOCK_TXS, Math.floor(budget / this.msPerTx))
  }

  /** Adds gossiped or locally detected evidence after verifying it; returns false when it is invalid. */
  addEvidence(dv: DuplicateVote): boolean {
    const ev = toEvidence(dv, this.current.lastBlockTime)
    const key = Buffer.from(evidenceKey(ev)).toString('hex')
    if (this.evidencePool.has(key) || this.opts.stateDb.getSync(evidenceKey(ev))) return true
    const set = this.validatorsAt(dv.voteA.height)
    if (!set) return false
    try {
      verifyEvidence(this.current.chainId, ev, set)
    } catch {
      return false
    }
    this.evidencePool.set(key, dv)
    return true
  }

  private pendingEvidence(ctx: ProposeContext): Evidence[] {
    const out: Evidence[] = []
    const seen = new Set<string>()
    for (const dv of [...ctx.evidence, ...this.evidencePool.values()]) {
      const id = Buffer.from(evidenceKey(toEvidence(dv, this.current.lastBlockTime))).toString('hex')
      if (seen.has(id)) continue
      seen.add(id)
      const ev = toEvidence(dv, this.current.lastBlockTime)
      if (this.opts.stateDb.getSync(evidenceKey(ev))) continue
      const set = this.validatorsAt(dv.voteA.height)
      if (!set) continue
      try {
        verifyEvidence(this.current.chainId, ev, set)
        out.push(ev)
      } catch (e) {
        this.opts.onWarn?.('dropping unverifiable evidence', e)
      }
    }
    return out
  }

  async validate(block: Block, ctx: ValidateContext): Promise<boolean> {
    try {
      this.checkBlock(block, ctx)
      return this.opts.app.processProposal(block.data.txs)
    } catch (e) {
      this.opts.onWarn?.(`rejecting proposed block ${block.header?.height}`, (e as Error).message)
      return false
    }
  }

  /** Throws with the reason a block cannot be the next block. */
  private checkBlock(block: Block, ctx: ValidateContext): void {
    const s = this.current
    const h = block.header
    const fail = (why: string): never => {
      throw new Error(`block ${h.height}: ${why}`)
    }
    validateBlockHashes(block)
    if (h.chainId !== s.chainId) fail(`chain id ${h.chainId}, expected ${s.chainId}`)
    if (h.height !== ctx.height) fail(`height ${h.height}, expected ${ctx.height}`)
    if (!same(h.lastBlockId.hash, s.lastBlockId.hash)) fail('last block id does not match')
    if (!same(h.appHash, s.appHash)) fail('app hash does not match the state after the previous block')
    if (!same(h.lastResultsHash, s.lastResultsHash)) fail('last results hash does not match')
    if (!same(h.validatorsHash, validatorsHash(ctx.validators.validators)))
      fail('validators hash does not match')
    if (!same(h.nextValidatorsHash, validatorsHash(ctx.nextValidators.validators)))
      fail('next validators hash does not match')
    if (!same(h.consensusHash, consensusParamsHash(s.consensusParams.block)))
      fail('consensus hash does not match')
    if (!same(h.proposerAddress, ctx.proposerAddress)) fail('wrong proposer')
    if (encodeBlock(block).length > Number(s.consensusParams.block.maxBytes)) fail('block exceeds max bytes')
    if (h.height > s.initialHeight) {
      if (!ctx.lastValidators) fail('no validator set for the last commit')
      verifyCommit(s.chainId, ctx.lastValidators!, s.lastBlockId, h.height - 1n, block.lastCommit!)
      const want = blockTimeFromCommit(block.lastCommit!, ctx.lastValidators!, ctx.previousBlockTime)
      if (h.time.seconds !== want.seconds || h.time.nanos !== want.nanos)
        fail('time is not the BFT time of the last commit')
    } else if (block.lastCommit!.signatures.length > 0) {
      fail('the initial block carries a last commit')
    }
    for (const ev of block.evidence.evidence) {
      const dv = ev.duplicateVoteEvidence
      if (!dv?.voteA) fail('unsupported evidence')
      if (this.opts.stateDb.getSync(evidenceKey(ev))) fail('evidence already committed')
      const age = h.height - dv!.voteA!.height
      if (age < 0n || age > s.consensusParams.evidence.maxAgeNumBlocks)
        fail('evidence too old or from the future')
      const set = this.validatorsAt(dv!.voteA!.height)
      if (!set) fail('no validator set for the evidence height')
      verifyEvidence(s.chainId, ev, set!)
    }
  }

  /**
   * Finalizes, stores and persists a decided block. Resolves once it is durable. Throws, changing nothing,
   * when the block was built on an app state other than ours: the network committed it (its commit is
   * signed), so this node's state has diverged (wrong software, corrupted data) and must not go on, as
   * CometBFT refuses a block whose app hash differs ("wrong Block.Header.AppHash"). Blocks decided by our
   * own consensus were validated already; this catches replayed and caught-up blocks.
   */
  async commit(block: Block, commit: Commit): Promise<CommitOutcome> {
    const s = this.current
    const h = block.header
    if (!same(h.appHash, s.appHash))
      throw new Error(
        `app hash mismatch at height ${h.height}: the committed block carries ${hex(h.appHash)} but this node's state after height ${s.lastBlockHeight} is ${hex(s.appHash)}; its state diverged from the network (wrong software version or corrupted data)`,
      )
    const id = blockId(block)
    // Each tx's hash, once: execution (decode cache), the mempool, the index and the events share it.
    const hashes = block.data.txs.map(txHash)
    const started = performance.now()
    const result = this.opts.app.finalizeBlock({
      height: h.height,
      time: h.time,
      proposerAddress: h.proposerAddress,
      nextValidatorsHash: h.nextValidatorsHash,
      hash: id.hash,
      txs: block.data.txs,
      txHashes: hashes,
      lastCommitVotes: this.lastCommitVotes(block),
      misbehavior: block.evidence.evidence.map(toMisbehavior),
    })
    this.observeExecution(performance.now() - started, block.data.txs.length)
    // Block and results ride in the app's commit batch when they share its LevelDB: one fsync for all three.
    const decided = this.opts.blocksInAppCommit
      ? this.opts.blocks.decidedOps(block, commit, result)
      : undefined
    if (!decided) await this.opts.blocks.saveDecided(block, commit, result)
    const schedule = advanceSchedule(s.schedule, result.validatorUpdates)
    const next: ChainState = {
      ...s,
      lastBlockHeight: h.height,
      lastBlockId: id,
      lastBlockTime: h.time,
      appHash: result.appHash,
      lastResultsHash: lastResultsHash(result.txResults),
      consensusParams: result.consensusParamUpdates ?? s.consensusParams,
      schedule,
    }
    const extra = [
      { key: chainStateKey(), value: encodeChainState(next) },
      { key: validatorSetKey(h.height), value: encodeValidatorSet(s.schedule.validators) },
      ...block.evidence.evidence.map((ev) => ({ key: evidenceKey(ev), value: encodeHeightValue(h.height) })),
    ]
    await this.opts.app.commit(extra, decided?.ops)
    decided?.saved()
    this.current = next
    for (const ev of block.evidence.evidence) this.forgetEvidence(ev)
    // The app reset its check state on commit: recheck the pool before anything else can run, so a CheckTx
    // arriving meanwhile never sees the committed state without the still-pooled txs of its sender.
    this.opts.mempool.update(h.height, block.data.txs, hashes)
    // Indexing runs after commit returns, so consensus starts the next height meanwhile. A crash before it
    // finishes loses nothing: the index's height stays behind and bootstrap re-indexes from the stored results.
    this.indexing = this.indexing.then(() => this.indexAndPublish(block, id, result, hashes))
    return { validatorUpdates: result.validatorUpdates }
  }

  private observeExecution(ms: number, txs: number): void {
    if (txs < MIN_BLOCK_TXS) return
    const perTx = ms / txs
    this.msPerTx = this.msPerTx === 0 ? perTx : 0.7 * this.msPerTx + 0.3 * perTx
  }

  /** Resolves once every committed block so far is indexed and published (the node awaits it on stop). */
  flushIndex(): Promise<void> {
    return this.indexing
  }

  private async indexAndPublish(
    block: Block,
    id: BlockID,
    result: FinalizeBlockResult,
    hashes: readonly Uint8Array[],
  ): Promise<void> {
    const h = block.header.height
    if (this.indexFailedAt === undefined) {
      try {
        await this.opts.txIndex.indexBlock(h, block.data.txs, result.txResults, result.events, hashes)
      } catch (e) {
        this.indexFailedAt = h
        this.opts.onWarn?.(`indexing block ${h} failed; the index resumes from it on restart`, e)
      }
    }
    // Subscribers hear of a block once its txs can be found by hash. A throwing listener must not stall the
    // queue behind it (a rejected link would skip every later block).
    try {
      this.opts.onCommitted?.(block, id, result, hashes)
    } catch (e) {
      this.opts.onWarn?.(`publishing block ${h} failed`, e)
    }
  }

  private forgetEvidence(ev: Evidence): void {
    const dv = ev.duplicateVoteEvidence
    if (!dv?.voteA || !dv.voteB) return
    const committed: DuplicateVote = {
      voteA: dv.voteA,
      voteB: dv.voteB,
      validatorPower: dv.validatorPower,
      totalVotingPower: dv.totalVotingPower,
    }
    for (const [key, pooled] of this.evidencePool) {
      if (sameVote(pooled.voteA, dv.voteA) && sameVote(pooled.voteB, dv.voteB)) this.evidencePool.delete(key)
    }
    this.opts.onEvidenceCommitted?.(committed)
    this.onEvidenceCommitted?.(committed)
  }

  private lastCommitVotes(block: Block): VoteInfo[] {
    const set = this.current.schedule.lastValidators
    if (!set || !block.lastCommit) return []
    return block.lastCommit.signatures.map((sig, i) => ({
      validatorAddress: set.validators[i]?.address ?? sig.validatorAddress,
      power: set.validators[i]?.power ?? 0n,
      signed: sig.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_COMMIT,
    }))
  }

  blockId(block: Block): BlockID {
    return blockId(block)
  }

  blockTime(block: Block): Timestamp {
    return block.header.time
  }

  encodeBlock(block: Block): Uint8Array {
    return encodeBlock(block)
  }

  decodeBlock(bytes: Uint8Array): Block {
    return decodeBlock(bytes)
  }
}

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase()

const sameVote = (a: Vote, b: Vote): boolean => same(Vote.encode(a).finish(), Vote.encode(b).finish())

function encodeHeightValue(h: bigint): Uint8Array {
  const b = Buffer.alloc(8)
  b.writeBigUInt64BE(h)
  return new Uint8Array(b)
}
