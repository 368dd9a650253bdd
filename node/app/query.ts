// ABCI query dispatch, cosmos-sdk 0.50 baseapp Query: gRPC method paths through the query router (and
// the tx service's Simulate, which the app answers itself), `/store/<name>/key` raw reads with ICS23
// proofs, and `app/simulate` / `app/version`. Every failure is a response code, never a throw.
import type { Context } from '../../modules/sdk/index.js'
import { sdkErrors, toAbciError } from '../../modules/sdk/index.js'
import type { CommitMultiStore } from '../store/types.js'
import type { QueryRequest, QueryResult } from '../types/abci.js'
import type { QueryRouter } from './msg-router.js'
import { errorResult, queryHandlerError, valueResult } from './query-errors.js'
import type { TxOutcome } from './run-tx.js'
import { SIMULATE_PATH, simulateAppJson, simulateGrpc } from './simulate.js'

export interface QueryEnv {
  store: CommitMultiStore
  storeNames: ReadonlySet<string>
  router: QueryRouter
  version: string
  simulate(tx: Uint8Array): TxOutcome
  context(version: bigint): Context
}

export function handleQuery(env: QueryEnv, req: QueryRequest): QueryResult {
  try {
    return dispatch(env, req)
  } catch (e) {
    return errorResult(toAbciError(e))
  }
}

function dispatch(env: QueryEnv, req: QueryRequest): QueryResult {
  const handler = env.router.route(req.path)
  if (handler) {
    const height = resolveHeight(env, req)
    let value: Uint8Array
    try {
      value = handler(env.context(height), req.data)
    } catch (e) {
      return errorResult(queryHandlerError(e))
    }
    return valueResult(value, height)
  }
  if (req.path === SIMULATE_PATH) return simulateGrpc(env, req, env.store.lastCommit().version)

  const parts = req.path.replace(/^\//, '').split('/')
  if (parts[0] === 'app' && parts.length === 2) {
    const height = env.store.lastCommit().version
    if (parts[1] === 'simulate') return simulateAppJson(env, req, height)
    if (parts[1] === 'version')
      return valueResult(new TextEncoder().encode(env.version), height, { codespace: 'sdk' })
  }
  if (parts[0] === 'store' && parts.length === 3) return storeQuery(env, req, parts[1]!, parts[2]!)
  throw sdkErrors.unknownRequest.wrap(`unknown query path ${JSON.stringify(req.path)}`)
}

/** cosmos-sdk CreateQueryContext: 0 means latest; the future and pruned versions are refused. */
function resolveHeight(env: QueryEnv, req: QueryRequest): bigint {
  const latest = env.store.lastCommit().version
  if (req.height < 0n)
    throw sdkErrors.invalidRequest.wrap('cannot query with height < 0; please provide a valid height')
  if (req.height > latest)
    throw sdkErrors.invalidHeight.wrap(
      'cannot query with height in the future; please provide a valid height',
    )
  const height = req.height === 0n ? latest : req.height
  if (height === 0n)
    throw sdkErrors.invalidRequest.wrap('no committed state to query yet; the chain has no blocks')
  // Opening one store checks the version is retained without listing every version.
  const [first] = env.storeNames
  if (first !== undefined) {
    try {
      env.store.storeAt(first, height)
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e)
      throw sdkErrors.notFound.wrap(
        `failed to load state at height ${height}; ${why} (latest height: ${latest})`,
      )
    }
  }
  return height
}

function storeQuery(env: QueryEnv, req: QueryRequest, storeName: string, kind: string): QueryResult {
  if (!env.storeNames.has(storeName)) throw sdkErrors.unknownRequest.wrap(`no such store: ${storeName}`)
  if (kind !== 'key') throw sdkErrors.unknownRequest.wrap(`unexpected query path ${JSON.stringify(req.path)}`)
  const height = resolveHeight(env, req)
  try {
    if (req.prove) {
      const { value, ops } = env.store.prove(storeName, req.data, height)
      return valueResult(value ?? new Uint8Array(), height, { key: req.data, proofOps: ops })
    }
    const value = env.store.storeAt(storeName, height).get(req.data)
    return valueResult(value ?? new Uint8Array(), height, { key: req.data })
  } catch (e) {
    // The store refuses empty or oversized keys and unprovable versions with typed errors.
    throw sdkErrors.invalidRequest.wrap(e instanceof Error ? e.message : String(e))
  }
}
