// The dataasset keeper: asset reads, the policy checks and privacy-budget operations later modules call,
// the usage ledger, and the hooks they register. Message handling lives in msg-server.ts.
import {
  type DataAsset,
  EventAssetDataFault,
  EventPrivacyBudgetChanged,
  EventUsageRecorded,
  type FeatureModule,
  Mechanism,
  type PrivacyBudget,
  UsageRecord,
  type UsageRecordInput,
} from '../../proto/gen/datum/dataasset/v1/index.js'
import type { Context } from '../sdk/index.js'
import { AssetStore } from './asset-store.js'
import { type BudgetAmounts, release, reserve, spend } from './budget.js'
import { dataAssetErrors as E } from './errors.js'
import { emitEvent } from './events.js'
import type {
  DataAssetHooks,
  DataAssetKeeperApi,
  ExecutorKeysApi,
  TrainingJobFacts,
  TrainingJobsApi,
} from './expected-keepers.js'
import { FeatureModuleStore } from './feature-module-store.js'
import { GrantStore } from './grant-store.js'
import { isLiveGrant } from './grants.js'
import { LedgerStore } from './ledger-store.js'
import { checkLicenceUse } from './licence-use.js'
import { LIMITS } from './limits.js'
import { isRegion } from './regions.js'
import { algorithmKey, checkAddress, checkCount, checkHash, checkString } from './validate.js'

export class DataAssetKeeper implements DataAssetKeeperApi {
  readonly assets = new AssetStore()
  readonly ledger = new LedgerStore()
  readonly grants = new GrantStore()
  readonly featureModules = new FeatureModuleStore()
  private readonly hooks: DataAssetHooks[] = []
  private executorKeys: ExecutorKeysApi | undefined

  private trainingJobs: TrainingJobsApi | undefined

  /** Wired by the app: the training jobs a model is registered from (the computeright module). */
  setTrainingJobs(jobs: TrainingJobsApi): void {
    this.trainingJobs = jobs
  }

  /** The training job's facts; undefined when unwired, unknown or not a training job. */
  trainingJob(ctx: Context, jobId: bigint): TrainingJobFacts | undefined {
    return this.trainingJobs?.trainingJob(ctx, jobId)
  }

  /** Wired by the app: where executors' registered encryption keys are read (the attestation module). */
  setExecutorKeys(keys: ExecutorKeysApi): void {
    this.executorKeys = keys
  }

  /** The executor's registered encryption key; undefined when it is not a registered executor. */
  executorKey(ctx: Context, executor: string): string | undefined {
    const key = this.executorKeys?.encryptionKey(ctx, executor)
    return key ? key : undefined
  }

  /** Throws unless the owner granted the asset to the executor, wrapped to the key it has registered now. */
  requireLiveGrant(ctx: Context, assetId: string, executor: string): void {
    const grant = this.grants.get(ctx, assetId, executor)
    if (!grant) throw E.grantNotFound.wrap(`${executor} on asset ${assetId}`)
    if (!isLiveGrant(this, ctx, grant))
      throw E.grantKeyMismatch.wrap(
        `${executor} changed its encryption key since asset ${assetId} was granted`,
      )
  }

  /** Throws unless the purpose and the requester's attested jurisdictions fit the asset's licence. */
  checkLicenceUse(ctx: Context, assetId: string, purpose: number, jurisdictions: readonly string[]): void {
    const asset = this.requireAsset(ctx, assetId)
    const terms = this.assets.getTerms(ctx, asset.licenseTermsId)
    if (!terms) throw E.licenseTermsNotFound.wrap(asset.licenseTermsId)
    checkLicenceUse(terms, asset.id, purpose, jurisdictions)
  }

  addHooks(hooks: DataAssetHooks): void {
    this.hooks.push(hooks)
  }

  hasLiveRightsOrJobs(ctx: Context, assetId: string): boolean {
    return this.hooks.some((h) => h.hasLiveRightsOrJobs?.(ctx, assetId) ?? false)
  }

  notifyStateChanged(ctx: Context, asset: DataAsset, from: number): void {
    for (const h of this.hooks) h.afterAssetStateChanged?.(ctx, asset, from)
  }

  getAsset(ctx: Context, id: string): DataAsset | undefined {
    return this.assets.get(ctx, id)
  }

  requireAsset(ctx: Context, id: string): DataAsset {
    const asset = this.assets.get(ctx, id)
    if (!asset) throw E.assetNotFound.wrap(`asset ${JSON.stringify(id)}`)
    return asset
  }

  /** The asset's approval of a feature module (issue 16); undefined when it approves no such module. */
  featureModule(ctx: Context, assetId: string, moduleHash: string): FeatureModule | undefined {
    return this.featureModules.get(ctx, assetId, moduleHash)
  }

  checkAlgorithm(ctx: Context, assetId: string, codeHash: string, imageDigest: string): void {
    const asset = this.requireAsset(ctx, assetId)
    const key = algorithmKey({ codeHash, imageDigest })
    const allowed = asset.computePolicy?.algorithmAllowlist.some((a) => algorithmKey(a) === key) ?? false
    if (!allowed)
      throw E.algorithmNotAllowed.wrap(`code ${codeHash} image ${imageDigest} on asset ${assetId}`)
  }

  checkMechanism(ctx: Context, assetId: string, mechanism: Mechanism): void {
    const asset = this.requireAsset(ctx, assetId)
    if (!(asset.computePolicy?.mechanisms.includes(mechanism) ?? false))
      throw E.mechanismNotAllowed.wrap(`${Mechanism[mechanism] ?? mechanism} on asset ${assetId}`)
  }

  /** `audited`: whether an auditor attested the executor's region (required when the policy says so). */
  checkRegion(ctx: Context, assetId: string, region: string, audited: boolean): void {
    if (!isRegion(region))
      throw E.invalidRegion.wrap(`${JSON.stringify(region)} is not an ISO 3166-1 alpha-2 code`)
    const policy = this.requireAsset(ctx, assetId).residencyPolicy
    if (!(policy?.allowedRegions.includes(region) ?? false))
      throw E.regionNotAllowed.wrap(`${region} for asset ${assetId}`)
    if (policy?.requireAuditedRegion && !audited)
      throw E.regionNotAllowed.wrap(
        `asset ${assetId} requires an audited region and ${region} is not audited`,
      )
  }

  getBudget(ctx: Context, assetId: string, version: number): PrivacyBudget {
    const b = this.ledger.budget(ctx, assetId, version)
    if (!b) throw E.budgetNotFound.wrap(`asset ${assetId} version ${version}`)
    return b
  }

  private updateBudget(
    ctx: Context,
    assetId: string,
    version: number,
    f: (b: BudgetAmounts) => BudgetAmounts,
  ): PrivacyBudget {
    const current = this.getBudget(ctx, assetId, version)
    const next = { ...current, ...f(current) }
    this.ledger.putBudget(ctx, next)
    emitEvent(ctx, EventPrivacyBudgetChanged, next)
    return next
  }

  reserveEpsilon(ctx: Context, assetId: string, version: number, micro: bigint): PrivacyBudget {
    return this.updateBudget(ctx, assetId, version, (b) => reserve(b, micro))
  }

  releaseEpsilon(ctx: Context, assetId: string, version: number, micro: bigint): PrivacyBudget {
    return this.updateBudget(ctx, assetId, version, (b) => release(b, micro))
  }

  spendEpsilon(ctx: Context, assetId: string, version: number, reservedMicro: bigint, actualMicro: bigint) {
    return this.updateBudget(ctx, assetId, version, (b) => spend(b, reservedMicro, actualMicro))
  }

  /**
   * An executor quorum reported that the package of `version` does not match its content hash (DATA fault):
   * the asset is marked (visible in the Asset query, `EventAssetDataFault`) and computeright refuses
   * offerings, purchases and jobs on it until the owner publishes a version with a new content hash. A report
   * on an older version than the current one, or on an asset already marked, changes nothing.
   */
  markDataFault(ctx: Context, assetId: string, version: number, jobId: bigint, reason: string): void {
    const asset = this.assets.get(ctx, assetId)
    if (!asset || asset.version !== version || asset.dataFault) return
    const dataFault = {
      version,
      contentHash: asset.contentHash,
      jobId,
      reason: reason.slice(0, LIMITS.reasonLength),
      at: ctx.unixSeconds,
    }
    this.assets.put(ctx, { ...asset, dataFault, updatedAt: ctx.unixSeconds }, asset)
    emitEvent(ctx, EventAssetDataFault, { id: asset.id, ...dataFault })
  }

  /** Appends a usage record (sequence and height are assigned here) and returns its sequence number. */
  appendUsage(ctx: Context, input: Omit<UsageRecordInput, 'sequence' | 'height'>): bigint {
    const record = UsageRecord.fromPartial({ ...input, sequence: 0n, height: ctx.height })
    this.requireAsset(ctx, record.assetId)
    checkUsage(record)
    const sequence = this.ledger.append(ctx, record)
    emitEvent(ctx, EventUsageRecorded, { ...record, sequence })
    return sequence
  }
}

function checkUsage(r: UsageRecord): void {
  checkString('usage.job_id', r.jobId, LIMITS.idLength, true)
  checkString('usage.right_id', r.rightId, LIMITS.idLength)
  checkAddress('usage.requester', r.requester)
  checkHash('usage.code_hash', r.codeHash)
  checkHash('usage.result_digest', r.resultDigest, true)
  checkCount('usage.executors', r.executors, LIMITS.executors)
  for (const e of r.executors) checkAddress('usage.executors[]', e)
  checkCount('usage.fee_paid', r.feePaid, LIMITS.feeCoins)
  if (r.epsilonMicro > LIMITS.epsilonMaxMicro) throw E.invalidEpsilon.wrap(`usage epsilon ${r.epsilonMicro}`)
}
