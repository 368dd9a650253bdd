// x/staking registered errors (codespace `staking`), the codes cosmos-sdk 0.50 x/staking/types/errors.go uses.
import { registerError } from '../sdk/index.js'

const r = (code: number, description: string) => registerError('staking', code, description)

export const stakingErrors = {
  emptyValidatorAddr: r(2, 'empty validator address'),
  noValidatorFound: r(3, 'validator does not exist'),
  validatorOwnerExists: r(
    4,
    'validator already exist for this operator address; must use new validator operator address',
  ),
  validatorPubKeyExists: r(5, 'validator already exist for this pubkey; must use new validator pubkey'),
  validatorPubKeyTypeNotSupported: r(6, 'validator pubkey type is not supported'),
  validatorJailed: r(7, 'validator for this address is currently jailed'),
  badRemoveValidator: r(8, 'failed to remove validator'),
  commissionNegative: r(9, 'commission must be positive'),
  commissionHuge: r(10, 'commission cannot be more than 100%'),
  commissionGTMaxRate: r(11, 'commission cannot be more than the max rate'),
  commissionUpdateTime: r(12, 'commission cannot be changed more than once in 24h'),
  commissionChangeRateNegative: r(13, 'commission change rate must be positive'),
  commissionChangeRateGTMaxRate: r(14, 'commission change rate cannot be more than the max rate'),
  commissionGTMaxChangeRate: r(15, 'commission cannot be changed more than max change rate'),
  selfDelegationBelowMinimum: r(
    16,
    "validator's self delegation must be greater than their minimum self delegation",
  ),
  minSelfDelegationDecreased: r(17, 'minimum self delegation cannot be decrease'),
  emptyDelegatorAddr: r(18, 'empty delegator address'),
  noDelegation: r(19, 'no delegation for (address, validator) tuple'),
  badDelegatorAddr: r(20, 'delegator does not exist with address'),
  noDelegatorForAddress: r(21, 'delegator does not contain delegation'),
  insufficientShares: r(22, 'insufficient delegation shares'),
  delegationValidatorEmpty: r(23, 'cannot delegate to an empty validator'),
  notEnoughDelegationShares: r(24, 'not enough delegation shares'),
  notMature: r(25, 'entry not mature'),
  noUnbondingDelegation: r(26, 'no unbonding delegation found'),
  maxUnbondingDelegationEntries: r(
    27,
    'too many unbonding delegation entries for (delegator, validator) tuple',
  ),
  noRedelegation: r(28, 'no redelegation found'),
  selfRedelegation: r(29, 'cannot redelegate to the same validator'),
  tinyRedelegationAmount: r(30, 'too few tokens to redelegate (truncates to zero tokens)'),
  badRedelegationDst: r(31, 'redelegation destination validator not found'),
  transitiveRedelegation: r(
    32,
    'redelegation to this validator already in progress; first redelegation to this validator must complete before next redelegation',
  ),
  maxRedelegationEntries: r(
    33,
    'too many redelegation entries for (delegator, src-validator, dst-validator) tuple',
  ),
  delegatorShareExRateInvalid: r(34, 'cannot delegate to validators with invalid (zero) ex-rate'),
  emptyValidatorPubKey: r(39, 'empty validator public key'),
  commissionLTMinRate: r(40, 'commission cannot be less than min rate'),
} as const
