// `npm run bench:rpc`: abci_query balance requests per second over keep-alive HTTP.
// By default it starts scripts/bench/rpc-server.ts (a real node; see there) in a child process so
// server and load generator each get a core; set DATUM_RPC_URL and BENCH_ADDRESS to load a running node.
import { spawn } from 'node:child_process'
import { Agent, request } from 'node:http'
import { createInterface } from 'node:readline'
import { QueryBalanceRequest } from 'cosmjs-types/cosmos/bank/v1beta1/query'
import { cpuSeconds, loadAverage } from './load.js'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2)

async function startServer(): Promise<{ url: string; address: string; pid?: number; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/rpc-server.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout! })
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  for await (const line of lines) {
    const m = /^READY (\d+) (\S+)$/.exec(line)
    if (m) {
      clearTimeout(timer)
      return {
        url: `http://127.0.0.1:${m[1]}/`,
        address: m[2]!,
        pid: child.pid,
        stop: () => child.kill('SIGTERM'),
      }
    }
  }
  throw new Error('bench RPC server exited before it was ready')
}

function post(url: URL, agent: Agent, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent,
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
    req.on('error', reject)
    req.end(body)
  })
}

/** Keeps CONNECTIONS requests in flight until `until`; counts answers that carry a successful query. */
async function load(url: URL, body: string, until: number): Promise<{ ok: number; failed: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS })
  const counts = { ok: 0, failed: 0 }
  const worker = async () => {
    while (performance.now() < until) {
      const text = await post(url, agent, body)
      if (text.includes('"code":0') && text.includes('"value":"')) counts.ok++
      else counts.failed++
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, worker))
  agent.destroy()
  return counts
}

async function main(): Promise<void> {
  const external = process.env.DATUM_RPC_URL
  const server = external
    ? { url: external, address: process.env.BENCH_ADDRESS ?? '', pid: undefined, stop: () => {} }
    : await startServer()
  try {
    if (!server.address) throw new Error('BENCH_ADDRESS is required with DATUM_RPC_URL')
    const data = Buffer.from(
      QueryBalanceRequest.encode({ address: server.address, denom: 'udatum' }).finish(),
    )
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'abci_query',
      params: { path: '/cosmos.bank.v1beta1.Query/Balance', data: data.toString('hex'), prove: false },
    })
    const url = new URL(server.url)
    await load(url, body, performance.now() + WARMUP_SECONDS * 1000)
    const load0 = loadAverage()
    const cpu0 = cpuSeconds(server.pid)
    const start = performance.now()
    const { ok, failed } = await load(url, body, start + SECONDS * 1000)
    const seconds = (performance.now() - start) / 1000
    const serverCpu = cpuSeconds(server.pid) - cpu0
    if (failed > 0) console.log(`rpc.failed_requests: ${failed}`)
    console.log(
      `rpc.target: ${external ?? `child process, BENCH_TARGET=${process.env.BENCH_TARGET ?? 'node'}`}`,
    )
    console.log(`rpc.connections: ${CONNECTIONS}`)
    console.log(`rpc.query_per_s: ${Math.round(ok / seconds)}`)
    if (server.pid) {
      // CPU per answer is what the machine's other load cannot hide: the rate the server reaches on one core.
      console.log(`rpc.server_cpu: ${((serverCpu / seconds) * 100).toFixed(0)} % of one core`)
      console.log(`rpc.server_cpu_us_per_query: ${((serverCpu / Math.max(ok, 1)) * 1e6).toFixed(1)}`)
    }
    console.log(`loadavg: ${load0} before, ${loadAverage()} after`)
  } finally {
    server.stop()
  }
}

await main()
