// The proposals of one height, at most one per round (the first correctly signed one from that round's
// proposer), with the app's verdict valid(v) once known.
import type { ProposalMessage } from './driver-types.js'
import type { Round, ValueId } from './types.js'

export interface KeptProposal<B> {
  msg: ProposalMessage<B>
  value: ValueId
  /** undefined while the app is still validating. */
  valid?: boolean
}

export class ProposalKeeper<B> {
  private readonly byRound = new Map<Round, KeptProposal<B>>()
  private readonly blocks = new Map<ValueId, B>()

  get(round: Round): KeptProposal<B> | undefined {
    return this.byRound.get(round)
  }

  add(round: Round, kept: KeptProposal<B>): void {
    this.byRound.set(round, kept)
    this.blocks.set(kept.value, kept.msg.block)
  }

  /** Records a block known by value without a proposal (our own getValue result). */
  addBlock(value: ValueId, block: B): void {
    this.blocks.set(value, block)
  }

  block(value: ValueId): B | undefined {
    return this.blocks.get(value)
  }

  /** A valid proposal for `value` in `round`, if one is kept. */
  validFor(round: Round, value: ValueId): KeptProposal<B> | undefined {
    const kept = this.byRound.get(round)
    return kept?.value === value && kept.valid === true ? kept : undefined
  }

  /** True when some round's proposal for `value` was found valid: the block is known and acceptable. */
  isKnownValid(value: ValueId): boolean {
    for (const kept of this.byRound.values()) if (kept.value === value && kept.valid === true) return true
    return false
  }

  rounds(): Round[] {
    return [...this.byRound.keys()].sort((a, b) => a - b)
  }
}
