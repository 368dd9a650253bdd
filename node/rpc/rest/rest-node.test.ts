// The REST gateway and JSON-RPC against a real single-validator node (DatumNode in a temp home): the routes
// Keplr uses, answered by the real auth and bank modules, simulate and broadcast of a CosmJS-signed send.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { QueryClient, SigningStargateClient, setupTxExtension } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import { GetTxsEventRequest, GetTxsEventResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service'
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NodeConfig } from '../../config/node-config.js'
import { initHome } from '../../daemon/init-home.js'
import { DatumNode } from '../../daemon/node.js'
import { bech32Address } from './block-json.js'

// biome-ignore lint/suspicious/noExplicitAny: responses are raw JSON inspected by the assertions
type Json = any

let home: string
let node: DatumNode | undefined
let rpcUrl: string
let restUrl: string
let dev: { mnemonic: string; address: string }

const freePorts = (cfg: NodeConfig) => {
  cfg.rpc.laddr = 'tcp://127.0.0.1:0'
  cfg.rest.laddr = 'tcp://127.0.0.1:0'
  cfg.rest.enabled = true
  cfg.metrics.enabled = false
  cfg.p2p.laddr = '/ip4/127.0.0.1/tcp/0'
}

const portOf = (server: { address(): unknown }) => (server.address() as { port: number }).port

async function waitFor<T>(read: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 100))
  }
}

async function get(path: string): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${restUrl}${path}`)
  return { status: res.status, body: await res.json() }
}

async function post(path: string, body: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${restUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: await res.json() }
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'datum-rest-node-'))
  const init = await initHome({ home, devAccount: true, configure: freePorts })
  dev = init.devAccount!
  node = await DatumNode.start({ home, configure: freePorts, logger: pino({ level: 'silent' }) })
  rpcUrl = `http://127.0.0.1:${portOf(node.rpc.app.server)}`
  restUrl = `http://127.0.0.1:${portOf(node.rest!.app.server)}`
  await waitFor(async () => {
    const latest = await get('/cosmos/base/tendermint/v1beta1/blocks/latest')
    return latest.status === 200 && Number(latest.body.block.header.height) >= 2 ? true : undefined
  })
})

afterAll(async () => {
  await node?.stop()
  if (home) await rm(home, { recursive: true, force: true })
})

describe('REST and RPC on a real node', () => {
  it('node_info names the chain; accounts and balances come from the real modules', async () => {
    const info = await get('/cosmos/base/tendermint/v1beta1/node_info')
    expect(info.body.default_node_info.network).toBe(node!.genesis.chainId)
    const account = await get(`/cosmos/auth/v1beta1/accounts/${dev.address}`)
    expect(account.status).toBe(200)
    expect(account.body.account).toMatchObject({
      '@type': '/cosmos.auth.v1beta1.BaseAccount',
      address: dev.address,
    })
    expect(account.body.account.account_number).toMatch(/^\d+$/)
    const fresh = bech32Address('datum', new Uint8Array(20).fill(9))
    const missing = await get(`/cosmos/auth/v1beta1/accounts/${fresh}`)
    expect(missing.status).toBe(404)
    expect(missing.body.message).toMatch(/code = NotFound/)
    const balances = await get(`/cosmos/bank/v1beta1/balances/${dev.address}?pagination.limit=1000`)
    expect(balances.body.balances).toContainEqual({ denom: 'udatum', amount: expect.stringMatching(/^\d+$/) })
    expect((await get('/cosmos/bank/v1beta1/spendable_balances/test')).status).toBe(400)
    expect((await get('/cosmos/bank/v1beta1/supply')).body.supply.length).toBeGreaterThan(0)
    const authParams = await get('/cosmos/auth/v1beta1/params')
    expect(authParams.body.params.max_memo_characters).toMatch(/^\d+$/)
    expect(authParams.body.params.sig_verify_cost_secp256k1).toMatch(/^\d+$/)
    const bankParams = await get('/cosmos/bank/v1beta1/params')
    expect(typeof bankParams.body.params.default_send_enabled).toBe('boolean')
    expect(Array.isArray(bankParams.body.params.send_enabled)).toBe(true)
  })

  it('simulates and broadcasts a CosmJS-signed send, then finds it by hash', async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(dev.mnemonic, { prefix: 'datum' })
    const signer = await SigningStargateClient.connectWithSigner(rpcUrl, wallet)
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
      const signed = await signer.sign(dev.address, [msg], fee, 'rest')
      const txBytes = Buffer.from(TxRaw.encode(signed).finish()).toString('base64')
      const sim = await post('/cosmos/tx/v1beta1/simulate', { tx_bytes: txBytes })
      expect(sim.status).toBe(200)
      expect(Number(sim.body.gas_info.gas_used)).toBeGreaterThan(0)
      const garbage = await post('/cosmos/tx/v1beta1/txs', { tx_bytes: 'bm90IGEgdHg=' })
      expect(garbage.status).toBe(200) // the SDK gateway's answer, which wallets parse
      expect(garbage.body.tx_response).toMatchObject({ code: 2, codespace: 'sdk', height: '0' })
      const sent = await post('/cosmos/tx/v1beta1/txs', { tx_bytes: txBytes, mode: 'BROADCAST_MODE_SYNC' })
      expect(sent.body.tx_response).toMatchObject({ code: 0, height: '0' })
      const hash = sent.body.tx_response.txhash
      const found = await waitFor(async () => {
        const r = await get(`/cosmos/tx/v1beta1/txs/${hash}`)
        return r.status === 200 ? r.body : undefined
      })
      expect(found.tx.body.memo).toBe('rest')
      expect(found.tx.body.messages[0]).toMatchObject({
        '@type': '/cosmos.bank.v1beta1.MsgSend',
        to_address: dev.address,
      })
      expect(found.tx_response).toMatchObject({ txhash: hash, code: 0 })
      expect(Number(found.tx_response.height)).toBeGreaterThan(0)

      // The same tx through abci_query, as CosmJS's tx extension and the SDK's query router serve it.
      const comet = await Comet38Client.connect(rpcUrl)
      try {
        const queries = QueryClient.withExtensions(comet, setupTxExtension)
        const byHash = await queries.tx.getTx(hash)
        expect(byHash.tx?.body?.memo).toBe('rest')
        expect(byHash.txResponse).toMatchObject({
          txhash: hash,
          code: 0,
          height: BigInt(found.tx_response.height),
        })
        expect(byHash.txResponse?.tx?.typeUrl).toBe('/cosmos.tx.v1beta1.Tx')
        await expect(queries.tx.getTx('00'.repeat(32))).rejects.toThrow(
          /Query failed with \(22\).*tx not found/,
        )
        const events = GetTxsEventRequest.encode(
          GetTxsEventRequest.fromPartial({ query: `tx.hash='${hash}'`, limit: 10n }),
        ).finish()
        const res = await comet.abciQuery({ path: '/cosmos.tx.v1beta1.Service/GetTxsEvent', data: events })
        expect(res.code).toBe(0)
        const decoded = GetTxsEventResponse.decode(res.value)
        expect(decoded.total).toBe(1n)
        expect(decoded.txResponses[0]?.txhash).toBe(hash)
        expect(decoded.txs[0]?.body?.memo).toBe('rest')
      } finally {
        comet.disconnect()
      }
    } finally {
      signer.disconnect()
    }
  })
})
