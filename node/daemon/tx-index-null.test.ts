// A node with `txIndex.indexer` "null" (a validator that serves no tx queries): it commits txs as any node,
// and every index lookup (JSON-RPC tx, tx_search, block_search; REST and gRPC GetTx) fails with CometBFT's
// message instead of a wrong "not found", while the node keeps running.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { SigningStargateClient } from '@cosmjs/stargate'
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitFor } from '../../testnet/harness/wait.js'
import type { NodeConfig } from '../config/node-config.js'
import { waitForHeight } from '../testing/wait-for-height.js'
import { initHome } from './init-home.js'
import { DatumNode } from './node.js'

let home: string
let node: DatumNode | undefined
let rpcUrl: string
let restUrl: string
let dev: { mnemonic: string; address: string }

const configure = (cfg: NodeConfig) => {
  cfg.rpc.laddr = 'tcp://127.0.0.1:0'
  cfg.rest.laddr = 'tcp://127.0.0.1:0'
  cfg.rest.enabled = true
  cfg.metrics.enabled = false
  cfg.p2p.laddr = '/ip4/127.0.0.1/tcp/0'
  cfg.txIndex.indexer = 'null'
}

const portOf = (server: { address(): unknown }) => (server.address() as { port: number }).port

// biome-ignore lint/suspicious/noExplicitAny: raw JSON-RPC answers, inspected by the assertions
async function rpc(method: string, params: Record<string, unknown>): Promise<any> {
  const res = await fetch(rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })
  return res.json()
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'datum-null-index-'))
  const init = await initHome({ home, devAccount: true, configure })
  dev = init.devAccount!
  node = await DatumNode.start({ home, configure, logger: pino({ level: 'silent' }) })
  rpcUrl = `http://127.0.0.1:${portOf(node.rpc.app.server)}`
  restUrl = `http://127.0.0.1:${portOf(node.rest!.app.server)}`
  await waitForHeight(node, 2n)
})

afterAll(async () => {
  await node?.stop()
  if (home) await rm(home, { recursive: true, force: true })
})

describe('a node without a tx index', () => {
  it('commits a CosmJS send; tx, tx_search, block_search and the REST lookup say indexing is disabled', async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: 'datum' })
    const client = await SigningStargateClient.connectWithSigner(rpcUrl, wallet)
    try {
      const fee = { amount: [{ denom: 'udatum', amount: '5000' }], gas: '200000' }
      const msg = {
        typeUrl: '/cosmos.bank.v1beta1.MsgSend',
        value: {
          fromAddress: dev.address,
          toAddress: dev.address,
          amount: [{ denom: 'udatum', amount: '1' }],
        },
      }
      const signed = await client.sign(dev.address, [msg], fee, 'no index')
      const hash = await client.broadcastTxSync(TxRaw.encode(signed).finish())
      await waitFor('the send committed', async () => (await client.getSequence(dev.address)).sequence === 1)

      const byHash = await rpc('tx', { hash: Buffer.from(hash, 'hex').toString('base64') })
      expect(byHash.error).toMatchObject({ code: -32603, data: 'transaction indexing is disabled' })
      const search = await rpc('tx_search', { query: `tx.height>0` })
      expect(search.error).toMatchObject({ code: -32603, data: 'transaction indexing is disabled' })
      const blocks = await rpc('block_search', { query: 'block.height>0' })
      expect(blocks.error).toMatchObject({ code: -32603, data: 'block indexing is disabled' })
      const rest = await fetch(`${restUrl}/cosmos/tx/v1beta1/txs/${hash}`)
      expect(rest.status).toBeGreaterThanOrEqual(400)
      expect(JSON.stringify(await rest.json())).toMatch(/transaction indexing is disabled/)
      await expect(client.getTx(hash)).rejects.toThrow(/transaction indexing is disabled/)

      // Still serving: the chain moves on.
      await waitForHeight(node!, node!.chain.state.lastBlockHeight + 1n)
    } finally {
      client.disconnect()
    }
  })
})
