// Height and page arguments validated exactly as CometBFT's rpc/core/env.go does, with its error texts.
import type { RpcBackend, SearchPage } from '../backend.js'
import { internalError } from '../errors.js'
import type { RpcLimits } from '../limits.js'
import type { Params } from '../params.js'

/** An explicit height must be within [base, latest]; absent means latest. */
export async function resolveHeight(backend: RpcBackend, requested: bigint | undefined): Promise<bigint> {
  const { base, height } = await backend.blockRange()
  if (requested === undefined) {
    if (height === 0n) throw internalError('no blocks have been committed yet')
    return height
  }
  if (requested <= 0n) throw internalError(`height must be greater than 0, but got ${requested}`)
  if (requested > height) {
    throw internalError(
      `height ${requested} must be less than or equal to the current blockchain height ${height}`,
    )
  }
  if (requested < base) throw internalError(`height ${requested} is not available, lowest height is ${base}`)
  return requested
}

export function perPage(params: Params, limits: RpcLimits, name = 'per_page'): number {
  const n = params.int(name)
  if (n === undefined || n < 1n) return limits.defaultPerPage
  return n > BigInt(limits.maxPerPage) ? limits.maxPerPage : Number(n)
}

function orderBy(params: Params): 'asc' | 'desc' {
  const order = params.string('order_by') ?? ''
  if (order === '' || order === 'asc') return 'asc'
  if (order === 'desc') return 'desc'
  throw internalError('expected order_by to be either `asc` or `desc` or empty')
}

/** The requested page; its range is checked by `checkPage` once the total is known. */
export function searchPage(params: Params, limits: RpcLimits): { page: SearchPage; requested: bigint } {
  const requested = params.int('page') ?? 1n
  const page = requested >= 1n && requested <= 1_000_000_000n ? Number(requested) : 1
  return { page: { page, perPage: perPage(params, limits), orderBy: orderBy(params) }, requested }
}

export function checkPage(requested: bigint, perPageCount: number, total: number): void {
  const pages = total === 0 ? 1 : Math.floor((total - 1) / perPageCount) + 1
  if (requested < 1n || requested > BigInt(pages)) {
    throw internalError(`page should be within [1, ${pages}] range, given ${requested}`)
  }
}
