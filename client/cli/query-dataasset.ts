// `datum query dataasset …`: every query of the dataasset module.
import type { FlagSpecs, ParsedArgs } from './args.js'
import { bool, positional, str } from './args.js'
import type { Command } from './command.js'
import { queryClient, withNode } from './connect.js'
import { UsageError } from './errors.js'
import { stateOf, uint } from './parse-dataasset.js'

export const PAGE_FLAGS: FlagSpecs = {
  limit: { type: 'string', description: 'page size (max 1000)', value: '<n>' },
  'page-key': { type: 'string', description: 'next_key of the previous page (base64)', value: '<key>' },
  offset: { type: 'string', description: 'items to skip (instead of --page-key)', value: '<n>' },
  'count-total': { type: 'boolean', description: 'also return the total count' },
  reverse: { type: 'boolean', description: 'newest keys first' },
}

export function pageOf(a: ParsedArgs) {
  const key = str(a, 'page-key')
  if (key !== undefined && !/^[A-Za-z0-9+/]*={0,2}$/.test(key))
    throw new UsageError('--page-key must be base64')
  return {
    key: key ? new Uint8Array(Buffer.from(key, 'base64')) : undefined,
    offset: BigInt(uint('offset', str(a, 'offset')) ?? 0),
    limit: BigInt(uint('limit', str(a, 'limit'), 1000) ?? 0),
    countTotal: bool(a, 'count-total'),
    reverse: bool(a, 'reverse'),
  }
}

const ASSET_COLUMNS = ['id', 'owner', 'version', 'state', 'contentHash']

type Q = Awaited<ReturnType<typeof queryClient>>['q']

const query = (
  name: string,
  summary: string,
  args: string | undefined,
  f: (a: ParsedArgs) => (q: Q) => Promise<unknown>,
  list?: boolean,
  listKey = name === 'usage' ? 'records' : 'assets',
): Command => ({
  path: ['query', 'dataasset', name],
  summary,
  args,
  kind: 'query',
  flags: list ? PAGE_FLAGS : undefined,
  listKey: list ? listKey : undefined,
  columns: list && listKey === 'assets' ? ASSET_COLUMNS : undefined,
  run: async (a) => {
    // arguments are parsed before connecting, so command-line mistakes never wait on the network
    const call = f(a)
    const { q, close } = await queryClient(a)
    try {
      return await withNode(str(a, 'node')!, () => call(q))
    } finally {
      close()
    }
  },
})

export const dataAssetQueryCommands: Command[] = [
  query('asset', 'show an asset', '<asset-id>', (a) => {
    const id = positional(a, 0, 'asset-id')
    return (q) => q.asset(id)
  }),
  query(
    'by-owner',
    'list assets of an owner',
    '<address>',
    (a) => {
      const [owner, page] = [positional(a, 0, 'address'), pageOf(a)]
      return (q) => q.assetsByOwner(owner, page)
    },
    true,
  ),
  query(
    'by-state',
    'list assets in a state',
    '<state>',
    (a) => {
      const [state, page] = [stateOf(positional(a, 0, 'state')), pageOf(a)]
      return (q) => q.assetsByState(state, page)
    },
    true,
  ),
  query(
    'by-tag',
    'list assets with a tag',
    '<tag>',
    (a) => {
      const [tag, page] = [positional(a, 0, 'tag'), pageOf(a)]
      return (q) => q.assetsByTag(tag, page)
    },
    true,
  ),
  query('by-content-hash', 'find the live asset with a content hash', '<hex>', (a) => {
    const hash = positional(a, 0, 'hex')
    return (q) => q.assetByContentHash(hash)
  }),
  query('terms', 'show licence terms', '<terms-id>', (a) => {
    const id = positional(a, 0, 'terms-id')
    return (q) => q.licenseTerms(id)
  }),
  query(
    'budget',
    'privacy budget of a version (current by default): total, reserved, spent, remaining',
    '<asset-id> [version]',
    (a) => {
      const id = positional(a, 0, 'asset-id')
      const version = uint('version', a.positionals[1], 2 ** 32 - 1) ?? 0
      return (q) => q.privacyBudget(id, version)
    },
  ),
  query(
    'usage',
    'the usage ledger of an asset',
    '<asset-id>',
    (a) => {
      const [id, page] = [positional(a, 0, 'asset-id'), pageOf(a)]
      return (q) => q.usageLedger(id, page)
    },
    true,
  ),
  query('params', 'module parameters', undefined, () => (q) => q.params()),
  query(
    'grants',
    'executors the owner granted an asset to (data keys wrapped to their keys; ciphertext only)',
    '<asset-id>',
    (a) => {
      const [id, page] = [positional(a, 0, 'asset-id'), pageOf(a)]
      return (q) => q.grants(id, page)
    },
    true,
    'grants',
  ),
  query('grant', 'one grant, and whether it is live', '<asset-id> <executor>', (a) => {
    const [id, executor] = [positional(a, 0, 'asset-id'), positional(a, 1, 'executor')]
    return (q) => q.grant(id, executor)
  }),
  query(
    'grants-by-executor',
    'every asset granted to an executor',
    '<executor>',
    (a) => {
      const [executor, page] = [positional(a, 0, 'executor'), pageOf(a)]
      return (q) => q.grantsByExecutor(executor, page)
    },
    true,
    'grants',
  ),
]
