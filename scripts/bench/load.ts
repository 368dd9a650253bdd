// Feeds pre-signed txs to nodes over JSON-RPC (keep-alive HTTP) and measures commit throughput and
// inclusion latency by following new blocks. Shared by bench:node and bench:testnet.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

export interface LoadResult {
  sent: number
  committed: number
  rejected: number
  tps: number
  latencyP50Ms: number
  latencyP99Ms: number
  blockTimeMs: number
  firstHeight: bigint
  lastHeight: bigint
}

const hashHex = (tx: Uint8Array) => createHash('sha256').update(tx).digest('hex').toUpperCase()

async function rpc<T>(url: string, method: string, params: Record<string, unknown>): Promise<T> {
  // Node's fetch keeps connections alive between calls.
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    signal: AbortSignal.timeout(30_000),
  })
  const json = (await res.json()) as { result?: T; error?: { message: string; data?: string } }
  if (json.error) throw new Error(`${method}: ${json.error.message} ${json.error.data ?? ''}`)
  return json.result as T
}

const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!
}

/**
 * `lanes[i]` are txs of one sender in sequence order: sent one after another; lanes run in parallel,
 * spread over `rpcUrls` round robin.
 */
export async function runLoad(
  rpcUrls: string[],
  lanes: Uint8Array[][],
  opts: { concurrency?: number; timeoutMs?: number } = {},
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
          const h = createHash('sha256').update(Buffer.from(tx, 'base64')).digest('hex').toUpperCase()
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
  const concurrency = opts.concurrency ?? 64
  const workers = Array.from({ length: Math.min(concurrency, lanes.length) }, async () => {
    for (;;) {
      const i = next++
      if (i >= lanes.length) return
      const url = rpcUrls[i % rpcUrls.length]!
      for (const tx of lanes[i]!) {
        sentAt.set(hashHex(tx), performance.now())
        const r = await rpc<{ code: number; log: string }>(url, 'broadcast_tx_sync', {
          tx: Buffer.from(tx).toString('base64'),
        }).catch((e) => ({ code: -1, log: String(e) }))
        if (r.code !== 0) {
          rejected++
          sentAt.delete(hashHex(tx))
          if (rejected <= 3) process.stderr.write(`rejected: ${r.code} ${r.log}\n`)
        }
      }
    }
  })
  await Promise.all(workers)
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
