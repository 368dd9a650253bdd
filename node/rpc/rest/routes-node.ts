// cosmos.base.tendermint gateway routes: node_info (Keplr's chain check), syncing, blocks, validator sets.
import type { FastifyInstance } from 'fastify'
import type { RpcBackend } from '../backend.js'
import { base64 } from '../json/encode.js'
import { COMET_VERSION } from '../methods/info.js'
import { bech32Address, blockGatewayJson, blockIdGatewayJson } from './block-json.js'
import { badRequest, notFound } from './errors.js'

export interface NodeRouteOptions {
  valconsPrefix: string
  appName: string
  appVersion: string
}

function heightParam(raw: string): bigint {
  if (!/^\d{1,19}$/.test(raw) || BigInt(raw) === 0n) throw badRequest(`invalid height ${JSON.stringify(raw)}`)
  return BigInt(raw)
}

export function registerNodeRoutes(app: FastifyInstance, backend: RpcBackend, opts: NodeRouteOptions): void {
  app.get('/cosmos/base/tendermint/v1beta1/node_info', async () => {
    const { nodeInfo: n } = await backend.status()
    return {
      default_node_info: {
        protocol_version: { p2p: '8', block: '11', app: '0' },
        default_node_id: n.id,
        listen_addr: n.listenAddr,
        network: n.network,
        version: COMET_VERSION,
        channels: base64(Buffer.from('40202122233038606100', 'hex')),
        moniker: n.moniker,
        other: { tx_index: 'on', rpc_address: n.rpcAddress },
      },
      application_version: {
        name: opts.appName,
        app_name: opts.appName,
        version: opts.appVersion,
        git_commit: '',
        build_tags: '',
        go_version: `node ${process.version}`,
        build_deps: [],
        cosmos_sdk_version: '',
      },
    }
  })

  app.get('/cosmos/base/tendermint/v1beta1/syncing', async () => ({
    syncing: (await backend.status()).syncInfo.catchingUp,
  }))

  const block = async (height: bigint) => {
    const stored = await backend.block(height)
    if (!stored) throw notFound(`block at height ${height} is not available`)
    return {
      block_id: blockIdGatewayJson(stored.blockId),
      ...blockGatewayJson(stored.block, opts.valconsPrefix),
    }
  }
  app.get('/cosmos/base/tendermint/v1beta1/blocks/latest', async () =>
    block((await backend.blockRange()).height),
  )
  app.get('/cosmos/base/tendermint/v1beta1/blocks/:height', async (request) =>
    block(heightParam((request.params as { height: string }).height)),
  )

  const validatorSet = async (height: bigint) => {
    const vals = await backend.validators(height)
    if (!vals) throw notFound(`validator set at height ${height} is not available`)
    return {
      block_height: height.toString(),
      validators: vals.map((v) => ({
        address: bech32Address(opts.valconsPrefix, v.address),
        pub_key: {
          '@type': '/cosmos.crypto.ed25519.PubKey',
          key: base64(v.pubKey.ed25519 ?? new Uint8Array()),
        },
        voting_power: v.votingPower.toString(),
        proposer_priority: v.proposerPriority.toString(),
      })),
      pagination: { next_key: null, total: vals.length.toString() },
    }
  }
  app.get('/cosmos/base/tendermint/v1beta1/validatorsets/latest', async () =>
    validatorSet((await backend.blockRange()).height),
  )
  app.get('/cosmos/base/tendermint/v1beta1/validatorsets/:height', async (request) =>
    validatorSet(heightParam((request.params as { height: string }).height)),
  )
}
