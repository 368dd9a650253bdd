// One round of secure aggregation among the participants themselves, with no coordinator: every participant
// plays the coordinator's part for itself, on the same messages, so all of them unmask the same sum.
//   advertise → every peer: fresh mask and channel keys               (U1 = who advertised in time)
//   shares    → each peer its sealed Shamir shares, with U1            (U2 = who shared in time)
//   masked    → every peer the masked update, with U2                  (U3 = who sent it in time)
//   reveal    → every peer its shares of U3's self seeds and of (U2 − U3)'s mask keys, with U3
// then Σ over U3 = unmaskSum(U2, masked of U3, ≥ t reveals). A participant that stops after sharing (in U2,
// not in U3) is recovered: the survivors reveal its mask key and the masks they added against it are removed.
// Each message carries the sender's view of the previous step; a view different from this participant's
// (a crash in the middle of a broadcast, or a deadline missed by a hair) is VIEW_MISMATCH and the training
// stops rather than unmask an inconsistent sum. Fewer than t participants at any step: TOO_FEW_PARTICIPANTS.
import { sha256 } from '@noble/hashes/sha2.js'
import type { RandomSource } from '../random-source.js'
import {
  type Advertisement,
  type Reveal,
  type SealedShares,
  type SecAggConfig,
  SecAggParticipant,
  unmaskSum,
} from '../train/secure-aggregation.js'
import { TrainingError } from './errors.js'
import type { Inbox } from './inbox.js'
import type { PeerClient } from './peer-client.js'
import { EVERYONE, type PeerMessage, type Phase, signMessage } from './peer-message.js'
import {
  decodeAdvertise,
  decodeMasked,
  decodeReveal,
  decodeShares,
  encodeAdvertise,
  encodeMasked,
  encodeReveal,
  encodeShares,
  revealShares,
} from './round-bodies.js'

export interface RoundPeers {
  readonly chainId: string
  readonly jobId: bigint
  readonly taskHash: Uint8Array
  readonly self: number
  /** Endpoints of participants 1..n. */
  readonly endpoints: readonly string[]
  readonly threshold: number
  readonly secretKey: Uint8Array
  readonly inbox: Inbox
  readonly client: PeerClient
  /** Secret randomness for keys, self seeds and share polynomials (the OS CSPRNG). */
  readonly secrets: RandomSource
  readonly signal?: AbortSignal
  /**
   * Called after each of this participant's sends are started, with a promise of their delivery (progress
   * log; tests pause a participant here). Training waits for the returned promise, not for the delivery.
   */
  readonly onPhase?: (round: number, phase: Phase, delivered: Promise<void>) => Promise<void> | void
  readonly log: (event: string, fields?: Record<string, unknown>) => void
}

export interface RoundWaits {
  /** For the advertisements (covers the peers' local passes). */
  readonly advertiseMs: number
  /** For each later step. */
  readonly phaseMs: number
}

export interface RoundOutcome {
  /** Σ of the survivors' inputs (signed). */
  readonly sum: bigint[]
  /** U3: whose inputs are in the sum. */
  readonly survivors: number[]
  /** U2 − U3: shared keys, then dropped; recovered. */
  readonly recovered: number[]
}

const sorted = (xs: Iterable<number>) => [...xs].sort((a, b) => a - b)
const same = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i])

/** The mask context: the task and the round, so masks of one round are useless in any other. */
export function roundContext(taskHash: Uint8Array, round: number): Uint8Array {
  return sha256(new Uint8Array([...taskHash, ...new TextEncoder().encode(`|datum-federated-round|${round}`)]))
}

export async function secureRound(
  p: RoundPeers,
  w: RoundWaits,
  round: number,
  active: readonly number[],
  input: readonly bigint[],
): Promise<RoundOutcome> {
  const n = p.endpoints.length
  const config: SecAggConfig = {
    participants: n,
    threshold: p.threshold,
    length: input.length,
    context: roundContext(p.taskHash, round),
  }
  p.inbox.openRound(round)
  const me = new SecAggParticipant(p.self, config, p.secrets)
  const send = (
    to: number[],
    phase: Phase,
    body: (j: number) => string,
    addressed: boolean,
    waitMs: number,
  ) => {
    const deadline = Date.now() + waitMs
    const sign = (j: number) =>
      signMessage(
        {
          chainId: p.chainId,
          jobId: p.jobId.toString(),
          task: Buffer.from(p.taskHash).toString('hex'),
          round,
          phase,
          from: p.self,
          to: addressed ? j : EVERYONE,
          body: body(j),
        },
        p.secretKey,
      )
    // a message to everyone is the same message for each: signed once
    const shared = addressed ? undefined : sign(EVERYONE)
    const deliveries = to.map((j) =>
      p.client.deliver(p.endpoints[j - 1]!, shared ?? sign(j), deadline, p.signal).then((d) => {
        if (!d.ok) p.log('peer-unreachable-or-refused', { round, phase, to: j, ...d })
      }),
    )
    return Promise.all(deliveries).then(() => {})
  }
  const enough = (set: readonly number[], step: string) => {
    if (set.length < p.threshold)
      throw new TrainingError(
        'TOO_FEW_PARTICIPANTS',
        `round ${round} ${step}: ${set.length} participants [${set}], threshold ${p.threshold}`,
      )
  }
  const collect = async (phase: Phase, from: readonly number[], waitMs: number) => {
    const got = await p.inbox.collect(round, phase, from, Date.now() + waitMs, p.signal)
    if (p.signal?.aborted) throw new TrainingError('STOPPED', 'training stopped')
    return got
  }
  const others = (set: readonly number[]) => set.filter((j) => j !== p.self)
  const checkView = (m: PeerMessage, theirs: readonly number[], mine: readonly number[], what: string) => {
    if (!same(sorted(theirs), mine))
      throw new TrainingError(
        'VIEW_MISMATCH',
        `round ${round}: participant ${m.from} saw ${what} [${sorted(theirs)}], this one [${mine}]`,
      )
  }

  // 1. advertise
  const mine = me.advertise()
  const sentAdvertise = send(others(active), 'advertise', () => encodeAdvertise(mine), false, w.advertiseMs)
  await p.onPhase?.(round, 'advertise', sentAdvertise)
  const adMsgs = await collect('advertise', others(active), w.advertiseMs)
  const ads: Advertisement[] = [
    mine,
    ...[...adMsgs].map(([id, m]) => ({ id, ...decodeAdvertise(m.body) })),
  ].sort((a, b) => a.id - b.id)
  const u1 = ads.map((a) => a.id)
  enough(u1, 'advertise')

  // 2. shares
  const sealed = me.shareKeys(ads)
  const sealedFor = (j: number) => sealed.find((s) => s.to === j)!.sealed
  const sentShares = send(
    others(u1),
    'shares',
    (j) => encodeShares({ view: u1, sealed: sealedFor(j) }),
    true,
    w.phaseMs,
  )
  await p.onPhase?.(round, 'shares', sentShares)
  const shareMsgs = await collect('shares', others(u1), w.phaseMs)
  const received: SealedShares[] = [{ from: p.self, to: p.self, sealed: sealedFor(p.self) }]
  for (const [j, m] of shareMsgs) {
    const b = decodeShares(m.body)
    checkView(m, b.view, u1, 'advertisements of')
    received.push({ from: j, to: p.self, sealed: b.sealed })
  }
  me.receiveShares(received)
  const u2 = sorted(received.map((s) => s.from))
  enough(u2, 'shares')

  // 3. masked input
  const y = me.maskedInput(input, u2)
  const sentMasked = send(others(u2), 'masked', () => encodeMasked({ view: u2, vector: y }), false, w.phaseMs)
  await p.onPhase?.(round, 'masked', sentMasked)
  const maskedMsgs = await collect('masked', others(u2), w.phaseMs)
  const masked = new Map<number, readonly bigint[]>([[p.self, y]])
  for (const [j, m] of maskedMsgs) {
    const b = decodeMasked(m.body, input.length)
    checkView(m, b.view, u2, 'shares from')
    masked.set(j, b.vector)
  }
  const u3 = sorted(masked.keys())
  enough(u3, 'masked inputs')
  const dropped = u2.filter((j) => !masked.has(j))

  // 4. reveal
  const own = me.reveal(u3, dropped)
  const body = encodeReveal({
    survivors: u3,
    dropped,
    selfSeeds: new Map([...own.selfSeeds].map(([j, s]) => [j, s.y])),
    secretKeys: new Map([...own.secretKeys].map(([j, s]) => [j, s.y])),
  })
  const sentReveal = send(others(u3), 'reveal', () => body, false, w.phaseMs)
  await p.onPhase?.(round, 'reveal', sentReveal)
  const revealMsgs = await collect('reveal', others(u3), w.phaseMs)
  const reveals: Reveal[] = [own]
  for (const [j, m] of revealMsgs) {
    const b = decodeReveal(m.body)
    checkView(m, b.survivors, u3, 'masked inputs from')
    checkView(m, b.dropped, dropped, 'dropped')
    reveals.push(revealShares(j, b))
  }
  enough(sorted(reveals.map((r) => r.from)), 'reveals')
  // Shamir rebuilds the same secret from any t valid shares, so every participant gets the same sum.
  const sum = unmaskSum(config, ads, u2, masked, reveals)
  return { sum, survivors: u3, recovered: dropped }
}
