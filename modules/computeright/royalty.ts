// Who is paid for one consumed use (issue 16). The owner-side amount of a use (the price less the protocol fee)
// goes to the asset's contributors by weight, dust to the owner. A MODEL asset first pays its training data:
// `royalty_bps` of the owner-side amount, split over the lineage's input assets by their ppm shares of the model,
// and inside each input by that asset's contributors (dust to its owner).
//
// Remainder rule (exact conservation, bigint): royalty = ⌊rest · bps / 10⁴⌋; input i gets ⌊royalty · wᵢ / 10⁶⌋;
// the dust royalty − Σ goes to the input with the largest share (the first of equals); inside an input,
// splitByWeight gives the dust to its owner. An input asset that no longer exists (burned) has no one to pay:
// its part goes to the model's owner side. What is left of `rest` is the model's, split as for any asset.
// So fee + Σ payouts = price, to the unit (property-tested in royalty.property.test.ts).
import { AssetKind, type DataAsset } from '../../proto/gen/datum/dataasset/v1/index.js'
import { type Payout, protocolFee, type Share, splitByWeight } from './money.js'

const PPM = 1_000_000n

/** One input of a model's lineage as the split sees it; `undefined` owner: the asset is gone. */
export interface RoyaltyInput {
  assetId: string
  owner: string | undefined
  contributors: readonly Share[]
  weightPpm: number
}

export interface InputRoyalty {
  assetId: string
  amount: bigint
  payouts: Payout[]
}

/** Splits `royalty` over the inputs by their ppm shares; an input without owner yields its part to `orphanTo`. */
export function splitRoyalty(
  royalty: bigint,
  inputs: readonly RoyaltyInput[],
  orphanTo: string,
): InputRoyalty[] {
  const parts = inputs.map((i) => (royalty * BigInt(i.weightPpm)) / PPM)
  let largest = 0
  for (const [i, input] of inputs.entries()) if (input.weightPpm > inputs[largest]!.weightPpm) largest = i
  if (inputs.length > 0) parts[largest]! += royalty - parts.reduce((s, p) => s + p, 0n)
  return inputs.map((input, i) => {
    const amount = parts[i]!
    const owner = input.owner ?? orphanTo
    const shares =
      input.owner && input.contributors.length > 0
        ? input.contributors
        : [{ address: owner, weightBps: 10_000 }]
    return {
      assetId: input.assetId,
      amount,
      payouts: amount > 0n ? splitByWeight(amount, shares, owner) : [],
    }
  })
}

export interface UsePayouts {
  fee: bigint
  /** The model's royalty to its inputs (empty for a data asset). */
  royalty: InputRoyalty[]
  /** The asset's own owner side (contributors, dust to the owner). */
  payouts: Payout[]
}

const ownerShares = (a: DataAsset): readonly Share[] =>
  a.contributors.length > 0 ? a.contributors : [{ address: a.owner, weightBps: 10_000 }]

/** The payouts of one use of `asset` at `price`; `lookup` reads a lineage input (undefined when burned). */
export function usePayouts(
  price: bigint,
  feeBps: number,
  asset: DataAsset,
  lookup: (assetId: string) => DataAsset | undefined,
): UsePayouts {
  const fee = protocolFee(price, feeBps)
  const rest = price - fee
  const lineage = asset.kind === AssetKind.ASSET_KIND_MODEL ? asset.lineage : undefined
  if (!lineage || lineage.inputAssetIds.length === 0)
    return { fee, royalty: [], payouts: splitByWeight(rest, ownerShares(asset), asset.owner) }
  const royaltyTotal = (rest * BigInt(lineage.royaltyBps)) / 10_000n
  const inputs = lineage.inputAssetIds.map((id, i) => {
    const input = lookup(id)
    return {
      assetId: id,
      owner: input?.owner,
      contributors: input?.contributors ?? [],
      weightPpm: lineage.inputWeightsPpm[i] ?? 0,
    }
  })
  const royalty = splitRoyalty(royaltyTotal, inputs, asset.owner)
  return { fee, royalty, payouts: splitByWeight(rest - royaltyTotal, ownerShares(asset), asset.owner) }
}
