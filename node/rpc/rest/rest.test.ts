// Cosmos REST gateway shapes against a real Fastify server: Keplr's routes, errors, 501s and CORS.
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys'
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MemoryBackend, sendResult, txHashOf } from '../test-backend.js'
import { ALICE_PUBKEY } from '../test-queries.js'
import { createRestServer, type RestServer } from './server.js'

// biome-ignore lint/suspicious/noExplicitAny: responses are raw JSON inspected by the assertions
type Json = any

function signedSend(memo: string): Uint8Array {
  const msg = MsgSend.encode({
    fromAddress: 'datum1alice',
    toAddress: 'datum1bob',
    amount: [{ denom: 'udatum', amount: '5' }],
  })
  const bodyBytes = TxBody.encode(
    TxBody.fromPartial({
      messages: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: msg.finish() }],
      memo,
    }),
  ).finish()
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: [
        {
          publicKey: {
            typeUrl: '/cosmos.crypto.secp256k1.PubKey',
            value: PubKey.encode({ key: ALICE_PUBKEY }).finish(),
          },
          modeInfo: { single: { mode: 1 } },
          sequence: 3n,
        },
      ],
      fee: { amount: [{ denom: 'udatum', amount: '2000' }], gasLimit: 200_000n },
    }),
  ).finish()
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [new Uint8Array(64).fill(7)] }).finish()
}

let backend: MemoryBackend
let server: RestServer
let base: string
const indexedTx = signedSend('indexed')

beforeAll(async () => {
  backend = new MemoryBackend()
  backend.addBlock()
  backend.addBlock([indexedTx], [sendResult('datum1alice', 'datum1bob')])
  backend.balances.set('datum1alice/udatum', 1234n)
  backend.balances.set('datum1alice/uatom', 5n)
  server = await createRestServer(backend)
  base = `http://127.0.0.1:${await server.listen(0)}`
})

afterAll(async () => {
  await server?.close()
})

async function get(path: string): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${base}${path}`)
  return { status: res.status, body: await res.json() }
}

async function post(path: string, body: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: await res.json() }
}

describe('Cosmos REST gateway', () => {
  it('node_info, syncing, blocks and validator sets', async () => {
    const info = await get('/cosmos/base/tendermint/v1beta1/node_info')
    expect(info.body.default_node_info).toMatchObject({ network: 'datum-test-1', version: '0.38.17' })
    expect(info.body.application_version.name).toBe('datum')
    expect((await get('/cosmos/base/tendermint/v1beta1/syncing')).body).toEqual({ syncing: false })
    const latest = await get('/cosmos/base/tendermint/v1beta1/blocks/latest')
    expect(latest.body.block.header.height).toBe('2')
    expect(latest.body.block.last_commit.signatures[0].block_id_flag).toBe('BLOCK_ID_FLAG_COMMIT')
    expect(latest.body.sdk_block.header.proposer_address).toMatch(/^datumvalcons1/)
    expect(latest.body.block_id.part_set_header.total).toBe(1)
    expect((await get('/cosmos/base/tendermint/v1beta1/blocks/1')).body.block.header.height).toBe('1')
    expect((await get('/cosmos/base/tendermint/v1beta1/blocks/9')).status).toBe(404)
    expect((await get('/cosmos/base/tendermint/v1beta1/blocks/abc')).status).toBe(400)
    const vals = await get('/cosmos/base/tendermint/v1beta1/validatorsets/latest')
    expect(vals.body.validators[0]).toMatchObject({
      voting_power: '10',
      pub_key: { '@type': '/cosmos.crypto.ed25519.PubKey' },
    })
  })

  it('accounts: @type Any with pub_key, 404 with the SDK text for unknown ones', async () => {
    const found = await get('/cosmos/auth/v1beta1/accounts/datum1alice')
    expect(found.body).toEqual({
      account: {
        '@type': '/cosmos.auth.v1beta1.BaseAccount',
        address: 'datum1alice',
        pub_key: {
          '@type': '/cosmos.crypto.secp256k1.PubKey',
          key: Buffer.from(ALICE_PUBKEY).toString('base64'),
        },
        account_number: '7',
        sequence: '3',
      },
    })
    const missing = await get('/cosmos/auth/v1beta1/accounts/datum1nobody')
    expect(missing).toEqual({
      status: 404,
      body: {
        code: 5,
        message: 'rpc error: code = NotFound desc = account datum1nobody not found: key not found',
        details: [],
      },
    })
  })

  it('balances, spendable balances (400 for a bad address), by denom, supply and metadata', async () => {
    const all = await get('/cosmos/bank/v1beta1/balances/datum1alice?pagination.limit=1000')
    expect(all.body).toEqual({
      balances: [
        { denom: 'uatom', amount: '5' },
        { denom: 'udatum', amount: '1234' },
      ],
      pagination: { next_key: null, total: '2' },
    })
    expect((await get('/cosmos/bank/v1beta1/spendable_balances/datum1alice')).body.balances).toHaveLength(2)
    const bad = await get('/cosmos/bank/v1beta1/spendable_balances/test')
    expect(bad.status).toBe(400)
    expect(bad.body.code).toBe(3)
    expect((await get('/cosmos/bank/v1beta1/balances/datum1alice?pagination.limit=x')).status).toBe(400)
    const one = await get('/cosmos/bank/v1beta1/balances/datum1alice/by_denom?denom=udatum')
    expect(one.body).toEqual({ balance: { denom: 'udatum', amount: '1234' } })
    expect((await get('/cosmos/bank/v1beta1/supply')).body.supply).toEqual([
      { denom: 'udatum', amount: '1000000' },
    ])
    const meta = await get('/cosmos/bank/v1beta1/denoms_metadata/udatum')
    expect(meta.body.metadata).toMatchObject({ base: 'udatum', display: 'DATUM', uri_hash: '' })
    expect(meta.body.metadata.denom_units[1]).toEqual({ denom: 'DATUM', exponent: 6, aliases: [] })
    expect((await get('/cosmos/bank/v1beta1/denoms_metadata/ufoo')).status).toBe(404)
  })

  it('broadcasts in sync and async mode; refusals become tx_response codes', async () => {
    const tx = signedSend('broadcast')
    const txBytes = Buffer.from(tx).toString('base64')
    const sync = await post('/cosmos/tx/v1beta1/txs', { tx_bytes: txBytes, mode: 'BROADCAST_MODE_SYNC' })
    expect(sync.body.tx_response).toMatchObject({
      height: '0',
      txhash: Buffer.from(txHashOf(tx)).toString('hex').toUpperCase(),
      code: 0,
      raw_log: '',
      tx: null,
    })
    const again = await post('/cosmos/tx/v1beta1/txs', { txBytes, mode: 'BROADCAST_MODE_SYNC' })
    expect(again.body.tx_response).toMatchObject({ code: 19, codespace: 'sdk' })
    const asyncTx = signedSend('async')
    const async = await post('/cosmos/tx/v1beta1/txs', {
      tx_bytes: Buffer.from(asyncTx).toString('base64'),
      mode: 3,
    })
    expect(async.body.tx_response.code).toBe(0)
    const block = await post('/cosmos/tx/v1beta1/txs', { tx_bytes: txBytes, mode: 'BROADCAST_MODE_BLOCK' })
    expect(block.status).toBe(400)
    // bytes that are no TxRaw still reach CheckTx (this fake refuses a leading 0xff with 32): HTTP 200
    const garbage = await post('/cosmos/tx/v1beta1/txs', {
      tx_bytes: Buffer.from([0xff, 1, 2]).toString('base64'),
    })
    expect(garbage.status).toBe(200)
    expect(garbage.body.tx_response).toMatchObject({ code: 32, codespace: 'sdk', height: '0' })
    expect((await post('/cosmos/tx/v1beta1/txs', { tx_bytes: 'not base64!' })).status).toBe(400)
    expect((await post('/cosmos/tx/v1beta1/txs', {})).body).toEqual({
      code: 3,
      message: 'invalid empty tx',
      details: [],
    })
  })

  it('simulate returns gas_info and msg_responses as @type Anys', async () => {
    const res = await post('/cosmos/tx/v1beta1/simulate', {
      tx_bytes: Buffer.from(signedSend('sim')).toString('base64'),
    })
    expect(res.body).toEqual({
      gas_info: { gas_wanted: '18446744073709551615', gas_used: '81234' },
      result: {
        data: '',
        log: '',
        events: [
          {
            type: 'message',
            attributes: [{ key: 'action', value: '/cosmos.bank.v1beta1.MsgSend', index: true }],
          },
        ],
        msg_responses: [{ '@type': '/cosmos.bank.v1beta1.MsgSendResponse' }],
      },
    })
  })

  it('gets a tx by hash and searches by events', async () => {
    const hash = Buffer.from(txHashOf(indexedTx)).toString('hex').toUpperCase()
    const res = await get(`/cosmos/tx/v1beta1/txs/${hash}`)
    expect(res.body.tx.body).toEqual({
      messages: [
        {
          '@type': '/cosmos.bank.v1beta1.MsgSend',
          from_address: 'datum1alice',
          to_address: 'datum1bob',
          amount: [{ denom: 'udatum', amount: '5' }],
        },
      ],
      memo: 'indexed',
      timeout_height: '0',
      extension_options: [],
      non_critical_extension_options: [],
    })
    expect(res.body.tx.auth_info.signer_infos[0].mode_info).toEqual({ single: { mode: 'SIGN_MODE_DIRECT' } })
    expect(res.body.tx.auth_info.fee).toEqual({
      amount: [{ denom: 'udatum', amount: '2000' }],
      gas_limit: '200000',
      payer: '',
      granter: '',
    })
    expect(res.body.tx_response).toMatchObject({
      height: '2',
      txhash: hash,
      code: 0,
      gas_wanted: '200000',
      timestamp: '2026-05-28T20:26:42.123456Z',
      tx: { '@type': '/cosmos.tx.v1beta1.Tx' },
    })
    expect(res.body.tx_response.data).toMatch(/^[0-9A-F]+$/)
    expect((await get(`/cosmos/tx/v1beta1/txs/${'0'.repeat(64)}`)).status).toBe(404)
    expect((await get('/cosmos/tx/v1beta1/txs/xyz')).status).toBe(400)
    const search = await get(
      `/cosmos/tx/v1beta1/txs?query=${encodeURIComponent("message.sender='datum1alice'")}`,
    )
    expect(search.body.total).toBe('1')
    expect(search.body.tx_responses[0].txhash).toBe(hash)
    expect((await get('/cosmos/tx/v1beta1/txs?query=garbage')).status).toBe(400)
  })

  it('reports health: 200 while healthy, 503 when the backend says otherwise', async () => {
    expect(await get('/health')).toEqual({ status: 200, body: {} })
    const original = backend.health
    backend.health = () => {
      throw new Error('node is stopping')
    }
    try {
      expect(await get('/health')).toEqual({
        status: 503,
        body: { code: 14, message: 'node is stopping', details: [] },
      })
    } finally {
      backend.health = original
    }
  })

  it('maps an app without the query path to 501', async () => {
    expect(await get('/cosmos/auth/v1beta1/params')).toEqual({
      status: 501,
      body: { code: 12, message: 'Not Implemented', details: [] },
    })
  })

  it('answers 501 for everything else and serves CORS', async () => {
    for (const path of ['/ibc/apps/transfer/v1/params', '/cosmos/gov/v1/proposals', '/feemarket/v1/params']) {
      expect(await get(path)).toEqual({
        status: 501,
        body: { code: 12, message: 'Not Implemented', details: [] },
      })
    }
    const res = await fetch(`${base}/cosmos/base/tendermint/v1beta1/node_info`, {
      headers: { origin: 'https://x' },
    })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const pre = await fetch(`${base}/cosmos/tx/v1beta1/txs`, {
      method: 'OPTIONS',
      headers: { origin: 'https://x', 'access-control-request-method': 'POST' },
    })
    expect(pre.status).toBe(204)
  })
})
