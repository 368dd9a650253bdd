import { peerIdFromString } from '@libp2p/peer-id'
// DatumNode: opens the home, wires app, store, block store, tx index, mempool, consensus and RPC, and
// shuts everything down in the reverse order. Single-validator and multi-validator nodes run the same
// consensus engine; p2p is attached when the node has peers or serves them.

import type { Block } from 'cosmjs-types/tendermint/types/block'
import { Level } from 'level'
import pino, { type Logger } from 'pino'
import { toHex } from '../../modules/sdk/bytes.js'
import type { BaseApp } from '../app/base-app.js'
import { SignatureVerifierPool } from '../app/sig-verify-pool.js'
import { BlockStore } from '../blockstore/block-store.js'
import { loadOrInitState, ReplayFailedError, reconcile } from '../chain/bootstrap.js'
import { Chain } from '../chain/chain.js'
import { ConfigError } from '../config/errors.js'
import type { GenesisDoc } from '../config/genesis.js'
import { loadGenesis } from '../config/genesis.js'
import { type HomePaths, homePaths, isInitialized } from '../config/home.js'
import { loadNodeConfig, type NodeConfig, parseListenAddress } from '../config/node-config.js'
import { loadValidatorKey, type ValidatorKey } from '../config/validator-key.js'
import { systemClock } from '../consensus/clock.js'
import { ConsensusWal } from '../consensus/consensus-wal.js'
import { ConsensusDriver } from '../consensus/driver.js'
import { FileLastSignStateStore } from '../consensus/last-sign-state.js'
import { PrivValidator } from '../consensus/priv-validator.js'
import { EventBus } from '../events/bus.js'
import { TxAdmission } from '../mempool/admission.js'
import { Mempool } from '../mempool/mempool.js'
import { parsePersistentPeer } from '../p2p/persistent-peers.js'
import { createMetricsServer, type MetricsServer } from '../rpc/metrics-server.js'
import { createRestServer, type RestServer } from '../rpc/rest/server.js'
import { createRpcServer, type RpcServer } from '../rpc/server.js'
import { openCommitMultiStore } from '../store/open.js'
import type { CommitMultiStore } from '../store/types.js'
import { DisabledTxIndex, type TxIndexPort } from '../txindex/disabled-index.js'
import { TxIndex } from '../txindex/tx-index.js'
import { sha256 } from '../types/hash.js'
import { createDatumApp, datumStoreKeys } from './app-wiring.js'
import { consensusFailureMessage, exitForConsensusFailure } from './consensus-failure.js'
import { type P2PWiring, startP2P } from './p2p-wiring.js'
import { preverifySignatures } from './preverify.js'
import { publishCommitted } from './publish.js'
import { createRpcBackend } from './rpc-backend.js'
import { equivocatingVotes, installIsolationToggle, testUpgradeHandlers } from './test-hooks.js'
import {
  blockingUpgrade,
  exitForUpgrade,
  lingerUntilPeersHold,
  UPGRADE_HALT_LINGER_MS,
  UpgradeNeededError,
  writeUpgradeInfo,
} from './upgrade-halt.js'
import { DATUM_UPGRADE_HANDLERS } from './upgrade-handlers.js'

export interface StartOptions {
  home: string
  logger?: Logger
  /** Overrides applied after loading config.json (tests pass free ports here). */
  configure?: (cfg: NodeConfig) => void
  /**
   * Called when the chain reaches an upgrade plan this software has no handler for — at start (nothing
   * opened is left open) or at the plan's height (after the node stopped). Default: print the message and
   * exit the process with EXIT_UPGRADE_NEEDED. At start, `start` rejects with the error if this returns.
   */
  onUpgradeNeeded?: (e: UpgradeNeededError) => void
  /**
   * Called after the node stopped because consensus failed on an error (not an upgrade plan), or at start
   * when a stored block cannot be replayed (nothing opened is left open; `start` then rejects with the
   * error if this returns). Default: print `CONSENSUS FAILURE: <message>` and exit the process with
   * EXIT_CONSENSUS_FAILURE.
   */
  onConsensusFailure?: (err: Error) => void
}

/** CometBFT node ids are hex: the first 20 bytes of sha256 of the node key's public key. */
function nodeIdHex(peerId: string): string {
  const key = peerIdFromString(peerId).publicKey
  return toHex(sha256(key ? key.raw : new TextEncoder().encode(peerId)).subarray(0, 20))
}

export class DatumNode {
  private stopping?: Promise<void>

  private constructor(
    readonly paths: HomePaths,
    readonly config: NodeConfig,
    readonly genesis: GenesisDoc,
    readonly log: Logger,
    readonly db: Level<Uint8Array, Uint8Array>,
    readonly store: CommitMultiStore,
    readonly app: BaseApp,
    readonly blocks: BlockStore,
    readonly txIndex: TxIndexPort,
    readonly chain: Chain,
    readonly mempool: Mempool,
    readonly bus: EventBus,
    readonly driver: ConsensusDriver<Block>,
    readonly wal: ConsensusWal,
    readonly rpc: RpcServer,
    readonly rest: RestServer | undefined,
    readonly validatorKey: ValidatorKey,
    readonly net: P2PWiring,
    readonly metricsServer: MetricsServer | undefined,
    private readonly signatureWorkers: SignatureVerifierPool | undefined,
  ) {}

  static async start(opts: StartOptions): Promise<DatumNode> {
    const paths = homePaths(opts.home)
    if (!isInitialized(paths)) {
      throw new ConfigError(
        'HOME_NOT_INITIALIZED',
        `${paths.root} is not initialized (run \`datumd init --home ${opts.home}\`)`,
      )
    }
    const config = loadNodeConfig(paths.configFile)
    opts.configure?.(config)
    const log = opts.logger ?? pino({ level: config.log.level, base: { node: config.moniker } })
    const genesis = loadGenesis(paths.genesisFile)
    const validatorKey = loadValidatorKey(paths.validatorKeyFile)

    const db = new Level<Uint8Array, Uint8Array>(paths.dbDir, { keyEncoding: 'view', valueEncoding: 'view' })
    await db.open()
    const stateDb = db.sublevel<Uint8Array, Uint8Array>('s', { keyEncoding: 'view', valueEncoding: 'view' })
    const blocksDb = db.sublevel<Uint8Array, Uint8Array>('b', { keyEncoding: 'view', valueEncoding: 'view' })
    const indexDb = db.sublevel<Uint8Array, Uint8Array>('i', { keyEncoding: 'view', valueEncoding: 'view' })
    await stateDb.open()
    const store = await openCommitMultiStore({
      db: stateDb,
      storeNames: datumStoreKeys(),
      pruning: { keepRecent: config.app.pruningKeepRecent, keepEvery: config.app.pruningKeepEvery },
      nodeCacheSize: config.app.stateCacheNodes,
    })
    const blocks = await BlockStore.open(blocksDb)
    const txIndex: TxIndexPort =
      config.txIndex.indexer === 'kv' ? await TxIndex.open(indexDb) : new DisabledTxIndex()
    const lastBlockTime =
      blocks.height() > 0n ? (await blocks.block(blocks.height())).block.header.time : undefined
    const upgradeHandlers = { ...DATUM_UPGRADE_HANDLERS, ...testUpgradeHandlers() }
    const app = createDatumApp({
      chainId: genesis.chainId,
      store,
      minGasPrices: config.app.minGasPrices,
      consensusParams: genesis.consensusParams,
      lastBlockTime,
      upgradeHandlers,
    })
    const onUpgradeNeeded = opts.onUpgradeNeeded ?? exitForUpgrade
    const onConsensusFailure = opts.onConsensusFailure ?? exitForConsensusFailure
    // A plan due at the next height that this software cannot apply: refuse before replaying anything.
    const due = blockingUpgrade(app, store.lastCommit().version + 1n, upgradeHandlers)
    if (due) {
      const e = new UpgradeNeededError(due)
      log.fatal(
        { plan: due.name, height: Number(due.height), file: writeUpgradeInfo(paths.dataDir, due) },
        e.message,
      )
      await store.close()
      await db.close()
      onUpgradeNeeded(e)
      throw e
    }
    const state = loadOrInitState(app, genesis, stateDb)
    const mempool = new Mempool(app, {
      maxTxs: config.mempool.maxTxs,
      maxBytes: config.mempool.maxTxsBytes,
      maxTxBytes: config.mempool.maxTxBytes,
      cacheSize: config.mempool.cacheSize,
      onListenerError: (e) => log.warn({ err: e }, 'mempool listener failed'),
    })
    const signatureWorkers =
      config.mempool.signatureWorkers > 0
        ? new SignatureVerifierPool(config.mempool.signatureWorkers, {
            onError: (e) => log.warn({ err: e }, 'signature worker failed'),
          })
        : undefined
    const admission = new TxAdmission(
      mempool,
      signatureWorkers && preverifySignatures(app, mempool, signatureWorkers),
    )
    const bus = new EventBus()
    const chain = new Chain({
      app,
      blocks,
      state,
      stateDb,
      mempool,
      txIndex,
      // Both are sublevels of `db` above.
      blocksInAppCommit: true,
      onCommitted: (block, id, result, txHashes) => {
        publishCommitted(bus, block, id, result, txHashes)
        log.info(
          {
            height: Number(block.header.height),
            txs: block.data.txs.length,
            appHash: toHex(result.appHash).slice(0, 16),
          },
          'committed block',
        )
      },
      onWarn: (message, detail) => log.warn({ detail }, message),
      // Half the propose timeout: room for gossip and for the slower validators on the same machine.
      executionBudgetMs: config.consensus.timeoutProposeMs / 2,
    })
    try {
      await reconcile(chain, blocks, txIndex)
    } catch (e) {
      await store.close()
      await db.close()
      if (!(e instanceof ReplayFailedError)) throw e
      log.fatal({ err: e }, consensusFailureMessage(e))
      onConsensusFailure(e)
      throw e
    }

    const net = await startP2P({
      config,
      chainId: genesis.chainId,
      nodeKeyFile: paths.nodeKeyFile,
      chain,
      blocks,
      mempool,
      admission,
      log: log.child({ part: 'p2p' }),
      tamperVote: equivocatingVotes(genesis.chainId, validatorKey.privKey),
    })
    installIsolationToggle(net, log)

    const wal = ConsensusWal.open(paths.walFile)
    let started: (n: DatumNode) => void = () => {}
    const self = new Promise<DatumNode>((resolve) => {
      started = resolve
    })
    let halting = false
    // Every node holds its signer: the driver signs only at heights where the key is in the set, so a node
    // whose key joins by MsgCreateValidator starts signing at H+2 without a restart (CometBFT does the same).
    const privValidator = new PrivValidator(
      validatorKey.privKey,
      new FileLastSignStateStore(paths.lastSignStateFile),
    )
    const c = config.consensus
    const driver = new ConsensusDriver<Block>({
      chainId: genesis.chainId,
      app: chain,
      network: net.network,
      clock: systemClock,
      timeouts: {
        proposeMs: c.timeoutProposeMs,
        proposeDeltaMs: c.timeoutProposeDeltaMs,
        prevoteMs: c.timeoutPrevoteMs,
        prevoteDeltaMs: c.timeoutPrevoteDeltaMs,
        precommitMs: c.timeoutPrecommitMs,
        precommitDeltaMs: c.timeoutPrecommitDeltaMs,
        commitMs: c.timeoutCommitMs,
      },
      privValidator,
      wal,
      events: {
        onFatal: (err) => {
          const plan = blockingUpgrade(app, chain.state.lastBlockHeight + 1n, upgradeHandlers)
          if (!plan) {
            log.fatal({ err }, consensusFailureMessage(err))
            if (halting) return
            halting = true
            void self.then((n) => n.stop()).then(() => onConsensusFailure(err))
            return
          }
          // The upgrade height: nothing of this block was committed; stop and hand over to the new software.
          const e = new UpgradeNeededError(plan)
          const file = writeUpgradeInfo(paths.dataDir, plan)
          log.fatal({ plan: plan.name, height: Number(plan.height), file }, e.message)
          if (halting) return
          halting = true
          const decision = driver.unappliedDecision()
          if (decision) net.serveUnappliedDecision(decision)
          const peers = {
            connected: () => net.p2p.connectedPeers(),
            expected: config.p2p.persistentPeers.map((a) => parsePersistentPeer(a).peerId),
            height: (peer: string) => net.p2p.sync.status(peer).then((st) => st.height),
          }
          log.info({ maxMs: UPGRADE_HALT_LINGER_MS }, 'serving the decided block until every peer holds it')
          void lingerUntilPeersHold(peers, plan.height, UPGRADE_HALT_LINGER_MS)
            .then(() => self)
            .then((n) => n.stop())
            .then(() => onUpgradeNeeded(e))
        },
        onWarn: (message, detail) => log.warn({ detail }, message),
      },
    })
    chain.onEvidenceCommitted = (evidence) => driver.markEvidenceCommitted(evidence)

    const backend = createRpcBackend({
      app,
      blocks,
      chain,
      txIndex,
      mempool,
      admission,
      bus,
      genesis,
      validatorKey,
      nodeInfo: () => ({
        id: nodeIdHex(net.p2p.peerId),
        listenAddr: config.p2p.laddr,
        network: genesis.chainId,
        moniker: config.moniker,
        rpcAddress: config.rpc.laddr,
      }),
      netInfo: () => ({
        listening: true,
        listeners: net.p2p.multiaddrs(),
        peers: net.p2p.netInfo().map((p) => ({
          nodeId: p.peerId,
          moniker: '',
          listenAddr: p.remoteAddr,
          remoteIp: p.remoteAddr.split('/')[2] ?? '',
          isOutbound: p.direction === 'outbound',
        })),
      }),
      catchingUp: () => net.syncer.catchingUp,
      onLocalTx: () => {},
    })
    const rpc = await createRpcServer(backend, {
      limits: {
        maxBodyBytes: config.rpc.maxBodyBytes,
        maxBatchRequests: config.rpc.maxBatchRequests,
        requestTimeoutMs: config.rpc.timeoutMs,
      },
    })
    const rpcAddr = parseListenAddress('rpc.laddr', config.rpc.laddr)
    await rpc.listen(rpcAddr.port, rpcAddr.host)
    let rest: RestServer | undefined
    if (config.rest.enabled) {
      rest = await createRestServer(backend, {})
      const restAddr = parseListenAddress('rest.laddr', config.rest.laddr)
      await rest.listen(restAddr.port, restAddr.host)
    }
    let metricsServer: MetricsServer | undefined
    if (config.metrics.enabled) {
      metricsServer = createMetricsServer(rpc.metrics)
      const m = parseListenAddress('metrics.laddr', config.metrics.laddr)
      await metricsServer.listen(m.port, m.host)
    }

    const current = chain.state
    const lastCommit =
      // From the chain state after reconcile(): a block replayed at start moves the height consensus starts at.
      current.lastBlockHeight > 0n ? (await blocks.commit(current.lastBlockHeight)).commit : undefined
    await driver.start({ schedule: current.schedule, lastCommit, previousBlockTime: current.lastBlockTime })
    // Gossip and block sync reach consensus only once it runs.
    net.attach(driver)
    log.info(
      { height: Number(current.lastBlockHeight), rpc: config.rpc.laddr, chainId: genesis.chainId },
      'node started',
    )
    const node = new DatumNode(
      paths,
      config,
      genesis,
      log,
      db,
      store,
      app,
      blocks,
      txIndex,
      chain,
      mempool,
      bus,
      driver,
      wal,
      rpc,
      rest,
      validatorKey,
      net,
      metricsServer,
      signatureWorkers,
    )
    started(node)
    return node
  }

  /** Stops consensus first (no new commits), then the servers, then closes storage. Idempotent. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.driver.stop()
      await this.driver.idle().catch(() => undefined)
      await this.chain.flushIndex()
      await this.net.stop().catch(() => undefined)
      await this.rpc.close().catch(() => undefined)
      await this.rest?.close().catch(() => undefined)
      await this.metricsServer?.close().catch(() => undefined)
      await this.signatureWorkers?.close()
      this.bus.close()
      this.wal.close()
      await this.store.close()
      await this.db.close()
      this.log.info('node stopped')
    })()
    return this.stopping
  }
}
