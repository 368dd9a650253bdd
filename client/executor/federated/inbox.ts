// A participant's inbox: admits only authentic, fresh messages of its job and holds them until the round
// protocol asks. Checks, in order: the job and task (bound by the signature too), the sender is another
// participant, the recipient is this one or everyone, the signature is the sender's registered key, the
// round is the current one or the next (older rounds are closed: STALE_ROUND), and the (round, phase, sender)
// slot is still free — the same message again is a REPLAY, a different one an EQUIVOCATION. Each refusal is
// a typed MessageRefused; nothing is stored for a refused message.
import { bytesToHex } from '@noble/hashes/utils.js'
import { MessageRefused } from './errors.js'
import { EVERYONE, type PeerMessage, type Phase, parseMessage, verifyMessage } from './peer-message.js'
import { decodeAdvertise, decodeMasked, decodeReveal, decodeShares } from './round-bodies.js'

export interface InboxIdentity {
  readonly chainId: string
  readonly jobId: bigint
  readonly taskHash: Uint8Array
  /** This participant's number (1-based). */
  readonly self: number
  /** Registered keys of participants 1..n (index 0 is participant 1). */
  readonly pubKeys: readonly string[]
  /**
   * Words in a masked input: the model's parameter count, or per round (the attribution round after the last
   * training round carries one score per participant).
   */
  readonly vectorLength: number | ((round: number) => number)
}

/** How many rounds ahead of its own a peer may be (a fast peer starts round r + 1 while this one finishes r). */
const LOOKAHEAD = 1

interface Waiter {
  readonly round: number
  readonly phase: Phase
  readonly from: ReadonlySet<number>
  readonly done: () => void
}

export class Inbox {
  private round = 0
  private readonly slots = new Map<string, PeerMessage>()
  private waiters: Waiter[] = []
  private readonly task: string

  constructor(private readonly id: InboxIdentity) {
    this.task = bytesToHex(id.taskHash)
  }

  /** Admits the message text or throws MessageRefused. */
  admit(text: string): PeerMessage {
    const m = parseMessage(text)
    if (m.chainId !== this.id.chainId || m.jobId !== this.id.jobId.toString())
      throw new MessageRefused(
        'UNKNOWN_JOB',
        `message for ${m.chainId}/${m.jobId}, this is job ${this.id.jobId}`,
      )
    if (m.task !== this.task) throw new MessageRefused('TASK_MISMATCH', 'message is for a different task')
    const n = this.id.pubKeys.length
    if (m.from < 1 || m.from > n || m.from === this.id.self)
      throw new MessageRefused(
        'NOT_A_PARTICIPANT',
        `sender ${m.from} is not a peer of participant ${this.id.self}`,
      )
    // shares are sealed to one participant; everything else is the same for all
    const addressedTo = m.phase === 'shares' ? this.id.self : EVERYONE
    if (m.to !== addressedTo)
      throw new MessageRefused('MISDIRECTED', `${m.phase} for participant ${m.to} sent to ${this.id.self}`)
    if (!verifyMessage(m, this.id.pubKeys[m.from - 1]!))
      throw new MessageRefused('BAD_SIGNATURE', `not signed by participant ${m.from}'s registered key`)
    if (m.round < this.round)
      throw new MessageRefused('STALE_ROUND', `round ${m.round} is closed (now ${this.round})`)
    if (m.round > this.round + LOOKAHEAD)
      throw new MessageRefused(
        'TOO_EARLY',
        `round ${m.round} is ahead of ${this.round} by more than ${LOOKAHEAD}`,
      )
    const slot = `${m.round}|${m.phase}|${m.from}`
    const held = this.slots.get(slot)
    if (held) {
      if (held.signature === m.signature && held.body === m.body)
        throw new MessageRefused('REPLAY', `${m.phase} of round ${m.round} from ${m.from} already received`)
      throw new MessageRefused(
        'EQUIVOCATION',
        `a second, different ${m.phase} of round ${m.round} from ${m.from}`,
      )
    }
    this.checkBody(m)
    this.slots.set(slot, m)
    this.wake()
    return m
  }

  /** Opens `round` and forgets everything older. */
  openRound(round: number): void {
    this.round = round
    for (const key of this.slots.keys()) if (Number(key.split('|')[0]) < round) this.slots.delete(key)
  }

  /**
   * The messages of (round, phase) from `from`, once all have arrived or `deadline` (ms since epoch) passes,
   * whichever is first; `signal` aborts the wait.
   */
  async collect(
    round: number,
    phase: Phase,
    from: readonly number[],
    deadline: number,
    signal?: AbortSignal,
  ): Promise<Map<number, PeerMessage>> {
    const want = new Set(from)
    const have = () => {
      const got = new Map<number, PeerMessage>()
      for (const j of want) {
        const m = this.slots.get(`${round}|${phase}|${j}`)
        if (m) got.set(j, m)
      }
      return got
    }
    if (have().size < want.size && !signal?.aborted)
      await new Promise<void>((resolve) => {
        let timer: NodeJS.Timeout | undefined
        const waiter: Waiter = {
          round,
          phase,
          from: want,
          done: () => {
            clearTimeout(timer)
            signal?.removeEventListener('abort', waiter.done)
            this.waiters = this.waiters.filter((w) => w !== waiter)
            resolve()
          },
        }
        timer = setTimeout(waiter.done, Math.max(0, deadline - Date.now()))
        signal?.addEventListener('abort', waiter.done)
        this.waiters.push(waiter)
      })
    return have()
  }

  private checkBody(m: PeerMessage): void {
    if (m.phase === 'advertise') decodeAdvertise(m.body)
    else if (m.phase === 'shares') decodeShares(m.body)
    else if (m.phase === 'masked') {
      const v = this.id.vectorLength
      decodeMasked(m.body, typeof v === 'number' ? v : v(m.round))
    } else decodeReveal(m.body)
  }

  private wake(): void {
    for (const w of [...this.waiters]) {
      let all = true
      for (const j of w.from) if (!this.slots.has(`${w.round}|${w.phase}|${j}`)) all = false
      if (all) w.done()
    }
  }
}
