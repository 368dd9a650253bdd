// Module params: the job timeline's windows (the chain's one challenge window among them), the protocol fee
// and the per-block expiry bound.
import type { Params } from '../../proto/gen/datum/computeright/v1/index.js'
import { computeRightErrors as E } from './errors.js'
import { checkTimeline } from './timeline.js'

export const DEFAULT_PARAMS: Params = {
  acceptSeconds: 600n,
  commitSeconds: 1800n,
  revealSeconds: 600n,
  finalSeconds: 600n,
  challengeSeconds: 3600n,
  protocolFeeBps: 200,
  maxExpiriesPerBlock: 200,
  maxRightsPerJob: 8,
  arbiterSeconds: 86_400n,
}

/**
 * The one validator of computeright params: genesis calls it, and so must any later param change (governance).
 * The windows go through the timeline check (`invalidTimeline`), the rest are `invalidGenesis`.
 */
export function checkParams(p: Params): void {
  checkTimeline(p)
  if (p.protocolFeeBps > 10_000) throw E.invalidGenesis.wrap(`protocol_fee_bps ${p.protocolFeeBps} > 10000`)
  if (p.maxExpiriesPerBlock < 1) throw E.invalidGenesis.wrap('max_expiries_per_block must be positive')
  if (p.maxRightsPerJob < 1 || p.maxRightsPerJob > 64)
    throw E.invalidGenesis.wrap(`max_rights_per_job ${p.maxRightsPerJob} is not in 1..64`)
}
