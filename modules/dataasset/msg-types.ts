// The Msg types of the module with their type URLs and amino names, free of any keeper, so the client's
// Registry and AminoTypes are built from exactly the list the node routes.
import type { Codec } from '../../proto/codec.js'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'

export const AMINO_PREFIX = 'datum/dataasset'
/** Longer names cannot be signed on a Ledger; cosmos-sdk refuses them. */
export const AMINO_NAME_MAX = 39

export interface MsgType {
  typeUrl: string
  aminoName: string
  codec: Codec<unknown, unknown>
}

export function msgType(codec: Codec<unknown, unknown>, aminoPrefix: string): MsgType {
  const shortName = codec.typeName.slice(codec.typeName.lastIndexOf('.') + 1)
  const aminoName = `${aminoPrefix}/${shortName}`
  if (aminoName.length > AMINO_NAME_MAX)
    throw new Error(`amino name ${aminoName} is longer than ${AMINO_NAME_MAX}`)
  return { typeUrl: `/${codec.typeName}`, aminoName, codec }
}

const CODECS = [
  T.MsgRegisterLicenseTerms,
  T.MsgRegisterAsset,
  T.MsgUpdateMetadata,
  T.MsgPublishVersion,
  T.MsgSetAssetState,
  T.MsgSetContributors,
  T.MsgAllowAlgorithm,
  T.MsgDisallowAlgorithm,
  T.MsgSetComputePolicy,
  T.MsgSetPrivacyPolicy,
  T.MsgSetResidencyPolicy,
  T.MsgTransferAsset,
  T.MsgBurnAsset,
] as Codec<unknown, unknown>[]

export const DATAASSET_MSG_TYPES: readonly MsgType[] = CODECS.map((c) => msgType(c, AMINO_PREFIX))
