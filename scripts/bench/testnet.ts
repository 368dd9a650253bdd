// npm run bench:testnet — 4 validators on this machine, load from this separate process through all four
// RPCs. Prints testnet.tps, latency p50/p99, block time idle and under load, the sync rate of a full node
// joining late, and each node's RSS. BENCH_STAKING=off fixes the validators in genesis.json (unknown to
// staking, distribution and slashing) for the staking on/off comparison. BENCH_RATE=<tx/s> sends at that
// fixed rate (open loop; latency from each tx's due time to the block that holds it), not as fast as possible.
// BENCH_CPU_PROF_DIR=<dir> runs the validators under `--cpu-prof` (profiles written when they stop).
// BENCH_TX_INDEX=null runs validators 1–3 without a tx index.
import '../../node/polyfills.js'
import { cpus } from 'node:os'
import { LocalTestnet } from '../../testnet/runner/testnet.js'
import { cpuSeconds, idleBlockTimeMs, loadAverage, rssMb, runLoad, simulateGas } from './load.js'
import { loadAccounts, signSend, withChainAccountNumbers } from './presign.js'
import { presignInChild } from './presign-run.js'

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 200)
const TXS_PER_ACCOUNT = Number(process.env.BENCH_TXS_PER_ACCOUNT ?? 25)
/** `off`: validators fixed in genesis.json, unknown to staking (the baseline for staking's cost). */
const STAKING = process.env.BENCH_STAKING !== 'off'
/** Open loop at this many tx/s (latency below saturation); unset: closed loop, as fast as the nodes take them. */
const RATE = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined
/**
 * `null`: validators 1–3 keep no tx index (config `txIndex.indexer`), as validators that serve no tx queries
 * run; validator 0, which the load generator follows, keeps its index either way.
 */
const TX_INDEX = process.env.BENCH_TX_INDEX === 'null' ? 'null' : 'kv'
/** Runs the validators under `--cpu-prof` into this dir; they are stopped with SIGTERM so the profiles get written. */
const PROFILE_DIR = process.env.BENCH_CPU_PROF_DIR

async function main() {
  let accounts = loadAccounts(ACCOUNTS, 1n)
  const net = await LocalTestnet.create({
    validators: 4,
    fullNodes: 1,
    staking: STAKING,
    nodeArgs: PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [],
    fund: accounts.map((a) => ({
      address: a.address,
      coins: [{ denom: 'udatum', amount: 10_000_000_000n }],
    })),
  })
  try {
    for (const n of net.nodes)
      n.process.patchConfig((c) => {
        c.mempool.maxTxs = 100_000
        c.log.level = 'warn'
        if (n.index > 0) c.txIndex.indexer = TX_INDEX
      })
    await net.start({ only: [0, 1, 2, 3], minHeight: 2n, timeoutMs: 180_000 })
    const idle = await idleBlockTimeMs(net.node(0).rpcUrl, 5)
    accounts = await withChainAccountNumbers(net.node(0).rpcUrl, accounts)
    const sink = accounts[0]!.address
    const url0 = net.node(0).rpcUrl
    const simulated = await simulateGas(url0, signSend(accounts[0]!, sink, 0n, net.genesis.chainId))
    const gas = (simulated * 13n + 9n) / 10n
    const lanes = await presignInChild({
      accounts: ACCOUNTS,
      firstAccountNumber: String(accounts[0]!.accountNumber),
      txsPerAccount: TXS_PER_ACCOUNT,
      chainId: net.genesis.chainId,
      to: sink,
      gas: String(gas),
      fee: '500',
    })
    const pids = [0, 1, 2, 3].map((i) => net.node(i).child?.pid)
    const load0 = loadAverage()
    const cpu0 = pids.map(cpuSeconds)
    const w0 = performance.now()
    const r = await runLoad(
      [0, 1, 2, 3].map((i) => net.node(i).rpcUrl),
      lanes,
      { concurrency: RATE ? 4 : 16, rate: RATE },
    )
    const wall = (performance.now() - w0) / 1000
    const cpuUsed = pids.map((p, i) => cpuSeconds(p) - cpu0[i]!)
    const cpu = cpuUsed.map((c) => c / wall)
    const rss = [0, 1, 2, 3].map((i) => rssMb(net.node(i).child?.pid))
    // A full node joining now syncs every block so far.
    const tip = await net.minHeight([0, 1, 2, 3])
    const t0 = performance.now()
    await net.start({ only: [4], minHeight: tip, timeoutMs: 600_000 })
    const syncRate = Number(tip) / ((performance.now() - t0) / 1000)
    if (PROFILE_DIR) await Promise.all([0, 1, 2, 3].map((i) => net.node(i).stop('SIGTERM', 60_000)))
    console.log(
      `testnet.mode: ${RATE ? `open loop at ${RATE} tx/s (sent at ${r.sendRate.toFixed(0)} tx/s)` : 'closed loop (saturation)'}`,
    )
    console.log(
      `testnet.tps: ${r.tps.toFixed(0)} (staking ${STAKING ? 'on: gentx validators' : 'off'}; tx index on validators 1–3: ${TX_INDEX})`,
    )
    console.log(`testnet.latency_p50_ms: ${r.latencyP50Ms.toFixed(0)}`)
    console.log(`testnet.latency_p99_ms: ${r.latencyP99Ms.toFixed(0)}`)
    console.log(`testnet.block_time_ms: idle ${idle.toFixed(0)}, under load ${r.blockTimeMs.toFixed(0)}`)
    console.log(`testnet.sync_blocks_per_s: ${syncRate.toFixed(1)} (${tip} blocks, including process start)`)
    console.log(`testnet.rss_mb: ${rss.join(' ')}`)
    console.log(`testnet.committed: ${r.committed}/${r.sent} (rejected ${r.rejected})`)
    const cpuSecondsAll = cpuUsed.reduce((n, c) => n + c, 0)
    console.log(
      `testnet.cpu_us_per_tx: ${((cpuSecondsAll / Math.max(r.committed, 1)) * 1e6).toFixed(0)} (the 4 validators together, during the load)`,
    )
    console.log(`testnet.node_cpu: ${cpu.map((c) => `${(c * 100).toFixed(0)} %`).join(' ')} of one core each`)
    console.log(`testnet.gas_per_tx: ${gas} (simulated ${simulated} × 1.3)`)
    console.log(`loadavg: ${load0} before the load, ${loadAverage()} after`)
    console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model}, node ${process.version}`)
  } finally {
    await net.destroy()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
