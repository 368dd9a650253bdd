// Secure aggregation of fixed-point vectors (Bonawitz et al., "Practical Secure Aggregation for
// Privacy-Preserving Machine Learning", CCS 2017), the honest-but-curious variant with dropout recovery.
// The coordinator learns Σ xᵢ over the participants that finished, and nothing else about any single xᵢ.
//
// Group: vectors of integers mod 2^64 (fixed-point values in two's complement; the sum is read back signed).
// Per round, participant i (numbered 1..n):
//   0. advertise: two fresh X25519 key pairs, (sᵢ, pkᵢ) for masks and (cᵢ, cpkᵢ) for the share channel;
//   1. share: a fresh 32-byte self-mask seed bᵢ; Shamir t-of-n shares of sᵢ and of bᵢ, one of each to every j,
//      sealed to j (AES-256-GCM under HKDF(X25519(cᵢ, cpkⱼ)), one key per direction) and relayed by the
//      coordinator, who cannot read them;
//   2. masked input: yᵢ = xᵢ + PRG(bᵢ) + Σ_{j>i} PRG(sᵢⱼ) − Σ_{j<i} PRG(sᵢⱼ)  (mod 2^64), over the j that
//      completed step 1, where sᵢⱼ = H(context ‖ X25519(sᵢ, pkⱼ)) is the same seed for i and j;
//   3. unmask: told which participants sent yᵢ (survivors) and which did not (dropped), reveal its shares of
//      bⱼ for each survivor and of sⱼ for each dropped one — never both for the same j (refused: that would
//      let the coordinator strip every mask from a yⱼ that arrived late).
// The coordinator sums the yᵢ: pairwise masks between survivors cancel; it rebuilds each dropped sⱼ from t
// shares and subtracts the pairwise masks the survivors had added against it, and rebuilds each bᵢ and
// subtracts PRG(bᵢ). With fewer than t answers in step 3 it fails with SecAggError('TOO_FEW_SURVIVORS').
//
// Threat model: the coordinator and up to t − 1 participants may collude and pool their views, honestly
// following the protocol; they learn only the sum of the honest inputs. A coordinator that lies about who
// dropped is countered by the survivor/dropped refusal above only when t > n/2 (so t is required to be), not
// by the consistency checks of the malicious-secure variant (signatures on the lists), which are out of scope.
// The channel keys are separate from the mask keys because a dropped participant's mask key is rebuilt in
// step 3; were it also the channel key, the coordinator could then open the shares that participant received.
import { createCipheriv, createDecipheriv } from 'node:crypto'
import { x25519 } from '@noble/curves/ed25519.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { seededBytes } from '../job-noise.js'
import type { RandomSource } from '../random-source.js'
import { combine, ShamirError, type Share, split } from './shamir.js'

export const RING_BITS = 64
const RING = 1n << BigInt(RING_BITS)

export type SecAggErrorCode = 'TOO_FEW_SURVIVORS' | 'BAD_PARAMS' | 'RANGE' | 'PROTOCOL'

export class SecAggError extends Error {
  constructor(
    readonly code: SecAggErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'SecAggError'
  }
}

const encoder = new TextEncoder()
const bytesToBigint = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).toString('hex') || '0'}`)
const bigintTo32 = (v: bigint): Uint8Array =>
  Uint8Array.from(Buffer.from(v.toString(16).padStart(64, '0'), 'hex'))
const randomBytes32 = (rng: RandomSource): Uint8Array => bigintTo32(rng.below(1n << 256n))

/** The PRG: `length` words mod 2^64 from SHA-256 in counter mode under H(domain ‖ seed). */
export function expandMask(seed: Uint8Array, length: number): bigint[] {
  const key = sha256(new Uint8Array([...encoder.encode('datum-secagg-prg-v1|'), ...seed]))
  const bytes = seededBytes(key)(length * 8)
  const view = new DataView(bytes.buffer)
  return Array.from({ length }, (_, i) => view.getBigUint64(i * 8))
}

function pairSeed(context: Uint8Array, secret: Uint8Array, peerPublic: Uint8Array): Uint8Array {
  return sha256(
    new Uint8Array([
      ...encoder.encode('datum-secagg-pair-v1|'),
      ...context,
      ...x25519.getSharedSecret(secret, peerPublic),
    ]),
  )
}

export interface Advertisement {
  readonly id: number
  /** For the pairwise masks. */
  readonly publicKey: Uint8Array
  /** For sealing shares. */
  readonly channelKey: Uint8Array
}

/** The shares participant `from` hands to participant `to` (the evaluation point is `to`). */
interface KeyShares {
  readonly from: number
  readonly secretKey: Share
  readonly selfSeed: Share
}

/** KeyShares sealed from `from` to `to`, relayed by the coordinator. */
export interface SealedShares {
  readonly from: number
  readonly to: number
  readonly sealed: Uint8Array
}

const SHARE_BYTES = 66 // ⌈521 / 8⌉
const shareBytes = (y: bigint): number[] => [
  ...Buffer.from(y.toString(16).padStart(SHARE_BYTES * 2, '0'), 'hex'),
]

function channelKey(
  secret: Uint8Array,
  peer: Uint8Array,
  context: Uint8Array,
  from: number,
  to: number,
): Uint8Array {
  const info = encoder.encode(`datum-secagg-shares-v1|${from}|${to}`)
  return hkdf(sha256, x25519.getSharedSecret(secret, peer), context, info, 32)
}

// Each (context, from, to) key seals exactly one message, so a fixed nonce is never reused under a key.
const NONCE = new Uint8Array(12)

/** What a participant reveals in step 3. */
export interface Reveal {
  readonly from: number
  readonly selfSeeds: ReadonlyMap<number, Share>
  readonly secretKeys: ReadonlyMap<number, Share>
}

export interface SecAggConfig {
  /** Participants, numbered 1..n. */
  readonly participants: number
  /** Shares needed to reconstruct; must exceed n/2. */
  readonly threshold: number
  /** Vector length. */
  readonly length: number
  /** Binds the masks to one job and round (e.g. H(chain-id ‖ job ‖ round)). */
  readonly context: Uint8Array
}

function checkConfig(c: SecAggConfig): void {
  if (c.participants < 2)
    throw new SecAggError('BAD_PARAMS', 'secure aggregation needs at least 2 participants')
  if (2 * c.threshold <= c.participants || c.threshold > c.participants)
    throw new SecAggError(
      'BAD_PARAMS',
      `threshold ${c.threshold} must be in (n/2, n] for n = ${c.participants}`,
    )
  if (c.length < 1) throw new SecAggError('BAD_PARAMS', 'empty vector')
}

/** One participant's side of one round. */
export class SecAggParticipant {
  private readonly secret: Uint8Array
  private readonly channelSecret: Uint8Array
  private readonly selfSeed: Uint8Array
  private peers = new Map<number, Uint8Array>()
  private channels = new Map<number, Uint8Array>()
  private readonly received = new Map<number, KeyShares>()

  constructor(
    readonly id: number,
    private readonly config: SecAggConfig,
    private readonly rng: RandomSource,
  ) {
    checkConfig(config)
    if (!Number.isInteger(id) || id < 1 || id > config.participants)
      throw new SecAggError('BAD_PARAMS', `participant ${id} is not in 1..${config.participants}`)
    this.secret = randomBytes32(rng)
    this.channelSecret = randomBytes32(rng)
    this.selfSeed = randomBytes32(rng)
  }

  advertise(): Advertisement {
    return {
      id: this.id,
      publicKey: x25519.getPublicKey(this.secret),
      channelKey: x25519.getPublicKey(this.channelSecret),
    }
  }

  /** Step 1: given everyone's advertisement, the sealed shares for each participant (including itself). */
  shareKeys(ads: readonly Advertisement[]): SealedShares[] {
    this.peers = new Map(ads.map((a) => [a.id, a.publicKey]))
    this.channels = new Map(ads.map((a) => [a.id, a.channelKey]))
    const n = this.config.participants
    const t = this.config.threshold
    const sk = split(bytesToBigint(this.secret), t, n, this.rng)
    const bs = split(bytesToBigint(this.selfSeed), t, n, this.rng)
    return ads.map((a) => {
      const key = channelKey(this.channelSecret, a.channelKey, this.config.context, this.id, a.id)
      const cipher = createCipheriv('aes-256-gcm', key, NONCE)
      const body = Buffer.concat([
        cipher.update(Uint8Array.from([...shareBytes(sk[a.id - 1]!.y), ...shareBytes(bs[a.id - 1]!.y)])),
        cipher.final(),
      ])
      return { from: this.id, to: a.id, sealed: Buffer.concat([body, cipher.getAuthTag()]) }
    })
  }

  /** Opens the shares addressed to this participant; a forged or misdelivered one is a PROTOCOL error. */
  receiveShares(shares: readonly SealedShares[]): void {
    for (const s of shares) {
      if (s.to !== this.id) throw new SecAggError('PROTOCOL', `share for ${s.to} delivered to ${this.id}`)
      const peer = this.channels.get(s.from)
      if (!peer || s.sealed.length !== 2 * SHARE_BYTES + 16)
        throw new SecAggError('PROTOCOL', `malformed shares from ${s.from}`)
      const decipher = createDecipheriv(
        'aes-256-gcm',
        channelKey(this.channelSecret, peer, this.config.context, s.from, this.id),
        NONCE,
      )
      decipher.setAuthTag(s.sealed.subarray(2 * SHARE_BYTES))
      let plain: Buffer
      try {
        plain = Buffer.concat([decipher.update(s.sealed.subarray(0, 2 * SHARE_BYTES)), decipher.final()])
      } catch {
        throw new SecAggError('PROTOCOL', `shares from ${s.from} fail authentication`)
      }
      const x = BigInt(this.id)
      this.received.set(s.from, {
        from: s.from,
        secretKey: { x, y: bytesToBigint(plain.subarray(0, SHARE_BYTES)) },
        selfSeed: { x, y: bytesToBigint(plain.subarray(SHARE_BYTES)) },
      })
    }
  }

  /** Step 2: the masked vector; `sharers` are the participants that completed step 1 (this one included). */
  maskedInput(input: readonly bigint[], sharers: readonly number[]): bigint[] {
    const { length, participants } = this.config
    if (input.length !== length)
      throw new SecAggError('RANGE', `input of length ${input.length}, expected ${length}`)
    const limit = RING / 2n / BigInt(participants)
    for (const v of input)
      if (v >= limit || v < -limit)
        throw new SecAggError('RANGE', `value ${v} could overflow the sum of ${participants}`)
    const y = input.map((v) => BigInt.asUintN(RING_BITS, v))
    addInto(y, expandMask(this.selfSeed, length), 1n)
    for (const j of sharers) {
      if (j === this.id) continue
      const pk = this.peers.get(j)
      if (!pk) throw new SecAggError('PROTOCOL', `no key of participant ${j}`)
      addInto(y, expandMask(pairSeed(this.config.context, this.secret, pk), length), j > this.id ? 1n : -1n)
    }
    return y
  }

  /** Step 3: shares of survivors' self seeds and of dropped participants' keys; refuses an overlap. */
  reveal(survivors: readonly number[], dropped: readonly number[]): Reveal {
    const s = new Set(survivors)
    for (const d of dropped)
      if (s.has(d)) throw new SecAggError('PROTOCOL', `participant ${d} listed as both survivor and dropped`)
    const selfSeeds = new Map<number, Share>()
    const secretKeys = new Map<number, Share>()
    for (const j of survivors) {
      const got = this.received.get(j)
      if (got) selfSeeds.set(j, got.selfSeed)
    }
    for (const j of dropped) {
      const got = this.received.get(j)
      if (got) secretKeys.set(j, got.secretKey)
    }
    return { from: this.id, selfSeeds, secretKeys }
  }
}

function addInto(acc: bigint[], v: readonly bigint[], sign: 1n | -1n): void {
  for (let i = 0; i < acc.length; i++) acc[i] = BigInt.asUintN(RING_BITS, acc[i]! + sign * v[i]!)
}

/**
 * The coordinator's step: Σ inputs of the survivors (signed), from their masked vectors and the reveals.
 * `sharers` completed step 1; `masked` holds the survivors' vectors; the rest of `sharers` dropped.
 */
export function unmaskSum(
  config: SecAggConfig,
  ads: readonly Advertisement[],
  sharers: readonly number[],
  masked: ReadonlyMap<number, readonly bigint[]>,
  reveals: readonly Reveal[],
): bigint[] {
  checkConfig(config)
  const survivors = sharers.filter((j) => masked.has(j))
  const dropped = sharers.filter((j) => !masked.has(j))
  if (reveals.length < config.threshold)
    throw new SecAggError(
      'TOO_FEW_SURVIVORS',
      `${reveals.length} participants answered, ${config.threshold} needed`,
    )
  const keys = new Map(ads.map((a) => [a.id, a.publicKey]))
  const sum = new Array<bigint>(config.length).fill(0n)
  for (const j of survivors) addInto(sum, masked.get(j)!, 1n)
  const gather = (pick: (r: Reveal) => Share | undefined, whose: number): Uint8Array => {
    const shares = reveals.map(pick).filter((s): s is Share => s !== undefined)
    try {
      return bigintTo32(combine(shares, config.threshold))
    } catch (e) {
      if (e instanceof ShamirError && e.code === 'TOO_FEW_SHARES')
        throw new SecAggError('TOO_FEW_SURVIVORS', `participant ${whose}: ${e.message}`)
      throw e
    }
  }
  for (const j of survivors)
    addInto(
      sum,
      expandMask(
        gather((r) => r.selfSeeds.get(j), j),
        config.length,
      ),
      -1n,
    )
  for (const u of dropped) {
    const secret = gather((r) => r.secretKeys.get(u), u)
    if (!bytesEqual(x25519.getPublicKey(secret), keys.get(u)))
      throw new SecAggError('PROTOCOL', `rebuilt key of participant ${u} does not match its advertisement`)
    // survivor j added sign(j, u)·PRG(s_ju): +1 if u > j, −1 if u < j
    for (const j of survivors) {
      const mask = expandMask(pairSeed(config.context, secret, keys.get(j)!), config.length)
      addInto(sum, mask, u > j ? -1n : 1n)
    }
  }
  return sum.map((v) => BigInt.asIntN(RING_BITS, v))
}

const bytesEqual = (a: Uint8Array, b: Uint8Array | undefined): boolean =>
  b !== undefined && a.length === b.length && a.every((x, i) => x === b[i])

/** Who fails when, in an in-memory round (for tests and for simulating dropouts). */
export interface Dropouts {
  /** Shared their keys (step 1), then never sent a masked input. */
  readonly afterSharing?: ReadonlySet<number>
  /** Sent a masked input, then did not answer the unmasking step. */
  readonly beforeUnmasking?: ReadonlySet<number>
}

/**
 * One full round over in-memory participants: each inputs[i − 1] is participant i's vector, each rngs[i − 1]
 * its secret randomness. Returns the sum over the participants whose masked input arrived.
 */
export function secureSumInMemory(
  config: SecAggConfig,
  inputs: readonly (readonly bigint[])[],
  rngs: readonly RandomSource[],
  dropouts: Dropouts = {},
): { sum: bigint[]; survivors: number[] } {
  const parties = inputs.map((_, i) => new SecAggParticipant(i + 1, config, rngs[i]!))
  const ads = parties.map((p) => p.advertise())
  const allShares = parties.flatMap((p) => p.shareKeys(ads))
  for (const p of parties) p.receiveShares(allShares.filter((s) => s.to === p.id))
  const sharers = parties.map((p) => p.id)
  const masked = new Map<number, bigint[]>()
  for (const p of parties)
    if (!dropouts.afterSharing?.has(p.id)) masked.set(p.id, p.maskedInput(inputs[p.id - 1]!, sharers))
  const survivors = sharers.filter((j) => masked.has(j))
  const dropped = sharers.filter((j) => !masked.has(j))
  const reveals = parties
    .filter((p) => masked.has(p.id) && !dropouts.beforeUnmasking?.has(p.id))
    .map((p) => p.reveal(survivors, dropped))
  return { sum: unmaskSum(config, ads, sharers, masked, reveals), survivors }
}
