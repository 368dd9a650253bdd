// `npm run bench:mempool`: the mempool's own cost with a trivial CheckTx (the app's ante cost is measured by
// bench:node). 20,000 txs from 2,000 senders are admitted, 5,000 reaped, then one block's update rechecks the rest.
import { performance } from 'node:perf_hooks'
import type { CheckTxMode, CheckTxResult } from '../../types/abci.js'
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

/** Wall and CPU milliseconds of `fn`; CPU time is steadier than wall time on a shared, loaded machine. */
function timed<T>(fn: () => T): { value: T; wallMs: number; cpuMs: number } {
  const t = performance.now()
  const cpu = process.cpuUsage()
  const value = fn()
  const used = process.cpuUsage(cpu)
  return { value, wallMs: performance.now() - t, cpuMs: (used.user + used.system) / 1000 }
}

function run(print: boolean): void {
  const pool = new Mempool({ checkTx }, { maxTxs: TXS, cacheSize: TXS })
  const admit = timed(() => {
    for (const tx of txs) pool.checkTx(tx)
  })
  if (pool.size() !== TXS) throw new Error(`expected ${TXS} txs, have ${pool.size()}`)
  const reap = timed(() => pool.reap(-1n, BigInt(BLOCK_TXS) * 100_000n))
  const block = reap.value
  if (block.length !== BLOCK_TXS) throw new Error(`reaped ${block.length}`)
  const update = timed(() => pool.update(1n, block))
  const dup = timed(() => {
    for (const tx of block.slice(0, 1000)) pool.checkTx(tx)
  })
  if (!print) return
  const ms = (x: { wallMs: number; cpuMs: number }) => `${x.wallMs.toFixed(1)} (cpu ${x.cpuMs.toFixed(1)})`
  console.log(
    `mempool.checktx_per_s: ${Math.round(TXS / (admit.wallMs / 1000))} (cpu ${Math.round(TXS / (admit.cpuMs / 1000))})`,
  )
  console.log(`mempool.reap_${BLOCK_TXS}_of_${TXS}_ms: ${ms(reap)}`)
  console.log(
    `mempool.update_${update.value.removed}_committed_${TXS - update.value.removed}_rechecked_ms: ${ms(update)}`,
  )
  console.log(
    `mempool.duplicate_refusal_us: ${((dup.wallMs * 1000) / 1000).toFixed(1)} (cpu ${dup.cpuMs.toFixed(1)})`,
  )
}

// The first rounds warm the JIT (a node reaps every block); the last is reported.
for (let round = 0; round < 4; round++) run(false)
run(true)
