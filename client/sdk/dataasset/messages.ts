// EncodeObject builders for every dataasset Msg (what SigningStargateClient.signAndBroadcast takes).
import type { EncodeObject } from '@cosmjs/proto-signing'
import type * as T from '../../../proto/gen/datum/dataasset/v1/index.js'

const url = (name: string) => `/datum.dataasset.v1.${name}`

export interface TypedEncodeObject<V> extends EncodeObject {
  readonly value: V
}

const make =
  <V>(name: string) =>
  (value: V): TypedEncodeObject<V> => ({ typeUrl: url(name), value })

export const dataAssetMsgs = {
  registerLicenseTerms: make<T.MsgRegisterLicenseTermsInput>('MsgRegisterLicenseTerms'),
  registerAsset: make<T.MsgRegisterAssetInput>('MsgRegisterAsset'),
  updateMetadata: make<T.MsgUpdateMetadataInput>('MsgUpdateMetadata'),
  publishVersion: make<T.MsgPublishVersionInput>('MsgPublishVersion'),
  setAssetState: make<T.MsgSetAssetStateInput>('MsgSetAssetState'),
  setContributors: make<T.MsgSetContributorsInput>('MsgSetContributors'),
  allowAlgorithm: make<T.MsgAllowAlgorithmInput>('MsgAllowAlgorithm'),
  disallowAlgorithm: make<T.MsgDisallowAlgorithmInput>('MsgDisallowAlgorithm'),
  setComputePolicy: make<T.MsgSetComputePolicyInput>('MsgSetComputePolicy'),
  setPrivacyPolicy: make<T.MsgSetPrivacyPolicyInput>('MsgSetPrivacyPolicy'),
  setResidencyPolicy: make<T.MsgSetResidencyPolicyInput>('MsgSetResidencyPolicy'),
  transferAsset: make<T.MsgTransferAssetInput>('MsgTransferAsset'),
  burnAsset: make<T.MsgBurnAssetInput>('MsgBurnAsset'),
  grantExecutors: make<T.MsgGrantExecutorsInput>('MsgGrantExecutors'),
  revokeGrant: make<T.MsgRevokeGrantInput>('MsgRevokeGrant'),
  registerModel: make<T.MsgRegisterModelInput>('MsgRegisterModel'),
  approveFeatureModule: make<T.MsgApproveFeatureModuleInput>('MsgApproveFeatureModule'),
  revokeFeatureModule: make<T.MsgRevokeFeatureModuleInput>('MsgRevokeFeatureModule'),
} as const
