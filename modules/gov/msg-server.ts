// The `cosmos.gov.v1.Msg` service: MsgSubmitProposal, MsgExecLegacyContent, MsgVote, MsgVoteWeighted,
// MsgDeposit and MsgUpdateParams, with the SDK's amino names (`cosmos-sdk/v1/…`).
import {
  MsgDeposit,
  MsgDepositResponse,
  MsgExecLegacyContent,
  MsgExecLegacyContentResponse,
  MsgSubmitProposal,
  MsgSubmitProposalResponse,
  MsgUpdateParams,
  MsgUpdateParamsResponse,
  MsgVote,
  MsgVoteResponse,
  MsgVoteWeighted,
  MsgVoteWeightedResponse,
} from 'cosmjs-types/cosmos/gov/v1/tx'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import {
  type Coin,
  type Context,
  fromBech32,
  type MsgDefinition,
  parseAmount,
  sdkErrors,
  validateCoins,
} from '../sdk/index.js'
import { govErrors } from './errors.js'
import { ATTR, EVENT } from './events.js'
import type { GovKeeper } from './keeper.js'
import { legacyContent } from './legacy-content.js'
import { govParamsFromProto, govParamsToProto, validateGovParams } from './params.js'
import { decodeProposalMsgs, EXEC_LEGACY_CONTENT_URL, submitProposal } from './proposals.js'
import { addVote, validateVoteOption, validateWeightedOptions } from './votes.js'

export function checkAddress(address: string, what: string): string {
  try {
    fromBech32(address)
  } catch (e) {
    throw sdkErrors.invalidAddress.wrap(`invalid ${what} address: ${(e as Error).message}`)
  }
  return address.toLowerCase()
}

/** Valid and sorted, possibly empty (cosmos `Coins.IsValid` on an initial deposit). */
export function depositCoins(coins: { denom: string; amount: string }[]): Coin[] {
  const parsed = coins.map((c) => ({ denom: c.denom, amount: parseAmount(c.amount) }))
  validateCoins(parsed)
  return parsed
}

const aminoCoins = (cs: { denom: string; amount: string }[]) =>
  cs.map((c) => ({ denom: c.denom, amount: c.amount }))

/** Submits, then adds the initial deposit (which may start the voting period). */
export function handleSubmit(
  ctx: Context,
  keeper: GovKeeper,
  msg: {
    messages: Any[]
    initialDeposit: Coin[]
    proposer: string
    metadata: string
    title: string
    summary: string
    expedited: boolean
  },
): bigint {
  const params = keeper.getParams(ctx)
  keeper.validateInitialDeposit(params, msg.initialDeposit, msg.expedited)
  keeper.validateDepositDenom(params, msg.initialDeposit)
  const proposal = submitProposal(
    ctx,
    keeper,
    msg.messages,
    { metadata: msg.metadata, title: msg.title, summary: msg.summary },
    msg.proposer,
    msg.expedited,
  )
  const started = keeper.addDeposit(ctx, proposal.id, msg.proposer, msg.initialDeposit)
  if (started) ctx.events.emit(EVENT.submitProposal, [[ATTR.votingPeriodStart, proposal.id.toString()]])
  return proposal.id
}

export function handleDeposit(
  ctx: Context,
  keeper: GovKeeper,
  id: bigint,
  depositor: string,
  amount: Coin[],
): void {
  const started = keeper.addDeposit(ctx, id, depositor, amount)
  if (started) ctx.events.emit(EVENT.proposalDeposit, [[ATTR.votingPeriodStart, id.toString()]])
}

export function msgSubmitProposalDefinition(keeper: GovKeeper): MsgDefinition<MsgSubmitProposal> {
  return {
    typeUrl: '/cosmos.gov.v1.MsgSubmitProposal',
    aminoName: 'cosmos-sdk/v1/MsgSubmitProposal',
    decode: (b) => MsgSubmitProposal.decode(b),
    encode: (m) => MsgSubmitProposal.encode(m).finish(),
    toAmino: (m) => ({
      messages:
        m.messages.length === 0
          ? undefined
          : m.messages.map((any) => {
              const route = keeper.router.route(any.typeUrl)
              if (!route) throw govErrors.unroutableProposalMsg.wrap(any.typeUrl)
              return { type: route.def.aminoName, value: route.def.toAmino(route.def.decode(any.value)) }
            }),
      initial_deposit: aminoCoins(m.initialDeposit),
      proposer: m.proposer,
      // x/tx aminojson omits empty fields unless (amino.dont_omitempty): only initial_deposit has it
      metadata: m.metadata || undefined,
      title: m.title || undefined,
      summary: m.summary || undefined,
      expedited: m.expedited || undefined,
    }),
    signers: (m) => [m.proposer],
    validateBasic(m) {
      checkAddress(m.proposer, 'proposer')
      depositCoins(m.initialDeposit)
      if (m.messages.length === 0 && m.metadata.length === 0)
        throw govErrors.noProposalMsgs.wrap('either metadata or Msgs length must be non-nil')
      if (m.title.length === 0) throw govErrors.invalidProposalContent.wrap('proposal title cannot be empty')
      if (m.summary.length === 0)
        throw govErrors.invalidProposalContent.wrap('proposal summary cannot be empty')
      decodeProposalMsgs(keeper, m.messages)
    },
    handle(ctx, m) {
      const proposalId = handleSubmit(ctx, keeper, {
        ...m,
        proposer: m.proposer.toLowerCase(),
        initialDeposit: depositCoins(m.initialDeposit),
      })
      return {
        typeUrl: '/cosmos.gov.v1.MsgSubmitProposalResponse',
        value: MsgSubmitProposalResponse.encode({ proposalId }).finish(),
      }
    },
  }
}

export function msgExecLegacyContentDefinition(keeper: GovKeeper): MsgDefinition<MsgExecLegacyContent> {
  return {
    typeUrl: EXEC_LEGACY_CONTENT_URL,
    aminoName: 'cosmos-sdk/v1/MsgExecLegacyContent',
    decode: (b) => MsgExecLegacyContent.decode(b),
    encode: (m) => MsgExecLegacyContent.encode(m).finish(),
    toAmino: (m) => ({ content: m.content, authority: m.authority }),
    signers: (m) => [m.authority],
    validateBasic(m) {
      checkAddress(m.authority, 'authority')
      legacyContent(m.content)
    },
    handle(_ctx, m) {
      if (m.authority !== keeper.authority)
        throw govErrors.invalidSigner.wrap(`expected ${keeper.authority} got ${m.authority}`)
      // TextProposal is the only legacy content and does nothing when it passes.
      legacyContent(m.content)
      return {
        typeUrl: '/cosmos.gov.v1.MsgExecLegacyContentResponse',
        value: MsgExecLegacyContentResponse.encode({}).finish(),
      }
    },
  }
}

export function msgVoteDefinition(keeper: GovKeeper): MsgDefinition<MsgVote> {
  return {
    typeUrl: '/cosmos.gov.v1.MsgVote',
    aminoName: 'cosmos-sdk/v1/MsgVote',
    decode: (b) => MsgVote.decode(b),
    encode: (m) => MsgVote.encode(m).finish(),
    toAmino: (m) => ({
      proposal_id: m.proposalId.toString(),
      voter: m.voter,
      option: m.option || undefined,
      metadata: m.metadata || undefined,
    }),
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
        m.metadata,
      )
      return { typeUrl: '/cosmos.gov.v1.MsgVoteResponse', value: MsgVoteResponse.encode({}).finish() }
    },
  }
}

export function msgVoteWeightedDefinition(keeper: GovKeeper): MsgDefinition<MsgVoteWeighted> {
  return {
    typeUrl: '/cosmos.gov.v1.MsgVoteWeighted',
    aminoName: 'cosmos-sdk/v1/MsgVoteWeighted',
    decode: (b) => MsgVoteWeighted.decode(b),
    encode: (m) => MsgVoteWeighted.encode(m).finish(),
    toAmino: (m) => ({
      proposal_id: m.proposalId.toString(),
      voter: m.voter,
      options: m.options.map((o) => ({ option: o.option || undefined, weight: o.weight })),
      metadata: m.metadata || undefined,
    }),
    signers: (m) => [m.voter],
    validateBasic(m) {
      checkAddress(m.voter, 'voter')
      validateWeightedOptions(m.options)
    },
    handle(ctx, m) {
      addVote(ctx, keeper, m.proposalId, m.voter.toLowerCase(), m.options, m.metadata)
      return {
        typeUrl: '/cosmos.gov.v1.MsgVoteWeightedResponse',
        value: MsgVoteWeightedResponse.encode({}).finish(),
      }
    },
  }
}

export function msgDepositDefinition(keeper: GovKeeper): MsgDefinition<MsgDeposit> {
  return {
    typeUrl: '/cosmos.gov.v1.MsgDeposit',
    aminoName: 'cosmos-sdk/v1/MsgDeposit',
    decode: (b) => MsgDeposit.decode(b),
    encode: (m) => MsgDeposit.encode(m).finish(),
    toAmino: (m) => ({
      proposal_id: m.proposalId.toString(),
      depositor: m.depositor,
      amount: aminoCoins(m.amount),
    }),
    signers: (m) => [m.depositor],
    validateBasic(m) {
      checkAddress(m.depositor, 'depositor')
      if (depositCoins(m.amount).length === 0)
        throw sdkErrors.invalidCoins.wrap('deposit amount must not be empty')
    },
    handle(ctx, m) {
      handleDeposit(ctx, keeper, m.proposalId, m.depositor.toLowerCase(), depositCoins(m.amount))
      return { typeUrl: '/cosmos.gov.v1.MsgDepositResponse', value: MsgDepositResponse.encode({}).finish() }
    },
  }
}

export function msgUpdateParamsDefinition(keeper: GovKeeper): MsgDefinition<MsgUpdateParams> {
  return {
    typeUrl: '/cosmos.gov.v1.MsgUpdateParams',
    aminoName: 'cosmos-sdk/x/gov/v1/MsgUpdateParams',
    decode: (b) => MsgUpdateParams.decode(b),
    encode: (m) => MsgUpdateParams.encode(m).finish(),
    toAmino: (m) => ({ authority: m.authority, params: govParamsToProto(govParamsFromProto(m.params)) }),
    signers: (m) => [m.authority],
    validateBasic(m) {
      checkAddress(m.authority, 'authority')
      if (!m.params) throw sdkErrors.invalidRequest.wrap('params must not be empty')
      validateGovParams(govParamsFromProto(m.params))
    },
    handle(ctx, m) {
      if (m.authority !== keeper.authority)
        throw govErrors.invalidSigner.wrap(
          `invalid authority; expected ${keeper.authority}, got ${m.authority}`,
        )
      const params = govParamsFromProto(m.params)
      validateGovParams(params)
      keeper.setParams(ctx, params)
      return {
        typeUrl: '/cosmos.gov.v1.MsgUpdateParamsResponse',
        value: MsgUpdateParamsResponse.encode({}).finish(),
      }
    },
  }
}
