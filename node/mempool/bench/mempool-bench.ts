// `npm run bench:mempool`: the mempool's own cost with a trivial CheckTx (the app's ante cost is measured by
// bench:node). 20,000 txs from 2,000 senders are admitted, 5,000 reaped, then one block's update rechecks the rest.
import { performance } from 'node:perf_hooks'
import type { CheckTxMode, CheckTxResult } from '../../app/application.js'
import { Mempool } from '../mempool.js'

const SENDERS = 2000
const TXS = 20_000
const BLOCK_TXS = 5000

const decoder = new TextDecoder()
function checkTx(raw: Uint8Array, _mode: CheckTxMode): CheckTxResult {
  const [sender, seq, price] = decoder.decode(raw.subarray(0, 40)).split('|')
  return {
    code: 0,
    codespace: '',
    log: '',
    info: '',
    data: new Uint8Array(0),
    gasWanted: 100_000n,
    gasUsed: 0n,
    events: [],
    priority: BigInt(price!),
    sender: sender!,
    sequence: BigInt(seq!),
  }
}

function makeTx(sender: number, seq: number, price: number): Uint8Array {
  const head = new TextEncoder().encode(`s${sender}|${seq}|${price}|`)
  const tx = new Uint8Array(300)
  tx.set(head)
  tx[299] = sender % 251
  return tx
}

const txs: Uint8Array[] = []
for (let i = 0; i < TXS; i++) txs.push(makeTx(i % SENDERS, Math.floor(i / SENDERS), (i * 7919) % 1000))

function run(print: boolean): void {
  const pool = new Mempool({ checkTx }, { maxTxs: TXS, cacheSize: TXS })
  let t = performance.now()
  for (const tx of txs) pool.checkTx(tx)
  const admitMs = performance.now() - t
  if (pool.size() !== TXS) throw new Error(`expected ${TXS} txs, have ${pool.size()}`)

  t = performance.now()
  const block = pool.reap(-1n, BigInt(BLOCK_TXS) * 100_000n)
  const reapMs = performance.now() - t
  if (block.length !== BLOCK_TXS) throw new Error(`reaped ${block.length}`)

  t = performance.now()
  const { removed } = pool.update(1n, block)
  const updateMs = performance.now() - t

  const dup = performance.now()
  for (const tx of block.slice(0, 1000)) pool.checkTx(tx)
  const dupMs = performance.now() - dup

  if (print) console.log(`mempool.checktx_per_s: ${Math.round(TXS / (admitMs / 1000))}`)
  if (print) console.log(`mempool.reap_${BLOCK_TXS}_of_${TXS}_ms: ${reapMs.toFixed(1)}`)
  if (print)
    console.log(`mempool.update_${removed}_committed_${TXS - removed}_rechecked_ms: ${updateMs.toFixed(1)}`)
  if (print) console.log(`mempool.duplicate_refusals_per_s: ${Math.round(1000 / (dupMs / 1000))}`)
}

// The first rounds warm the JIT (a node reaps every block); the last is reported.
for (let round = 0; round < 4; round++) run(false)
run(true)
