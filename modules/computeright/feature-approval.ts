// Owner-approved feature code (issue 16): a job may map rows through a feature module only when every input
// asset approves that module, with one and the same declaration (bounds and limits), so the executors of a
// quorum run it under one set of limits and calibrate the DP noise from one set of bounds.
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import type { Context } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import type { ComputeRightAssetKeeper } from './expected-keepers.js'

/** The declaration every input approves; refused when one does not, or when they differ. */
export function requireFeatureApproval(
  ctx: Context,
  assets: ComputeRightAssetKeeper,
  moduleHash: string,
  assetIds: readonly string[],
  training: boolean,
): T.FeatureModule {
  if (!/^[0-9a-f]{64}$/.test(moduleHash))
    throw E.invalidField.wrap('feature_module_hash must be 64 lower-case hex characters (sha256)')
  if (training) throw E.featureModuleNotApproved.wrap('feature modules apply to aggregate jobs, not training')
  let first: T.FeatureModule | undefined
  let firstBytes = ''
  for (const id of assetIds) {
    const m = assets.featureModule(ctx, id, moduleHash)
    if (!m) throw E.featureModuleNotApproved.wrap(`asset ${id} does not approve feature module ${moduleHash}`)
    const declared = Buffer.from(T.FeatureModule.encode({ ...m, assetId: '', approvedAt: 0n })).toString(
      'hex',
    )
    if (first === undefined) {
      first = m
      firstBytes = declared
    } else if (declared !== firstBytes)
      throw E.featureModuleNotApproved.wrap(
        `inputs approve feature module ${moduleHash} with different bounds or limits`,
      )
  }
  return first!
}
