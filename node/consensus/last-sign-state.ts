// The double-sign guard (CometBFT privval FilePVLastSignState): the last (height, round, step) signed,
// with its sign bytes and signature, persisted atomically before a signature leaves the process. A
// request that regresses is refused; the same HRS re-releases the stored signature only for identical
// sign bytes (or bytes that differ only in the vote timestamp, then with the stored timestamp).
import { existsSync, readFileSync } from 'node:fs'
import { writeFileAtomicSync } from './atomic-file.js'
import { ConsensusError } from './errors.js'
import type { Height, Round, Timestamp } from './types.js'

/** Sign steps in CometBFT order: a proposal precedes the prevote, which precedes the precommit. */
export const SignStep = { propose: 1, prevote: 2, precommit: 3 } as const
export type SignStepValue = (typeof SignStep)[keyof typeof SignStep]

export interface LastSignState {
  height: Height
  round: Round
  step: SignStepValue
  signBytes: Uint8Array
  signature: Uint8Array
  /** Timestamp inside signBytes, so a re-sign differing only in time can reuse the signature. */
  timestamp: Timestamp
}

export type HrsCheck = { kind: 'new' } | { kind: 'same'; last: LastSignState }

/** CheckHRS: refuse any regression of height, then round, then step. */
export function checkHrs(
  last: LastSignState | undefined,
  height: Height,
  round: Round,
  step: SignStepValue,
): HrsCheck {
  if (last === undefined) return { kind: 'new' }
  const at = `${height}/${round}/${step}`
  const was = `${last.height}/${last.round}/${last.step}`
  if (last.height > height)
    throw new ConsensusError('DOUBLE_SIGN_REFUSED', `height regression: asked ${at}, last signed ${was}`)
  if (last.height === height) {
    if (last.round > round)
      throw new ConsensusError('DOUBLE_SIGN_REFUSED', `round regression: asked ${at}, last signed ${was}`)
    if (last.round === round) {
      if (last.step > step)
        throw new ConsensusError('DOUBLE_SIGN_REFUSED', `step regression: asked ${at}, last signed ${was}`)
      if (last.step === step) return { kind: 'same', last }
    }
  }
  return { kind: 'new' }
}

interface StoredState {
  height: string
  round: number
  step: number
  signBytes: string
  signature: string
  timestamp: { seconds: string; nanos: number }
}

/** Where the last-sign state lives; `save` must be durable when it returns. */
export interface LastSignStateStore {
  load(): LastSignState | undefined
  save(state: LastSignState): void
}

export class FileLastSignStateStore implements LastSignStateStore {
  constructor(readonly path: string) {}

  load(): LastSignState | undefined {
    if (!existsSync(this.path)) return undefined
    let raw: StoredState
    try {
      raw = JSON.parse(readFileSync(this.path, 'utf8')) as StoredState
    } catch (err) {
      throw new ConsensusError(
        'LAST_SIGN_STATE_CORRUPT',
        `cannot parse ${this.path}: ${(err as Error).message}`,
      )
    }
    if (
      ![1, 2, 3].includes(raw.step) ||
      typeof raw.signBytes !== 'string' ||
      typeof raw.signature !== 'string'
    ) {
      throw new ConsensusError(
        'LAST_SIGN_STATE_CORRUPT',
        `${this.path} has an invalid step or missing signature`,
      )
    }
    return {
      height: BigInt(raw.height),
      round: raw.round,
      step: raw.step as SignStepValue,
      signBytes: new Uint8Array(Buffer.from(raw.signBytes, 'hex')),
      signature: new Uint8Array(Buffer.from(raw.signature, 'hex')),
      timestamp: { seconds: BigInt(raw.timestamp.seconds), nanos: raw.timestamp.nanos },
    }
  }

  save(state: LastSignState): void {
    const stored: StoredState = {
      height: state.height.toString(),
      round: state.round,
      step: state.step,
      signBytes: Buffer.from(state.signBytes).toString('hex'),
      signature: Buffer.from(state.signature).toString('hex'),
      timestamp: { seconds: state.timestamp.seconds.toString(), nanos: state.timestamp.nanos },
    }
    writeFileAtomicSync(this.path, `${JSON.stringify(stored, null, 2)}\n`)
  }
}

export class MemoryLastSignStateStore implements LastSignStateStore {
  private state: LastSignState | undefined
  load(): LastSignState | undefined {
    return this.state
  }
  save(state: LastSignState): void {
    this.state = state
  }
}
