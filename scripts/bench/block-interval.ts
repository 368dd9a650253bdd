// `npx tsx scripts/bench/block-interval.ts` — the idle block interval of one node at the default
// consensus.timeoutCommitMs (1000) and at the local-net setting (300): mean over 10 empty blocks, after two
// blocks of warm-up, with the load average (the machine is shared).
import '../../node/polyfills.js'
import { NodeProcess } from '../../testnet/harness/node-process.js'
import { idleBlockTimeMs, loadAverage } from './load.js'

for (const ms of [1000, 300]) {
  const { node } = await NodeProcess.init()
  node.patchConfig((c) => {
    c.consensus.timeoutCommitMs = ms
    c.log.level = 'warn'
  })
  try {
    await node.start({ timeoutMs: 120_000 })
    await idleBlockTimeMs(node.rpcUrl, 2)
    const idle = await idleBlockTimeMs(node.rpcUrl, 10)
    console.log(
      `block_interval.idle_ms (timeoutCommitMs ${ms}): ${idle.toFixed(0)} (loadavg ${loadAverage()})`,
    )
  } finally {
    await node.destroy()
  }
}
