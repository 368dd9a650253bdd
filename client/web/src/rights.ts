// A buyer's rights on one asset that can still run a job, and the MsgRequestJob that spends one of their uses:
// what the buy panel offers next to buying a new right. Pure (no DOM, no network), so the unit tests check it.
import * as CR from '../../../proto/gen/datum/computeright/v1/index.js'
import { epsilon } from './words.js'

/**
 * The holder's rights on `assetId` that computeright would take for a new job at block time `now` (unix s):
 * ACTIVE, a use neither spent nor locked in an open job, not expired. Oldest first.
 */
export function rightsWithUsesLeft(
  rights: CR.ComputeRight[],
  assetId: string,
  now: bigint,
): CR.ComputeRight[] {
  return rights
    .filter(
      (r) =>
        r.assetId === assetId &&
        r.state === CR.RightState.RIGHT_STATE_ACTIVE &&
        r.usesRemaining > 0 &&
        (r.expiresAt === 0n || r.expiresAt > now),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The option's words: which right, how many uses are left, the ε each use may spend. */
export const rightWords = (r: CR.ComputeRight): string =>
  `right #${r.id}: ${r.usesRemaining} of ${r.usesTotal} uses left, up to ${epsilon(r.epsilonPerUseMicro.toString())} ε per use (offering #${r.offeringId})`

/** Why a job cannot run on the right, in words, or undefined when it can. */
export function useRefusal(r: CR.ComputeRight, jobEpsilonMicro: bigint): string | undefined {
  if (jobEpsilonMicro > r.epsilonPerUseMicro)
    return `This job asks for ${epsilon(jobEpsilonMicro.toString())} ε; right #${r.id} allows at most ${epsilon(r.epsilonPerUseMicro.toString())} ε per use.`
  return undefined
}

/** MsgRequestJob on one held right: one of its uses and the maximum compute fee are locked. */
export function requestJobMsg(
  requester: string,
  rightId: bigint,
  job: Omit<CR.JobRequestInput, 'outputKey' | 'viewers'>,
  outputKey: Uint8Array,
) {
  return {
    typeUrl: '/datum.computeright.v1.MsgRequestJob',
    value: { requester, rightIds: [rightId], job: { ...job, outputKey, viewers: [] } },
  }
}
