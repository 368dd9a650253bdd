// The chain side of the executor's grants: every grant naming this executor (all pages of dataasset
// `GrantsByExecutor`) and the state of each granted asset.
import type { ExecutorGrant } from '../../../proto/gen/datum/dataasset/v1/index.js'
import type { DatumClient } from '../../sdk/client.js'
import type { GrantChain } from './grants.js'

export function chainGrants(client: DatumClient): GrantChain {
  const q = client.query.dataasset
  return {
    async grantsByExecutor(executor) {
      const out: ExecutorGrant[] = []
      let key: Uint8Array | undefined
      do {
        const page = await q.grantsByExecutor(executor, key ? { key } : undefined)
        out.push(...page.grants)
        key = page.pagination?.nextKey?.length ? page.pagination.nextKey : undefined
      } while (key)
      return out
    },
    async asset(id) {
      try {
        const a = await q.asset(id)
        return { state: a.state, contentHash: a.contentHash }
      } catch (e) {
        if (/not found/i.test((e as Error).message)) return undefined
        throw e
      }
    },
  }
}
