// The computeright keeper: its store, the keepers it reaches (bank, dataasset), escrow transfers, and the
// functions other modules call (settlement for attestation, the burn veto and revocation hook for dataasset).
import type { Job, JobState } from '../../proto/gen/datum/computeright/v1/index.js'
import { AssetState, type DataAsset } from '../../proto/gen/datum/dataasset/v1/index.js'
import type { Coin, Context } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import type {
  AccountAuditKeeper,
  ComputeRightAccountKeeper,
  ComputeRightAssetKeeper,
  ComputeRightBankKeeper,
  ComputeRightHooks,
} from './expected-keepers.js'
import { type CloseReason, closeJob } from './job-close.js'
import { setJobPhase } from './job-phase.js'
import * as K from './keys.js'
import { owedTotal } from './owed.js'
import { endRight } from './rights.js'
import { ComputeRightStore, reachedAttestation } from './store.js'

/** A DATA fault marks the asset: no offerings, purchases or jobs until the owner publishes a new version. */
export function requireNoDataFault(asset: DataAsset): void {
  const f = asset.dataFault
  if (f)
    throw E.assetDataFault.wrap(
      `asset ${asset.id} version ${f.version}: executors reported its package does not match ${f.contentHash} (job ${f.jobId}); the owner must publish a new version`,
    )
}

export interface ComputeRightDeps {
  bank: ComputeRightBankKeeper
  accounts: ComputeRightAccountKeeper
  assets: ComputeRightAssetKeeper
  /** Module account receiving the protocol fee (the fee collector). */
  protocolFeeModule: string
}

export class ComputeRightKeeper {
  readonly store = new ComputeRightStore()
  private readonly hooks: ComputeRightHooks[] = []
  private accountAudits: AccountAuditKeeper | undefined

  constructor(readonly deps: ComputeRightDeps) {
    deps.assets.addHooks({
      hasLiveRightsOrJobs: (ctx, assetId) => this.hasLiveRightsOrJobs(ctx, assetId),
      afterAssetStateChanged: (ctx, asset) => {
        if (asset.state === AssetState.ASSET_STATE_REVOKED) this.onAssetRevoked(ctx, asset)
      },
    })
  }

  /** Wired by the app (the attestation module keeps the audits); unwired, no account has a jurisdiction. */
  setAccountAudits(audits: AccountAuditKeeper): void {
    this.accountAudits = audits
  }

  attestedJurisdictions(ctx: Context, account: string): string[] {
    return this.accountAudits?.attestedJurisdictions(ctx, account) ?? []
  }

  addHooks(h: ComputeRightHooks): void {
    this.hooks.push(h)
  }

  notifyJobExpired(ctx: Context, jobId: bigint): void {
    for (const h of this.hooks) h.afterJobExpired?.(ctx, jobId)
  }

  escrowAddress(): string {
    const a = this.deps.accounts.getModuleAddress(K.ESCROW_MODULE)
    if (!a) throw new Error(`module account ${K.ESCROW_MODULE} is not registered with auth`)
    return a
  }

  pay(ctx: Context, from: string, amount: Coin[]): void {
    if (amount.length > 0) this.deps.bank.sendCoinsFromAccountToModule(ctx, from, K.ESCROW_MODULE, amount)
  }

  payOut(ctx: Context, to: string, amount: Coin[]): void {
    if (amount.length > 0) this.deps.bank.sendCoinsFromModuleToAccount(ctx, K.ESCROW_MODULE, to, amount)
  }

  payFee(ctx: Context, amount: Coin[]): void {
    if (amount.length > 0)
      this.deps.bank.sendCoinsFromModuleToModule(ctx, K.ESCROW_MODULE, this.deps.protocolFeeModule, amount)
  }

  escrowBalance(ctx: Context): Coin[] {
    return this.deps.bank.getAllBalances(ctx, this.escrowAddress())
  }

  requireJob(ctx: Context, id: bigint): Job {
    const j = this.store.job(ctx, id)
    if (!j) throw E.jobNotFound.wrap(`job ${id}`)
    return j
  }

  /** A live asset accepting new orders (not revoked, paused, unlisted, end-of-life or deprecated). */
  orderableAsset(ctx: Context, assetId: string): DataAsset {
    const asset = this.deps.assets.getAsset(ctx, assetId)
    if (!asset) throw E.assetNotUsable.wrap(`asset ${assetId} not found`)
    if (asset.state !== AssetState.ASSET_STATE_ACTIVE)
      throw E.assetNotUsable.wrap(`asset ${assetId} is ${AssetState[asset.state]}`)
    requireNoDataFault(asset)
    return asset
  }

  hasLiveRightsOrJobs(ctx: Context, assetId: string): boolean {
    for (const kind of [K.KIND_RIGHT, K.KIND_JOB]) {
      for (const _ of this.store.idsUnder(ctx, K.assetIndexPrefix(assetId, kind))) return true
    }
    return false
  }

  /**
   * Revocation: fail unsettled jobs that never reached attestation with a full refund, then refund unused prepaid
   * uses of every live right. Attested and challenged jobs are left to finalize (or to an upheld challenge):
   * their result may have been released, so they are paid for, never refunded.
   */
  onAssetRevoked(ctx: Context, asset: DataAsset): void {
    for (const id of [...this.store.idsUnder(ctx, K.assetIndexPrefix(asset.id, K.KIND_JOB))]) {
      const job = this.requireJob(ctx, id)
      if (!reachedAttestation(job)) this.closeJob(ctx, job, 'revoked')
    }
    for (const id of [...this.store.idsUnder(ctx, K.assetIndexPrefix(asset.id, K.KIND_RIGHT))])
      this.endRight(ctx, id, 'revoked')
  }

  /** Sum of what the escrow owes: prepaid uses of ACTIVE rights and the locks of unsettled jobs. */
  owed(ctx: Context): Coin[] {
    return owedTotal(this, ctx)
  }

  /** The attestation phases mirrored into Job.state (ASSIGNED, COMMITTED, ATTESTED, CHALLENGED); see job-phase.ts. */
  setJobPhase(ctx: Context, jobId: bigint, state: JobState): void {
    setJobPhase(this, ctx, jobId, state)
  }

  closeJob(ctx: Context, job: Job, why: CloseReason): void {
    closeJob(this, ctx, job, why)
  }

  endRight(ctx: Context, id: bigint, why: 'expired' | 'revoked'): void {
    endRight(this, ctx, id, why)
  }
}
