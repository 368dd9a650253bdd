// Node-level methods: status, health, abci_info, net_info, genesis, genesis_chunked, consensus_params.

import type { RpcBackend } from '../backend.js'
import { internalError } from '../errors.js'
import { consensusParamsJson } from '../json/abci.js'
import { pubKeyJson } from '../json/block.js'
import { base64, hex, int, rfc3339 } from '../json/encode.js'
import { resolveHeight } from './paging.js'
import type { MethodTable } from './types.js'

/** Reported CometBFT version: CosmJS's connectComet picks Comet38Client only for `0.38.`. */
export const COMET_VERSION = '0.38.17'
const P2P_PROTOCOL = '8'
const BLOCK_PROTOCOL = '11'
const CHANNELS = '40202122233038606100'

const timeOrEmpty = (height: bigint, t: { seconds: bigint; nanos: number }) => (height > 0n ? rfc3339(t) : '')

export const infoMethods: MethodTable = {
  status: {
    args: [],
    async handler({ backend }) {
      const { nodeInfo: n, syncInfo: s, validatorInfo: v } = await backend.status()
      return {
        node_info: {
          protocol_version: { p2p: P2P_PROTOCOL, block: BLOCK_PROTOCOL, app: '0' },
          id: n.id,
          listen_addr: n.listenAddr,
          network: n.network,
          version: COMET_VERSION,
          channels: CHANNELS,
          moniker: n.moniker,
          other: { tx_index: 'on', rpc_address: n.rpcAddress },
        },
        sync_info: {
          latest_block_hash: hex(s.latestBlockHash),
          latest_app_hash: hex(s.latestAppHash),
          latest_block_height: int(s.latestBlockHeight),
          latest_block_time: rfc3339(s.latestBlockTime),
          earliest_block_hash: hex(s.earliestBlockHash),
          earliest_app_hash: hex(s.earliestAppHash),
          earliest_block_height: int(s.earliestBlockHeight),
          earliest_block_time: timeOrEmpty(s.earliestBlockHeight, s.earliestBlockTime),
          catching_up: s.catchingUp,
        },
        validator_info: {
          address: hex(v.address),
          pub_key: pubKeyJson({ ed25519: v.pubKey }),
          voting_power: int(v.votingPower),
        },
      }
    },
  },

  health: {
    args: [],
    async handler({ backend }) {
      await backend.health()
      return {}
    },
  },

  abci_info: {
    args: [],
    async handler({ backend }) {
      const info = await backend.abciInfo()
      return {
        response: {
          data: 'datum',
          version: info.version,
          app_version: '0',
          last_block_height: int(info.lastBlockHeight),
          last_block_app_hash: base64(info.lastBlockAppHash),
        },
      }
    },
  },

  net_info: {
    args: [],
    async handler({ backend }) {
      const net = await backend.netInfo()
      return {
        listening: net.listening,
        listeners: net.listeners,
        n_peers: int(net.peers.length),
        peers: net.peers.map((p) => ({
          node_info: { id: p.nodeId, listen_addr: p.listenAddr, moniker: p.moniker, version: COMET_VERSION },
          is_outbound: p.isOutbound,
          remote_ip: p.remoteIp,
        })),
      }
    },
  },

  genesis: {
    args: [],
    async handler({ backend }) {
      return { genesis: await genesisJson(backend) }
    },
  },

  genesis_chunked: {
    args: ['chunk'],
    async handler({ backend, limits }, params) {
      const doc = Buffer.from(JSON.stringify(await genesisJson(backend)))
      const total = Math.max(1, Math.ceil(doc.length / limits.genesisChunkBytes))
      const chunk = params.int('chunk') ?? 0n
      if (chunk < 0n || chunk >= BigInt(total)) {
        throw internalError(`there are ${total} chunks, ${chunk} is invalid`)
      }
      const start = Number(chunk) * limits.genesisChunkBytes
      const data = doc.subarray(start, start + limits.genesisChunkBytes)
      return { chunk: int(chunk), total: int(total), data: data.toString('base64') }
    },
  },

  consensus_params: {
    args: ['height'],
    async handler({ backend }, params) {
      const height = await resolveHeight(backend, params.int('height'))
      const cp = await backend.consensusParams(height)
      if (!cp) throw internalError(`could not find consensus params for height #${height}`)
      return { block_height: int(height), consensus_params: consensusParamsJson(cp) }
    },
  },
}

async function genesisJson(backend: RpcBackend) {
  const g = await backend.genesis()
  return {
    genesis_time: rfc3339(g.genesisTime),
    chain_id: g.chainId,
    initial_height: int(g.initialHeight),
    consensus_params: consensusParamsJson(g.consensusParams),
    validators: g.validators.map((v) => ({
      address: hex(v.address),
      pub_key: pubKeyJson({ ed25519: v.pubKey }),
      power: int(v.power),
      name: v.name,
    })),
    app_hash: hex(g.appHash),
    app_state: g.appState,
  }
}
