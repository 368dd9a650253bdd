// Block methods: block, block_by_hash, header, header_by_hash, block_results, blockchain, commit, validators,
// block_search.
import { Block } from 'cosmjs-types/tendermint/types/block'
import { internalError } from '../errors.js'
import { consensusParamsJson, eventJson, txResultJson, validatorUpdateJson } from '../json/abci.js'
import { blockIdJson, blockJson, commitJson, headerJson, validatorJson } from '../json/block.js'
import { base64, int } from '../json/encode.js'
import { checkPage, perPage, resolveHeight, searchPage } from './paging.js'
import type { MethodContext, MethodTable } from './types.js'

const emptyBlockId = { hash: '', parts: { total: 0, hash: '' } }

async function loadBlock({ backend }: MethodContext, height: bigint) {
  const stored = await backend.block(height)
  if (!stored) throw internalError(`block at height ${height} is not available`)
  return stored
}

/** Go renders an empty slice from a decoded protobuf as null. */
const listOrNull = <T>(items: T[]) => (items.length > 0 ? items : null)

export const blockMethods: MethodTable = {
  block: {
    args: ['height'],
    async handler(ctx, params) {
      const height = await resolveHeight(ctx.backend, params.int('height'))
      const { blockId, block } = await loadBlock(ctx, height)
      return { block_id: blockIdJson(blockId), block: blockJson(block) }
    },
  },

  block_by_hash: {
    args: ['hash'],
    async handler({ backend }, params) {
      const stored = await backend.blockByHash(params.requiredBytes('hash'))
      if (!stored) return { block_id: emptyBlockId, block: null }
      return { block_id: blockIdJson(stored.blockId), block: blockJson(stored.block) }
    },
  },

  header: {
    args: ['height'],
    async handler(ctx, params) {
      const height = await resolveHeight(ctx.backend, params.int('height'))
      const { block } = await loadBlock(ctx, height)
      return { header: headerJson(block.header) }
    },
  },

  header_by_hash: {
    args: ['hash'],
    async handler({ backend }, params) {
      const stored = await backend.blockByHash(params.requiredBytes('hash'))
      return { header: stored ? headerJson(stored.block.header) : null }
    },
  },

  block_results: {
    args: ['height'],
    async handler({ backend }, params) {
      const height = await resolveHeight(backend, params.int('height'))
      const r = await backend.blockResults(height)
      if (!r) throw internalError(`could not find results for height #${height}`)
      return {
        height: int(height),
        txs_results: listOrNull(r.txResults.map(txResultJson)),
        finalize_block_events: listOrNull(r.events.map(eventJson)),
        validator_updates: listOrNull(r.validatorUpdates.map(validatorUpdateJson)),
        consensus_param_updates: r.consensusParamUpdates
          ? consensusParamsJson(r.consensusParamUpdates)
          : null,
        app_hash: base64(r.appHash),
      }
    },
  },

  blockchain: {
    args: ['minHeight', 'maxHeight'],
    async handler(ctx, params) {
      const { base, height } = await ctx.backend.blockRange()
      const minArg = params.int('minHeight') ?? 0n
      const maxArg = params.int('maxHeight') ?? 0n
      if (minArg < 0n || maxArg < 0n) throw internalError('heights must be non-negative')
      const max = maxArg === 0n || maxArg > height ? height : maxArg
      let min = minArg === 0n || minArg < base ? base : minArg
      const floor = max - BigInt(ctx.limits.maxBlockchainRange) + 1n
      if (floor > min) min = floor
      if (min > max) throw internalError(`min height ${min} can't be greater than max height ${max}`)
      const metas = []
      for (let h = max; h >= min && h > 0n; h--) {
        const { blockId, block } = await loadBlock(ctx, h)
        metas.push({
          block_id: blockIdJson(blockId),
          block_size: int(Block.encode(block).finish().length),
          header: headerJson(block.header),
          num_txs: int(block.data.txs.length),
        })
      }
      return { last_height: int(height), block_metas: metas }
    },
  },

  commit: {
    args: ['height'],
    async handler(ctx, params) {
      const height = await resolveHeight(ctx.backend, params.int('height'))
      const { block } = await loadBlock(ctx, height)
      const stored = await ctx.backend.commit(height)
      if (!stored) throw internalError(`commit for height ${height} is not available`)
      return {
        signed_header: { header: headerJson(block.header), commit: commitJson(stored.commit) },
        canonical: stored.canonical,
      }
    },
  },

  validators: {
    args: ['height', 'page', 'per_page'],
    async handler(ctx, params) {
      const height = await resolveHeight(ctx.backend, params.int('height'))
      const all = await ctx.backend.validators(height)
      if (!all) throw internalError(`could not find validator set for height #${height}`)
      const size = perPage(params, ctx.limits)
      const requested = params.int('page') ?? 1n
      checkPage(requested, size, all.length)
      const start = (Number(requested) - 1) * size
      const page = all.slice(start, start + size)
      return {
        block_height: int(height),
        validators: page.map(validatorJson),
        count: int(page.length),
        total: int(all.length),
      }
    },
  },

  block_search: {
    args: ['query', 'page', 'per_page', 'order_by'],
    async handler(ctx, params) {
      const query = params.requiredString('query')
      const { page, requested } = searchPage(params, ctx.limits)
      const found = await ctx.backend.blockSearch(query, page)
      checkPage(requested, page.perPage, found.total)
      const blocks = []
      for (const height of found.items) {
        const { blockId, block } = await loadBlock(ctx, height)
        blocks.push({ block_id: blockIdJson(blockId), block: blockJson(block) })
      }
      return { blocks, total_count: int(found.total) }
    },
  },
}
