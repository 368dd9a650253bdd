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

    let start = performance.now()
    for (const tx of txs) decodeTx(tx, t.app.msgRouter, { maxTxBytes: 1 << 20 })
    const decodeMs = performance.now() - start

    start = performance.now()
    for (const tx of txs) {
      const r = t.app.checkTx(tx, 'new')
      if (r.code !== 0) throw new Error(`checkTx failed: ${r.log}`)
    }
    const checkMs = performance.now() - start

    start = performance.now()
    let blocks = 0
    for (let i = 0; i < txs.length; i += BLOCK_TXS) {
      const res = await t.block(txs.slice(i, i + BLOCK_TXS))
      const failed = res.txResults.find((r) => r.code !== 0)
      if (failed) throw new Error(`deliver failed: ${failed.log}`)
      blocks++
    }
    const deliverMs = performance.now() - start

    console.log(`app.txs: ${txs.length} (${ACCOUNTS} accounts, ${blocks} blocks of ${BLOCK_TXS})`)
    console.log(`app.signature_backend: ${signatureBackend()}`)
    console.log(`app.decode_tx_per_s: ${perSecond(txs.length, decodeMs)}`)
    console.log(`app.check_tx_per_s: ${perSecond(txs.length, checkMs)}`)
    console.log(`app.deliver_commit_tx_per_s: ${perSecond(txs.length, deliverMs)}`)
    console.log(`app.block_ms: ${Math.round(deliverMs / blocks)}`)
  } finally {
    await t.cleanup()
  }
}

await main()
