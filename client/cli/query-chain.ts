// `datum status`, `datum query block [height]`, `datum query tx <hash>`, `datum query txs --events …`: the
// node's CometBFT JSON-RPC, printed as simd prints them (status and blocks as CometBFT's JSON; txs as the
// SDK's TxResponse with the tx decoded to proto JSON).
import { Tx } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { type ParsedArgs, positional, str } from './args.js'
import type { Command } from './command.js'
import { withNode } from './connect.js'
import { CliError, UsageError } from './errors.js'
import { anyJson, cosmosJson, type Json } from './proto-json.js'

/** One JSON-RPC call on --node; an RPC error is exit 1 with its message. */
export async function rpcCall(a: ParsedArgs, method: string, params: Record<string, unknown>): Promise<Json> {
  const node = str(a, 'node')!
  const body = await withNode(node, async () => {
    const res = await fetch(node, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    })
    return (await res.json()) as { result?: Json; error?: { code: number; message: string; data?: string } }
  })
  if (body.error)
    throw new CliError('RPC_ERROR', `${body.error.message}${body.error.data ? `: ${body.error.data}` : ''}`)
  return body.result!
}

function uintOf(what: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined
  if (!/^[1-9]\d{0,18}$/.test(v)) throw new UsageError(`${what} must be a positive integer`)
  return v
}

/** A Tx's bytes as proto JSON with every Any (messages, public keys) expanded. */
export function txJson(bytes: Uint8Array): Json {
  const tx = Tx.decode(bytes)
  const json = cosmosJson(Tx, tx)
  const body = json.body as Json
  body.messages = (tx.body?.messages ?? []).map((m) => anyJson(m))
  body.extension_options = (tx.body?.extensionOptions ?? []).map((m) => anyJson(m))
  body.non_critical_extension_options = (tx.body?.nonCriticalExtensionOptions ?? []).map((m) => anyJson(m))
  const auth = json.auth_info as Json
  auth.signer_infos = (tx.authInfo?.signerInfos ?? []).map((s, i) => ({
    ...((auth.signer_infos as Json[])[i] ?? {}),
    public_key: s.publicKey ? anyJson(s.publicKey) : null,
  }))
  return { '@type': '/cosmos.tx.v1beta1.Tx', ...json }
}

type RpcTx = { hash: string; height: string; tx: string; tx_result: Json }

/** CometBFT's tx result as the SDK's TxResponse (the shape of `simd query tx`). */
async function txResponse(a: ParsedArgs, t: RpcTx, times: Map<string, string>): Promise<Json> {
  let timestamp = times.get(t.height)
  if (timestamp === undefined) {
    const header = ((await rpcCall(a, 'header', { height: t.height })).header ?? {}) as Json
    timestamp = String(header.time ?? '')
    times.set(t.height, timestamp)
  }
  const r = t.tx_result
  return {
    height: t.height,
    txhash: t.hash.toUpperCase(),
    codespace: r.codespace ?? '',
    code: r.code ?? 0,
    data: r.data ? Buffer.from(String(r.data), 'base64').toString('hex').toUpperCase() : '',
    raw_log: r.log ?? '',
    logs: [],
    info: r.info ?? '',
    gas_wanted: String(r.gas_wanted ?? '0'),
    gas_used: String(r.gas_used ?? '0'),
    tx: txJson(Buffer.from(t.tx, 'base64')),
    timestamp,
    events: r.events ?? [],
  }
}

/** `message.sender=datum1…&transfer.recipient=datum1…` (SDK 0.47 --events) as a CometBFT query. */
export function eventsQuery(events: string): string {
  const parts = events.split('&').filter((p) => p !== '')
  if (parts.length === 0) throw new UsageError('--events needs at least one <type>.<attr>=<value>')
  return parts
    .map((p) => {
      const m = /^([A-Za-z0-9_./-]+\.[A-Za-z0-9_-]+)=(.+)$/.exec(p)
      if (!m) throw new UsageError(`--events: ${JSON.stringify(p)} is not <type>.<attr>=<value>`)
      const value = m[2]!
      return /^\d+$/.test(value) && m[1] === 'tx.height'
        ? `${m[1]}=${value}`
        : `${m[1]}='${value.replaceAll("'", "\\'")}'`
    })
    .join(' AND ')
}

const local = (c: Omit<Command, 'kind'>): Command => ({ ...c, kind: 'query' })

export const chainQueryCommands: Command[] = [
  local({
    path: ['status'],
    summary: "the node's status: node info, sync info (latest height), validator info",
    run: (a) => rpcCall(a, 'status', {}),
  }),
  local({
    path: ['query', 'block'],
    summary: 'a block by height (the latest without one), as CometBFT prints it',
    args: '[height]',
    run: async (a) => {
      const height = uintOf('<height>', a.positionals[0])
      return rpcCall(a, 'block', height === undefined ? {} : { height })
    },
  }),
  local({
    path: ['query', 'tx'],
    summary: 'a committed tx by hash: result, events, gas and the decoded tx',
    args: '<hash>',
    run: async (a) => {
      const hash = positional(a, 0, 'hash')
      if (!/^[0-9a-fA-F]{64}$/.test(hash)) throw new UsageError('<hash> must be 64 hex characters')
      const t = (await rpcCall(a, 'tx', {
        hash: Buffer.from(hash, 'hex').toString('base64'),
      })) as unknown as RpcTx
      return txResponse(a, t, new Map())
    },
  }),
  local({
    path: ['query', 'txs'],
    summary:
      'search committed txs by events, e.g. --events "message.sender=datum1…&message.action=/cosmos.bank.v1beta1.MsgSend"',
    details:
      '--query takes a CometBFT query instead (SDK 0.50 style), e.g. --query "message.sender=\'datum1…\'"',
    flags: {
      events: { type: 'string', description: '<type>.<attr>=<value> joined by &', value: '<events>' },
      query: { type: 'string', description: 'a CometBFT tx_search query', value: '<query>' },
      page: { type: 'string', description: 'page number (from 1)', default: '1', value: '<n>' },
      limit: { type: 'string', description: 'txs per page (max 100)', default: '30', value: '<n>' },
    },
    listKey: 'txs',
    columns: ['height', 'txhash', 'code', 'gas_used'],
    run: async (a) => {
      const [events, raw] = [str(a, 'events'), str(a, 'query')]
      if ((events === undefined) === (raw === undefined))
        throw new UsageError('give one of --events or --query')
      const query = raw ?? eventsQuery(events!)
      const page = Number(uintOf('--page', str(a, 'page')))
      const limit = Number(uintOf('--limit', str(a, 'limit')))
      if (limit > 100) throw new UsageError('--limit must be at most 100')
      const res = await rpcCall(a, 'tx_search', {
        query,
        page: String(page),
        per_page: String(limit),
        order_by: 'asc',
      })
      const found = (res.txs ?? []) as RpcTx[]
      const total = Number(res.total_count ?? 0)
      const times = new Map<string, string>()
      const txs: Json[] = []
      for (const t of found) txs.push(await txResponse(a, t, times))
      return {
        total_count: String(total),
        count: String(txs.length),
        page_number: String(page),
        page_total: String(Math.max(1, Math.ceil(total / limit))),
        limit: String(limit),
        txs,
      }
    },
  }),
]
