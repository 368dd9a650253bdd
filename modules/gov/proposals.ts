// Submitting a proposal (cosmos x/gov/keeper/proposal.go SubmitProposal): every message must route,
// have the gov account as its only signer and pass its own stateless checks; a legacy-content message
// is also executed on a throw-away branch so a content without a handler is refused at submission.

import { type Proposal, ProposalStatus } from 'cosmjs-types/cosmos/gov/v1/gov'
import type { MsgExecLegacyContent } from 'cosmjs-types/cosmos/gov/v1/tx'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { AbciError, type Context, cacheContext, type MsgDefinition } from '../sdk/index.js'
import { govErrors } from './errors.js'
import { ATTR, EVENT } from './events.js'
import type { GovKeeper } from './keeper.js'
import { addSeconds } from './params.js'

export const MAX_METADATA_LEN = 255
export const MAX_TITLE_LEN = 255
export const MAX_SUMMARY_LEN = 10_200
export const EXEC_LEGACY_CONTENT_URL = '/cosmos.gov.v1.MsgExecLegacyContent'

export interface DecodedProposalMsg {
  typeUrl: string
  def: MsgDefinition
  msg: unknown
}

/** Routes, decodes and checks one proposal message; errors carry its index as the SDK's do. */
export function decodeProposalMsgs(keeper: GovKeeper, msgs: Any[]): DecodedProposalMsg[] {
  return msgs.map((any, i) => {
    const route = keeper.router.route(any.typeUrl)
    if (!route) throw govErrors.unroutableProposalMsg.wrap(any.typeUrl)
    let msg: unknown
    try {
      msg = route.def.decode(any.value)
    } catch (e) {
      throw govErrors.invalidProposalMsg.wrap(
        `msg: ${i}, err: cannot decode ${any.typeUrl}: ${(e as Error).message}`,
      )
    }
    const signers = route.def.signers(msg)
    if (signers.length !== 1 || signers[0] !== keeper.authority)
      throw govErrors.invalidSigner.wrap(signers.join(','))
    try {
      route.def.validateBasic(msg)
    } catch (e) {
      const detail = e instanceof AbciError ? e.message : String((e as Error).message ?? e)
      throw govErrors.invalidProposalMsg.wrap(`msg: ${i}, err: ${detail}`)
    }
    return { typeUrl: any.typeUrl, def: route.def, msg }
  })
}

export function checkProposalText(metadata: string, title: string, summary: string): void {
  if (metadata.length > MAX_METADATA_LEN)
    throw govErrors.metadataTooLong.wrap(`got metadata with length ${metadata.length}`)
  if (title.length > MAX_TITLE_LEN) throw govErrors.metadataTooLong.wrap(`title too long: ${title.length}`)
  if (summary.length > MAX_SUMMARY_LEN)
    throw govErrors.summaryTooLong.wrap(`got summary with length ${summary.length}`)
}

export function submitProposal(
  ctx: Context,
  keeper: GovKeeper,
  messages: Any[],
  text: { metadata: string; title: string; summary: string },
  proposer: string,
  expedited: boolean,
): Proposal {
  checkProposalText(text.metadata, text.title, text.summary)
  const decoded = decodeProposalMsgs(keeper, messages)
  for (const m of decoded) {
    if (m.typeUrl !== EXEC_LEGACY_CONTENT_URL) continue
    const branch = cacheContext(ctx)
    try {
      m.def.handle(branch.ctx, m.msg as MsgExecLegacyContent)
    } catch (e) {
      if (govErrors.noProposalHandlerExists.is(e)) throw e
      throw govErrors.invalidProposalContent.wrap((e as Error).message)
    }
  }
  const params = keeper.getParams(ctx)
  const id = keeper.getNextProposalId(ctx)
  keeper.setNextProposalId(ctx, id + 1n)
  const depositEndTime = addSeconds(ctx.time, params.maxDepositPeriod)
  const proposal: Proposal = {
    id,
    messages,
    status: ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD,
    finalTallyResult: { yesCount: '0', abstainCount: '0', noCount: '0', noWithVetoCount: '0' },
    submitTime: ctx.time,
    depositEndTime,
    totalDeposit: [],
    votingStartTime: undefined,
    votingEndTime: undefined,
    metadata: text.metadata,
    title: text.title,
    summary: text.summary,
    proposer,
    expedited,
    failedReason: '',
  }
  keeper.setProposal(ctx, proposal)
  keeper.insertInactiveQueue(ctx, id, depositEndTime)
  ctx.events.emit(EVENT.submitProposal, [
    [ATTR.proposalId, id.toString()],
    [ATTR.proposalMessages, `,${decoded.map((m) => m.typeUrl).join(',')}`],
  ])
  return proposal
}
