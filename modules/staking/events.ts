// x/staking event types and attribute keys (cosmos-sdk 0.50 x/staking/types/events.go).
export const EVENT = {
  createValidator: 'create_validator',
  editValidator: 'edit_validator',
  delegate: 'delegate',
  unbond: 'unbond',
  redelegate: 'redelegate',
  cancelUnbondingDelegation: 'cancel_unbonding_delegation',
  completeUnbonding: 'complete_unbonding',
  completeRedelegation: 'complete_redelegation',
} as const

export const ATTR = {
  validator: 'validator',
  delegator: 'delegator',
  amount: 'amount',
  newShares: 'new_shares',
  commissionRate: 'commission_rate',
  minSelfDelegation: 'min_self_delegation',
  sourceValidator: 'source_validator',
  destinationValidator: 'destination_validator',
  completionTime: 'completion_time',
  creationHeight: 'creation_height',
} as const
