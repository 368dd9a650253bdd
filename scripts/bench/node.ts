// npm run bench:node — one datumd process; MsgSends from many accounts, gas limit from the node's own
// simulation (× 1.3, as `--gas auto` does), pre-signed in a child process and fed over a few keep-alive
// connections in JSON-RPC batches. Prints node.tps, node.latency_p50_ms, node.latency_p99_ms,
// node.block_time_ms, node.rss_mb, the node's CPU use, the load average, the signature implementation and
// the data dir's growth per committed tx. BENCH_CPU_PROF_DIR=<dir> runs the node under `--cpu-prof` and stops
// it with SIGTERM, so the profile is written there. BENCH_RATE=<tx/s> sends at that fixed rate (open loop;
// latency from each tx's due time to the block that holds it) instead of as fast as the node accepts.
// BENCH_NODE_ARGS="<node flags>" starts the node with those runtime flags (e.g. V8 heap options).
import '../../node/polyfills.js'
import { readdirSync, statSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { signatureBackend } from '../../modules/auth/index.js'
import { homePaths } from '../../node/config/home.js'
import { initFundedNode } from './funded-node.js'
import { cpuSeconds, idleBlockTimeMs, loadAverage, rssMb, runLoad, simulateGas } from './load.js'
import { loadAccounts, signSend, withChainAccountNumbers } from './presign.js'
import { presignInChild } from './presign-run.js'

// 40,000 txs by default: about 20 blocks at the node's rate, so the partly filled first and last blocks (a
// run starts and ends between two 1 s block starts) move the figure by a few percent, not by a third.
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 500)
const TXS_PER_ACCOUNT = Number(process.env.BENCH_TXS_PER_ACCOUNT ?? 80)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8)
const PROFILE_DIR = process.env.BENCH_CPU_PROF_DIR
/** Open loop at this many tx/s (latency below saturation); unset: closed loop, as fast as the node takes them. */
const RATE = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined

/** Bytes of every file under `dir` (what `du -sb` counts, without directory entries). */
function treeBytes(dir: string): number {
  let total = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    total += e.isDirectory() ? treeBytes(p) : statSync(p).size
  }
  return total
}

async function main() {
  let accounts = loadAccounts(ACCOUNTS, 1n)
  const { node, genesis } = await initFundedNode(accounts.map((a) => a.address))
  try {
    const nodeArgs = [
      ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
      ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    ]
    await node.start({ timeoutMs: 120_000, nodeArgs })
    const dataDir = homePaths(node.home).dataDir
    // Two blocks of warm-up (start-up work skews the first intervals), then the idle mean over five.
    await idleBlockTimeMs(node.rpcUrl, 2)
    const idle = await idleBlockTimeMs(node.rpcUrl, 5)
    accounts = await withChainAccountNumbers(node.rpcUrl, accounts)
    const sink = accounts[0]!.address
    const simulated = await simulateGas(node.rpcUrl, signSend(accounts[0]!, sink, 0n, genesis.chainId))
    const gas = (simulated * 13n + 9n) / 10n
    const t0 = performance.now()
    const lanes = await presignInChild({
      accounts: ACCOUNTS,
      firstAccountNumber: String(accounts[0]!.accountNumber),
      txsPerAccount: TXS_PER_ACCOUNT,
      chainId: genesis.chainId,
      to: sink,
      gas: String(gas),
      fee: '500',
    })
    process.stderr.write(
      `signed ${ACCOUNTS * TXS_PER_ACCOUNT} txs (gas ${gas} = simulated ${simulated} × 1.3) in a child process in ${Math.round(performance.now() - t0)} ms\n`,
    )
    const disk0 = treeBytes(dataDir)
    const load0 = loadAverage()
    const cpu0 = cpuSeconds(node.child?.pid)
    const w0 = performance.now()
    const r = await runLoad([node.rpcUrl], lanes, { concurrency: CONNECTIONS, rate: RATE })
    const nodeCpuSeconds = cpuSeconds(node.child?.pid) - cpu0
    const nodeCpu = nodeCpuSeconds / ((performance.now() - w0) / 1000)
    const rss = rssMb(node.child?.pid)
    const disk = treeBytes(dataDir) - disk0
    console.log(
      `node.mode: ${RATE ? `open loop at ${RATE} tx/s (sent at ${r.sendRate.toFixed(0)} tx/s)` : 'closed loop (saturation)'}`,
    )
    console.log(`node.tps: ${r.tps.toFixed(0)}`)
    console.log(`node.latency_p50_ms: ${r.latencyP50Ms.toFixed(0)}`)
    console.log(`node.latency_p99_ms: ${r.latencyP99Ms.toFixed(0)}`)
    console.log(`node.block_time_ms: ${r.blockTimeMs.toFixed(0)} (idle ${idle.toFixed(0)})`)
    console.log(`node.rss_mb: ${rss}`)
    console.log(`node.signature_backend: ${signatureBackend()}`)
    console.log(`node.cpu: ${(nodeCpu * 100).toFixed(0)} % of one core during the load`)
    // CPU per committed tx (CheckTx, execution, commit, index, RPC) is what the machine's other load cannot
    // hide; 1e6 / it is the rate one free core would reach.
    console.log(`node.cpu_us_per_tx: ${((nodeCpuSeconds / Math.max(r.committed, 1)) * 1e6).toFixed(0)}`)
    console.log(
      `node.disk_bytes_per_tx: ${(disk / Math.max(r.committed, 1)).toFixed(0)} (data dir grew ${disk} bytes)`,
    )
    console.log(`loadavg: ${load0} before the load, ${loadAverage()} after`)
    console.log(
      `node.committed: ${r.committed}/${r.sent} (rejected ${r.rejected}) over heights ${r.firstHeight}..${r.lastHeight}`,
    )
    console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model}, node ${process.version}`)
  } finally {
    if (PROFILE_DIR) await node.stop('SIGTERM', 60_000)
    await node.destroy()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
