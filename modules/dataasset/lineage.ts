// The shape rules of a model asset's lineage (issue 16), shared by genesis validation: a MODEL asset has a
// lineage, a DATA asset none; the lineage names its job, 1..64 distinct input assets, the attested digest, a
// royalty of at most 10000 bps and one ppm share per input summing to 10^6.
import { AssetKind, type DataAsset } from '../../proto/gen/datum/dataasset/v1/index.js'

const HEX64 = /^[0-9a-f]{64}$/

/** A description of what is wrong with the asset's kind and lineage, or undefined. */
export function lineageProblem(a: DataAsset): string | undefined {
  if (AssetKind[a.kind] === undefined) return `unknown kind ${a.kind}`
  const l = a.lineage
  if (a.kind !== AssetKind.ASSET_KIND_MODEL) return l ? 'a data asset has no lineage' : undefined
  if (!l) return 'a model asset needs its lineage'
  if (l.jobId < 1n) return 'lineage.job_id must be positive'
  if (!HEX64.test(l.modelDigest)) return 'lineage.model_digest must be 64 lower-case hex characters'
  const n = l.inputAssetIds.length
  if (n < 1 || n > 64 || new Set(l.inputAssetIds).size !== n || !l.inputAssetIds.every((i) => HEX64.test(i)))
    return 'lineage.input_asset_ids must be 1..64 distinct asset ids'
  if (l.royaltyBps > 10_000) return `lineage.royalty_bps ${l.royaltyBps} above 10000`
  if (l.inputWeightsPpm.length !== n || l.inputWeightsPpm.reduce((s, w) => s + w, 0) !== 1_000_000)
    return 'lineage.input_weights_ppm must hold one share per input summing to 1000000'
  return undefined
}
