// The node seen through the RPC: maps RpcBackend calls onto the app, block store, tx index, mempool,
// event bus, chain state and p2p. Rendering to CometBFT JSON is the RPC's business, not this file's.
import type { Validator } from 'cosmjs-types/tendermint/types/validator'
import type { BaseApp } from '../app/base-app.js'
import type { BlockStore } from '../blockstore/block-store.js'
import type { Chain } from '../chain/chain.js'
import type { GenesisDoc } from '../config/genesis.js'
import type { ValidatorKey } from '../config/validator-key.js'
import type { EventBus } from '../events/bus.js'
import type { BusMessage } from '../events/messages.js'
import type { TxAdmission } from '../mempool/admission.js'
import type { Mempool, MempoolCheckResult } from '../mempool/mempool.js'
import type {
  RpcBackend,
  RpcEvent,
  RpcGenesis,
  RpcNetInfo,
  RpcStatus,
  SearchPage,
  StoredBlock,
  Unsubscribe,
} from '../rpc/backend.js'
import { isTxServicePath, txServiceQuery } from '../rpc/tx-service.js'
import type { TxIndexPort } from '../txindex/disabled-index.js'
import { validatorAddress } from '../types/validators.js'

export interface NodeView {
  app: BaseApp
  blocks: BlockStore
  chain: Chain
  txIndex: TxIndexPort
  mempool: Mempool
  /** The mempool's way in for new txs (signatures verified off the main thread, arrival order kept). */
  admission: Pick<TxAdmission, 'checkTx'>
  bus: EventBus
  genesis: GenesisDoc
  validatorKey?: ValidatorKey
  nodeInfo: () => RpcStatus['nodeInfo']
  netInfo: () => RpcNetInfo
  catchingUp: () => boolean
  /** Gossip a tx admitted from the RPC. */
  onLocalTx?: (tx: Uint8Array) => void
}

class MempoolRefusal extends Error {}

let subscriberSeq = 0

export function createRpcBackend(n: NodeView): RpcBackend {
  // The block store saves a block before the app commits it; the RPC shows a height only once its state is
  // committed, so a client that reads the latest height can always query state at it.
  const committedHeight = () => {
    const stored = n.blocks.height()
    const applied = n.chain.state.lastBlockHeight
    return stored < applied ? stored : applied
  }
  const blockRange = () => ({ base: n.blocks.base(), height: committedHeight() })
  const inRange = (h: bigint) => h >= n.blocks.base() && h <= committedHeight() && h > 0n
  const block = async (h: bigint): Promise<StoredBlock | undefined> => {
    if (!inRange(h)) return undefined
    const b = await n.blocks.block(h)
    return { block: b.block, blockId: b.blockId }
  }

  const txService = {
    block,
    blockRange,
    tx: (hash: Uint8Array) => n.txIndex.tx(hash),
    txSearch: (query: string, page: SearchPage) => n.txIndex.search(query, page),
  }
  return {
    async status() {
      const height = committedHeight()
      const base = n.blocks.base()
      // One read per block: status is polled often (CosmJS calls it on every connect).
      const latestStored = height > 0n ? await n.blocks.block(height) : undefined
      const earliestStored = base > 0n ? await n.blocks.block(base) : undefined
      const latest = latestStored?.block
      const earliest = earliestStored?.block
      const state = n.chain.state
      const own = n.validatorKey
      const power = own ? (state.schedule.validators.byAddress(own.address)?.power ?? 0n) : 0n
      const zero = { seconds: 0n, nanos: 0 }
      return {
        nodeInfo: n.nodeInfo(),
        syncInfo: {
          latestBlockHash: latestStored?.blockId.hash ?? new Uint8Array(),
          latestAppHash: state.appHash,
          latestBlockHeight: height,
          latestBlockTime: latest?.header.time ?? zero,
          earliestBlockHash: earliestStored?.blockId.hash ?? new Uint8Array(),
          earliestAppHash: earliest?.header.appHash ?? new Uint8Array(),
          earliestBlockHeight: base,
          earliestBlockTime: earliest?.header.time ?? zero,
          catchingUp: n.catchingUp(),
        },
        validatorInfo: {
          address: own?.address ?? new Uint8Array(20),
          pubKey: own?.pubKey ?? new Uint8Array(32),
          votingPower: power,
        },
      }
    },
    health() {},
    abciInfo: () => n.app.info(),
    // GetTx / GetTxsEvent need the tx index, so the node answers them; every other path is the app's.
    abciQuery: (req) => (isTxServicePath(req.path) ? txServiceQuery(txService, req) : n.app.query(req)),
    blockRange,
    block,
    async blockByHash(hash) {
      const b = await n.blocks.blockByHash(hash)
      return b && inRange(b.block.header.height) ? { block: b.block, blockId: b.blockId } : undefined
    },
    async blockResults(h) {
      return inRange(h) ? n.blocks.results(h) : undefined
    },
    async commit(h) {
      return inRange(h) ? n.blocks.commit(h) : undefined
    },
    validators(h): Validator[] | undefined {
      const set = n.chain.validatorsAt(h)
      return set?.validators.map((v) => ({
        address: v.address,
        pubKey: { ed25519: v.pubKey },
        votingPower: v.power,
        proposerPriority: v.proposerPriority,
      }))
    },
    consensusParams(h) {
      return h <= n.chain.state.lastBlockHeight + 1n ? n.chain.state.consensusParams : undefined
    },
    genesis(): RpcGenesis {
      const g = n.genesis
      return {
        genesisTime: g.genesisTime,
        chainId: g.chainId,
        initialHeight: g.initialHeight,
        consensusParams: g.consensusParams,
        validators: g.validators.map((v) => ({ ...v, address: validatorAddress(v.pubKey) })),
        appHash: new Uint8Array(),
        appState: g.appState,
      }
    },
    tx: (hash) => n.txIndex.tx(hash),
    txSearch: (query: string, page: SearchPage) => n.txIndex.search(query, page),
    blockSearch: (query: string, page: SearchPage) => n.txIndex.searchBlocks(query, page),
    broadcastTx(tx, hash) {
      const answer = (r: MempoolCheckResult) => {
        if (r.refusal === 'duplicate') throw new MempoolRefusal('tx already exists in cache')
        if (r.added) n.onLocalTx?.(tx)
        return r.result
      }
      const r = n.admission.checkTx(tx, undefined, hash)
      return r instanceof Promise ? r.then(answer) : answer(r)
    },
    checkTx: (tx) => n.app.checkTx(tx, 'new'),
    mempoolSize: () => ({ count: n.mempool.size(), bytes: n.mempool.bytes() }),
    unconfirmedTxs: (limit) => n.mempool.txs(limit),
    netInfo: () => n.netInfo(),
    subscribe(query, listener, onCancel): Unsubscribe {
      const subscriber = `rpc-${++subscriberSeq}`
      const sub = n.bus.subscribe(subscriber, query)
      let open = true
      void (async () => {
        for await (const msg of sub) {
          const ev = toRpcEvent(msg)
          if (ev && open) listener(ev)
        }
        if (open && sub.cancelReason) onCancel?.(sub.cancelReason)
      })()
      return () => {
        open = false
        n.bus.unsubscribe(subscriber, query)
      }
    },
  }
}

function toRpcEvent(msg: BusMessage): RpcEvent | undefined {
  switch (msg.kind) {
    case 'NewBlock':
      return { type: 'NewBlock', blockId: msg.data.blockId, block: msg.data.block, result: msg.data.result }
    case 'NewBlockHeader':
      return { type: 'NewBlockHeader', header: msg.data.header }
    case 'Tx': {
      const { height, index, tx, result } = msg.data
      return { type: 'Tx', tx: { hash: sha256Tx(tx), height, index, tx, result } }
    }
    default:
      return undefined
  }
}

import { txHash as sha256Tx } from '../types/hash.js'
