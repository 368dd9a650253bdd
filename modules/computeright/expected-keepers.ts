// What the computeright module needs from bank and dataasset, and the hooks it offers the attestation module.
import type { DataAssetKeeperApi } from '../dataasset/expected-keepers.js'
import type { Coin, Context } from '../sdk/index.js'

export interface ComputeRightBankKeeper {
  sendCoinsFromAccountToModule(ctx: Context, sender: string, recipientModule: string, amount: Coin[]): void
  sendCoinsFromModuleToAccount(ctx: Context, senderModule: string, recipient: string, amount: Coin[]): void
  sendCoinsFromModuleToModule(
    ctx: Context,
    senderModule: string,
    recipientModule: string,
    amount: Coin[],
  ): void
  getAllBalances(ctx: Context, address: string): Coin[]
}

export interface ComputeRightAccountKeeper {
  getModuleAddress(name: string): string | undefined
}

export type ComputeRightAssetKeeper = Pick<
  DataAssetKeeperApi,
  | 'getAsset'
  | 'requireAsset'
  | 'checkAlgorithm'
  | 'featureModule'
  | 'checkMechanism'
  | 'checkLicenceUse'
  | 'reserveEpsilon'
  | 'releaseEpsilon'
  | 'spendEpsilon'
  | 'getBudget'
  | 'appendUsage'
  | 'markDataFault'
  | 'addHooks'
>

/** What computeright reads from the attestation module: jurisdictions auditors attested for an account. */
export interface AccountAuditKeeper {
  /** Jurisdictions (ISO 3166-1 alpha-2) attested for `account` by auditors listed in the params now. */
  attestedJurisdictions(ctx: Context, account: string): string[]
}

/** Hooks the attestation module registers. */
export interface ComputeRightHooks {
  /** A job passed its final deadline unserved (executor fault): the executors that accepted it may be slashed. */
  afterJobExpired?(ctx: Context, jobId: bigint): void
}
