// npm run bench:node — one datumd process, a load process pre-signing MsgSends from many accounts and
// feeding them over JSON-RPC. Prints node.tps, node.latency_p50_ms, node.latency_p99_ms, node.block_time_ms,
// node.rss_mb and the signature implementation the node verifies with.
import '../../node/polyfills.js'
import { cpus } from 'node:os'
import { signatureBackend } from '../../modules/auth/index.js'
import { initFundedNode } from './funded-node.js'
import { idleBlockTimeMs, rssMb, runLoad } from './load.js'
import { loadAccounts, signSend } from './presign.js'

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 200)
const TXS_PER_ACCOUNT = Number(process.env.BENCH_TXS_PER_ACCOUNT ?? 50)

async function main() {
  const accounts = loadAccounts(ACCOUNTS, 1n)
  const { node, genesis } = await initFundedNode(accounts.map((a) => a.address))
  try {
    await node.start({ timeoutMs: 120_000 })
    const idle = await idleBlockTimeMs(node.rpcUrl, 3)
    const t0 = performance.now()
    const sink = accounts[0]!.address
    const lanes = accounts.map((a) =>
      Array.from({ length: TXS_PER_ACCOUNT }, (_, seq) => signSend(a, sink, BigInt(seq), genesis.chainId)),
    )
    process.stderr.write(
      `signed ${ACCOUNTS * TXS_PER_ACCOUNT} txs in ${Math.round(performance.now() - t0)} ms\n`,
    )
    const r = await runLoad([node.rpcUrl], lanes, { concurrency: ACCOUNTS })
    const rss = rssMb(node.child?.pid)
    console.log(`node.tps: ${r.tps.toFixed(0)}`)
    console.log(`node.latency_p50_ms: ${r.latencyP50Ms.toFixed(0)}`)
    console.log(`node.latency_p99_ms: ${r.latencyP99Ms.toFixed(0)}`)
    console.log(`node.block_time_ms: ${r.blockTimeMs.toFixed(0)} (idle ${idle.toFixed(0)})`)
    console.log(`node.rss_mb: ${rss}`)
    console.log(`node.signature_backend: ${signatureBackend()}`)
    console.log(
      `node.committed: ${r.committed}/${r.sent} (rejected ${r.rejected}) over heights ${r.firstHeight}..${r.lastHeight}`,
    )
    console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model}, node ${process.version}`)
  } finally {
    await node.destroy()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
