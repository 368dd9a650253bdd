// `datum tx dataasset …`: one command per Msg of the dataasset module.
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { dataAssetMsgs as M } from '../sdk/dataasset/messages.js'
import { bool, type ParsedArgs, positional, str } from './args.js'
import type { Command } from './command.js'
import {
  COMPUTE_FLAGS,
  computePolicyOf,
  contributorsOf,
  METADATA_FLAGS,
  metadataOf,
  PRIVACY_FLAGS,
  privacyPolicyOf,
  RESIDENCY_FLAGS,
  residencyPolicyOf,
  TERMS_FLAGS,
  termsOf,
} from './dataasset-flags.js'
import { UsageError } from './errors.js'
import { algorithmOf, stateOf, uint } from './parse-dataasset.js'
import { runTx } from './tx-run.js'

const CONTRIBUTOR = {
  contributor: {
    type: 'repeat',
    description: 'payee and weight in bps, all summing to 10000 (repeatable)',
    value: '<address>:<bps>',
  },
} as const
const STORAGE = {
  'content-hash': {
    type: 'string',
    description: 'sha256 (hex) of the dataset manifest',
    required: true,
    value: '<hex>',
  },
  'storage-uri': {
    type: 'string',
    description: 'where the encrypted data lives',
    required: true,
    value: '<uri>',
  },
  encryption: { type: 'string', description: 'encryption scheme', default: 'aes-256-gcm', value: '<scheme>' },
} as const

const tx = (name: string, summary: string, c: Omit<Command, 'path' | 'summary' | 'kind'>): Command => ({
  path: ['tx', 'dataasset', name],
  summary,
  kind: 'tx',
  ...c,
})

function requirePrivacy(a: ParsedArgs) {
  const p = privacyPolicyOf(a)
  if (!p) throw new UsageError('--epsilon-total is required')
  return p
}

export const registerAssetMsgOf = (a: ParsedArgs, owner: string): T.MsgRegisterAssetInput => ({
  owner,
  contentHash: str(a, 'content-hash'),
  storage: { uri: str(a, 'storage-uri'), encryptionScheme: str(a, 'encryption') },
  metadata: metadataOf(a),
  licenseTermsId: str(a, 'terms'),
  contributors: contributorsOf(a),
  computePolicy: computePolicyOf(a),
  privacyPolicy: privacyPolicyOf(a),
  residencyPolicy: residencyPolicyOf(a),
  transferable: bool(a, 'transferable'),
})

export const REGISTER_ASSET_FLAGS = {
  terms: { type: 'string', description: 'licence terms id', required: true, value: '<id>' },
  transferable: { type: 'boolean', description: 'the asset may be transferred to another owner' },
  ...CONTRIBUTOR,
  ...METADATA_FLAGS,
  ...COMPUTE_FLAGS,
  ...PRIVACY_FLAGS,
  ...RESIDENCY_FLAGS,
} as const

export const dataAssetTxCommands: Command[] = [
  tx('register-terms', 'register licence terms (the same terms return the same id)', {
    flags: TERMS_FLAGS,
    run: (a) =>
      runTx(
        a,
        (creator) => M.registerLicenseTerms({ creator, terms: termsOf(a) }),
        T.MsgRegisterLicenseTermsResponse,
      ),
  }),
  tx('register', 'register a data asset (content hash, encrypted storage pointer, policies)', {
    flags: { ...STORAGE, ...REGISTER_ASSET_FLAGS },
    details:
      'Empty allowlists and region lists admit nobody (default deny). ε and δ are decimals, e.g. --epsilon-total 1.5',
    run: (a) =>
      runTx(a, (owner) => M.registerAsset(registerAssetMsgOf(a, owner)), T.MsgRegisterAssetResponse),
  }),
  tx(
    'register-model',
    'register the model of your finalized training job as a model asset with its lineage',
    {
      args: '<job-id>',
      flags: {
        'model-digest': {
          type: 'string',
          description: 'the attested model digest (hex)',
          required: true,
          value: '<hex>',
        },
        'royalty-bps': {
          type: 'string',
          description: 'share of each inference fee paid back to the training data, in bps (required)',
          required: true,
          value: '<bps>',
        },
        ...STORAGE,
        ...REGISTER_ASSET_FLAGS,
      },
      details:
        'The job must be FINALIZED and yours; --content-hash is the encrypted model package manifest hash. Rights on the model are inference rights.',
      run: (a) => {
        const jobId = uint('job-id', positional(a, 0, 'job-id'))
        if (!jobId) throw new UsageError('<job-id> must be a positive integer')
        const royaltyBps = uint('royalty-bps', str(a, 'royalty-bps'), 10_000)!
        return runTx(
          a,
          (owner) =>
            M.registerModel({
              ...registerAssetMsgOf(a, owner),
              jobId: BigInt(jobId),
              modelDigest: str(a, 'model-digest'),
              royaltyBps,
            }),
          T.MsgRegisterModelResponse,
        )
      },
    },
  ),
  tx('update-metadata', 'replace the metadata of an asset', {
    args: '<asset-id>',
    flags: METADATA_FLAGS,
    run: (a) =>
      runTx(
        a,
        (owner) =>
          M.updateMetadata({ owner, assetId: positional(a, 0, 'asset-id'), metadata: metadataOf(a) }),
        T.MsgUpdateMetadataResponse,
      ),
  }),
  tx(
    'publish-version',
    'publish new content: version + 1 carrying the remaining privacy budget (--epsilon-total may lower it, never raise it)',
    {
      args: '<asset-id>',
      flags: { ...STORAGE, ...PRIVACY_FLAGS },
      run: (a) =>
        runTx(
          a,
          (owner) =>
            M.publishVersion({
              owner,
              assetId: positional(a, 0, 'asset-id'),
              contentHash: str(a, 'content-hash'),
              storage: { uri: str(a, 'storage-uri'), encryptionScheme: str(a, 'encryption') },
              privacyPolicy: privacyPolicyOf(a),
            }),
          T.MsgPublishVersionResponse,
        ),
    },
  ),
  tx('set-state', 'change the asset state', {
    args: '<asset-id> <active|ordering-paused|unlisted|end-of-life|deprecated|revoked>',
    flags: {
      'superseded-by': {
        type: 'string',
        description: 'successor asset (with deprecated)',
        value: '<asset-id>',
      },
      reason: { type: 'string', description: 'why (shown in the event)', value: '<text>' },
    },
    run: (a) =>
      runTx(
        a,
        (owner) =>
          M.setAssetState({
            owner,
            assetId: positional(a, 0, 'asset-id'),
            state: stateOf(positional(a, 1, 'state')),
            supersededBy: str(a, 'superseded-by'),
            reason: str(a, 'reason'),
          }),
        T.MsgSetAssetStateResponse,
      ),
  }),
  tx('set-contributors', 'replace the contributors (weights sum to 10000; none = owner takes all)', {
    args: '<asset-id>',
    flags: CONTRIBUTOR,
    run: (a) =>
      runTx(
        a,
        (owner) =>
          M.setContributors({
            owner,
            assetId: positional(a, 0, 'asset-id'),
            contributors: contributorsOf(a),
          }),
        T.MsgSetContributorsResponse,
      ),
  }),
  tx('allow-algorithm', 'add an algorithm to the allowlist (owner or trusted publisher)', {
    args: '<asset-id> <code-hash>:sha256:<image-hex>[:label]',
    run: (a) =>
      runTx(
        a,
        (sender) =>
          M.allowAlgorithm({
            sender,
            assetId: positional(a, 0, 'asset-id'),
            algorithm: algorithmOf(positional(a, 1, 'algorithm')),
          }),
        T.MsgAllowAlgorithmResponse,
      ),
  }),
  tx('disallow-algorithm', 'remove an algorithm from the allowlist', {
    args: '<asset-id> <code-hash>:sha256:<image-hex>',
    run: (a) => {
      const { codeHash, imageDigest } = algorithmOf(positional(a, 1, 'algorithm'))
      return runTx(
        a,
        (sender) =>
          M.disallowAlgorithm({ sender, assetId: positional(a, 0, 'asset-id'), codeHash, imageDigest }),
        T.MsgDisallowAlgorithmResponse,
      )
    },
  }),
  tx('set-compute-policy', 'replace the compute policy (applies to rights sold afterwards)', {
    args: '<asset-id>',
    flags: COMPUTE_FLAGS,
    run: (a) =>
      runTx(
        a,
        (owner) =>
          M.setComputePolicy({
            owner,
            assetId: positional(a, 0, 'asset-id'),
            computePolicy: computePolicyOf(a),
          }),
        T.MsgSetComputePolicyResponse,
      ),
  }),
  tx('set-privacy-policy', 'lower the privacy policy of the current version (never raises)', {
    args: '<asset-id>',
    flags: PRIVACY_FLAGS,
    run: (a) =>
      runTx(
        a,
        (owner) =>
          M.setPrivacyPolicy({
            owner,
            assetId: positional(a, 0, 'asset-id'),
            privacyPolicy: requirePrivacy(a),
          }),
        T.MsgSetPrivacyPolicyResponse,
      ),
  }),
  tx('set-residency-policy', 'replace the regions where computation may run', {
    args: '<asset-id>',
    flags: RESIDENCY_FLAGS,
    run: (a) =>
      runTx(
        a,
        (owner) =>
          M.setResidencyPolicy({
            owner,
            assetId: positional(a, 0, 'asset-id'),
            residencyPolicy: residencyPolicyOf(a),
          }),
        T.MsgSetResidencyPolicyResponse,
      ),
  }),
  tx('transfer', 'transfer a transferable asset to a new owner', {
    args: '<asset-id> <recipient>',
    run: (a) =>
      runTx(
        a,
        (owner) =>
          M.transferAsset({
            owner,
            assetId: positional(a, 0, 'asset-id'),
            recipient: positional(a, 1, 'recipient'),
          }),
        T.MsgTransferAssetResponse,
      ),
  }),
  tx('burn', 'delete an asset with no live compute rights or jobs', {
    args: '<asset-id>',
    run: (a) =>
      runTx(
        a,
        (owner) => M.burnAsset({ owner, assetId: positional(a, 0, 'asset-id') }),
        T.MsgBurnAssetResponse,
      ),
  }),
]
