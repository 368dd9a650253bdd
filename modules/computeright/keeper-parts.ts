// The parts of the keeper that computeright's job and right functions use. Each function takes only the parts
// it touches, so the keeper's methods (closeJob, endRight, setJobPhase, owed) call them without handing
// themselves back whole, and a reader sees at the signature what a function may reach: the store, dataasset,
// or the escrow's outgoing payments.
import type { Job } from '../../proto/gen/datum/computeright/v1/index.js'
import type { Coin, Context } from '../sdk/index.js'
import type { ComputeRightAssetKeeper } from './expected-keepers.js'
import type { ComputeRightStore } from './store.js'

export interface StoreAccess {
  readonly store: ComputeRightStore
}

/** dataasset, for ε, the usage ledger and data-fault marks. */
export interface AssetAccess {
  readonly deps: { readonly assets: ComputeRightAssetKeeper }
}

/** Payments out of the escrow module account. */
export interface EscrowPayouts {
  payOut(ctx: Context, to: string, amount: Coin[]): void
  payFee(ctx: Context, amount: Coin[]): void
}

export interface JobLookup extends StoreAccess {
  /** The job, or `jobNotFound`. */
  requireJob(ctx: Context, id: bigint): Job
}

/** What ending a right or a job moves: the store's records, dataasset's ε and ledger, the escrow's coins. */
export type SettlementParts = StoreAccess & AssetAccess & EscrowPayouts
