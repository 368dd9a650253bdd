// The indexer's JSON API as the pages use it: every call bounded by the server, errors shown in words.

export interface AssetSummary {
  id: string
  name: string
  description: string
  owner: string
  state: string
  version: number
  content_hash: string
  regions: string[]
  mechanisms: string[]
  algorithms: string[]
  tags: string[]
  columns: string[]
  epsilon_total_micro: string
  epsilon_remaining_micro: string
  epsilon_spent_micro: string
  uses: string
  revenue: string
  created_at: string
  min_price: string | null
  licence: Licence
}

export interface Licence {
  purposes: string[] | null
  commercial_use: boolean | null
  derivatives_allowed: boolean | null
  attribution_required: boolean | null
  output_ownership: string | null
  jurisdictions: string[] | null
}

export interface AssetDetail extends AssetSummary {
  versions: { version: number; content_hash: string; storage_uri: string; height: string; time: string }[]
  offerings: {
    id: string
    state: string
    price_amount: string
    price_denom: string
    uses_per_right: number
    epsilon_per_use_micro: string
    sold: string
  }[]
  record: { compute_policy?: { min_executors?: number }; privacy_policy?: Record<string, string> }
}

export interface UsageRecord {
  sequence: string
  job_id: string
  right_id: string
  epsilon_micro: string
  revenue: string
  revenue_denom: string
  height: string
  time: string
}

export interface SeriesPoint {
  t: string
  uses: number
  epsilon_micro: string
  revenue: string
}

export interface Executor {
  operator: string
  kind: string
  state: string
  bond_amount: string
  bond_denom: string
  reputation: number
  region: string
  slashes: number
  jobs_accepted: number
}

export class ApiError extends Error {}

export async function get<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { signal })
  const body = (await res.json().catch(() => ({}))) as { message?: string }
  if (!res.ok) throw new ApiError(body.message ?? `the indexer answered ${res.status}`)
  return body as T
}
