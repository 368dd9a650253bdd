// Genesis for the jobs flow: the default job windows scaled down by one factor so a job completes in seconds, the auditor and the
// arbiter named in the attestation params, and everyone funded.
import { DEFAULT_PARAMS } from '../../modules/computeright/params.js'
import { scaledTimeline } from '../../modules/computeright/timeline.js'
import type { GenesisDoc } from '../../node/config/genesis.js'

export interface JobWindows {
  acceptSeconds: number
  commitSeconds: number
  revealSeconds: number
  finalSeconds: number
  /** The chain's one challenge window (computeright param): ATTESTED → earliest finalize. */
  challengeSeconds: number
  /** How long the arbiter has to resolve a challenge before it lapses. */
  arbiterSeconds: number
}

/**
 * The default timeline divided by one factor (never other ratios): accept 600 s → 5 s, commit 1,800 → 15,
 * reveal 600 → 5, final 600 → 5, challenge 3,600 → 30, arbiter 86,400 → 720. Every default is a multiple of
 * 120, so the division is exact and the ratios are the chain's own.
 */
export const DEMO_TIMELINE_FACTOR = 120n

export function scaledWindows(factor: bigint): JobWindows {
  const t = scaledTimeline(DEFAULT_PARAMS, factor)
  return {
    acceptSeconds: Number(t.acceptSeconds),
    commitSeconds: Number(t.commitSeconds),
    revealSeconds: Number(t.revealSeconds),
    finalSeconds: Number(t.finalSeconds),
    challengeSeconds: Number(t.challengeSeconds),
    arbiterSeconds: Number(t.arbiterSeconds),
  }
}

/** One job completes in well under a minute, with windows a busy 2-core machine can meet. */
export const DEMO_WINDOWS: JobWindows = scaledWindows(DEMO_TIMELINE_FACTOR)

export interface FlowParams {
  windows: JobWindows
  auditors: string[]
  arbiters: string[]
}

// biome-ignore lint/suspicious/noExplicitAny: genesis app_state is proto JSON edited in place
type Json = any

/** The windows as computeright params in genesis JSON. */
export const windowParams = (w: { [K in keyof JobWindows]: number | bigint }): Record<string, string> => ({
  accept_seconds: String(w.acceptSeconds),
  commit_seconds: String(w.commitSeconds),
  reveal_seconds: String(w.revealSeconds),
  final_seconds: String(w.finalSeconds),
  challenge_seconds: String(w.challengeSeconds),
  arbiter_seconds: String(w.arbiterSeconds),
})

export function applyFlowParams(g: GenesisDoc, p: FlowParams): void {
  const app = g.appState as Json
  Object.assign(app.computeright.params, windowParams(p.windows))
  Object.assign(app.attestation.params, {
    auditors: p.auditors,
    arbiters: p.arbiters,
  })
}
