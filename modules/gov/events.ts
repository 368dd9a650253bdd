// x/gov event types and attribute keys (cosmos-sdk 0.50 x/gov/types/events.go).
export const EVENT = {
  submitProposal: 'submit_proposal',
  proposalDeposit: 'proposal_deposit',
  proposalVote: 'proposal_vote',
  inactiveProposal: 'inactive_proposal',
  activeProposal: 'active_proposal',
  cancelProposal: 'cancel_proposal',
} as const

export const ATTR = {
  proposalId: 'proposal_id',
  proposalResult: 'proposal_result',
  proposalLog: 'proposal_log',
  proposalMessages: 'proposal_messages',
  votingPeriodStart: 'voting_period_start',
  option: 'option',
  voter: 'voter',
  depositor: 'depositor',
  amount: 'amount',
  sender: 'sender',
} as const

export const RESULT = {
  dropped: 'proposal_dropped',
  passed: 'proposal_passed',
  rejected: 'proposal_rejected',
  failed: 'proposal_failed',
  expeditedRejected: 'expedited_proposal_rejected',
} as const
