// x/distribution registered errors (codespace `distribution`), the codes cosmos-sdk 0.50 uses.
import { registerError } from '../sdk/index.js'

const r = (code: number, description: string) => registerError('distribution', code, description)

export const distributionErrors = {
  emptyDelegatorAddr: r(2, 'delegator address is empty'),
  emptyWithdrawAddr: r(3, 'withdraw address is empty'),
  emptyValidatorAddr: r(4, 'validator address is empty'),
  emptyDelegationDistInfo: r(5, 'no delegation distribution info'),
  noValidatorDistInfo: r(6, 'no validator distribution info'),
  noValidatorCommission: r(7, 'no validator commission to withdraw'),
  setWithdrawAddrDisabled: r(8, 'set withdraw address disabled'),
  badDistribution: r(9, 'community pool does not have sufficient coins to distribute'),
  invalidProposalAmount: r(10, 'invalid community pool spend proposal amount'),
  emptyProposalRecipient: r(11, 'invalid community pool spend proposal recipient'),
  noValidatorExists: r(12, 'validator does not exist'),
  noDelegationExists: r(13, 'delegation does not exist'),
} as const
