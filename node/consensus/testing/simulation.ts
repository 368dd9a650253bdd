// An in-process network of consensus drivers on one manual clock. Messages travel through clock
// timers with per-link delays chosen by a seeded generator (or dropped, or duplicated), so tests can
// explore orderings without real time. A tiny "block sync" hands decided blocks to nodes that fell
// behind, as the node's sync protocol does in production.
import { ed25519 } from '@noble/curves/ed25519.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { seededRandom } from '../../testing/seeded-random.js'
import { ManualClock } from '../clock.js'
import type { ConsensusWal } from '../consensus-wal.js'
import { ConsensusDriver } from '../driver.js'
import type { ConsensusNetwork, ProposalMessage } from '../driver-types.js'
import { type LastSignStateStore, MemoryLastSignStateStore } from '../last-sign-state.js'
import { PrivValidator } from '../priv-validator.js'
import type { TimeoutConfig } from '../timeouts.js'
import type { BlockID, Vote } from '../types.js'
import { timestampFromMs } from '../types.js'
import { advanceSchedule, genesisSchedule } from '../validator-schedule.js'
import { ValidatorSet } from '../validator-set.js'
import type { DuplicateVote } from '../vote-keeper.js'
import { TestApp, type TestBlock } from './test-block.js'

export const SIM_CHAIN_ID = 'datum-sim'

export const FAST_TIMEOUTS: TimeoutConfig = {
  proposeMs: 100,
  proposeDeltaMs: 50,
  prevoteMs: 50,
  prevoteDeltaMs: 25,
  precommitMs: 50,
  precommitDeltaMs: 25,
  commitMs: 10,
}

export type LinkFate = { drop: true } | { drop: false; delayMs: number; copies: number }

export interface SimulationOptions {
  validators: number
  /** Nodes that never run (crashed from the start). */
  silent?: number[]
  seed?: number
  /** Per message and link; default 1-5 ms, no loss, no duplicates. */
  link?: (from: number, to: number, rand: () => number) => LinkFate
  timeouts?: TimeoutConfig
  /** Per node: where its last-sign state lives (default in memory). */
  signStateStore?: (index: number) => LastSignStateStore
  wal?: (index: number) => ConsensusWal | undefined
  /** Nodes started with the driver's test-only 'double-prevote' misbehaviour. */
  doublePrevoters?: number[]
  /** Rewrites an outgoing vote of `from` (for byzantine tests): return extra votes to send too. */
  tamperVote?: (from: number, vote: Vote, key: Uint8Array) => Vote[]
}

export interface SimNode {
  wal?: ConsensusWal
  index: number
  key: Uint8Array
  app: TestApp
  driver?: ConsensusDriver<TestBlock>
  evidence: DuplicateVote[]
  fatal?: Error
}

export class Simulation {
  readonly clock = new ManualClock()
  readonly nodes: SimNode[]
  readonly validatorSet: ValidatorSet
  private readonly rand: () => number
  private readonly genesisTime = timestampFromMs(this.clock.now())
  private lastProposal?: BlockID

  constructor(readonly opts: SimulationOptions) {
    this.rand = seededRandom(opts.seed ?? 1)
    const keys = Array.from({ length: opts.validators }, (_, i) =>
      sha256(new TextEncoder().encode(`validator-${i}`)),
    )
    this.validatorSet = ValidatorSet.create(
      keys.map((k) => ({ pubKey: ed25519.getPublicKey(k), power: 10n })),
    )
    this.nodes = keys.map((key, index) => ({ index, key, app: new TestApp(`node${index}`), evidence: [] }))
  }

  /** The block id of the most recent proposal anyone broadcast (byzantine tests vote for it). */
  lastProposedBlockId(): BlockID | undefined {
    return this.lastProposal
  }

  isSilent(index: number): boolean {
    return this.opts.silent?.includes(index) ?? false
  }

  /** Builds and starts a driver for `index` at the height after its last decision. */
  async startNode(index: number): Promise<void> {
    const node = this.nodes[index]!
    const store = this.opts.signStateStore?.(index) ?? new MemoryLastSignStateStore()
    node.wal = this.opts.wal?.(index)
    const driver = new ConsensusDriver<TestBlock>({
      chainId: SIM_CHAIN_ID,
      app: node.app,
      network: this.networkFor(index),
      clock: this.clock,
      timeouts: this.opts.timeouts ?? FAST_TIMEOUTS,
      privValidator: new PrivValidator(node.key, store),
      wal: node.wal,
      rebroadcastMs: 200,
      misbehavior: this.opts.doublePrevoters?.includes(index) ? 'double-prevote' : undefined,
      events: {
        onEvidence: (e) => node.evidence.push(e),
        onFatal: (err) => {
          node.fatal = err
        },
      },
    })
    node.driver = driver
    const last = node.app.decisions.at(-1)
    let schedule = genesisSchedule(1n, this.validatorSet)
    for (const d of node.app.decisions)
      schedule = advanceSchedule(schedule, node.app.updatesAt.get(d.height) ?? [])
    await driver.start({
      schedule,
      lastCommit: last?.commit,
      previousBlockTime: last?.block.time ?? this.genesisTime,
    })
  }

  async start(): Promise<void> {
    for (const node of this.nodes) if (!this.isSilent(node.index)) await this.startNode(node.index)
  }

  /** A crash: the driver stops where it is; its WAL file stays as written. */
  stopNode(index: number): void {
    const node = this.nodes[index]!
    node.driver?.stop()
    node.driver = undefined
    node.wal?.close()
    node.wal = undefined
  }

  stopAll(): void {
    for (const node of this.nodes) if (node.driver !== undefined) this.stopNode(node.index)
  }

  /** Advances simulated time in `stepMs` slices, letting every driver settle after each. */
  async run(ms: number, stepMs = 5, until?: () => boolean): Promise<void> {
    for (let t = 0; t < ms; t += stepMs) {
      this.clock.advance(stepMs)
      await this.settle()
      if (t % 100 === 0) this.syncLaggards()
      if (until?.()) return
    }
  }

  async settle(): Promise<void> {
    for (let i = 0; i < 4; i++) {
      await Promise.all(this.nodes.map((n) => n.driver?.idle()))
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  /** Heights every live node has decided. */
  minDecided(): number {
    const live = this.nodes.filter((n) => n.driver !== undefined)
    return Math.min(...live.map((n) => n.app.decisions.length))
  }

  private syncLaggards(): void {
    const best = this.nodes.reduce((a, b) => (b.app.decisions.length > a.app.decisions.length ? b : a))
    for (const node of this.nodes) {
      const d = node.driver
      const next = node.app.decisions.length
      if (d === undefined || next >= best.app.decisions.length - 1) continue
      const decided = best.app.decisions[next]!
      void d.receiveCommittedBlock(decided.block, decided.commit).catch(() => undefined)
    }
  }

  private networkFor(from: number): ConsensusNetwork<TestBlock> {
    const send = (deliver: (driver: ConsensusDriver<TestBlock>) => Promise<unknown>) => {
      for (const to of this.nodes) {
        if (to.index === from) continue
        const fate = this.opts.link?.(from, to.index, this.rand) ?? {
          drop: false,
          delayMs: 1 + Math.floor(this.rand() * 5),
          copies: 1,
        }
        if (fate.drop) continue
        for (let c = 0; c < fate.copies; c++) {
          this.clock.setTimer(fate.delayMs + c, () => {
            const driver = to.driver
            if (driver !== undefined) void deliver(driver).catch(() => undefined)
          })
        }
      }
    }
    return {
      broadcastProposal: (msg: ProposalMessage<TestBlock>) => {
        this.lastProposal = msg.proposal.blockId
        send((d) => d.receiveProposal(msg))
      },
      broadcastVote: (vote: Vote) => {
        const extra = this.opts.tamperVote?.(from, vote, this.nodes[from]!.key) ?? []
        send((d) => d.receiveVote(vote))
        for (const v of extra) send((d) => d.receiveVote(v))
      },
      broadcastEvidence: () => undefined,
    }
  }
}

/** Heights where two nodes decided different blocks: always empty when consensus is safe. */
export function conflictingDecisions(s: Simulation): string[] {
  const byHeight = new Map<bigint, { hash: string; node: number }>()
  const conflicts: string[] = []
  for (const node of s.nodes) {
    for (const d of node.app.decisions) {
      const seen = byHeight.get(d.height)
      if (seen === undefined) byHeight.set(d.height, { hash: d.hash, node: node.index })
      else if (seen.hash !== d.hash)
        conflicts.push(`height ${d.height}: node ${seen.node} ${seen.hash} vs node ${node.index} ${d.hash}`)
    }
  }
  return conflicts
}
