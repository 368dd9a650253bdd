// Query results by (height, path, data, prove). A committed version never changes, so an answer read from
// it stays true; the cache holds answers for the latest version only and is emptied on every commit, which
// also keeps an answer from outliving the pruning of its version. Simulations (check state) and `app/*`
// paths (node-local answers) are not cached.
import type { QueryRequest, QueryResult } from '../types/abci.js'
import { SIMULATE_PATH } from './simulate.js'

export const DEFAULT_QUERY_CACHE_SIZE = 10_000

export class QueryCache {
  private readonly results = new Map<string, QueryResult>()
  private version = -1n

  constructor(private readonly maxEntries = DEFAULT_QUERY_CACHE_SIZE) {}

  /** The cached answer, else `run()`'s, remembered when it is about `latest`. */
  get(req: QueryRequest, latest: bigint, run: () => QueryResult): QueryResult {
    if (this.maxEntries === 0 || !cacheable(req) || (req.height !== 0n && req.height !== latest)) return run()
    if (latest !== this.version) {
      this.results.clear()
      this.version = latest
    }
    const key = `${req.prove ? 'p' : 'v'}${req.path}\u0000${Buffer.from(req.data).toString('base64')}`
    const hit = this.results.get(key)
    if (hit) return hit
    const result = run()
    if (result.height === latest) {
      if (this.results.size >= this.maxEntries) this.results.clear()
      this.results.set(key, result)
    }
    return result
  }
}

function cacheable(req: QueryRequest): boolean {
  return req.path !== SIMULATE_PATH && !req.path.replace(/^\//, '').startsWith('app/')
}
