// The asset state machine: ACTIVE ⇄ ORDERING_PAUSED, ACTIVE ⇄ UNLISTED, ACTIVE → END_OF_LIFE,
// any live state → DEPRECATED (with a successor), any state → REVOKED (terminal).
import { AssetState } from '../../proto/gen/datum/dataasset/v1/index.js'

const S = AssetState

const NEXT: Record<number, readonly AssetState[]> = {
  [S.ASSET_STATE_ACTIVE]: [
    S.ASSET_STATE_ORDERING_PAUSED,
    S.ASSET_STATE_UNLISTED,
    S.ASSET_STATE_END_OF_LIFE,
    S.ASSET_STATE_DEPRECATED,
    S.ASSET_STATE_REVOKED,
  ],
  [S.ASSET_STATE_ORDERING_PAUSED]: [S.ASSET_STATE_ACTIVE, S.ASSET_STATE_DEPRECATED, S.ASSET_STATE_REVOKED],
  [S.ASSET_STATE_UNLISTED]: [S.ASSET_STATE_ACTIVE, S.ASSET_STATE_DEPRECATED, S.ASSET_STATE_REVOKED],
  [S.ASSET_STATE_END_OF_LIFE]: [S.ASSET_STATE_DEPRECATED, S.ASSET_STATE_REVOKED],
  [S.ASSET_STATE_DEPRECATED]: [S.ASSET_STATE_REVOKED],
  [S.ASSET_STATE_REVOKED]: [],
}

export function canTransition(from: AssetState, to: AssetState): boolean {
  return NEXT[from]?.includes(to) ?? false
}

export function stateName(s: AssetState): string {
  return AssetState[s] ?? `UNKNOWN_${s}`
}

/** Live assets keep their content hash reserved; only REVOKED (and burned) assets release it. */
export const isLive = (s: AssetState): boolean => s !== S.ASSET_STATE_REVOKED

/** New compute rights may be sold only for ACTIVE assets. */
export const isOpenForOrders = (s: AssetState): boolean => s === S.ASSET_STATE_ACTIVE
