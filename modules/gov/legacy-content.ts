// The legacy (v1beta1) content path: a proposal's content travels inside MsgExecLegacyContent. Datum
// has one legacy content type, TextProposal (wallets still send it); it executes as a no-op.
import { TextProposal } from 'cosmjs-types/cosmos/gov/v1beta1/gov'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { govErrors } from './errors.js'

export const TEXT_PROPOSAL_URL = '/cosmos.gov.v1beta1.TextProposal'
const MAX_TITLE = 140
const MAX_DESCRIPTION = 10_000

export interface LegacyContent {
  title: string
  description: string
}

/** Decodes and checks a content (cosmos `ValidateAbstract` + `IsValidProposalType`). */
export function legacyContent(any: Any | undefined): LegacyContent {
  if (!any) throw govErrors.invalidProposalContent.wrap('missing content')
  if (any.typeUrl !== TEXT_PROPOSAL_URL) throw govErrors.noProposalHandlerExists.wrap(any.typeUrl)
  let text: TextProposal
  try {
    text = TextProposal.decode(any.value)
  } catch (e) {
    throw govErrors.invalidProposalContent.wrap(`cannot decode TextProposal: ${(e as Error).message}`)
  }
  if (text.title.trim().length === 0)
    throw govErrors.invalidProposalContent.wrap('proposal title cannot be blank')
  if (text.title.length > MAX_TITLE)
    throw govErrors.invalidProposalContent.wrap(`proposal title is longer than max length of ${MAX_TITLE}`)
  if (text.description.length === 0)
    throw govErrors.invalidProposalContent.wrap('proposal description cannot be blank')
  if (text.description.length > MAX_DESCRIPTION)
    throw govErrors.invalidProposalContent.wrap(
      `proposal description is longer than max length of ${MAX_DESCRIPTION}`,
    )
  return { title: text.title, description: text.description }
}
