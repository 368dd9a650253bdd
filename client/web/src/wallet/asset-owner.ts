// The chain's answer to "who owns the asset with this content hash", for moving an older version's cleartext
// data keys to their owners (vault.ts `migrateClearSecrets`). The chain client is imported when first asked:
// unlocking a wallet with nothing to migrate does not load it.
import type { AssetOwnerOf } from './vault.js'

/**
 * Whether `e` is the chain's gRPC NotFound (sdk 22, "key not found", as the SDK answers a query for what is
 * not there), as CosmJS's QueryClient reports a refused abci_query.
 */
export const isNotFound = (e: unknown) =>
  e instanceof Error && /^Query failed with \(22\): rpc error: code = NotFound/.test(e.message)

export const chainAssetOwnerOf: AssetOwnerOf = async (contentHash) => {
  const { chain } = await import('../chain.js')
  const { query } = await chain()
  try {
    return (await query.dataasset.assetByContentHash(contentHash)).owner
  } catch (e) {
    if (isNotFound(e)) return null
    throw e
  }
}
