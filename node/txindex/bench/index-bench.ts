// `npm run bench:index`: block store and tx index on a real LevelDB in a temp dir. 100 blocks of 250 MsgSend-like
// txs (300 B each, SDK-shaped events: 14 indexed attributes per tx), then lookups and searches.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Level } from 'level'
import type { AbciEvent } from '../../../modules/sdk/events.js'
import { BlockStore } from '../../blockstore/block-store.js'
import { makeChain } from '../../blockstore/test-chain.js'
import type { TxResult } from '../../types/abci.js'
import { toHexUpper, txHash } from '../../types/hash.js'
import { TxIndex } from '../tx-index.js'

const BLOCKS = 100
const TXS_PER_BLOCK = 250
const ADDRESSES = 5000

const ev = (type: string, attrs: [string, string][]): AbciEvent => ({
  type,
  attributes: attrs.map(([key, value]) => ({ key, value, index: true })),
})
const addr = (n: number) => `datum1${n.toString().padStart(38, '0')}`

function resultFor(h: number, i: number): TxResult {
  const from = addr((h * TXS_PER_BLOCK + i) % ADDRESSES)
  const to = addr((h * 31 + i * 17) % ADDRESSES)
  return {
    code: 0,
    codespace: '',
    log: '',
    info: '',
    data: new Uint8Array(40),
    gasWanted: 200_000n,
    gasUsed: 61_000n,
    events: [
      ev('tx', [
        ['fee', '2000udatum'],
        ['fee_payer', from],
      ]),
      ev('tx', [['acc_seq', `${from}/${h}`]]),
      ev('message', [
        ['action', '/cosmos.bank.v1beta1.MsgSend'],
        ['sender', from],
        ['module', 'bank'],
        ['msg_index', '0'],
      ]),
      ev('coin_spent', [
        ['spender', from],
        ['amount', '1000udatum'],
      ]),
      ev('coin_received', [
        ['receiver', to],
        ['amount', '1000udatum'],
      ]),
      ev('transfer', [
        ['recipient', to],
        ['sender', from],
        ['amount', '1000udatum'],
      ]),
    ],
  }
}

const txAt = (h: bigint) =>
  Array.from({ length: TXS_PER_BLOCK }, (_, i) => {
    const tx = new Uint8Array(300)
    new DataView(tx.buffer).setUint32(0, Number(h) * TXS_PER_BLOCK + i)
    return tx
  })

const dir = await mkdtemp(join(tmpdir(), 'datum-index-bench-'))
const db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' })
try {
  await db.open()
  const store = await BlockStore.open(
    db.sublevel<Uint8Array, Uint8Array>('b', { keyEncoding: 'view', valueEncoding: 'view' }),
  )
  const index = await TxIndex.open(
    db.sublevel<Uint8Array, Uint8Array>('i', { keyEncoding: 'view', valueEncoding: 'view' }),
  )
  const chain = makeChain(BLOCKS, txAt)

  let t = performance.now()
  for (const { block, seen } of chain) await store.saveBlock(block, seen)
  const saveMs = performance.now() - t

  t = performance.now()
  const cpu = process.cpuUsage()
  for (const { block } of chain) {
    const h = Number(block.header.height)
    const results = block.data.txs.map((_, i) => resultFor(h, i))
    await index.indexBlock(block.header.height, block.data.txs, results, [
      ev('mint', [['amount', `${h}udatum`]]),
    ])
  }
  const indexMs = performance.now() - t
  const indexCpu = process.cpuUsage(cpu)

  const timeOf = async (n: number, fn: (i: number) => Promise<unknown>) => {
    const start = performance.now()
    for (let i = 0; i < n; i++) await fn(i)
    return (performance.now() - start) / n
  }
  const someHash = (i: number) => toHexUpper(txHash(chain[i % BLOCKS]!.block.data.txs[i % TXS_PER_BLOCK]!))
  const byHash = await timeOf(200, (i) => index.search(`tx.hash='${someHash(i)}'`))
  const byHeight = await timeOf(50, (i) => index.search(`tx.height=${(i % BLOCKS) + 1}`, { perPage: 100 }))
  const bySender = await timeOf(50, (i) => index.search(`message.sender='${addr(i * 7)}'`))
  const bySenderAndAction = await timeOf(20, (i) =>
    index.search(`message.action='/cosmos.bank.v1beta1.MsgSend' AND message.sender='${addr(i * 13)}'`),
  )
  const loadBlock = await timeOf(200, (i) => store.block(BigInt((i % BLOCKS) + 1)))

  const totalTxs = BLOCKS * TXS_PER_BLOCK
  console.log(`blockstore.save_blocks_per_s (250 txs, fsync): ${Math.round(BLOCKS / (saveMs / 1000))}`)
  console.log(`blockstore.load_block_ms: ${loadBlock.toFixed(2)}`)
  console.log(`txindex.index_txs_per_s (14 attrs/tx): ${Math.round(totalTxs / (indexMs / 1000))}`)
  // CPU time (all threads of this process) is steadier than wall time on a shared machine.
  const cpuMsPer1000 = ((indexCpu.user + indexCpu.system) / 1000 / totalTxs) * 1000
  console.log(`txindex.index_cpu_ms_per_1000_txs: ${cpuMsPer1000.toFixed(1)}`)
  console.log(`txindex.search_hash_ms: ${byHash.toFixed(2)}`)
  console.log(`txindex.search_height_250_txs_ms: ${byHeight.toFixed(2)}`)
  console.log(`txindex.search_sender_ms: ${bySender.toFixed(2)}`)
  console.log(`txindex.search_action_and_sender_ms (${totalTxs} MsgSends): ${bySenderAndAction.toFixed(2)}`)
} finally {
  await db.close()
  await rm(dir, { recursive: true, force: true })
}
