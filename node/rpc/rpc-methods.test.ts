// Every JSON-RPC method's shape, decoded by the real CosmJS Comet38Client against a real Fastify server.
import { toHex } from '@cosmjs/encoding'
import { Comet38Client, connectComet, HttpBatchClient, isComet38Client } from '@cosmjs/tendermint-rpc'
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRpcServer, type RpcServer } from './server.js'
import { CHAIN_ID, MemoryBackend, sendResult, txHashOf } from './test-backend.js'

const txA = Uint8Array.from(Buffer.from('first tx'))
const txB = Uint8Array.from(Buffer.from('second tx'))
const failing = {
  ...sendResult('alice', 'bob'),
  code: 5,
  codespace: 'sdk',
  log: 'insufficient funds',
  data: new Uint8Array(),
}

let backend: MemoryBackend
let server: RpcServer
let url: string
let client: Comet38Client

beforeAll(async () => {
  backend = new MemoryBackend()
  backend.addBlock()
  backend.addBlock([txA, txB], [sendResult('alice', 'bob'), failing])
  backend.addBlock()
  backend.balances.set('datum1alice/udatum', 1234n)
  server = await createRpcServer(backend)
  url = `http://127.0.0.1:${await server.listen(0)}`
  client = await Comet38Client.connect(url)
})

afterAll(async () => {
  client?.disconnect()
  await server?.close()
})

describe('JSON-RPC methods decoded by Comet38Client', () => {
  it('status reports 0.38 so connectComet selects Comet38Client', async () => {
    const auto = await connectComet(url)
    expect(isComet38Client(auto)).toBe(true)
    auto.disconnect()
    const status = await client.status()
    expect(status.nodeInfo.network).toBe(CHAIN_ID)
    expect(status.nodeInfo.version).toMatch(/^0\.38\./)
    expect(status.syncInfo.latestBlockHeight).toBe(3)
    expect(status.syncInfo.latestBlockTime.toISOString()).toBe('2026-05-28T20:26:43.123Z')
    expect(status.validatorInfo.votingPower).toBe(10n)
  })

  it('health, abci_info and genesis', async () => {
    await client.health()
    const info = await client.abciInfo()
    expect(info.lastBlockHeight).toBe(3)
    expect(info.lastBlockAppHash).toEqual(backend.results[2]!.appHash)
    const genesis = await client.genesis()
    expect(genesis.chainId).toBe(CHAIN_ID)
    expect(genesis.validators[0]!.votingPower).toBe(10n)
    expect(genesis.consensusParams.block?.maxGas).toBe(-1)
  })

  it('abci_query returns the response wrapper with a non-zero height and proof ops', async () => {
    const data = QueryBalanceRequest.encode({ address: 'datum1alice', denom: 'udatum' }).finish()
    const res = await client.abciQuery({ path: '/cosmos.bank.v1beta1.Query/Balance', data, prove: true })
    expect(res.code).toBe(0)
    expect(res.height).toBe(3)
    expect(QueryBalanceResponse.decode(res.value).balance?.amount).toBe('1234')
    expect(res.proof?.ops.map((op) => op.type)).toEqual(['ics23:iavl', 'ics23:simple'])
    const unknown = await client.abciQuery({ path: '/nope.Query/X', data: new Uint8Array() })
    expect(unknown.code).toBe(6)
    expect(unknown.codespace).toBe('sdk')
  })

  it('block, block_by_hash, block_results, blockchain, commit', async () => {
    const block = await client.block(2)
    expect(block.block.header.height).toBe(2)
    expect(block.block.txs).toEqual([txA, txB])
    expect(block.block.lastCommit?.height).toBe(1)
    expect(block.block.lastCommit?.signatures[0]?.blockIdFlag).toBe(2)
    const first = await client.block(1)
    expect(first.block.lastCommit).toBeNull()
    const latest = await client.block()
    expect(latest.block.header.height).toBe(3)
    const byHash = await post('block_by_hash', { hash: Buffer.from(block.blockId.hash).toString('base64') })
    expect(byHash.result.block.header.height).toBe('2')
    expect(byHash.result.block_id.hash).toBe(toHex(block.blockId.hash).toUpperCase())
    const header = await post('header', { height: '2' })
    expect(header.result.header).toEqual(byHash.result.block.header)
    const headerByHash = await post('header_by_hash', {
      hash: Buffer.from(block.blockId.hash).toString('base64'),
    })
    expect(headerByHash.result.header.height).toBe('2')
    expect((await post('header_by_hash', { hash: Buffer.alloc(32).toString('base64') })).result).toEqual({
      header: null,
    })
    const missing = await post('block_by_hash', { hash: Buffer.alloc(32).toString('base64') })
    expect(missing.result).toEqual({ block_id: { hash: '', parts: { total: 0, hash: '' } }, block: null })
    const results = await client.blockResults(2)
    expect(results.results.map((r) => r.code)).toEqual([0, 5])
    expect(results.finalizeBlockEvents[0]?.type).toBe('mint')
    const chain = await client.blockchain(1, 3)
    expect(chain.lastHeight).toBe(3)
    expect(chain.blockMetas.map((m) => m.header.height)).toEqual([3, 2, 1])
    expect(chain.blockMetas[1]!.numTxs).toBe(2)
    const commit = await client.commit(2)
    expect(commit.canonical).toBe(true)
    expect(commit.commit.height).toBe(2)
    expect((await client.commit()).canonical).toBe(false)
  })

  it('validators, consensus_params and net_info', async () => {
    const vals = await client.validators({ height: 2 })
    expect(vals.total).toBe(1)
    expect(vals.validators[0]!.pubkey?.algorithm).toBe('ed25519')
    expect((await client.validatorsAll()).validators).toHaveLength(1)
    const params = await post('consensus_params', { height: '2' })
    expect(params.result.consensus_params.block).toEqual({ max_bytes: '22020096', max_gas: '-1' })
    const net = await post('net_info', {})
    expect(net.result).toMatchObject({ listening: true, n_peers: '0', peers: [] })
  })

  it('tx, tx_search and block_search', async () => {
    const tx = await client.tx({ hash: txHashOf(txA), prove: true })
    expect(tx.height).toBe(2)
    expect(tx.result.gasUsed).toBe(61_234n)
    expect(tx.proof?.proof.total).toBe(2)
    expect(toHex(tx.hash).toUpperCase()).toBe(toHex(txHashOf(txA)).toUpperCase())
    const bySender = await client.txSearchAll({ query: "message.sender='alice'" })
    expect(bySender.totalCount).toBe(2)
    expect(bySender.txs.map((t) => t.index)).toEqual([0, 1])
    const byHeight = await client.txSearch({ query: 'tx.height=2', per_page: 1, page: 2, order_by: 'desc' })
    expect(byHeight.txs[0]!.tx).toEqual(txA)
    const blocks = await client.blockSearchAll({ query: "mint.amount='10udatum'" })
    expect(blocks.totalCount).toBe(3)
    await expect(client.txSearch({ query: 'tx.height=2', page: 3 })).rejects.toThrow(
      /page should be within \[1, 1\] range, given 3/,
    )
  })

  it('broadcast sync/async/commit, check_tx and mempool views', async () => {
    const sync = await client.broadcastTxSync({ tx: Buffer.from('tx-sync') })
    expect(sync.code).toBe(0)
    expect(sync.hash).toEqual(txHashOf(Buffer.from('tx-sync')))
    const rejected = await client.broadcastTxSync({ tx: Uint8Array.of(0xff, 1) })
    expect(rejected.code).toBe(32)
    expect(rejected.codespace).toBe('sdk')
    await expect(client.broadcastTxSync({ tx: Buffer.from('tx-sync') })).rejects.toThrow(
      /tx already exists in cache/,
    )
    const async = await client.broadcastTxAsync({ tx: Buffer.from('tx-async') })
    expect(async.hash).toEqual(txHashOf(Buffer.from('tx-async')))
    await waitFor(() => backend.mempool.length === 2)
    expect((await client.numUnconfirmedTxs()).total).toBe(2)
    const unconfirmed = await post('unconfirmed_txs', { limit: '1' })
    expect(unconfirmed.result).toMatchObject({ n_txs: '1', total: '2' })
    const check = await post('check_tx', { tx: Buffer.from('x').toString('base64') })
    expect(check.result).toMatchObject({ code: 0, gas_wanted: '200000' })

    const committed = client.broadcastTxCommit({ tx: Buffer.from('tx-commit') })
    await waitFor(() => backend.mempool.length === 3)
    backend.commitMempool()
    const result = await committed
    expect(result.height).toBe(4)
    expect(result.txResult?.code).toBe(0)
    expect(result.checkTx.code).toBe(0)
  })

  it('genesis_chunked splits the genesis document', async () => {
    const res = await post('genesis_chunked', { chunk: '0' })
    expect(res.result.total).toBe('1')
    const doc = JSON.parse(Buffer.from(res.result.data, 'base64').toString())
    expect(doc.chain_id).toBe(CHAIN_ID)
    const bad = await post('genesis_chunked', { chunk: '5' })
    expect(bad.error.data).toMatch(/there are 1 chunks, 5 is invalid/)
  })

  it('HttpBatchClient batches decode per id', async () => {
    const batch = new HttpBatchClient(url, { batchSizeLimit: 20, dispatchInterval: 5 })
    const batched = await Comet38Client.create(batch)
    const [status, block, health] = await Promise.all([batched.status(), batched.block(1), batched.health()])
    expect(status.nodeInfo.network).toBe(CHAIN_ID)
    expect(block.block.header.height).toBe(1)
    expect(health).toBeNull()
    batched.disconnect()
  })
})

// biome-ignore lint/suspicious/noExplicitAny: responses are raw JSON inspected by the assertions
type Json = any

async function post(method: string, params: unknown): Promise<Json> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 7, method, params }),
  })
  expect(res.status).toBe(200)
  return res.json()
}

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 10))
  }
}
