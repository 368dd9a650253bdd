// The legacy `cosmos.gov.v1beta1.Msg` service, as CosmJS's gov amino converters send it: a submitted
// content becomes a v1 proposal with one MsgExecLegacyContent (title and summary from the content);
// v1beta1 weights are Dec atomics on the wire and become v1 decimal strings.
import { MsgExecLegacyContent } from 'cosmjs-types/cosmos/gov/v1/tx'
import { TextProposal } from 'cosmjs-types/cosmos/gov/v1beta1/gov'
import {
  MsgDeposit,
  MsgDepositResponse,
  MsgSubmitProposal,
  MsgSubmitProposalResponse,
  MsgVote,
  MsgVoteResponse,
  MsgVoteWeighted,
  MsgVoteWeightedResponse,
} from 'cosmjs-types/cosmos/gov/v1beta1/tx'
import { type MsgDefinition, sdkErrors } from '../sdk/index.js'
import { formatDec, parseDecAtomics } from './dec.js'
import { govErrors } from './errors.js'
import type { GovKeeper } from './keeper.js'
import { legacyContent, TEXT_PROPOSAL_URL } from './legacy-content.js'
import { checkAddress, depositCoins, handleDeposit, handleSubmit } from './msg-server.js'
import { EXEC_LEGACY_CONTENT_URL } from './proposals.js'
import { addVote, validateVoteOption, validateWeightedOptions } from './votes.js'

const aminoCoins = (cs: { denom: string; amount: string }[]) =>
  cs.map((c) => ({ denom: c.denom, amount: c.amount }))

const v1Options = (options: { option: number; weight: string }[]) =>
  options.map((o) => {
    let weight: string
    try {
      weight = formatDec(parseDecAtomics(o.weight, 'weight'))
    } catch {
      throw govErrors.invalidVote.wrap(`invalid weight: ${JSON.stringify(o.weight)}`)
    }
    return { option: o.option, weight }
  })

/**
 * Exactly what CosmJS's converter signs: the shortest decimal, right-padded with zeros to 20 characters
 * ("0.5" -> "0.500000000000000000"; note "1" -> "10000000000000000000", CosmJS's own quirk).
 */
export function aminoWeight(atomics: string): string {
  const full = formatDec(parseDecAtomics(atomics))
  const short = full.replace(/0+$/, '').replace(/\.$/, '')
  return short.padEnd(20, '0')
}

export function legacySubmitProposalDefinition(keeper: GovKeeper): MsgDefinition<MsgSubmitProposal> {
  return {
    typeUrl: '/cosmos.gov.v1beta1.MsgSubmitProposal',
    aminoName: 'cosmos-sdk/MsgSubmitProposal',
    decode: (b) => MsgSubmitProposal.decode(b),
    encode: (m) => MsgSubmitProposal.encode(m).finish(),
    toAmino(m) {
      if (m.content?.typeUrl !== TEXT_PROPOSAL_URL)
        throw govErrors.noProposalHandlerExists.wrap(m.content?.typeUrl ?? 'no content')
      const text = TextProposal.decode(m.content.value)
      return {
        initial_deposit: aminoCoins(m.initialDeposit),
        proposer: m.proposer,
        content: {
          type: 'cosmos-sdk/TextProposal',
          value: { description: text.description, title: text.title },
        },
      }
    },
    signers: (m) => [m.proposer],
    validateBasic(m) {
      checkAddress(m.proposer, 'proposer')
      depositCoins(m.initialDeposit)
      if (!m.content) throw govErrors.invalidProposalContent.wrap('missing content')
      legacyContent(m.content)
    },
    handle(ctx, m) {
      const content = legacyContent(m.content)
      const exec = MsgExecLegacyContent.encode({ content: m.content, authority: keeper.authority }).finish()
      const proposalId = handleSubmit(ctx, keeper, {
        messages: [{ typeUrl: EXEC_LEGACY_CONTENT_URL, value: exec }],
        initialDeposit: depositCoins(m.initialDeposit),
        proposer: m.proposer.toLowerCase(),
        metadata: '',
        title: content.title,
        summary: content.description,
        expedited: false,
      })
      return {
        typeUrl: '/cosmos.gov.v1beta1.MsgSubmitProposalResponse',
        value: MsgSubmitProposalResponse.encode({ proposalId }).finish(),
      }
    },
  }
}

export function legacyVoteDefinition(keeper: GovKeeper): MsgDefinition<MsgVote> {
  return {
    typeUrl: '/cosmos.gov.v1beta1.MsgVote',
    aminoName: 'cosmos-sdk/MsgVote',
    decode: (b) => MsgVote.decode(b),
    encode: (m) => MsgVote.encode(m).finish(),
    toAmino: (m) => ({ option: m.option, proposal_id: m.proposalId.toString(), voter: m.voter }),
    signers: (m) => [m.voter],
    validateBasic(m) {
      checkAddress(m.voter, 'voter')
      validateVoteOption(m.option)
    },
    handle(ctx, m) {
      addVote(
        ctx,
        keeper,
        m.proposalId,
        m.voter.toLowerCase(),
        [{ option: m.option, weight: '1.000000000000000000' }],
        '',
      )
      return { typeUrl: '/cosmos.gov.v1beta1.MsgVoteResponse', value: MsgVoteResponse.encode({}).finish() }
    },
  }
}

export function legacyVoteWeightedDefinition(keeper: GovKeeper): MsgDefinition<MsgVoteWeighted> {
  return {
    typeUrl: '/cosmos.gov.v1beta1.MsgVoteWeighted',
    aminoName: 'cosmos-sdk/MsgVoteWeighted',
    decode: (b) => MsgVoteWeighted.decode(b),
    encode: (m) => MsgVoteWeighted.encode(m).finish(),
    toAmino: (m) => ({
      options: m.options.map((o) => ({ option: o.option, weight: aminoWeight(o.weight) })),
      proposal_id: m.proposalId.toString(),
      voter: m.voter,
    }),
    signers: (m) => [m.voter],
    validateBasic(m) {
      checkAddress(m.voter, 'voter')
      validateWeightedOptions(v1Options(m.options))
    },
    handle(ctx, m) {
      addVote(ctx, keeper, m.proposalId, m.voter.toLowerCase(), v1Options(m.options), '')
      return {
        typeUrl: '/cosmos.gov.v1beta1.MsgVoteWeightedResponse',
        value: MsgVoteWeightedResponse.encode({}).finish(),
      }
    },
  }
}

export function legacyDepositDefinition(keeper: GovKeeper): MsgDefinition<MsgDeposit> {
  return {
    typeUrl: '/cosmos.gov.v1beta1.MsgDeposit',
    aminoName: 'cosmos-sdk/MsgDeposit',
    decode: (b) => MsgDeposit.decode(b),
    encode: (m) => MsgDeposit.encode(m).finish(),
    toAmino: (m) => ({
      amount: aminoCoins(m.amount),
      depositor: m.depositor,
      proposal_id: m.proposalId.toString(),
    }),
    signers: (m) => [m.depositor],
    validateBasic(m) {
      checkAddress(m.depositor, 'depositor')
      if (depositCoins(m.amount).length === 0)
        throw sdkErrors.invalidCoins.wrap('deposit amount must not be empty')
    },
    handle(ctx, m) {
      handleDeposit(ctx, keeper, m.proposalId, m.depositor.toLowerCase(), depositCoins(m.amount))
      return {
        typeUrl: '/cosmos.gov.v1beta1.MsgDepositResponse',
        value: MsgDepositResponse.encode({}).finish(),
      }
    },
  }
}
