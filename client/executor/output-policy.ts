// The asset's output policy as executors enforce it: an aggregate must cover at least `minAggregationK` rows
// (0 = no minimum) and a result's plaintext must not exceed `maxBytes` (0 = no limit). A result the policy
// refuses is an ALGORITHM fault: the job cannot run as requested on this asset.
import { JobFault } from './faults.js'

export interface OutputPolicy {
  minAggregationK: number
  maxBytes: bigint
}

export const NO_OUTPUT_POLICY: OutputPolicy = { minAggregationK: 0, maxBytes: 0n }

/** The policy from the asset's compute policy on chain (absent fields impose nothing). */
export const outputPolicyOf = (p?: { minAggregationK?: number; maxBytes?: bigint }): OutputPolicy => ({
  minAggregationK: p?.minAggregationK ?? 0,
  maxBytes: p?.maxBytes ?? 0n,
})

export function requireRows(rows: number, policy: OutputPolicy, what: string): void {
  if (rows < policy.minAggregationK)
    throw new JobFault(
      'ALGORITHM',
      `${what} covers ${rows} rows, fewer than the asset's minimum aggregation ${policy.minAggregationK}`,
    )
}

export function requireSize(bytes: number, policy: OutputPolicy): void {
  if (policy.maxBytes > 0n && BigInt(bytes) > policy.maxBytes)
    throw new JobFault(
      'ALGORITHM',
      `result is ${bytes} bytes, over the asset's max output ${policy.maxBytes}`,
    )
}
