// Connects consensus, the mempool and the block store to the libp2p layer: gossip validators that feed
// the consensus driver (so a message spreads only if consensus accepts it), the sync server over the block
// store, block catch-up through the driver's committed-block path, and vote pulls from new peers.
import type { Block } from 'cosmjs-types/tendermint/types/block'
import { Commit, type Vote } from 'cosmjs-types/tendermint/types/types'
import type { Logger } from 'pino'
import type { BlockStore } from '../blockstore/block-store.js'
import type { Chain } from '../chain/chain.js'
import type { NodeConfig } from '../config/node-config.js'
import type { ConsensusDriver } from '../consensus/driver.js'
import type { ConsensusNetwork, DecidedBlock, Verdict } from '../consensus/driver-types.js'
import type { TxAdmission } from '../mempool/admission.js'
import type { Mempool, MempoolCheckResult } from '../mempool/mempool.js'
import { BlockSyncer } from '../p2p/block-syncer.js'
import { DEFAULT_MESSAGE_SIZE_LIMITS } from '../p2p/gossip-config.js'
import type { ValidationResult } from '../p2p/gossip-router.js'
import type { P2PLogger } from '../p2p/logger.js'
import { createP2PNode, type P2PNode } from '../p2p/node.js'
import { decodeBlock, encodeBlock } from '../types/block.js'
import {
  decodeEvidence,
  decodeProposal,
  decodeTxs,
  decodeVote,
  encodeEvidence,
  encodeProposal,
  encodeVote,
} from './gossip-codec.js'
import { batchVerdict, TxGossipBatcher } from './tx-gossip.js'

export interface P2PWiringOptions {
  config: NodeConfig
  chainId: string
  nodeKeyFile: string
  chain: Chain
  blocks: BlockStore
  mempool: Mempool
  /** The mempool's way in for txs from peers (see rpc-backend's). */
  admission: Pick<TxAdmission, 'checkTx'>
  log: Logger
  /** Test-only: rewrites each outgoing vote into the votes actually sent (equivocation injection). */
  tamperVote?: (vote: Vote) => Vote[]
}

export interface P2PWiring {
  p2p: P2PNode
  /** Testnet partition hook: drop every peer and refuse connections until turned off. */
  setIsolated(on: boolean): Promise<void>
  readonly isolated: boolean
  syncer: BlockSyncer
  network: ConsensusNetwork<Block>
  attach(driver: ConsensusDriver<Block>): void
  /**
   * Serves, through block sync, the block consensus decided but this node could not execute (an upgrade
   * halt), with the commit that decided it: a slower peer still at that height, or behind it, reaches the
   * same decision (and the same halt) after this node's consensus has stopped.
   */
  serveUnappliedDecision(decision: DecidedBlock<Block>): void
  stop(): Promise<void>
}

const verdictResult = (v: Verdict): ValidationResult => (v.kind === 'accept' ? 'accept' : v.kind)

export async function startP2P(o: P2PWiringOptions): Promise<P2PWiring> {
  let driver: ConsensusDriver<Block> | undefined
  // The p2p layer logs (message, fields); pino takes (fields, message).
  const log: P2PLogger = {
    debug: (msg, data) => o.log.debug(data ?? {}, msg),
    info: (msg, data) => o.log.info(data ?? {}, msg),
    warn: (msg, data) => o.log.warn(data ?? {}, msg),
  }
  let isolated = false
  let unapplied: DecidedBlock<Block> | undefined
  /** The decided-but-unexecuted block, while it is the block after the stored tip. */
  const unappliedNext = () =>
    unapplied !== undefined && unapplied.block.header.height === o.blocks.height() + 1n
      ? unapplied
      : undefined
  const warn = (message: string) => (e: unknown) => o.log.debug({ err: String(e) }, message)

  const p2p = await createP2PNode({
    chainId: o.chainId,
    listen: o.config.p2p.laddr,
    nodeKeyPath: o.nodeKeyFile,
    persistentPeers: o.config.p2p.persistentPeers,
    maxConnections: o.config.p2p.maxConnections,
    isolated: () => isolated,
    log,
    validators: {
      tx: (data, from) => {
        let txs: Uint8Array[]
        try {
          txs = decodeTxs(data)
        } catch {
          return 'reject'
        }
        const results = txs.map((tx) => o.admission.checkTx(tx, from))
        return results.some((r) => r instanceof Promise)
          ? Promise.all(results).then(batchVerdict)
          : batchVerdict(results as MempoolCheckResult[])
      },
      vote: async (data) => {
        if (!driver) return 'ignore'
        try {
          return verdictResult(await driver.receiveVote(decodeVote(data)))
        } catch {
          return 'reject'
        }
      },
      proposal: async (data) => {
        if (!driver) return 'ignore'
        try {
          return verdictResult(await driver.receiveProposal(decodeProposal(data)))
        } catch {
          return 'reject'
        }
      },
      evidence: (data) => {
        try {
          return o.chain.addEvidence(decodeEvidence(data)) ? 'accept' : 'reject'
        } catch {
          return 'reject'
        }
      },
    },
    syncProvider: {
      status: () => ({
        height: Number(o.blocks.height()) + (unappliedNext() ? 1 : 0),
        base: Number(o.blocks.base()),
      }),
      async block(height) {
        const h = BigInt(height)
        const decided = unappliedNext()
        if (decided !== undefined && h === decided.block.header.height) {
          return { height, block: encodeBlock(decided.block), commit: Commit.encode(decided.commit).finish() }
        }
        if (h < 1n || h < o.blocks.base() || h > o.blocks.height()) return undefined
        const stored = await o.blocks.block(h)
        const { commit } = await o.blocks.commit(h)
        return { height, block: encodeBlock(stored.block), commit: Commit.encode(commit).finish() }
      },
      votes(height, round) {
        if (!driver) return []
        return driver
          .currentVotes()
          .filter((v) => v.height === BigInt(height) && v.round === round)
          .map(encodeVote)
      },
    },
  })

  const syncer = new BlockSyncer({
    source: p2p.sync,
    peers: () => p2p.connectedPeers(),
    localHeight: () => Number(o.blocks.height()),
    reportPeer: (peer) => p2p.reportPeer(peer),
    applyBlock: async (bwc) => {
      if (!driver) throw new Error('consensus is not running yet')
      const block = decodeBlock(bwc.block)
      const commit = Commit.decode(bwc.commit)
      const want = o.chain.state.lastBlockHeight + 1n
      if (block.header.height !== want)
        throw new Error(`block ${block.header.height} is not the next block (${want})`)
      const verdict = await driver.receiveCommittedBlock(block, commit).catch((err) => {
        // The commit verified but this node could not execute the block (an upgrade height): the node stops
        // on its own; the peer that served it is not at fault.
        if (driver?.unappliedDecision() !== undefined) return undefined
        throw err
      })
      if (verdict === undefined) return
      if (verdict.kind === 'reject') throw verdict.error
      if (o.chain.state.lastBlockHeight < want)
        throw new Error(`block ${want} was not applied: ${JSON.stringify(verdict)}`)
    },
    log,
  })

  const pullVotes = (peer: string) => {
    if (!driver) return
    const { height, round } = driver.status()
    p2p.sync
      .votes(peer, Number(height), round)
      .then(async (votes) => {
        for (const v of votes) await driver?.receiveVote(decodeVote(v)).catch(warn('pulled vote refused'))
      })
      .catch(warn('vote pull failed'))
  }
  const unsubscribePeers = p2p.onPeerConnected(pullVotes)

  const network: ConsensusNetwork<Block> = {
    broadcastProposal: (msg) =>
      void p2p.publishProposal(encodeProposal(msg)).catch(warn('proposal publish failed')),
    broadcastVote: (vote) => {
      for (const v of o.tamperVote ? o.tamperVote(vote) : [vote]) {
        void p2p.publishVote(encodeVote(v)).catch(warn('vote publish failed'))
      }
    },
    broadcastEvidence: (dv) => {
      o.chain.addEvidence(dv)
      void p2p.publishEvidence(encodeEvidence(dv)).catch(warn('evidence publish failed'))
    },
  }

  const localTxs = new TxGossipBatcher(
    (message) => void p2p.publishTx(message).catch(warn('tx publish failed')),
    DEFAULT_MESSAGE_SIZE_LIMITS.tx,
    (bytes) => o.log.debug({ bytes }, 'tx too large to gossip'),
  )
  o.mempool.onNewTx((entry) => {
    if (entry.source === undefined) localTxs.add(entry.tx)
  })

  return {
    p2p,
    syncer,
    network,
    get isolated() {
      return isolated
    },
    async setIsolated(on) {
      isolated = on
      if (on)
        await Promise.all(p2p.connectedPeers().map((peer) => p2p.hangUp(peer).catch(warn('hang up failed'))))
      else for (const addr of o.config.p2p.persistentPeers) void p2p.dial(addr).catch(warn('redial failed'))
    },
    attach(d) {
      driver = d
      syncer.start(1_000)
    },
    serveUnappliedDecision(decision) {
      unapplied = decision
      // Consensus has stopped: this node only serves now; fetching the peers' copy of it would fail.
      void syncer.stop()
    },
    async stop() {
      unsubscribePeers()
      await syncer.stop()
      await p2p.stop()
    },
  }
}
