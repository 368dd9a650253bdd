// The payouts a finalized job must produce, computed here from the published terms (not by the chain's own
// code), so the flow compares two independent answers: protocol fee first, then the data fee by contributor
// weight (rounding dust to the owner); the compute fee in equal shares to the agreeing executors (dust to
// the first).

export function expectedDataFee(
  price: bigint,
  protocolFeeBps: number,
  owner: string,
  contributors: { address: string; bps: number }[],
): { protocolFee: bigint; payouts: Map<string, bigint> } {
  const protocolFee = (price * BigInt(protocolFeeBps)) / 10_000n
  const rest = price - protocolFee
  const payouts = new Map<string, bigint>()
  let paid = 0n
  for (const c of contributors) {
    const part = (rest * BigInt(c.bps)) / 10_000n
    payouts.set(c.address, (payouts.get(c.address) ?? 0n) + part)
    paid += part
  }
  payouts.set(owner, (payouts.get(owner) ?? 0n) + rest - paid)
  return { protocolFee, payouts }
}

export function expectedComputeShares(fee: bigint, agreeing: string[]): Map<string, bigint> {
  const each = Math.floor(10_000 / agreeing.length)
  const out = new Map<string, bigint>()
  let paid = 0n
  agreeing.forEach((a, i) => {
    const bps = BigInt(each + (i === 0 ? 10_000 - each * agreeing.length : 0))
    const part = (fee * bps) / 10_000n
    out.set(a, part)
    paid += part
  })
  if (agreeing.length > 0) out.set(agreeing[0]!, out.get(agreeing[0]!)! + fee - paid)
  return out
}
