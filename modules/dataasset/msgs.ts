// Every Msg of the dataasset module: stateless checks (validateBasic) and the handler each one runs.
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import type { MsgDefinition } from '../sdk/index.js'
import { defineMsg } from '../sdk/proto-services.js'
import { dataAssetErrors as E } from './errors.js'
import { approveFeatureModule, revokeFeatureModule } from './feature-module-server.js'
import * as grants from './grants.js'
import type { DataAssetKeeper } from './keeper.js'
import { checkLicenseTerms } from './license.js'
import { LIMITS } from './limits.js'
import { registerModel } from './model-server.js'
import * as life from './msg-server.js'
import { AMINO_PREFIX } from './msg-types.js'
import * as policy from './policy-server.js'
import {
  checkAddress,
  checkAlgorithm,
  checkComputePolicy,
  checkContributors,
  checkFeatureModule,
  checkHash,
  checkImageDigest,
  checkMetadata,
  checkPrivacyPolicy,
  checkResidencyPolicy,
  checkStorage,
  checkString,
} from './validate.js'

const assetId = (id: string) => checkHash('asset_id', id)

function required<V>(field: string, v: V | undefined): V {
  if (v === undefined) throw E.invalidField.wrap(`${field} is required`)
  return v
}

export function dataAssetMsgs(k: DataAssetKeeper): MsgDefinition[] {
  const defs = [
    defineMsg({
      codec: T.MsgRegisterLicenseTerms,
      response: T.MsgRegisterLicenseTermsResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.creator,
      validateBasic: (m) => {
        checkAddress('creator', m.creator)
        checkLicenseTerms(m.terms)
      },
      handle: (ctx, m) => life.registerLicenseTerms(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgRegisterAsset,
      response: T.MsgRegisterAssetResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        checkHash('content_hash', m.contentHash)
        checkStorage(m.storage)
        checkMetadata(m.metadata)
        checkHash('license_terms_id', m.licenseTermsId)
        checkContributors(m.contributors)
        checkComputePolicy(m.computePolicy)
        checkPrivacyPolicy(m.privacyPolicy)
        checkResidencyPolicy(m.residencyPolicy)
      },
      handle: (ctx, m) => life.registerAsset(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgRegisterModel,
      response: T.MsgRegisterModelResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        if (m.jobId <= 0n) throw E.invalidField.wrap('job_id must be positive')
        checkHash('model_digest', m.modelDigest)
        if (m.royaltyBps > 10_000) throw E.invalidField.wrap(`royalty_bps ${m.royaltyBps} above 10000`)
        checkHash('content_hash', m.contentHash)
        checkStorage(m.storage)
        checkMetadata(m.metadata)
        checkHash('license_terms_id', m.licenseTermsId)
        checkContributors(m.contributors)
        checkComputePolicy(m.computePolicy)
        checkPrivacyPolicy(m.privacyPolicy)
        checkResidencyPolicy(m.residencyPolicy)
      },
      handle: (ctx, m) => registerModel(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgApproveFeatureModule,
      response: T.MsgApproveFeatureModuleResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        assetId(m.assetId)
        checkFeatureModule(m)
      },
      handle: (ctx, m) => approveFeatureModule(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgRevokeFeatureModule,
      response: T.MsgRevokeFeatureModuleResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        assetId(m.assetId)
        checkHash('module_hash', m.moduleHash)
      },
      handle: (ctx, m) => revokeFeatureModule(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgUpdateMetadata,
      response: T.MsgUpdateMetadataResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        assetId(m.assetId)
        checkMetadata(m.metadata)
      },
      handle: (ctx, m) => life.updateMetadata(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgPublishVersion,
      response: T.MsgPublishVersionResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        assetId(m.assetId)
        checkHash('content_hash', m.contentHash)
        checkStorage(m.storage)
        checkPrivacyPolicy(m.privacyPolicy)
      },
      handle: (ctx, m) => life.publishVersion(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgSetAssetState,
      response: T.MsgSetAssetStateResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        assetId(m.assetId)
        if (m.state === T.AssetState.ASSET_STATE_UNSPECIFIED || T.AssetState[m.state] === undefined)
          throw E.invalidField.wrap(`state ${m.state} is not a valid target state`)
        if (m.supersededBy !== '') checkHash('superseded_by', m.supersededBy)
        checkString('reason', m.reason, LIMITS.reasonLength)
      },
      handle: (ctx, m) => life.setAssetState(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgSetContributors,
      response: T.MsgSetContributorsResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        assetId(m.assetId)
        checkContributors(m.contributors)
      },
      handle: (ctx, m) => life.setContributors(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgAllowAlgorithm,
      response: T.MsgAllowAlgorithmResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.sender,
      validateBasic: (m) => {
        checkAddress('sender', m.sender)
        assetId(m.assetId)
        checkAlgorithm(m.algorithm)
      },
      handle: (ctx, m) => policy.allowAlgorithm(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgDisallowAlgorithm,
      response: T.MsgDisallowAlgorithmResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.sender,
      validateBasic: (m) => {
        checkAddress('sender', m.sender)
        assetId(m.assetId)
        checkHash('code_hash', m.codeHash)
        checkImageDigest(m.imageDigest)
      },
      handle: (ctx, m) => policy.disallowAlgorithm(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgSetComputePolicy,
      response: T.MsgSetComputePolicyResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        assetId(m.assetId)
        checkComputePolicy(required('compute_policy', m.computePolicy))
      },
      handle: (ctx, m) => policy.setComputePolicy(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgSetPrivacyPolicy,
      response: T.MsgSetPrivacyPolicyResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        assetId(m.assetId)
        checkPrivacyPolicy(required('privacy_policy', m.privacyPolicy))
      },
      handle: (ctx, m) => policy.setPrivacyPolicy(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgSetResidencyPolicy,
      response: T.MsgSetResidencyPolicyResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        assetId(m.assetId)
        checkResidencyPolicy(required('residency_policy', m.residencyPolicy))
      },
      handle: (ctx, m) => policy.setResidencyPolicy(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgTransferAsset,
      response: T.MsgTransferAssetResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        assetId(m.assetId)
        checkAddress('recipient', m.recipient)
      },
      handle: (ctx, m) => life.transferAsset(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgBurnAsset,
      response: T.MsgBurnAssetResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        assetId(m.assetId)
      },
      handle: (ctx, m) => life.burnAsset(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgGrantExecutors,
      response: T.MsgGrantExecutorsResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        assetId(m.assetId)
        grants.checkGrantEntries(m.grants)
      },
      handle: (ctx, m) => grants.grantExecutors(k, ctx, m),
    }),
    defineMsg({
      codec: T.MsgRevokeGrant,
      response: T.MsgRevokeGrantResponse,
      aminoPrefix: AMINO_PREFIX,
      signer: (m) => m.owner,
      validateBasic: (m) => {
        checkAddress('owner', m.owner)
        assetId(m.assetId)
        checkAddress('executor', m.executor)
      },
      handle: (ctx, m) => grants.revokeGrant(k, ctx, m),
    }),
  ]
  return defs as MsgDefinition[]
}
