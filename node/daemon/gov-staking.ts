// The bonded stake gov tallies against. This branch has no staking module yet (issue 14), and the genesis
// validators are consensus keys with no account that could sign a vote, so nothing is bonded: every
// proposal's tally fails on "no bonded tokens" and its deposits are refunded. When the staking module is
// wired, pass its keeper instead (it has these four methods with these shapes).
import type { GovStakingKeeper } from '../../modules/gov/index.js'

export const noBondedStake: GovStakingKeeper = {
  lastValidatorPowers: () => new Map(),
  getValidator: () => undefined,
  delegatorDelegations: () => [],
  bondedTokens: () => 0n,
}
