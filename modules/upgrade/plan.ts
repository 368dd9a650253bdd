// Plan checks and the messages operators see (cosmos x/upgrade/types/plan.go).
import type { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade'
import { sdkErrors } from '../sdk/index.js'

/** Go's zero time as a Timestamp: what an unset gogoproto time encodes to. */
const GO_ZERO_SECONDS = -62_135_596_800n

const timeIsSet = (p: Plan) =>
  p.time !== undefined &&
  !(p.time.nanos === 0 && (p.time.seconds === 0n || p.time.seconds === GO_ZERO_SECONDS))

/** cosmos `Plan.ValidateBasic` (sdk 18). An all-zero time is taken as unset: CosmJS encodes an omitted time so. */
export function validatePlan(p: Plan | undefined): Plan {
  if (!p) throw sdkErrors.invalidRequest.wrap('plan: plan is required')
  if (p.upgradedClientState)
    throw sdkErrors.invalidRequest.wrap('plan: upgrade logic for IBC has been moved to the IBC module')
  if (p.name.length === 0) throw sdkErrors.invalidRequest.wrap('plan: name cannot be empty')
  if (p.height <= 0n) throw sdkErrors.invalidRequest.wrap('plan: height must be greater than 0')
  if (timeIsSet(p))
    throw sdkErrors.invalidRequest.wrap('plan: time-based upgrades have been deprecated in the SDK')
  return p
}

export const dueAt = (p: Plan): string => `height: ${p.height}`

/** What a node that lacks the plan's software prints as it halts (cosmos `BuildUpgradeNeededMsg`). */
export const upgradeNeededMessage = (p: Plan): string =>
  `UPGRADE "${p.name}" NEEDED at ${dueAt(p)}: ${p.info}`
