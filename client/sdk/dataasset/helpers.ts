// Typed one-call helpers for the dataasset Msgs: each signs with `sender`, broadcasts, checks the result
// and returns the decoded Msg response next to the DeliverTxResponse.
import * as T from '../../../proto/gen/datum/dataasset/v1/index.js'
import type { DatumClient, Fee } from '../client.js'
import { dataAssetMsgs as M } from './messages.js'

type Without<V, K extends keyof V> = Omit<V, K>

export function dataAssetTx(client: DatumClient) {
  return {
    registerLicenseTerms: (creator: string, terms: T.LicenseTermsInput, fee?: Fee) =>
      client.broadcastOne(
        creator,
        M.registerLicenseTerms({ creator, terms }),
        T.MsgRegisterLicenseTermsResponse,
        fee,
      ),
    registerAsset: (owner: string, msg: Without<T.MsgRegisterAssetInput, 'owner'>, fee?: Fee) =>
      client.broadcastOne(owner, M.registerAsset({ ...msg, owner }), T.MsgRegisterAssetResponse, fee),
    updateMetadata: (owner: string, assetId: string, metadata: T.MetadataInput, fee?: Fee) =>
      client.broadcastOne(
        owner,
        M.updateMetadata({ owner, assetId, metadata }),
        T.MsgUpdateMetadataResponse,
        fee,
      ),
    publishVersion: (owner: string, msg: Without<T.MsgPublishVersionInput, 'owner'>, fee?: Fee) =>
      client.broadcastOne(owner, M.publishVersion({ ...msg, owner }), T.MsgPublishVersionResponse, fee),
    setAssetState: (owner: string, msg: Without<T.MsgSetAssetStateInput, 'owner'>, fee?: Fee) =>
      client.broadcastOne(owner, M.setAssetState({ ...msg, owner }), T.MsgSetAssetStateResponse, fee),
    setContributors: (owner: string, assetId: string, contributors: T.ContributorInput[], fee?: Fee) =>
      client.broadcastOne(
        owner,
        M.setContributors({ owner, assetId, contributors }),
        T.MsgSetContributorsResponse,
        fee,
      ),
    allowAlgorithm: (sender: string, assetId: string, algorithm: T.AlgorithmInput, fee?: Fee) =>
      client.broadcastOne(
        sender,
        M.allowAlgorithm({ sender, assetId, algorithm }),
        T.MsgAllowAlgorithmResponse,
        fee,
      ),
    disallowAlgorithm: (sender: string, assetId: string, codeHash: string, imageDigest: string, fee?: Fee) =>
      client.broadcastOne(
        sender,
        M.disallowAlgorithm({ sender, assetId, codeHash, imageDigest }),
        T.MsgDisallowAlgorithmResponse,
        fee,
      ),
    setComputePolicy: (owner: string, assetId: string, computePolicy: T.ComputePolicyInput, fee?: Fee) =>
      client.broadcastOne(
        owner,
        M.setComputePolicy({ owner, assetId, computePolicy }),
        T.MsgSetComputePolicyResponse,
        fee,
      ),
    setPrivacyPolicy: (owner: string, assetId: string, privacyPolicy: T.PrivacyPolicyInput, fee?: Fee) =>
      client.broadcastOne(
        owner,
        M.setPrivacyPolicy({ owner, assetId, privacyPolicy }),
        T.MsgSetPrivacyPolicyResponse,
        fee,
      ),
    setResidencyPolicy: (
      owner: string,
      assetId: string,
      residencyPolicy: T.ResidencyPolicyInput,
      fee?: Fee,
    ) =>
      client.broadcastOne(
        owner,
        M.setResidencyPolicy({ owner, assetId, residencyPolicy }),
        T.MsgSetResidencyPolicyResponse,
        fee,
      ),
    transferAsset: (owner: string, assetId: string, recipient: string, fee?: Fee) =>
      client.broadcastOne(
        owner,
        M.transferAsset({ owner, assetId, recipient }),
        T.MsgTransferAssetResponse,
        fee,
      ),
    burnAsset: (owner: string, assetId: string, fee?: Fee) =>
      client.broadcastOne(owner, M.burnAsset({ owner, assetId }), T.MsgBurnAssetResponse, fee),
  }
}
