// Gov params (cosmos.gov.v1.Params) with the SDK 0.50 defaults and ValidateBasic rules. Amounts and
// ratios are held exactly: coins as bigint, ratios as Dec atomics; the proto keeps the SDK string forms.
import type { Params as ParamsProto } from 'cosmjs-types/cosmos/gov/v1/gov'
import type { Duration } from 'cosmjs-types/google/protobuf/duration'
import { type Coin, fromBech32, parseAmount, sdkErrors, type Timestamp, validateCoins } from '../sdk/index.js'
import { DEC_ONE, type Dec, formatDec, parseDec } from './dec.js'

export const DEFAULT_BOND_DENOM = 'udatum'

export interface GovParams {
  minDeposit: Coin[]
  /** Seconds. */
  maxDepositPeriod: bigint
  votingPeriod: bigint
  quorum: Dec
  threshold: Dec
  vetoThreshold: Dec
  minInitialDepositRatio: Dec
  proposalCancelRatio: Dec
  proposalCancelDest: string
  expeditedVotingPeriod: bigint
  expeditedThreshold: Dec
  expeditedMinDeposit: Coin[]
  burnVoteQuorum: boolean
  burnProposalDepositPrevote: boolean
  burnVoteVeto: boolean
  minDepositRatio: Dec
}

const dec = (s: string) => parseDec(s)

/** cosmos-sdk 0.50 x/gov DefaultParams, in the chain's bond denom. */
export function defaultGovParams(denom = DEFAULT_BOND_DENOM): GovParams {
  return {
    minDeposit: [{ denom, amount: 10_000_000n }],
    maxDepositPeriod: 172_800n,
    votingPeriod: 172_800n,
    quorum: dec('0.334'),
    threshold: dec('0.5'),
    vetoThreshold: dec('0.334'),
    minInitialDepositRatio: 0n,
    proposalCancelRatio: dec('0.5'),
    proposalCancelDest: '',
    expeditedVotingPeriod: 86_400n,
    expeditedThreshold: dec('0.667'),
    expeditedMinDeposit: [{ denom, amount: 50_000_000n }],
    burnVoteQuorum: false,
    burnProposalDepositPrevote: false,
    burnVoteVeto: true,
    minDepositRatio: dec('0.01'),
  }
}

const bad = (detail: string) => sdkErrors.invalidRequest.wrap(detail)

function ratio(d: Dec, what: string, positive: boolean): void {
  if (d < 0n) throw bad(`${what} must be positive: ${formatDec(d)}`)
  if (positive && d === 0n) throw bad(`${what} must be positive: ${formatDec(d)}`)
  if (d > DEC_ONE) throw bad(`${what} too large: ${formatDec(d)}`)
}

function coinsNonEmpty(cs: Coin[], what: string): void {
  if (cs.length === 0) throw bad(`invalid ${what}: empty`)
  try {
    validateCoins(cs)
  } catch (e) {
    throw bad(`invalid ${what}: ${(e as Error).message}`)
  }
}

/** The rules of cosmos `Params.ValidateBasic`; throws sdk 18 with the SDK's reason. */
export function validateGovParams(p: GovParams): void {
  coinsNonEmpty(p.minDeposit, 'minimum deposit')
  coinsNonEmpty(p.expeditedMinDeposit, 'expedited minimum deposit')
  const min = p.minDeposit[0]!
  const exp = p.expeditedMinDeposit[0]!
  if (min.denom === exp.denom && min.amount >= exp.amount)
    throw bad(
      `expedited minimum deposit must be greater than minimum deposit: ${exp.amount}${exp.denom} <= ${min.amount}${min.denom}`,
    )
  ratio(p.quorum, 'quorom', false)
  ratio(p.threshold, 'vote threshold', true)
  ratio(p.expeditedThreshold, 'expedited threshold', true)
  if (p.expeditedThreshold <= p.threshold)
    throw bad(
      `expedited threshold must be greater than or equal to the regular threshold: ${formatDec(p.expeditedThreshold)} <= ${formatDec(p.threshold)}`,
    )
  ratio(p.vetoThreshold, 'veto threshold', true)
  if (p.maxDepositPeriod <= 0n) throw bad(`maximum deposit period must be positive: ${p.maxDepositPeriod}s`)
  if (p.votingPeriod <= 0n) throw bad(`voting period must be positive: ${p.votingPeriod}s`)
  if (p.expeditedVotingPeriod <= 0n)
    throw bad(`expedited voting period must be positive: ${p.expeditedVotingPeriod}s`)
  if (p.expeditedVotingPeriod >= p.votingPeriod)
    throw bad(
      `expedited voting period ${p.expeditedVotingPeriod}s must be strictly less that the regular voting period ${p.votingPeriod}s`,
    )
  ratio(p.minInitialDepositRatio, 'minimum initial deposit ratio', false)
  ratio(p.proposalCancelRatio, 'proposal cancel ratio', false)
  ratio(p.minDepositRatio, 'minimum deposit ratio', false)
  if (p.proposalCancelDest !== '') {
    try {
      fromBech32(p.proposalCancelDest)
    } catch (e) {
      throw bad(`invalid proposal cancel destination address: ${(e as Error).message}`)
    }
  }
}

const coinsToProto = (cs: Coin[]) => cs.map((c) => ({ denom: c.denom, amount: c.amount.toString() }))
const coinsFromProto = (cs: { denom: string; amount: string }[]): Coin[] =>
  cs.map((c) => ({ denom: c.denom, amount: parseAmount(c.amount) }))
const duration = (s: bigint): Duration => ({ seconds: s, nanos: 0 })

function seconds(d: Duration | undefined, what: string): bigint {
  if (!d) throw bad(`${what} must not be nil`)
  if (d.nanos !== 0) throw bad(`${what} must be whole seconds`)
  return d.seconds
}

export function govParamsToProto(p: GovParams): ParamsProto {
  return {
    minDeposit: coinsToProto(p.minDeposit),
    maxDepositPeriod: duration(p.maxDepositPeriod),
    votingPeriod: duration(p.votingPeriod),
    quorum: formatDec(p.quorum),
    threshold: formatDec(p.threshold),
    vetoThreshold: formatDec(p.vetoThreshold),
    minInitialDepositRatio: formatDec(p.minInitialDepositRatio),
    proposalCancelRatio: formatDec(p.proposalCancelRatio),
    proposalCancelDest: p.proposalCancelDest,
    expeditedVotingPeriod: duration(p.expeditedVotingPeriod),
    expeditedThreshold: formatDec(p.expeditedThreshold),
    expeditedMinDeposit: coinsToProto(p.expeditedMinDeposit),
    burnVoteQuorum: p.burnVoteQuorum,
    burnProposalDepositPrevote: p.burnProposalDepositPrevote,
    burnVoteVeto: p.burnVoteVeto,
    minDepositRatio: formatDec(p.minDepositRatio),
  }
}

/** Parses (throws sdk 18 on malformed fields) without the cross-field rules; call validateGovParams too. */
export function govParamsFromProto(p: ParamsProto): GovParams {
  const d = (s: string, what: string) => {
    try {
      return parseDec(s, what)
    } catch (e) {
      throw bad((e as Error).message)
    }
  }
  const coins = (cs: { denom: string; amount: string }[], what: string) => {
    try {
      return coinsFromProto(cs)
    } catch (e) {
      throw bad(`invalid ${what}: ${(e as Error).message}`)
    }
  }
  return {
    minDeposit: coins(p.minDeposit, 'minimum deposit'),
    maxDepositPeriod: seconds(p.maxDepositPeriod, 'maximum deposit period'),
    votingPeriod: seconds(p.votingPeriod, 'voting period'),
    quorum: d(p.quorum, 'quorum'),
    threshold: d(p.threshold, 'threshold'),
    vetoThreshold: d(p.vetoThreshold, 'veto threshold'),
    minInitialDepositRatio: d(p.minInitialDepositRatio || '0', 'minimum initial deposit ratio'),
    proposalCancelRatio: d(p.proposalCancelRatio || '0', 'proposal cancel ratio'),
    proposalCancelDest: p.proposalCancelDest,
    expeditedVotingPeriod: seconds(p.expeditedVotingPeriod, 'expedited voting period'),
    expeditedThreshold: d(p.expeditedThreshold, 'expedited threshold'),
    expeditedMinDeposit: coins(p.expeditedMinDeposit, 'expedited minimum deposit'),
    burnVoteQuorum: p.burnVoteQuorum,
    burnProposalDepositPrevote: p.burnProposalDepositPrevote,
    burnVoteVeto: p.burnVoteVeto,
    minDepositRatio: d(p.minDepositRatio || '0', 'minimum deposit ratio'),
  }
}

export function addSeconds(t: Timestamp, s: bigint): Timestamp {
  return { seconds: t.seconds + s, nanos: t.nanos }
}
