// Size limits on every string and list a message may carry (documented in README §Limits).
// Hard caps are checked statelessly in validateBasic; params may lower the list caps further.

export const LIMITS = {
  uriLength: 512,
  nameLength: 128,
  descriptionLength: 2048,
  categoryLength: 64,
  tagLength: 32,
  tags: 16,
  encryptionSchemeLength: 32,
  labelLength: 64,
  reasonLength: 256,
  idLength: 128,
  contributors: 64,
  allowlistEntries: 256,
  trustedPublishers: 32,
  mechanisms: 5,
  regions: 64,
  jurisdictions: 64,
  executors: 64,
  feeCoins: 8,
  minExecutorsMax: 64,
  /** 10^6 ε, far above any meaningful privacy loss, so sums of budgets never approach 2^64. */
  epsilonMaxMicro: 1_000_000_000_000n,
  /** δ must be below 1. */
  deltaMaxNano: 999_999_999n,
  /** Feature modules (issue 16): at most this many features per row, ... */
  featureCount: 64,
  /** ... bounds within ±10^9 (in millionths: ±10^15), so a sum over 2^32 rows stays far inside 2^63 micro ... */
  featureBoundMaxMicro: 1_000_000_000_000_000n,
  /** ... at most 10^8 metered instructions per row ... */
  featureFuelPerRowMax: 100_000_000n,
  /** ... and at most 256 pages (16 MiB) of memory. */
  featureMemoryPagesMax: 256,
} as const

export const WEIGHT_TOTAL_BPS = 10_000
