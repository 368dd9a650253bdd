// `npm run bench:indexer:load`: the indexer following a node that `bench:node`'s load keeps busy. One datumd
// (funded as bench:node funds it), the Follower live on PGlite (in memory, websocket + 300 ms poll) from height
// 0, then bench:node's pre-signed MsgSend load (BENCH_ACCOUNTS × BENCH_TXS_PER_ACCOUNT over BENCH_CONNECTIONS
// connections). Prints, with the load average: blocks and txs indexed per second during the load next to the
// node's own blocks per second over the same window, the largest lag (tip − indexed, sampled every 250 ms),
// the time to reach the tip after the load, and a fresh PGlite catching up from 0 over the loaded chain (the
// indexer's speed when it never waits for a block). The follower shares this process with the load generator.
import '../../node/polyfills.js'
import { openPglite } from '../../client/indexer/db.js'
import { Follower, indexedHeight } from '../../client/indexer/follower.js'
import { migrate } from '../../client/indexer/migrations.js'
import { ChainSource } from '../../client/indexer/source.js'
import { initFundedNode } from './funded-node.js'
import { idleBlockTimeMs, loadAverage, runLoad, simulateGas } from './load.js'
import { loadAccounts, signSend, withChainAccountNumbers } from './presign.js'
import { presignInChild } from './presign-run.js'

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 200)
const TXS_PER_ACCOUNT = Number(process.env.BENCH_TXS_PER_ACCOUNT ?? 50)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8)

async function tip(rpcUrl: string): Promise<bigint> {
  const s = (await (await fetch(`${rpcUrl}/status`)).json()) as {
    result: { sync_info: { latest_block_height: string } }
  }
  return BigInt(s.result.sync_info.latest_block_height)
}

async function main() {
  let accounts = loadAccounts(ACCOUNTS, 1n)
  const { node, genesis } = await initFundedNode(accounts.map((a) => a.address))
  try {
    await node.start({ timeoutMs: 120_000 })
    await idleBlockTimeMs(node.rpcUrl, 2)
    accounts = await withChainAccountNumbers(node.rpcUrl, accounts)
    const sink = accounts[0]!.address
    const simulated = await simulateGas(node.rpcUrl, signSend(accounts[0]!, sink, 0n, genesis.chainId))
    const lanes = await presignInChild({
      accounts: ACCOUNTS,
      firstAccountNumber: String(accounts[0]!.accountNumber),
      txsPerAccount: TXS_PER_ACCOUNT,
      chainId: genesis.chainId,
      to: sink,
      gas: String((simulated * 13n + 9n) / 10n),
      fee: '500',
    })
    const db = await openPglite()
    await migrate(db)
    const source = await ChainSource.connect(node.rpcUrl)
    const follower = new Follower(db, source, { pollMs: 300 })
    follower.start()
    while ((await indexedHeight(db)) < (await tip(node.rpcUrl))) await new Promise((r) => setTimeout(r, 200))

    let maxLag = 0n
    let sampling = true
    const sampler = (async () => {
      while (sampling) {
        const lag = (await tip(node.rpcUrl)) - (await indexedHeight(db))
        if (lag > maxLag) maxLag = lag
        await new Promise((r) => setTimeout(r, 250))
      }
    })()
    const load0 = loadAverage()
    const [i0, n0, t0] = [await indexedHeight(db), await tip(node.rpcUrl), performance.now()]
    const r = await runLoad([node.rpcUrl], lanes, { concurrency: CONNECTIONS })
    const [i1, n1, t1] = [await indexedHeight(db), await tip(node.rpcUrl), performance.now()]
    const loadDuring = loadAverage()
    sampling = false
    await sampler
    const s = (t1 - t0) / 1000
    // the blocks table counts each indexed block's txs
    const [{ n: txs }] = await db.query<{ n: string }>(
      'select coalesce(sum(tx_count), 0)::text as n from blocks where height > $1 and height <= $2',
      [String(i0), String(i1)],
    )
    console.log(
      `indexer.follow_under_load.blocks_per_s ${(Number(i1 - i0) / s).toFixed(2)} (heights ${i0}..${i1} in ${s.toFixed(1)} s; the node made ${(Number(n1 - n0) / s).toFixed(2)} blocks/s, heights ${n0}..${n1}; ${r.committed} txs committed, node ${r.tps.toFixed(0)} tx/s, ${(Number(txs) / s).toFixed(0)} txs/s indexed; largest lag ${maxLag} blocks) (load ${load0} before, ${loadDuring} at the end)`,
    )
    const end = await tip(node.rpcUrl)
    const c0 = performance.now()
    while ((await indexedHeight(db)) < end) await new Promise((r) => setTimeout(r, 50))
    console.log(
      `indexer.follow_under_load.catch_up_after_ms ${(performance.now() - c0).toFixed(0)} (to height ${end}) (load ${loadAverage()})`,
    )
    await follower.stop()
    source.disconnect()
    await db.close()

    // the same loaded chain indexed from 0 by a fresh PGlite, never waiting for a block
    const fresh = await openPglite()
    await migrate(fresh)
    const src2 = await ChainSource.connect(node.rpcUrl)
    const f0 = performance.now()
    const h = await new Follower(fresh, src2).catchUp()
    const fs = (performance.now() - f0) / 1000
    console.log(
      `indexer.catch_up_loaded_chain.blocks_per_s ${(Number(h) / fs).toFixed(2)} (${h} blocks with ${r.committed} MsgSend txs in ${fs.toFixed(1)} s, PGlite) (load ${loadAverage()})`,
    )
    src2.disconnect()
    await fresh.close()
  } finally {
    await node.destroy()
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e)
    process.exit(1)
  },
)
