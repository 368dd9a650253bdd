// `npm run bench:store`: builds a tree of STORE_BENCH_KEYS (default 1,000,000) keys — 32-byte keys,
// 100-byte values — in blocks of 5,000 writes per commit on a real LevelDB, then measures on the warm tree:
// committed writes per second, random reads per second at the latest version, proofs per second, the commit
// time per block, the resident set size, the cost of a checkpoint commit (every STORE_BENCH_CHECKPOINT
// versions, default 100) and of a reopen (checkpoint + replay). Prints one `store.<figure>: <n>` line per figure;
// the memory figures are taken after the measurements, before the reopen.
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os, { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Level } from 'level'
import { openCommitMultiStore } from '../../node/store/open.js'

const TOTAL = Number(process.env.STORE_BENCH_KEYS ?? 1_000_000)
const BLOCK = 5_000
const MEASURE_BLOCKS = 20
const READS = 200_000
const PROOFS = 20_000
const CACHE = Number(process.env.STORE_BENCH_CACHE ?? 500_000)
const CHECKPOINT = Number(process.env.STORE_BENCH_CHECKPOINT ?? 100)

const keyOf = (i: number): Uint8Array => {
  const d = createHash('sha256').update(`key-${i}`).digest()
  return new Uint8Array(d.buffer, d.byteOffset, 32)
}

const log = (msg: string) => process.stderr.write(`${msg}\n`)

/** Wall and CPU seconds of `fn`: on a shared machine the CPU figure shows the cost, the wall figure the wait. */
async function timed(fn: () => unknown): Promise<{ wall: number; cpu: number }> {
  const c = process.cpuUsage()
  const w = performance.now()
  await fn()
  const used = process.cpuUsage(c)
  return { wall: (performance.now() - w) / 1000, cpu: (used.user + used.system) / 1e6 }
}

const rate = (n: number, s: number) => Math.round(n / s)

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'datum-bench-store-'))
  const db = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: 'view', valueEncoding: 'view' })
  await db.open()
  try {
    const open = () =>
      openCommitMultiStore({
        db,
        storeNames: ['bench'],
        pruning: { keepRecent: 10, keepEvery: 0 },
        nodeCacheSize: CACHE,
        checkpointInterval: CHECKPOINT,
      })
    const store = await open()
    const value = new Uint8Array(randomBytes(100))
    const t0 = performance.now()
    let checkpointMs = 0
    for (let start = 0; start < TOTAL; start += BLOCK) {
      const block = store.branch()
      const kv = block.getKVStore('bench')
      for (let i = start; i < Math.min(TOTAL, start + BLOCK); i++) kv.set(keyOf(i), value)
      block.write()
      const c0 = performance.now()
      const { version } = await store.commit()
      // The last checkpoint commit of the build: it saves every node created since the previous one.
      if (version % BigInt(CHECKPOINT) === 0n) checkpointMs = performance.now() - c0
      if ((start / BLOCK) % 40 === 39)
        log(`built ${start + BLOCK} keys in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    }
    log(`build: ${TOTAL} keys in ${((performance.now() - t0) / 1000).toFixed(1)} s`)

    // Committed writes: blocks of 5,000 random overwrites and inserts, each ending in a commit.
    let next = TOTAL
    const commitMs: number[] = []
    const keys = Array.from({ length: MEASURE_BLOCKS * BLOCK }, (_, i) =>
      i % 2 === 0 ? keyOf(Math.floor(Math.random() * TOTAL)) : keyOf(next++),
    )
    const writes = await timed(async () => {
      for (let b = 0; b < MEASURE_BLOCKS; b++) {
        const block = store.branch()
        const kv = block.getKVStore('bench')
        for (let i = b * BLOCK; i < (b + 1) * BLOCK; i++) kv.set(keys[i]!, value)
        block.write()
        const c0 = performance.now()
        await store.commit()
        commitMs.push(performance.now() - c0)
      }
    })

    const readKeys = Array.from({ length: READS }, () => keyOf(Math.floor(Math.random() * TOTAL)))
    const latest = store.branch().getKVStore('bench')
    let found = 0
    const reads = await timed(() => {
      for (const k of readKeys) if (latest.get(k)) found++
    })
    if (found !== READS) throw new Error(`read ${found} of ${READS} keys`)

    const version = store.lastCommit().version
    const proofs = await timed(() => {
      for (let i = 0; i < PROOFS; i++) store.prove('bench', readKeys[i]!, version)
    })
    const n = MEASURE_BLOCKS * BLOCK
    log(
      `per CPU second (process CPU, incl. LevelDB threads): writes ${rate(n, writes.cpu)}, ` +
        `reads ${rate(READS, reads.cpu)}, proofs ${rate(PROOFS, proofs.cpu)}; load average ${os.loadavg()[0]!.toFixed(1)}`,
    )
    const writesPerS = n / writes.wall
    const readsPerS = READS / reads.wall
    const proofsPerS = PROOFS / proofs.wall

    commitMs.sort((a, b) => a - b)
    const mem = process.memoryUsage()
    const mb = (n: number) => Math.round(n / 1024 / 1024)
    const rssMb = mb(mem.rss)

    // Reopen: load the newest checkpoint lazily and replay the changesets after it.
    const before = store.lastCommit()
    await store.close()
    const r0 = performance.now()
    const reopened = await open()
    const reopenMs = performance.now() - r0
    if (Buffer.compare(reopened.lastCommit().hash, before.hash) !== 0)
      throw new Error('reopen changed the app hash')

    // Writes with the checkpoint cost spread over the versions it covers.
    const amortized = n / (writes.wall + (checkpointMs / 1000) * (MEASURE_BLOCKS / CHECKPOINT))
    const figures = {
      writes_per_s: Math.round(writesPerS),
      writes_per_s_with_checkpoints: Math.round(amortized),
      reads_per_s: Math.round(readsPerS),
      proofs_per_s: Math.round(proofsPerS),
      commit_ms: Math.round(commitMs[Math.floor(commitMs.length / 2)]!),
      checkpoint_commit_ms: Math.round(checkpointMs),
      reopen_ms: Math.round(reopenMs),
      rss_mb: rssMb,
      heap_used_mb: mb(mem.heapUsed),
      array_buffers_mb: mb(mem.arrayBuffers),
    }
    for (const [name, n] of Object.entries(figures)) process.stdout.write(`store.${name}: ${n}\n`)
  } finally {
    await db.close()
    await rm(dir, { recursive: true, force: true })
  }
}

await main()
