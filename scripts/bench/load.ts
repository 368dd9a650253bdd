// Feeds pre-signed txs to nodes over JSON-RPC (keep-alive HTTP) and measures commit throughput and
// inclusion latency by following new blocks. Shared by bench:node and bench:testnet.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service'

export interface LoadResult {
  sent: number
  committed: number
  rejected: number
  tps: number
  /** Txs sent per second over the sending phase (the offered rate in open-loop mode). */
  sendRate: number
  latencyP50Ms: number
  latencyP99Ms: number
  blockTimeMs: number
  firstHeight: bigint
  lastHeight: bigint
}

const hashHex = (tx: Uint8Array) => createHash('sha256').update(tx).digest('hex').toUpperCase()

/** A few keep-alive sockets per node, shared by the senders and the block follower. */
const agent = new Agent({ keepAlive: true, maxSockets: 16 })

function post(url: string, body: string): Promise<string> {
  const u = new URL(url)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        agent,
        timeout: 30_000,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => {
          text += chunk
        })
        res.on('end', () => resolve(text))
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error('request timed out')))
    req.on('error', reject)
    req.end(body)
  })
}

type RpcAnswer<T> = { id?: number; result?: T; error?: { message: string; data?: string } }

/** One call; reads are retried once, since a keep-alive socket can close just as it is reused. */
async function rpc<T>(url: string, method: string, params: Record<string, unknown>): Promise<T> {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method, params })
  const text = await post(url, body).catch(() => post(url, body))
  const json = JSON.parse(text) as RpcAnswer<T>
  if (json.error) throw new Error(`${method}: ${json.error.message} ${json.error.data ?? ''}`)
  return json.result as T
}

/** broadcast_tx_sync for several txs in one JSON-RPC batch; the node checks them in order. */
async function broadcastBatch(url: string, txs: Uint8Array[]): Promise<{ code: number; log: string }[]> {
  const body = JSON.stringify(
    txs.map((tx, id) => ({
      jsonrpc: '2.0',
      id,
      method: 'broadcast_tx_sync',
      params: { tx: Buffer.from(tx).toString('base64') },
    })),
  )
  let answers: RpcAnswer<{ code: number; log: string }>[]
  let retried = false
  try {
    answers = JSON.parse(await post(url, body))
  } catch {
    // A keep-alive socket the server closed as it was reused: send again; a tx the first attempt did
    // deliver now answers "already exists in cache", which counts as accepted.
    retried = true
    try {
      answers = JSON.parse(await post(url, body))
    } catch (e) {
      return txs.map(() => ({ code: -1, log: String(e) }))
    }
  }
  const byId = new Map(answers.map((a) => [a.id, a]))
  return txs.map((_, id) => {
    const a = byId.get(id)
    if (!a) return { code: -1, log: 'no answer in batch' }
    if (a.error) {
      if (retried && /already exists in cache/.test(a.error.data ?? '')) return { code: 0, log: '' }
      return { code: -1, log: `${a.error.message} ${a.error.data ?? ''}` }
    }
    return a.result!
  })
}

/** Gas a tx uses, from the node's Simulate (cosmos.tx.v1beta1.Service/Simulate). */
export async function simulateGas(url: string, tx: Uint8Array): Promise<bigint> {
  const data = Buffer.from(SimulateRequest.encode({ txBytes: tx }).finish()).toString('hex')
  const r = await rpc<{ response: { code: number; log: string; value: string } }>(url, 'abci_query', {
    path: '/cosmos.tx.v1beta1.Service/Simulate',
    data,
  })
  if (r.response.code !== 0) throw new Error(`simulate failed: ${r.response.log}`)
  const res = SimulateResponse.decode(Buffer.from(r.response.value, 'base64'))
  return res.gasInfo!.gasUsed
}

const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!
}

/**
 * Open loop at `rate` tx/s: tx k of the schedule is sequence k / lanes.length of lane k % lanes.length and
 * falls due at start + k / rate, whatever the node's answers (no coordinated omission: latency counts from the
 * due time). Lane i is pinned to node i % rpcUrls.length and to one of `chains` sender chains per node; a chain
 * sends everything due on it in batches of at most `batch`, one request at a time, so each sender's sequences
 * reach its node in order even when the node stalls on a commit and answers late.
 */
function openLoopSenders(
  rpcUrls: string[],
  lanes: Uint8Array[][],
  rate: number,
  chains: number,
  batch: number,
  sentAt: Map<string, number>,
  reject: (r: { code: number; log: string }, hash: string) => void,
): Promise<void>[] {
  const width = lanes.length
  const total = lanes.reduce((n, l) => Math.max(n, l.length), 0) * width
  const chainCount = rpcUrls.length * chains
  const queues: { tx: Uint8Array; dueAt: number }[][] = Array.from({ length: chainCount }, () => [])
  const wake: (() => void)[] = []
  let scheduled = 0
  const start = performance.now()
  const scheduler = (async () => {
    while (scheduled < total) {
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1)
      for (; scheduled < due; scheduled++) {
        const lane = scheduled % width
        const tx = lanes[lane]![Math.floor(scheduled / width)]
        if (!tx) continue
        // Chains are numbered node-major, so lane → node is lane % urls as in the closed loop.
        const node = lane % rpcUrls.length
        const chain = node * chains + (Math.floor(lane / rpcUrls.length) % chains)
        queues[chain]!.push({ tx, dueAt: start + (scheduled * 1000) / rate })
        wake[chain]?.()
      }
      await new Promise((r) => setTimeout(r, 5))
    }
    for (const w of wake) w?.()
  })()
  const senders = queues.map(async (queue, chain) => {
    const url = rpcUrls[Math.floor(chain / chains)]!
    for (;;) {
      if (queue.length === 0) {
        if (scheduled >= total) return
        await new Promise<void>((r) => {
          wake[chain] = r
        })
        continue
      }
      const items = queue.splice(0, batch)
      const hashes = items.map((it) => hashHex(it.tx))
      for (let k = 0; k < items.length; k++) sentAt.set(hashes[k]!, items[k]!.dueAt)
      const results = await broadcastBatch(
        url,
        items.map((it) => it.tx),
      )
      results.forEach((r, k) => {
        reject(r, hashes[k]!)
      })
    }
  })
  return [scheduler, ...senders]
}

/**
 * `lanes[i]` are txs of one sender in sequence order, sent in JSON-RPC batches of `batch` (default 20, the
 * node's batch limit) one after another; `concurrency` lanes (default 8) are in flight at once, spread over
 * `rpcUrls` round robin, over a few keep-alive connections. With `rate`, an open loop instead (see
 * `openLoopSenders`; `concurrency` is then the sender chains per node).
 */
export async function runLoad(
  rpcUrls: string[],
  lanes: Uint8Array[][],
  opts: { concurrency?: number; batch?: number; timeoutMs?: number; rate?: number } = {},
): Promise<LoadResult> {
  const sentAt = new Map<string, number>()
  const latencies: number[] = []
  let rejected = 0
  const total = lanes.reduce((n, l) => n + l.length, 0)
  const status = await rpc<{ sync_info: { latest_block_height: string } }>(rpcUrls[0]!, 'status', {})
  const firstHeight = BigInt(status.sync_info.latest_block_height)
  let followed = firstHeight
  let committed = 0
  const blockTimes: number[] = []
  let done = false
  let lastCommitAt = 0
  const start = performance.now()

  const follower = (async () => {
    let prevTime: number | undefined
    while (!done) {
      const s = await rpc<{ sync_info: { latest_block_height: string } }>(rpcUrls[0]!, 'status', {})
      const top = BigInt(s.sync_info.latest_block_height)
      while (followed < top) {
        followed++
        const b = await rpc<{ block: { header: { time: string }; data: { txs: string[] | null } } }>(
          rpcUrls[0]!,
          'block',
          {
            height: String(followed),
          },
        )
        const now = performance.now()
        const t = Date.parse(b.block.header.time)
        if (prevTime !== undefined) blockTimes.push(t - prevTime)
        prevTime = t
        for (const tx of b.block.data.txs ?? []) {
          const h = hashHex(Buffer.from(tx, 'base64'))
          const at = sentAt.get(h)
          if (at !== undefined) {
            latencies.push(now - at)
            sentAt.delete(h)
            committed++
            lastCommitAt = now
          }
        }
      }
      if (committed + rejected >= total) break
      await new Promise((r) => setTimeout(r, 20))
    }
  })()

  let next = 0
  const concurrency = opts.concurrency ?? 8
  const batch = opts.batch ?? 20
  const reject = (r: { code: number; log: string }, hash: string) => {
    if (r.code === 0) return
    rejected++
    sentAt.delete(hash)
    if (rejected <= 3) process.stderr.write(`rejected: ${r.code} ${r.log}\n`)
  }
  const workers = opts.rate
    ? openLoopSenders(rpcUrls, lanes, opts.rate, concurrency, batch, sentAt, reject)
    : Array.from({ length: Math.min(concurrency, lanes.length) }, async () => {
        for (;;) {
          const i = next++
          if (i >= lanes.length) return
          const url = rpcUrls[i % rpcUrls.length]!
          const lane = lanes[i]!
          for (let at = 0; at < lane.length; at += batch) {
            const txs = lane.slice(at, at + batch)
            const now = performance.now()
            const hashes = txs.map(hashHex)
            for (const h of hashes) sentAt.set(h, now)
            const results = await broadcastBatch(url, txs)
            results.forEach((r, k) => {
              reject(r, hashes[k]!)
            })
          }
        }
      })
  await Promise.all(workers)
  const sendSeconds = (performance.now() - start) / 1000
  const deadline = performance.now() + (opts.timeoutMs ?? 120_000)
  while (committed + rejected < total && performance.now() < deadline)
    await new Promise((r) => setTimeout(r, 50))
  done = true
  await follower
  const seconds = (lastCommitAt - start) / 1000
  return {
    sent: total,
    committed,
    rejected,
    tps: seconds > 0 ? committed / seconds : 0,
    sendRate: total / sendSeconds,
    latencyP50Ms: percentile(latencies, 50),
    latencyP99Ms: percentile(latencies, 99),
    blockTimeMs: percentile(blockTimes, 50),
    firstHeight,
    lastHeight: followed,
  }
}

export async function idleBlockTimeMs(rpcUrl: string, blocks = 5): Promise<number> {
  const s = await rpc<{ sync_info: { latest_block_height: string } }>(rpcUrl, 'status', {})
  const h = BigInt(s.sync_info.latest_block_height)
  for (;;) {
    const t = await rpc<{ sync_info: { latest_block_height: string } }>(rpcUrl, 'status', {})
    if (BigInt(t.sync_info.latest_block_height) >= h + BigInt(blocks)) break
    await new Promise((r) => setTimeout(r, 100))
  }
  const times: number[] = []
  for (let i = 0n; i <= BigInt(blocks); i++) {
    const b = await rpc<{ block: { header: { time: string } } }>(rpcUrl, 'block', { height: String(h + i) })
    times.push(Date.parse(b.block.header.time))
  }
  return (times[times.length - 1]! - times[0]!) / blocks
}

export function rssMb(pid: number | undefined): number {
  if (!pid) return 0
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const m = /VmRSS:\s+(\d+) kB/.exec(status)
    return m ? Math.round(Number(m[1]) / 1024) : 0
  } catch {
    return 0
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc (0 when unknown). */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return 0
  }
}

/** The 1-, 5- and 15-minute load averages, as /proc/loadavg shows them. */
export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  } catch {
    return 'unknown'
  }
}
