// What the attestation module needs from computeright, dataasset and bank, declared here so it depends on
// interfaces only. The app wires the real keepers; unit tests use small doubles over the same contracts.
import type { DataAssetKeeperApi } from '../dataasset/expected-keepers.js'
import type { Coin, Context } from '../sdk/index.js'

/** computeright's JobState values this module moves a job through. */
export type JobPhase = 'ASSIGNED' | 'COMMITTED' | 'ATTESTED' | 'CHALLENGED' | 'FINALIZED' | 'FAILED'

/** computeright's FaultClass: who caused a failed job (drives the refund rules of the settlement). */
export type FaultClass = 'NONE' | 'EXECUTOR' | 'ALGORITHM' | 'DATA'

export interface JobInput {
  assetId: string
  assetVersion: number
  rightId: bigint
}

/** The facts of one job that attestation reads; deadlines in unix seconds from block time. */
export interface JobView {
  id: bigint
  requester: string
  inputs: JobInput[]
  codeHash: string
  imageDigest: string
  /** A datum.dataasset.v1.Mechanism value (MECHANISM_TEE requires a TEE executor). */
  mechanism: number
  /** ε reserved for the job at request time, in micro-ε. */
  epsilonMicro: bigint
  /** Matching reveals needed (the max of the input assets' compute-policy minimum, at least 1). */
  minExecutors: number
  commitBy: bigint
  revealBy: bigint
  /** Open while REQUESTED/ASSIGNED/COMMITTED; attestation only acts on open jobs. */
  open: boolean
}

export interface SettlementOutcome {
  success: boolean
  fault: FaultClass
  /** Executors whose agreeing reveals are paid the compute fee. */
  executors: string[]
  resultDigest: string
}

export interface SettlementResult {
  /** Data fee actually paid to each input asset's owner and contributors, for the usage ledger. */
  feesByAsset: { assetId: string; fee: Coin[] }[]
}

export interface ComputeRightKeeperApi {
  getJobView(ctx: Context, jobId: bigint): JobView | undefined
  markJob(ctx: Context, jobId: bigint, phase: JobPhase): void
  /**
   * Settles the job exactly once. On failure computeright refunds the requester from escrow and releases
   * the reserved ε and the right's use; on success attestation debits ε itself (spendEpsilon) afterwards.
   */
  settleJob(ctx: Context, jobId: bigint, outcome: SettlementOutcome): SettlementResult
}

/** The part of dataasset this module calls (a subset of its DataAssetKeeperApi). */
export type DataAssetApi = Pick<
  DataAssetKeeperApi,
  'requireAsset' | 'checkRegion' | 'spendEpsilon' | 'appendUsage'
>

export interface BankApi {
  sendCoinsFromAccountToModule(ctx: Context, sender: string, module: string, amount: Coin[]): void
  sendCoinsFromModuleToAccount(ctx: Context, module: string, recipient: string, amount: Coin[]): void
}
