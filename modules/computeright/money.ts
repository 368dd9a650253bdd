// Pure payout arithmetic over bigint amounts: protocol fee first, then contributors by weight, with the
// rounding dust to the owner, so the parts always sum to the whole.
import type { Coin } from '../sdk/index.js'

export interface Share {
  address: string
  weightBps: number
}

export interface Payout {
  address: string
  amount: bigint
}

export function protocolFee(amount: bigint, feeBps: number): bigint {
  return (amount * BigInt(feeBps)) / 10_000n
}

/** Splits `amount` by weights (bps summing to ≤ 10000); the remainder goes to `dustTo`. Zero parts are dropped. */
export function splitByWeight(amount: bigint, shares: readonly Share[], dustTo: string): Payout[] {
  const out = new Map<string, bigint>()
  let paid = 0n
  for (const s of shares) {
    const part = (amount * BigInt(s.weightBps)) / 10_000n
    if (part === 0n) continue
    out.set(s.address, (out.get(s.address) ?? 0n) + part)
    paid += part
  }
  if (amount > paid) out.set(dustTo, (out.get(dustTo) ?? 0n) + amount - paid)
  return [...out].map(([address, a]) => ({ address, amount: a })).filter((p) => p.amount > 0n)
}

export const coinOf = (denom: string, amount: bigint): Coin[] => (amount > 0n ? [{ denom, amount }] : [])

export const mulCoin = (c: Coin, n: bigint): Coin => ({ denom: c.denom, amount: c.amount * n })

/** Proto coins carry the amount as a decimal string. */
export interface ProtoCoin {
  denom: string
  amount: string
}

export const fromProto = (c: ProtoCoin): Coin => ({ denom: c.denom, amount: BigInt(c.amount) })
export const toProto = (c: Coin): ProtoCoin => ({ denom: c.denom, amount: c.amount.toString() })
export const toProtoList = (cs: readonly Coin[]): ProtoCoin[] => cs.map(toProto)

/** The `ask` of a right that is not listed for resale. */
export const NO_ASK: ProtoCoin = { denom: '', amount: '0' }
export const isListed = (ask: ProtoCoin | undefined): ask is ProtoCoin =>
  ask !== undefined && ask.denom !== '' && ask.amount !== '0' && ask.amount !== ''
