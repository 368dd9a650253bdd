// What gov needs from other modules, declared narrowly here (cosmos x/gov/types/expected_keepers.go).
// The method names and shapes are those of the staking, bank and auth keepers, so those keepers
// satisfy these interfaces as they are.
import type { Coin, Context, MsgDefinition } from '../sdk/index.js'

export interface GovBankKeeper {
  sendCoinsFromAccountToModule(ctx: Context, sender: string, recipientModule: string, amount: Coin[]): void
  sendCoinsFromModuleToAccount(ctx: Context, senderModule: string, recipient: string, amount: Coin[]): void
  burnCoins(ctx: Context, moduleName: string, amount: Coin[]): void
}

/** The community pool, for a cancelled proposal's charge when `proposal_cancel_dest` is the distribution account. */
export interface GovDistributionKeeper {
  fundCommunityPoolFromModule(ctx: Context, fromModule: string, amount: Coin[]): void
}

export interface GovAccountKeeper {
  getModuleAddress(name: string): string | undefined
}

/** A bonded validator as the tally sees it (cosmos `ValidatorGovInfo`). */
export interface GovValidator {
  /** Operator address (`datumvaloper1…`). */
  operator: string
  tokens: bigint
  /** Dec atomics (1 share = 10^18). */
  delegatorShares: bigint
}

export interface GovDelegation {
  delegator: string
  /** Operator address of the validator delegated to. */
  validator: string
  /** Dec atomics. */
  shares: bigint
}

/**
 * Bonded stake for the tally. `lastValidatorPowers` names the bonded set (operator -> power, in store
 * order), `getValidator` gives its tokens and shares: both exist on the staking keeper (issue 14).
 */
export interface GovStakingKeeper {
  lastValidatorPowers(ctx: Context): Map<string, bigint>
  getValidator(ctx: Context, operator: string): GovValidator | undefined
  delegatorDelegations(ctx: Context, delegator: string): Iterable<GovDelegation>
  /** Tokens in the bonded pool (cosmos `TotalBondedTokens`). */
  bondedTokens(ctx: Context): bigint
}

/** The app's message router: a passed proposal's messages run through the same handlers as txs. */
export interface GovMsgRouter {
  route(typeUrl: string): { def: MsgDefinition } | undefined
}
