// A writer committing in a loop is SIGKILLed at random moments; every reopen must find the last committed
// version whole: the app hash the reference replay gives, the same contents, and the block store's height
// marker from the same batch. Anything the writer reported as committed must have survived.
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { toHex } from '../../modules/sdk/bytes.js'
import { seededRandom } from '../testing/seeded-random.js'
import { applyVersion, CRASH_PRUNING, CRASH_STORES, HEIGHT_MARKER } from './crash-workload.js'
import { decodeVersion } from './keys.js'
import { openCommitMultiStore } from './open.js'
import { asStoreDb, openDb, removeDir, type TestDb, tempDir } from './test-helpers.js'
import type { CommitMultiStore } from './types.js'

const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url))
const KILLS = 3

const open = (db: TestDb) =>
  openCommitMultiStore({
    db: asStoreDb(db),
    storeNames: CRASH_STORES,
    pruning: CRASH_PRUNING,
    nodeCacheSize: 500,
    checkpointInterval: 3,
  })

/** Runs the writer until it reported `commits` more commits, then kills it after `delayMs`. */
function runAndKill(
  dir: string,
  commits: number,
  delayMs: number,
  children: ChildProcess[],
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.push(child)
    let seen = 0
    let last = 0
    let out = ''
    let err = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`writer made ${seen} commits in 90 s: ${err}`))
    }, 90_000)
    child.stderr.on('data', (d) => {
      err += d
    })
    child.stdout.on('data', (d) => {
      out += d
      const lines = out.split('\n')
      out = lines.pop()!
      for (const line of lines) {
        last = Number(line.split(' ')[1])
        if (++seen === commits) setTimeout(() => child.kill('SIGKILL'), delayMs)
      }
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (signal === 'SIGKILL') resolve(last)
      else reject(new Error(`writer exited with ${code}: ${err}`))
    })
  })
}

describe('kill during commit', () => {
  const dirs: string[] = []
  const children: ChildProcess[] = []
  afterEach(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
    for (const d of dirs) await removeDir(d)
  })

  it('reopens at the last committed version with the same app hash and contents', async () => {
    const seed = Date.now() % 1_000_000
    const random = seededRandom(seed)
    const dir = await tempDir()
    const refDir = await tempDir()
    dirs.push(dir, refDir)
    const refDb = await openDb(refDir)
    const reference: CommitMultiStore = await openCommitMultiStore({
      db: asStoreDb(refDb),
      storeNames: CRASH_STORES,
    })
    const expected = new Map<number, string>()
    const extendReference = async (upTo: number) => {
      while (Number(reference.lastCommit().version) < upTo) {
        applyVersion(reference, Number(reference.lastCommit().version) + 1)
        const c = await reference.commit()
        expected.set(Number(c.version), toHex(c.hash))
      }
    }
    try {
      let reported = 0
      for (let kill = 0; kill < KILLS; kill++) {
        const last = await runAndKill(dir, 2 + Math.floor(random() * 4), Math.floor(random() * 25), children)
        reported = Math.max(reported, last)
        const db = await openDb(dir)
        try {
          const store = await open(db)
          const { version, hash } = store.lastCommit()
          const v = Number(version)
          const why = `seed ${seed}, kill ${kill}, reported ${reported}, reopened at ${v}`
          expect(v, why).toBeGreaterThanOrEqual(reported)
          expect(v, why).toBeLessThanOrEqual(reported + 1)
          await extendReference(v)
          expect(toHex(hash), why).toBe(expected.get(v))
          expect(decodeVersion(db.getSync(HEIGHT_MARKER)!), why).toBe(v)
          for (const name of CRASH_STORES) {
            const got = [...store.branch().getKVStore(name).iterator()]
            expect(got, why).toEqual([...reference.storeAt(name, version).iterator()])
          }
          reported = v
        } finally {
          await db.close()
        }
      }
    } finally {
      await refDb.close()
    }
  }, 300_000)
})
