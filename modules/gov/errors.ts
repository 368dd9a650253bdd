// x/gov registered errors (codespace `gov`), the codes cosmos-sdk 0.50 x/gov/types/errors.go uses.
import { registerError } from '../sdk/index.js'

export const govErrors = {
  unknownProposal: registerError('gov', 2, 'unknown proposal'),
  inactiveProposal: registerError('gov', 3, 'inactive proposal'),
  alreadyActiveProposal: registerError('gov', 4, 'proposal already active'),
  invalidProposalContent: registerError('gov', 5, 'invalid proposal content'),
  invalidProposalType: registerError('gov', 6, 'invalid proposal type'),
  invalidVote: registerError('gov', 7, 'invalid vote option'),
  invalidGenesis: registerError('gov', 8, 'invalid genesis state'),
  noProposalHandlerExists: registerError('gov', 9, 'no handler exists for proposal type'),
  unroutableProposalMsg: registerError('gov', 10, 'proposal message not recognized by router'),
  noProposalMsgs: registerError('gov', 11, 'no messages proposed'),
  invalidProposalMsg: registerError('gov', 12, 'invalid proposal message'),
  invalidSigner: registerError('gov', 13, 'expected gov account as only signer for proposal message'),
  metadataTooLong: registerError('gov', 15, 'metadata too long'),
  minDepositTooSmall: registerError('gov', 16, 'minimum deposit is too small'),
  invalidProposer: registerError('gov', 18, 'invalid proposer'),
  votingPeriodEnded: registerError('gov', 20, 'voting period already ended'),
  invalidProposal: registerError('gov', 21, 'invalid proposal'),
  summaryTooLong: registerError('gov', 22, 'summary too long'),
  invalidDepositDenom: registerError('gov', 23, 'invalid deposit denom'),
} as const
