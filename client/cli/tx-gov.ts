// `datum tx gov …`: submit-proposal, deposit, vote, weighted-vote, cancel-proposal (cosmos.gov.v1 messages).
import { VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov'
import {
  MsgCancelProposalResponse,
  MsgDepositResponse,
  MsgSubmitProposalResponse,
  MsgVoteResponse,
  MsgVoteWeightedResponse,
} from 'cosmjs-types/cosmos/gov/v1/tx'
import { type ParsedArgs, positional, str } from './args.js'
import { coinsFromString } from './coins.js'
import type { Command } from './command.js'
import { UsageError } from './errors.js'
import { readProposalFile } from './proposal-file.js'
import { runTx } from './tx-run.js'

const tx = (name: string, summary: string, c: Omit<Command, 'path' | 'summary' | 'kind'>): Command => ({
  path: ['tx', 'gov', name],
  summary,
  kind: 'tx',
  ...c,
})

export function proposalIdArg(a: ParsedArgs, i = 0): bigint {
  const s = positional(a, i, 'proposal-id')
  if (!/^[1-9]\d{0,19}$/.test(s)) throw new UsageError('<proposal-id> must be a positive integer')
  return BigInt(s)
}

const OPTIONS: Record<string, VoteOption> = {
  yes: VoteOption.VOTE_OPTION_YES,
  abstain: VoteOption.VOTE_OPTION_ABSTAIN,
  no: VoteOption.VOTE_OPTION_NO,
  no_with_veto: VoteOption.VOTE_OPTION_NO_WITH_VETO,
}

export function voteOption(s: string): VoteOption {
  const o = OPTIONS[s.toLowerCase().replace(/-/g, '_')]
  if (o === undefined) throw new UsageError(`vote option must be yes, no, abstain or no_with_veto (got ${s})`)
  return o
}

/** `yes=0.6,no=0.4` as weighted options (weights as decimal strings, checked by the chain). */
export function weightedOptions(s: string) {
  return s.split(',').map((part) => {
    const m = /^([a-z_-]+)=(\d+(?:\.\d{1,18})?)$/i.exec(part.trim())
    if (!m)
      throw new UsageError(`invalid weighted option ${JSON.stringify(part)}: expected <option>=<weight>`)
    return { option: voteOption(m[1]!), weight: m[2]! }
  })
}

export const govTxCommands: Command[] = [
  tx('submit-proposal', 'submit a proposal from a JSON file (messages signed by the gov account)', {
    args: '<proposal.json>',
    details:
      'File: {"messages":[{"@type":"/datum.attestation.v1.MsgUpdateParams","authority":"<gov address>","params":{…}}],"metadata":"…","deposit":"10000000udatum","title":"…","summary":"…","expedited":false}. Messages are proto JSON as simd takes them ("@type" plus snake_case fields; durations "172800s", decimals "0.05"): any Msg the node routes: Datum messages and the cosmos auth, bank, distribution (MsgCommunityPoolSpend), staking, slashing, mint, consensus, gov and upgrade (MsgSoftwareUpgrade, MsgCancelUpgrade) ones. An unknown type or field exits 2 naming it.',
    run: (a) => {
      const p = readProposalFile(positional(a, 0, 'proposal.json'))
      return runTx(
        a,
        (proposer) => ({
          typeUrl: '/cosmos.gov.v1.MsgSubmitProposal',
          value: {
            messages: p.messages,
            initialDeposit: p.deposit,
            proposer,
            metadata: p.metadata,
            title: p.title,
            summary: p.summary,
            expedited: p.expedited,
          },
        }),
        MsgSubmitProposalResponse,
      )
    },
  }),
  tx('cancel-proposal', 'withdraw your own proposal before its voting period ends', {
    args: '<proposal-id>',
    details:
      'Only the proposer may cancel. Of every deposit, proposal_cancel_ratio (default 0.5) is burned, or sent to proposal_cancel_dest when set; the rest returns to its depositor.',
    run: (a) => {
      const proposalId = proposalIdArg(a)
      return runTx(
        a,
        (proposer) => ({ typeUrl: '/cosmos.gov.v1.MsgCancelProposal', value: { proposalId, proposer } }),
        MsgCancelProposalResponse,
      )
    },
  }),
  tx('deposit', 'add a deposit to a proposal in its deposit or voting period', {
    args: '<proposal-id> <coins>',
    run: (a) => {
      const proposalId = proposalIdArg(a)
      const amount = coinsFromString(positional(a, 1, 'coins'))
      return runTx(
        a,
        (depositor) => ({ typeUrl: '/cosmos.gov.v1.MsgDeposit', value: { proposalId, depositor, amount } }),
        MsgDepositResponse,
      )
    },
  }),
  tx('vote', 'vote on a proposal in its voting period', {
    args: '<proposal-id> <yes|no|abstain|no_with_veto>',
    flags: { metadata: { type: 'string', description: 'vote metadata', default: '', value: '<text>' } },
    run: (a) => {
      const proposalId = proposalIdArg(a)
      const option = voteOption(positional(a, 1, 'option'))
      return runTx(
        a,
        (voter) => ({
          typeUrl: '/cosmos.gov.v1.MsgVote',
          value: { proposalId, voter, option, metadata: str(a, 'metadata') ?? '' },
        }),
        MsgVoteResponse,
      )
    },
  }),
  tx('weighted-vote', 'split a vote between options, weights summing to 1', {
    args: '<proposal-id> <yes=0.6,no=0.4>',
    flags: { metadata: { type: 'string', description: 'vote metadata', default: '', value: '<text>' } },
    run: (a) => {
      const proposalId = proposalIdArg(a)
      const options = weightedOptions(positional(a, 1, 'options'))
      return runTx(
        a,
        (voter) => ({
          typeUrl: '/cosmos.gov.v1.MsgVoteWeighted',
          value: { proposalId, voter, options, metadata: str(a, 'metadata') ?? '' },
        }),
        MsgVoteWeightedResponse,
      )
    },
  }),
]
