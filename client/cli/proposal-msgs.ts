// Proto JSON (as `simd tx gov submit-proposal` reads it: "@type" plus snake_case fields) to an Any, for every
// Msg the node routes: Datum's own with their codecs, the cosmos ones with cosmjs-types. cosmjs-types reads
// only its own JSON shape, so the gogoproto forms a simd proposal file uses are converted first: Durations
// ("1814400s"), LegacyDec customtypes ("0.050000000000000000", held as atomics on the wire), nested Anys
// ("@type"). Unknown fields are refused, as simd's strict JSON decoding does, instead of silently dropped.
import * as Auth from 'cosmjs-types/cosmos/auth/v1beta1/tx'
import * as Bank from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import * as Consensus from 'cosmjs-types/cosmos/consensus/v1/tx'
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import * as Distribution from 'cosmjs-types/cosmos/distribution/v1beta1/tx'
import * as GovV1 from 'cosmjs-types/cosmos/gov/v1/tx'
import { TextProposal } from 'cosmjs-types/cosmos/gov/v1beta1/gov'
import * as GovV1beta1 from 'cosmjs-types/cosmos/gov/v1beta1/tx'
import * as Mint from 'cosmjs-types/cosmos/mint/v1beta1/tx'
import * as Slashing from 'cosmjs-types/cosmos/slashing/v1beta1/tx'
import * as Staking from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import * as Upgrade from 'cosmjs-types/cosmos/upgrade/v1beta1/tx'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { decFromString, decToAtomics } from '../../modules/sdk/dec.js'
import { DATUM_MSG_TYPES } from '../sdk/msg-types.js'
import { UsageError } from './errors.js'

interface JsonType {
  fromJSON(o: unknown): unknown
  encode(m: never): { finish(): Uint8Array }
}

const json = (t: unknown) => t as JsonType

/** The cosmos Msgs the node's router serves (see `proposal-msgs.test.ts`, which checks the list against it). */
const COSMOS_MSGS: Record<string, JsonType> = {
  '/cosmos.auth.v1beta1.MsgUpdateParams': json(Auth.MsgUpdateParams),
  '/cosmos.bank.v1beta1.MsgSend': json(Bank.MsgSend),
  '/cosmos.bank.v1beta1.MsgMultiSend': json(Bank.MsgMultiSend),
  '/cosmos.bank.v1beta1.MsgUpdateParams': json(Bank.MsgUpdateParams),
  '/cosmos.consensus.v1.MsgUpdateParams': json(Consensus.MsgUpdateParams),
  '/cosmos.distribution.v1beta1.MsgSetWithdrawAddress': json(Distribution.MsgSetWithdrawAddress),
  '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward': json(Distribution.MsgWithdrawDelegatorReward),
  '/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission': json(
    Distribution.MsgWithdrawValidatorCommission,
  ),
  '/cosmos.distribution.v1beta1.MsgFundCommunityPool': json(Distribution.MsgFundCommunityPool),
  '/cosmos.distribution.v1beta1.MsgCommunityPoolSpend': json(Distribution.MsgCommunityPoolSpend),
  '/cosmos.distribution.v1beta1.MsgUpdateParams': json(Distribution.MsgUpdateParams),
  '/cosmos.gov.v1.MsgSubmitProposal': json(GovV1.MsgSubmitProposal),
  '/cosmos.gov.v1.MsgExecLegacyContent': json(GovV1.MsgExecLegacyContent),
  '/cosmos.gov.v1.MsgVote': json(GovV1.MsgVote),
  '/cosmos.gov.v1.MsgVoteWeighted': json(GovV1.MsgVoteWeighted),
  '/cosmos.gov.v1.MsgDeposit': json(GovV1.MsgDeposit),
  '/cosmos.gov.v1.MsgUpdateParams': json(GovV1.MsgUpdateParams),
  '/cosmos.gov.v1.MsgCancelProposal': json(GovV1.MsgCancelProposal),
  '/cosmos.gov.v1beta1.MsgSubmitProposal': json(GovV1beta1.MsgSubmitProposal),
  '/cosmos.gov.v1beta1.MsgVote': json(GovV1beta1.MsgVote),
  '/cosmos.gov.v1beta1.MsgVoteWeighted': json(GovV1beta1.MsgVoteWeighted),
  '/cosmos.gov.v1beta1.MsgDeposit': json(GovV1beta1.MsgDeposit),
  '/cosmos.mint.v1beta1.MsgUpdateParams': json(Mint.MsgUpdateParams),
  '/cosmos.slashing.v1beta1.MsgUnjail': json(Slashing.MsgUnjail),
  '/cosmos.slashing.v1beta1.MsgUpdateParams': json(Slashing.MsgUpdateParams),
  '/cosmos.staking.v1beta1.MsgCreateValidator': json(Staking.MsgCreateValidator),
  '/cosmos.staking.v1beta1.MsgEditValidator': json(Staking.MsgEditValidator),
  '/cosmos.staking.v1beta1.MsgDelegate': json(Staking.MsgDelegate),
  '/cosmos.staking.v1beta1.MsgUndelegate': json(Staking.MsgUndelegate),
  '/cosmos.staking.v1beta1.MsgBeginRedelegate': json(Staking.MsgBeginRedelegate),
  '/cosmos.staking.v1beta1.MsgCancelUnbondingDelegation': json(Staking.MsgCancelUnbondingDelegation),
  '/cosmos.staking.v1beta1.MsgUpdateParams': json(Staking.MsgUpdateParams),
  '/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade': json(Upgrade.MsgSoftwareUpgrade),
  '/cosmos.upgrade.v1beta1.MsgCancelUpgrade': json(Upgrade.MsgCancelUpgrade),
}

/** Types that appear only nested in an Any (legacy content, a validator's consensus key). */
const NESTED_ONLY: Record<string, JsonType> = {
  '/cosmos.gov.v1beta1.TextProposal': json(TextProposal),
  '/cosmos.crypto.ed25519.PubKey': json(Ed25519PubKey),
}

/** Every Msg type url a proposal file may carry. */
export function proposalMsgTypeUrls(): string[] {
  return [...DATUM_MSG_TYPES.map((t) => t.typeUrl), ...Object.keys(COSMOS_MSGS)].sort()
}

// gogoproto fields whose proto JSON differs from the form cosmjs-types reads (camelCase names).
const DURATIONS = new Set([
  'maxDepositPeriod',
  'votingPeriod',
  'expeditedVotingPeriod',
  'unbondingTime',
  'downtimeJailDuration',
  'maxAgeDuration',
])
/** LegacyDec customtype on a string field: the wire holds the atomics. */
const DEC_STRINGS = new Set([
  'minCommissionRate',
  'communityTax',
  'baseProposerReward',
  'bonusProposerReward',
  'inflationRateChange',
  'inflationMax',
  'inflationMin',
  'goalBonded',
  'rate',
  'maxRate',
  'maxChangeRate',
  'commissionRate',
])
/** LegacyDec customtype on a bytes field (slashing): the wire holds the atomics' ASCII. */
const DEC_BYTES = new Set(['minSignedPerWindow', 'slashFractionDoubleSign', 'slashFractionDowntime'])

const camel = (k: string) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())

function duration(v: unknown, path: string): unknown {
  if (typeof v !== 'string') return v
  const m = /^(-?)(\d{1,12})(?:\.(\d{1,9}))?s$/.exec(v)
  if (!m) throw new UsageError(`${path}: invalid duration ${JSON.stringify(v)} (expected e.g. "172800s")`)
  const sign = m[1] === '-' ? -1 : 1
  return { seconds: `${m[1]}${m[2]}`, nanos: sign * Number((m[3] ?? '').padEnd(9, '0')) }
}

function dec(v: unknown, path: string): string {
  if (typeof v !== 'string') throw new UsageError(`${path}: a decimal must be a string`)
  try {
    return decToAtomics(decFromString(v))
  } catch (e) {
    throw new UsageError(`${path}: ${(e as Error).message}`)
  }
}

/** simd's proto JSON → the camelCase object cosmjs-types' fromJSON reads. */
function toCosmjsJson(v: unknown, path: string): unknown {
  if (Array.isArray(v)) return v.map((x, i) => toCosmjsJson(x, `${path}[${i}]`))
  if (!v || typeof v !== 'object') return v
  const o = v as Record<string, unknown>
  if (typeof o['@type'] === 'string') {
    const any = anyFromJson(o, path)
    return { typeUrl: any.typeUrl, value: Buffer.from(any.value).toString('base64') }
  }
  const out: Record<string, unknown> = {}
  for (const [k, x] of Object.entries(o)) {
    const key = camel(k)
    const at = `${path}.${k}`
    if (DURATIONS.has(key)) out[key] = duration(x, at)
    else if (DEC_STRINGS.has(key) && typeof x === 'string') out[key] = dec(x, at)
    else if (DEC_BYTES.has(key)) out[key] = Buffer.from(dec(x, at)).toString('base64')
    else out[key] = toCosmjsJson(x, at)
  }
  return out
}

/** Refuses input keys the decoded message has no field for (cosmjs-types' fromJSON would drop them). */
function checkKnownFields(input: unknown, decoded: unknown, path: string): void {
  if (Array.isArray(input) && Array.isArray(decoded)) {
    for (const [i, x] of input.entries()) checkKnownFields(x, decoded[i], `${path}[${i}]`)
    return
  }
  if (!input || typeof input !== 'object' || !decoded || typeof decoded !== 'object') return
  if (decoded instanceof Uint8Array || typeof (input as Record<string, unknown>).typeUrl === 'string') return
  for (const [k, x] of Object.entries(input as Record<string, unknown>)) {
    if (!(k in (decoded as Record<string, unknown>)))
      throw new UsageError(
        `${path}: unknown field ${JSON.stringify(k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))}`,
      )
    if (DURATIONS.has(k)) continue
    checkKnownFields(x, (decoded as Record<string, unknown>)[k], `${path}.${k}`)
  }
}

/** One `{"@type": …, …fields}` object as an Any; UsageError (exit 2) names the place and the reason. */
export function anyFromJson(o: Record<string, unknown>, path: string): Any {
  const { '@type': typeUrl, ...fields } = o
  if (typeof typeUrl !== 'string') throw new UsageError(`${path} has no "@type"`)
  const datum = DATUM_MSG_TYPES.find((t) => t.typeUrl === typeUrl)
  if (datum) {
    try {
      return { typeUrl, value: datum.codec.encode(datum.codec.fromJson(fields)) }
    } catch (e) {
      throw new UsageError(`${path} (${typeUrl}): ${(e as Error).message}`)
    }
  }
  const cosmos = COSMOS_MSGS[typeUrl] ?? NESTED_ONLY[typeUrl]
  if (!cosmos)
    throw new UsageError(
      `${path}: unknown message type ${typeUrl}; a proposal can carry: ${proposalMsgTypeUrls().join(', ')}`,
    )
  const input = toCosmjsJson(fields, path) as Record<string, unknown>
  let decoded: unknown
  try {
    decoded = cosmos.fromJSON(input)
  } catch (e) {
    throw new UsageError(`${path} (${typeUrl}): ${(e as Error).message}`)
  }
  checkKnownFields(input, decoded, `${path} (${typeUrl})`)
  return { typeUrl, value: cosmos.encode(decoded as never).finish() }
}

/** `messages[i]` of a proposal file; only Msgs (not nested-only types) are accepted at the top. */
export function messageFromJson(json: unknown, index: number): Any {
  const path = `messages[${index}]`
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new UsageError(`${path} must be an object`)
  const typeUrl = (json as Record<string, unknown>)['@type']
  if (typeof typeUrl === 'string' && NESTED_ONLY[typeUrl])
    throw new UsageError(
      `${path}: ${typeUrl} is not a Msg; wrap legacy content in /cosmos.gov.v1.MsgExecLegacyContent`,
    )
  return anyFromJson(json as Record<string, unknown>, path)
}
