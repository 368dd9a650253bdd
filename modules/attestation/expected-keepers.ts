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
  /** Matching reveals needed (computeright's rule: the input assets' largest compute-policy minimum). */
  minExecutors: number
  commitBy: bigint
  revealBy: bigint
  /** The most the requester pays the executors; attested jobs charge it in full (flat pricing). */
  maxComputeFee: bigint
  /** REQUESTED, ASSIGNED or COMMITTED (computeright's rule): attestation only acts on such jobs. */
  awaitingAttestation: boolean
  /** A training job: its reveals may carry an attribution (ppm per input). */
  training: boolean
  /** The training job asked for attribution (its charged ε covers the scores' release): its result reveals carry one. */
  attribution: boolean
}

/** An executor's part of the compute fee, in basis points (the parts sum to 10000). */
export interface ExecutorShare {
  address: string
  weightBps: number
}

/**
 * How a job ends. There is no ε here on purpose: a consumed use debits the ε fixed at request, never a number
 * executors report.
 */
export interface SettlementOutcome {
  fault: FaultClass
  /** Executors paid the compute fee (success, ALGORITHM fault); empty otherwise. */
  executors: ExecutorShare[]
  /** Compute fee paid to the executors (≤ the job's max compute fee); the rest goes back to the requester. */
  computeCharged: bigint
  /** The attested digest, for the usage ledger (success only). */
  resultDigest?: string
  /** DATA fault: the input asset whose package did not match (computeright marks it). */
  dataFaultAsset?: string
  /** DATA fault: the reporters' reason, recorded on the marked asset. */
  faultReason?: string
  /** Training jobs, success: the quorum's attribution, ppm per input (empty = equal split). */
  attributionPpm?: number[]
}

/** The job timeline windows computeright owns (one challenge window for the chain), in seconds. */
export interface TimelineWindows {
  challengeSeconds: bigint
  arbiterSeconds: bigint
}

export interface ComputeRightKeeperApi {
  getJobView(ctx: Context, jobId: bigint): JobView | undefined
  /** The challenge window and arbiter deadline from computeright's params (the timeline's one owner). */
  timeline(ctx: Context): TimelineWindows
  /**
   * Mirrors the phase into computeright's Job.state: ASSIGNED (first accept), COMMITTED (first commitment),
   * ATTESTED (quorum, or a rejected challenge), CHALLENGED; a transition out of order throws. FINALIZED and
   * FAILED follow settleJob, which already set them.
   */
  markJob(ctx: Context, jobId: bigint, phase: JobPhase): void
  /**
   * Settles the job exactly once: on success (fault NONE) computeright pays the data fees, debits the actual ε,
   * releases the rest and appends the usage-ledger entry per input; on a fault it refunds by the fault rules.
   */
  settleJob(ctx: Context, jobId: bigint, outcome: SettlementOutcome): void
}

/**
 * The part of dataasset this module calls (eligibility only; ledgers are written by the settlement):
 * the asset, its residency check, and the owner's grant to the executor (grants are dataasset's records).
 */
export type DataAssetApi = Pick<DataAssetKeeperApi, 'requireAsset' | 'checkRegion' | 'requireLiveGrant'>

export interface BankApi {
  sendCoinsFromAccountToModule(ctx: Context, sender: string, module: string, amount: Coin[]): void
  sendCoinsFromModuleToAccount(ctx: Context, module: string, recipient: string, amount: Coin[]): void
}

/**
 * distribution's community pool: slashed executor bonds that no challenger is owed are paid into it (the pool
 * records them and the coins move from this module's account to distribution's).
 */
export interface CommunityPoolApi {
  fundCommunityPoolFromModule(ctx: Context, fromModule: string, amount: Coin[]): void
}
