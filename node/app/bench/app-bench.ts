// Application throughput without network or consensus: decode, CheckTx and FinalizeBlock+Commit of
// pre-signed MsgSends from many accounts, on a real store in a temp dir. `npm run bench:app`.
import { signatureBackend } from '../../../modules/auth/index.js'
import { coin } from '../../../modules/sdk/index.js'
import { makeTestApp, sendMsg } from '../../testing/test-app.js'
import { decodeTx } from '../tx-decoder.js'

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 200)
const PER_ACCOUNT = Number(process.env.BENCH_TXS_PER_ACCOUNT ?? 25)
const BLOCK_TXS = Number(process.env.BENCH_BLOCK_TXS ?? 1000)

const perSecond = (n: number, ms: number) => Math.round((n * 1000) / ms)

/** Wall and CPU time of `fn`: on a shared machine CPU time is the steadier figure. */
async function timed(fn: () => unknown): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  await fn()
  const used = process.cpuUsage(cpu)
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 }
}

async function main(): Promise<void> {
  const t = await makeTestApp({ accounts: ACCOUNTS })
  try {
    const fee = { amount: [coin(5000, 'udatum')], gasLimit: 200_000n }
    const txs: Uint8Array[] = []
    // Sequence-major order, so every block holds consecutive sequences of each sender.
    for (let seq = 0; seq < PER_ACCOUNT; seq++)
      for (const [i, a] of t.accounts.entries()) {
        const to = t.accounts[(i + 1) % t.accounts.length]!.address
        txs.push(t.sign(a, [sendMsg(a.address, to, [coin(1, 'udatum')])], { sequence: BigInt(seq), fee }))
      }

    const decode = await timed(() => {
      for (const tx of txs) decodeTx(tx, t.app.msgRouter, { maxTxBytes: 1 << 20 })
    })
    const check = await timed(() => {
      for (const tx of txs) {
        const r = t.app.checkTx(tx, 'new')
        if (r.code !== 0) throw new Error(`checkTx failed: ${r.log}`)
      }
    })
    let blocks = 0
    const deliver = await timed(async () => {
      for (let i = 0; i < txs.length; i += BLOCK_TXS) {
        const res = await t.block(txs.slice(i, i + BLOCK_TXS))
        const failed = res.txResults.find((r) => r.code !== 0)
        if (failed) throw new Error(`deliver failed: ${failed.log}`)
        blocks++
      }
    })

    console.log(`app.txs: ${txs.length} (${ACCOUNTS} accounts, ${blocks} blocks of ${BLOCK_TXS})`)
    console.log(`app.signature_backend: ${signatureBackend()}`)
    for (const [name, m] of [
      ['decode', decode],
      ['check', check],
      ['deliver_commit', deliver],
    ] as const) {
      console.log(`app.${name}_tx_per_s: ${perSecond(txs.length, m.wallMs)}`)
      console.log(`app.${name}_tx_per_cpu_s: ${perSecond(txs.length, m.cpuMs)}`)
    }
    console.log(
      `app.block_ms: ${Math.round(deliver.wallMs / blocks)} (cpu ${Math.round(deliver.cpuMs / blocks)})`,
    )
  } finally {
    await t.cleanup()
  }
}

await main()
