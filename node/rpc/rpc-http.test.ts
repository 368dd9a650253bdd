// HTTP transport: bad input of every kind gets the right JSON-RPC error and the server keeps serving;
// GET URI form, CORS, notifications, timeouts and /metrics.
import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMetricsServer } from './metrics-server.js'
import { createRpcServer, type RpcServer } from './server.js'
import { MemoryBackend, txHashOf } from './test-backend.js'

// biome-ignore lint/suspicious/noExplicitAny: responses are raw JSON inspected by the assertions
type Json = any

let backend: MemoryBackend
let server: RpcServer
let url: string

beforeAll(async () => {
  backend = new MemoryBackend()
  backend.addBlock()
  backend.addBlock([Uint8Array.from(Buffer.from('tx one'))])
  server = await createRpcServer(backend, {
    limits: { maxBodyBytes: 10_000, maxBatchRequests: 3, maxJsonDepth: 16, requestTimeoutMs: 1_000 },
  })
  url = `http://127.0.0.1:${await server.listen(0)}`
})

afterAll(async () => {
  await server?.close()
})

async function postRaw(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })
  const text = await res.text()
  return { status: res.status, text, json: (text ? JSON.parse(text) : undefined) as Json }
}

const call = (method: string, params: unknown = {}, id: unknown = 1) =>
  postRaw(JSON.stringify({ jsonrpc: '2.0', id, method, params }))

async function expectAlive() {
  const { json } = await call('health')
  expect(json).toEqual({ jsonrpc: '2.0', id: 1, result: {} })
}

describe('bad input over HTTP', () => {
  it('invalid JSON is -32700 with HTTP 200', async () => {
    const res = await postRaw('{"jsonrpc":"2.0",')
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700 } })
    const empty = await postRaw('')
    expect(empty.json.error.code).toBe(-32700)
    await expectAlive()
  })

  it('unknown method is -32601, echoing the id with its JSON type', async () => {
    const res = await call('no_such_method', {}, 'abc')
    expect(res.json).toEqual({
      jsonrpc: '2.0',
      id: 'abc',
      error: { code: -32601, message: 'Method not found', data: 'no_such_method' },
    })
    expect((await call('__proto__')).json.error.code).toBe(-32601)
  })

  it('bad params are -32602; out-of-range heights are -32603 with the CometBFT text', async () => {
    expect((await call('block', { height: 'ten' })).json.error.code).toBe(-32602)
    expect((await call('block', { height: '99999999999999999999' })).json.error.code).toBe(-32602)
    expect((await call('tx', { hash: 'not base64!' })).json.error.code).toBe(-32602)
    expect((await call('abci_query', { path: '/x', data: 'zz' })).json.error.code).toBe(-32602)
    expect((await call('block', 'a string')).json.error.code).toBe(-32602)
    const zero = await call('block', { height: '0' })
    expect(zero.json.error).toEqual({
      code: -32603,
      message: 'Internal error',
      data: 'height must be greater than 0, but got 0',
    })
    const future = await call('block', { height: 50 })
    expect(future.json.error.data).toBe(
      'height 50 must be less than or equal to the current blockchain height 2',
    )
    expect((await call('tx_search', { query: 'tx.height=1', order_by: 'sideways' })).json.error.code).toBe(
      -32603,
    )
    expect((await call('tx_search', { query: 'bad query' })).json.error.data).toMatch(/failed to parse query/)
    expect((await call('tx', { hash: Buffer.alloc(32).toString('base64') })).json.error.data).toMatch(
      /not found/,
    )
    await expectAlive()
  })

  it('invalid request objects are -32600', async () => {
    expect((await postRaw('{"id":1,"method":"health"}')).json.error.code).toBe(-32600)
    expect((await postRaw('{"jsonrpc":"2.0","id":{},"method":"health"}')).json.error.code).toBe(-32600)
    expect((await postRaw('{"jsonrpc":"2.0","id":1,"method":7}')).json.error).toMatchObject({ code: -32600 })
    expect((await postRaw('7')).json.error.code).toBe(-32600)
  })

  it('empty and oversized batches are one -32600; valid batches answer per id', async () => {
    const empty = await postRaw('[]')
    expect(empty.json).toMatchObject({ id: null, error: { code: -32600, data: 'empty batch request' } })
    const many = JSON.stringify(
      Array.from({ length: 4 }, (_, i) => ({ jsonrpc: '2.0', id: i, method: 'health' })),
    )
    const tooMany = await postRaw(many)
    expect(tooMany.json.error.data).toBe('batch request exceeds maximum (3) allowed number of requests')
    const batch = await postRaw(
      JSON.stringify([
        { jsonrpc: '2.0', id: 1, method: 'health' },
        { jsonrpc: '2.0', id: 2, method: 'nope' },
        { jsonrpc: '2.0', method: 'health' },
      ]),
    )
    expect(batch.json).toEqual([
      { jsonrpc: '2.0', id: 1, result: {} },
      { jsonrpc: '2.0', id: 2, error: { code: -32601, message: 'Method not found', data: 'nope' } },
    ])
  })

  it('notifications get no response body', async () => {
    const single = await postRaw('{"jsonrpc":"2.0","method":"health"}')
    expect(single).toMatchObject({ status: 200, text: '' })
    const all = await postRaw(
      '[{"jsonrpc":"2.0","method":"health"},{"jsonrpc":"2.0","id":null,"method":"status"}]',
    )
    expect(all.text).toBe('')
  })

  it('deep JSON is -32600 without parsing it', async () => {
    const deep = await postRaw(`${'['.repeat(2_000)}${']'.repeat(2_000)}`)
    expect(deep.json.error).toMatchObject({ code: -32600 })
    const deepString = `{"jsonrpc":"2.0","id":1,"method":"health","params":{"x":"${'['.repeat(100)}"}}`
    expect((await postRaw(deepString)).json.result).toEqual({})
    await expectAlive()
  })

  it('an oversized body is 413 with a JSON-RPC -32600 body', async () => {
    const big = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'broadcast_tx_sync',
      params: { tx: 'A'.repeat(20_000) },
    })
    const res = await postRaw(big)
    expect(res.status).toBe(413)
    expect(res.json.error.code).toBe(-32600)
    await expectAlive()
  })

  it('odd content types are parsed consistently, proto keys are inert', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'health' })
    expect((await postRaw(body, { 'content-type': 'text/plain' })).json.result).toEqual({})
    expect((await postRaw(body, { 'content-type': 'application/json\t; x' })).json.result).toEqual({})
    const poisoned = '{"jsonrpc":"2.0","id":1,"method":"status","params":{"__proto__":{"height":"1"}}}'
    expect((await postRaw(poisoned)).json.result.node_info).toBeDefined()
    expect(({} as Json).height).toBeUndefined()
  })

  it('a slow backend call times out with -32603 and the server stays up', async () => {
    backend.queryDelayMs = 1_500
    try {
      const res = await call('abci_query', { path: '/cosmos.bank.v1beta1.Query/Balance', data: '' })
      expect(res.json.error).toMatchObject({ code: -32603, data: 'abci_query timed out after 1000 ms' })
    } finally {
      backend.queryDelayMs = 0
    }
    await expectAlive()
  })
})

describe('GET URI form', () => {
  it('serves every method with id -1 and CometBFT argument encodings', async () => {
    const status: Json = await (await fetch(`${url}/status`)).json()
    expect(status).toMatchObject({
      jsonrpc: '2.0',
      id: -1,
      result: { node_info: { network: 'datum-test-1' } },
    })
    const block: Json = await (await fetch(`${url}/block?height=2`)).json()
    expect(block.result.block.header.height).toBe('2')
    const hash = Buffer.from(txHashOf(Buffer.from('tx one'))).toString('hex')
    const tx: Json = await (await fetch(`${url}/tx?hash=0x${hash}`)).json()
    expect(tx.result.height).toBe('2')
    const search: Json = await (await fetch(`${url}/tx_search?query="tx.height=2"&page=1`)).json()
    expect(search.result.total_count).toBe('1')
    const query: Json = await (await fetch(`${url}/abci_query?path="/unknown"&data=0x0a01`)).json()
    expect(query.result.response.code).toBe(6)
    const unknown = await fetch(`${url}/nope`)
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as Json).error.code).toBe(-32601)
    const bad: Json = await (await fetch(`${url}/block?height=abc`)).json()
    expect(bad.error.code).toBe(-32602)
  })

  it('GET / lists the methods', async () => {
    const text = await (await fetch(`${url}/`)).text()
    expect(text).toContain('//host/abci_query?path=_&data=_&height=_&prove=_')
  })
})

describe('optional consensus-state methods', () => {
  it('exist only when the backend implements them', async () => {
    expect((await call('consensus_state')).json.error.code).toBe(-32601)
    const withState = Object.assign(new MemoryBackend(), {
      consensusState: () => ({ 'height/round/step': '3/0/1' }),
      dumpConsensusState: () => ({ round_state: { height: '3' }, peers: [] }),
    })
    withState.addBlock()
    const other = await createRpcServer(withState)
    try {
      const otherUrl = `http://127.0.0.1:${await other.listen(0)}`
      const state: Json = await (await fetch(`${otherUrl}/consensus_state`)).json()
      expect(state.result).toEqual({ round_state: { 'height/round/step': '3/0/1' } })
      const dump: Json = await (await fetch(`${otherUrl}/dump_consensus_state`)).json()
      expect(dump.result.round_state.height).toBe('3')
    } finally {
      await other.close()
    }
  })
})

describe('CORS, metrics and connection handling', () => {
  it('answers preflight and sets Access-Control-Allow-Origin', async () => {
    const pre = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://wallet.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-origin')).toBe('*')
    expect(pre.headers.get('access-control-allow-headers')).toBe('content-type')
    const res = await fetch(`${url}/health`, { headers: { origin: 'https://wallet.example' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('exposes Prometheus metrics with per-method latency', async () => {
    await call('status')
    backend.addBlock([Uint8Array.of(1), Uint8Array.of(2)])
    backend.addBlock()
    const text = await (await fetch(`${url}/metrics`)).text()
    expect(text).toMatch(/datum_block_height 4/)
    expect(text).toMatch(/datum_txs_total 2/)
    expect(text).toMatch(/datum_mempool_size 0/)
    expect(text).toMatch(/datum_rpc_request_duration_seconds_count\{method="status"\} [1-9]/)
    expect(text).toMatch(/datum_block_interval_seconds_count 1/)
  })

  it('serves the same metrics on a separate metrics port', async () => {
    const separate = createMetricsServer(server.metrics)
    try {
      const port = await separate.listen(0)
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
      expect(text).toMatch(/datum_block_height \d+/)
      expect(text).toMatch(/datum_rpc_request_duration_seconds_bucket/)
    } finally {
      await separate.close()
    }
  })

  it('serves many keep-alive requests on one socket', async () => {
    const port = Number(new URL(url).port)
    const agent = new (await import('node:http')).Agent({ keepAlive: true, maxSockets: 1 })
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'health' })
    for (let i = 0; i < 20; i++) {
      const text = await new Promise<string>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/',
            agent,
            headers: { 'content-type': 'application/json' },
          },
          (res) => {
            let data = ''
            res.on('data', (chunk) => {
              data += chunk
            })
            res.on('end', () => resolve(data))
          },
        )
        req.on('error', reject)
        req.end(body)
      })
      expect(JSON.parse(text).result).toEqual({})
    }
    agent.destroy()
  })
})
