// Genesis for the jobs flow: job windows short enough that a job completes in seconds, the auditor and the
// arbiter named in the attestation params, and everyone funded.
import type { GenesisDoc } from '../../node/config/genesis.js'

export interface JobWindows {
  acceptSeconds: number
  commitSeconds: number
  revealSeconds: number
  finalSeconds: number
  /** The chain's one challenge window (computeright param): ATTESTED → earliest finalize. */
  challengeSeconds: number
}

/** Short enough that one job completes in well under a minute, long enough for a busy 2-core machine. */
export const DEMO_WINDOWS: JobWindows = {
  acceptSeconds: 5,
  commitSeconds: 10,
  revealSeconds: 10,
  finalSeconds: 8,
  challengeSeconds: 5,
}

export interface FlowParams {
  windows: JobWindows
  auditors: string[]
  arbiters: string[]
}

// biome-ignore lint/suspicious/noExplicitAny: genesis app_state is proto JSON edited in place
type Json = any

export function applyFlowParams(g: GenesisDoc, p: FlowParams): void {
  const app = g.appState as Json
  Object.assign(app.computeright.params, {
    accept_seconds: String(p.windows.acceptSeconds),
    commit_seconds: String(p.windows.commitSeconds),
    reveal_seconds: String(p.windows.revealSeconds),
    final_seconds: String(p.windows.finalSeconds),
    challenge_seconds: String(p.windows.challengeSeconds),
  })
  Object.assign(app.attestation.params, {
    auditors: p.auditors,
    arbiters: p.arbiters,
  })
}
