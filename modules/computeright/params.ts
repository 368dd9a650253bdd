// Module params: job deadline windows, the protocol fee and the per-block expiry bound.
import type { Params } from '../../proto/gen/datum/computeright/v1/index.js'
import { computeRightErrors as E } from './errors.js'

export const DEFAULT_PARAMS: Params = {
  acceptSeconds: 600n,
  commitSeconds: 1800n,
  revealSeconds: 600n,
  finalSeconds: 600n,
  challengeSeconds: 3600n,
  protocolFeeBps: 200,
  maxExpiriesPerBlock: 200,
  maxRightsPerJob: 8,
}

const DAY = 86_400n

export function checkParams(p: Params): void {
  for (const [name, v] of [
    ['accept_seconds', p.acceptSeconds],
    ['commit_seconds', p.commitSeconds],
    ['reveal_seconds', p.revealSeconds],
    ['final_seconds', p.finalSeconds],
    ['challenge_seconds', p.challengeSeconds],
  ] as const) {
    if (v < 1n || v > 30n * DAY) throw E.invalidGenesis.wrap(`${name} ${v} is not in 1..${30n * DAY}`)
  }
  if (p.protocolFeeBps > 10_000) throw E.invalidGenesis.wrap(`protocol_fee_bps ${p.protocolFeeBps} > 10000`)
  if (p.maxExpiriesPerBlock < 1) throw E.invalidGenesis.wrap('max_expiries_per_block must be positive')
  if (p.maxRightsPerJob < 1 || p.maxRightsPerJob > 64)
    throw E.invalidGenesis.wrap(`max_rights_per_job ${p.maxRightsPerJob} is not in 1..64`)
}
