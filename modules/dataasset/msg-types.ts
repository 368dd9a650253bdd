// The Msg types of the module with their type URLs and amino names, free of any keeper, so the client's
// Registry and AminoTypes are built from exactly the list the node routes.
import type { Codec } from '../../proto/codec.js'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { type MsgType, msgType } from '../sdk/proto-services.js'

export const AMINO_PREFIX = 'datum/dataasset'
export { AMINO_NAME_MAX, type MsgType, msgType } from '../sdk/proto-services.js'

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
  T.MsgGrantExecutors,
  T.MsgRevokeGrant,
  T.MsgRegisterModel,
  T.MsgApproveFeatureModule,
  T.MsgRevokeFeatureModule,
  T.MsgUpdateParams,
] as Codec<unknown, unknown>[]

export const DATAASSET_MSG_TYPES: readonly MsgType[] = CODECS.map((c) => msgType(c, AMINO_PREFIX))
