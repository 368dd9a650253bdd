// Grants on chain: an owner names, per asset, the executors that may run its jobs, each with the asset's data
// key wrapped (ECIES) to the executor's registered encryption key, so the chain holds only ciphertext and can
// say who the owner trusts. A grant is live while it exists and the executor still has the key it was
// wrapped to (a rotated key makes the grant stale: the executor could not open it).
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { type Context, normalizeAddress } from '../sdk/index.js'
import { ownedAsset } from './asset-access.js'
import { dataAssetErrors as E } from './errors.js'
import { emitEvent } from './events.js'
import type { DataAssetKeeper } from './keeper.js'
import { LIMITS } from './limits.js'
import { checkAddress, checkCount } from './validate.js'

/** version(1) ‖ ephemeral compressed pubkey(33) ‖ nonce(12) ‖ 32-byte key ‖ GCM tag(16). */
export const WRAPPED_KEY_BYTES = 1 + 33 + 12 + 32 + 16
const ENCRYPTION_KEY = /^0[23][0-9a-f]{64}$/

export function checkEncryptionKey(field: string, key: string): void {
  if (!ENCRYPTION_KEY.test(key))
    throw E.invalidField.wrap(`${field} must be a compressed secp256k1 public key in lower-case hex`)
}

/** Stateless shape check: only an ECIES v1 envelope of a 32-byte key may be stored (never a bare key). */
export function checkWrappedKey(field: string, b: Uint8Array): void {
  if (b.length !== WRAPPED_KEY_BYTES || b[0] !== 1 || (b[1] !== 0x02 && b[1] !== 0x03))
    throw E.invalidWrappedKey.wrap(`${field} must be a ${WRAPPED_KEY_BYTES}-byte ECIES v1 envelope`)
}

export function checkGrantEntries(entries: T.GrantEntry[]): void {
  if (entries.length === 0) throw E.invalidField.wrap('grants must name at least one executor')
  checkCount('grants', entries, LIMITS.executors)
  const seen = new Set<string>()
  for (const g of entries) {
    checkAddress('grants[].executor', g.executor)
    const who = normalizeAddress(g.executor)
    if (seen.has(who)) throw E.invalidField.wrap(`grants name ${who} twice`)
    seen.add(who)
    checkEncryptionKey('grants[].encryption_key', g.encryptionKey)
    checkWrappedKey('grants[].wrapped_key', g.wrappedKey)
  }
}

export function grantExecutors(k: DataAssetKeeper, ctx: Context, msg: T.MsgGrantExecutors) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner)
  const grants = msg.grants.map((g) => ({ ...g, executor: normalizeAddress(g.executor) }))
  for (const g of grants) {
    if (g.executor === asset.owner)
      throw E.invalidField.wrap('an owner may not grant its own asset to itself')
    const registered = k.executorKey(ctx, g.executor)
    if (!registered) throw E.executorKeyUnknown.wrap(g.executor)
    if (registered !== g.encryptionKey)
      throw E.grantKeyMismatch.wrap(
        `${g.executor} registered ${registered}, the grant names ${g.encryptionKey}`,
      )
  }
  for (const g of grants) {
    k.grants.put(ctx, {
      assetId: asset.id,
      executor: g.executor,
      encryptionKey: g.encryptionKey,
      wrappedKey: g.wrappedKey,
      grantedAt: ctx.unixSeconds,
      grantedHeight: ctx.height,
    })
    emitEvent(ctx, T.EventExecutorGranted, {
      assetId: asset.id,
      executor: g.executor,
      encryptionKey: g.encryptionKey,
      owner: asset.owner,
    })
  }
  return {}
}

/** Revocation is allowed on a revoked asset too: withdrawing consent never needs the asset to be live. */
export function revokeGrant(k: DataAssetKeeper, ctx: Context, msg: T.MsgRevokeGrant) {
  const asset = ownedAsset(k, ctx, msg.assetId, msg.owner, { allowRevoked: true })
  const executor = normalizeAddress(msg.executor)
  if (!k.grants.get(ctx, asset.id, executor)) throw E.grantNotFound.wrap(`${executor} on asset ${asset.id}`)
  k.grants.remove(ctx, asset.id, executor)
  emitEvent(ctx, T.EventGrantRevoked, { assetId: asset.id, executor, owner: asset.owner })
  return {}
}

/** True when the grant's key is still the executor's registered key. */
export function isLiveGrant(k: DataAssetKeeper, ctx: Context, g: T.ExecutorGrant): boolean {
  return k.executorKey(ctx, g.executor) === g.encryptionKey
}
