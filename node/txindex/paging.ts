// tx_search / block_search paging with CometBFT's defaults and its out-of-range message.
import { TxIndexError } from './errors.js'

export interface SearchOptions {
  /** 1-based page; default 1. */
  page?: number
  /** Results per page; default 30, at most 100 (values outside are clamped, as CometBFT does). */
  perPage?: number
  /** 'asc' (default, also '') or 'desc', by height then tx index. */
  orderBy?: 'asc' | 'desc' | ''
}

export const DEFAULT_PER_PAGE = 30
export const MAX_PER_PAGE = 100

export interface PageWindow {
  start: number
  end: number
  descending: boolean
}

export function pageWindow(opts: SearchOptions, total: number): PageWindow {
  const order = opts.orderBy ?? ''
  if (order !== '' && order !== 'asc' && order !== 'desc') {
    throw new TxIndexError('INVALID_ORDER', 'expected order_by to be either `asc` or `desc` or empty')
  }
  const rawPer = opts.perPage ?? DEFAULT_PER_PAGE
  const perPage =
    !Number.isSafeInteger(rawPer) || rawPer < 1 ? DEFAULT_PER_PAGE : Math.min(rawPer, MAX_PER_PAGE)
  const pages = Math.max(1, Math.ceil(total / perPage))
  const page = opts.page ?? 1
  if (!Number.isSafeInteger(page) || page < 1 || page > pages) {
    throw new TxIndexError('INVALID_PAGE', `page should be within [1, ${pages}] range, given ${page}`)
  }
  const start = (page - 1) * perPage
  return { start, end: Math.min(total, start + perPage), descending: order === 'desc' }
}
