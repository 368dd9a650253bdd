// The data keys owners granted to this executor, read from the chain (dataasset `GrantsByExecutor`): each
// grant holds the asset's data key wrapped (ECIES) to the encryption key this executor registered; only this
// executor's secret key opens it. The chain is the source of truth: when a grant disappears (revoked, or the
// asset burned) or the asset's consent is revoked, the cached package of the asset is deleted and one JSON
// line says so. Refreshed once per pass, so checks during the pass are synchronous.
import { AssetState, type ExecutorGrant } from '../../../proto/gen/datum/dataasset/v1/index.js'
import { decryptWith } from '../ecies.js'

export class GrantError extends Error {
  constructor(
    readonly code: 'NO_GRANT' | 'BAD_GRANT',
    message: string,
  ) {
    super(message)
    this.name = 'GrantError'
  }
}

/** What the grants need from the chain (a slice of the dataasset query extension). */
export interface GrantChain {
  grantsByExecutor(executor: string): Promise<ExecutorGrant[]>
  /** The asset's state and current content hash; undefined once it is burned. */
  asset(id: string): Promise<{ state: AssetState; contentHash: string } | undefined>
}

/** Deletes what the executor cached of an asset (its packages by content hash). */
export interface PackageCache {
  purge(contentHashes: readonly string[]): Promise<string[]>
}

export class Grants {
  private live = new Map<string, ExecutorGrant>()
  /** Content hashes seen per granted asset: what to delete when the grant or consent goes. */
  private readonly seen = new Map<string, Set<string>>()

  constructor(
    private readonly chain: GrantChain,
    private readonly self: string,
    private readonly pubKeyHex: string,
    private readonly secretKey: Uint8Array,
    private readonly cache: PackageCache,
    private readonly log: (event: string, fields?: Record<string, unknown>) => void,
  ) {}

  /** Reads this executor's grants from the chain; purges and logs what was revoked since the last read. */
  async refresh(): Promise<void> {
    const next = new Map<string, ExecutorGrant>()
    for (const g of await this.chain.grantsByExecutor(this.self)) {
      const asset = await this.chain.asset(g.assetId)
      if (!asset) continue
      if (asset.state === AssetState.ASSET_STATE_REVOKED) {
        if (this.live.has(g.assetId)) await this.purge(g.assetId, 'consent-revoked')
        continue
      }
      this.remember(g.assetId, asset.contentHash)
      // A grant wrapped to a key this executor no longer registers cannot be opened: not live.
      if (g.encryptionKey === this.pubKeyHex) next.set(g.assetId, g)
    }
    for (const assetId of [...this.live.keys()])
      if (!next.has(assetId)) await this.purge(assetId, 'grant-revoked')
    this.live = next
  }

  /** Notes a package the executor fetched for the asset (so a later revocation deletes it). */
  remember(assetId: string, contentHash: string): void {
    const set = this.seen.get(assetId) ?? new Set<string>()
    set.add(contentHash)
    this.seen.set(assetId, set)
  }

  has(assetId: string): boolean {
    return this.live.has(assetId)
  }

  /** The 32-byte AES data key of the asset. */
  dataKey(assetId: string): Uint8Array {
    const g = this.live.get(assetId)
    if (!g) throw new GrantError('NO_GRANT', `no live grant on chain for asset ${assetId}`)
    let key: Uint8Array
    try {
      key = decryptWith(this.secretKey, g.wrappedKey)
    } catch (e) {
      throw new GrantError('BAD_GRANT', `grant for asset ${assetId} does not open: ${(e as Error).message}`)
    }
    if (key.length !== 32)
      throw new GrantError('BAD_GRANT', `grant for asset ${assetId} is not a 32-byte key`)
    return key
  }

  private async purge(assetId: string, event: 'grant-revoked' | 'consent-revoked'): Promise<void> {
    const hashes = [...(this.seen.get(assetId) ?? [])]
    const deleted = await this.cache.purge(hashes)
    this.seen.delete(assetId)
    this.live.delete(assetId)
    this.log(event, { assetId, deletedPackages: deleted })
  }
}
