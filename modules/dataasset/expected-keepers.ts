// What the dataasset module asks of later modules, and what it offers them.
import type {
  AssetState,
  DataAsset,
  FeatureModule,
  Mechanism,
  PrivacyBudget,
  UsageRecordInput,
} from '../../proto/gen/datum/dataasset/v1/index.js'
import type { Context } from '../sdk/index.js'

/** Hooks other modules register (computeright vetoes burns and refunds on revocation). */
export interface DataAssetHooks {
  /** True when the asset still has ACTIVE compute rights or open jobs; a burn is then refused. */
  hasLiveRightsOrJobs?(ctx: Context, assetId: string): boolean
  /** Called after every state change (REVOKED: fail open jobs and refund unused rights). */
  afterAssetStateChanged?(ctx: Context, asset: DataAsset, from: AssetState): void
}

/** What dataasset reads from the attestation module: the encryption key an executor registered. */
export interface ExecutorKeysApi {
  /** Compressed secp256k1 public key (hex), or undefined/empty when `operator` is not a registered executor. */
  encryptionKey(ctx: Context, operator: string): string | undefined
}

/** A training job as dataasset sees it when its buyer registers the model (computeright's record). */
export interface TrainingJobFacts {
  requester: string
  /** FINALIZED: attested, past the challenge window, paid. */
  finalized: boolean
  /** A datum.computeright.v1.ModelFamily value; 0 when the job trained nothing. */
  modelFamily: number
  /** The attested result digest (the model digest), recorded at finalize. */
  resultDigest: string
  /** Input assets in the job's right order, and each one's share of the model in ppm (summing to 10^6). */
  inputAssetIds: string[]
  inputWeightsPpm: number[]
}

/** What dataasset reads from computeright to register a model (wired by the app). */
export interface TrainingJobsApi {
  trainingJob(ctx: Context, jobId: bigint): TrainingJobFacts | undefined
}

/** The narrow interface computeright and attestation use; each check throws a registered dataasset error. */
export interface DataAssetKeeperApi {
  getAsset(ctx: Context, id: string): DataAsset | undefined
  requireAsset(ctx: Context, id: string): DataAsset
  checkAlgorithm(ctx: Context, assetId: string, codeHash: string, imageDigest: string): void
  /** The asset's approval of a feature module (issue 16); undefined when it approves no such module. */
  featureModule(ctx: Context, assetId: string, moduleHash: string): FeatureModule | undefined
  checkMechanism(ctx: Context, assetId: string, mechanism: Mechanism): void
  checkRegion(ctx: Context, assetId: string, region: string, audited: boolean): void
  /** A live grant of the asset to the executor, else grantNotFound (26) or grantKeyMismatch (28). */
  requireLiveGrant(ctx: Context, assetId: string, executor: string): void
  /** The declared purpose and attested jurisdictions fit the licence, else 30, 31 or 32. */
  checkLicenceUse(ctx: Context, assetId: string, purpose: number, jurisdictions: readonly string[]): void
  getBudget(ctx: Context, assetId: string, version: number): PrivacyBudget
  reserveEpsilon(ctx: Context, assetId: string, version: number, micro: bigint): PrivacyBudget
  releaseEpsilon(ctx: Context, assetId: string, version: number, micro: bigint): PrivacyBudget
  spendEpsilon(
    ctx: Context,
    assetId: string,
    version: number,
    reservedMicro: bigint,
    actualMicro: bigint,
  ): PrivacyBudget
  appendUsage(ctx: Context, record: Omit<UsageRecordInput, 'sequence' | 'height'>): bigint
  /** DATA fault on `version`: mark the asset (no offerings, purchases or jobs until a new version). */
  markDataFault(ctx: Context, assetId: string, version: number, jobId: bigint, reason: string): void
  addHooks(hooks: DataAssetHooks): void
}
