// Duration and Timestamp in every CLI reply as simd 0.50 prints them (proto3 JSON through gogoproto's jsonpb):
// "600s", "0.500s", RFC 3339 Z with 0/3/6/9 fractional digits — never cosmjs-types' {seconds, nanos} or ".000Z".
import { Params as GovParams } from 'cosmjs-types/cosmos/gov/v1/gov'
import { QueryParamsResponse as GovParamsResponse } from 'cosmjs-types/cosmos/gov/v1/query'
import * as L from 'cosmjs-types/cosmos/slashing/v1beta1/query'
import { MsgUndelegateResponse } from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { describe, expect, it } from 'vitest'
import { cosmjsJson, cosmosJson } from './proto-json.js'
import { cosmosReply } from './query-staking.js'
import { durationJson, timestampJson } from './well-known-json.js'

describe('proto JSON of google.protobuf.Duration and Timestamp', () => {
  it('durations: whole seconds bare, fractions in 3, 6 or 9 digits, sign in front', () => {
    expect(durationJson({ seconds: 600n, nanos: 0 })).toBe('600s')
    expect(durationJson({ seconds: 0n, nanos: 0 })).toBe('0s')
    expect(durationJson({ seconds: 0n, nanos: 500_000_000 })).toBe('0.500s')
    expect(durationJson({ seconds: 1n, nanos: 1_000 })).toBe('1.000001s')
    expect(durationJson({ seconds: 1n, nanos: 1 })).toBe('1.000000001s')
    expect(durationJson({ seconds: 0n, nanos: -500_000_000 })).toBe('-0.500s')
    expect(durationJson({ seconds: -2n, nanos: -250_000_000 })).toBe('-2.250s')
  })

  it('timestamps: RFC 3339 in UTC, Z-normalized, 0/3/6/9 fractional digits', () => {
    expect(timestampJson({ seconds: 1_796_443_200n, nanos: 0 })).toBe('2026-12-05T04:00:00Z')
    expect(timestampJson({ seconds: 1_796_443_200n, nanos: 123_000_000 })).toBe('2026-12-05T04:00:00.123Z')
    expect(timestampJson({ seconds: 1_796_443_200n, nanos: 123_456_789 })).toBe(
      '2026-12-05T04:00:00.123456789Z',
    )
    expect(timestampJson({ seconds: 0n, nanos: 0 })).toBe('1970-01-01T00:00:00Z')
    // The tombstone's jailed_until and Go's zero time.
    expect(timestampJson({ seconds: 253_402_300_799n, nanos: 0 })).toBe('9999-12-31T23:59:59Z')
    expect(timestampJson({ seconds: -62_135_596_800n, nanos: 0 })).toBe('0001-01-01T00:00:00Z')
  })

  it('`datum query slashing params` prints exactly what simd prints', () => {
    const bytes = L.QueryParamsResponse.encode({
      params: {
        signedBlocksWindow: 100n,
        minSignedPerWindow: new TextEncoder().encode('500000000000000000'),
        downtimeJailDuration: { seconds: 600n, nanos: 0 },
        slashFractionDoubleSign: new TextEncoder().encode('50000000000000000'),
        slashFractionDowntime: new TextEncoder().encode('10000000000000000'),
      },
    }).finish()
    expect(JSON.stringify(cosmosReply(L.QueryParamsResponse)(bytes))).toBe(
      '{"params":{"signed_blocks_window":"100","min_signed_per_window":"0.500000000000000000",' +
        '"downtime_jail_duration":"600s","slash_fraction_double_sign":"0.050000000000000000",' +
        '"slash_fraction_downtime":"0.010000000000000000"}}',
    )
  })

  it('a signing info: jailed_until as RFC 3339', () => {
    const bytes = L.QuerySigningInfoResponse.encode({
      valSigningInfo: {
        address: 'datumvalcons1x',
        startHeight: 3n,
        indexOffset: 7n,
        jailedUntil: { seconds: 1_796_443_800n, nanos: 250_000_000 },
        tombstoned: false,
        missedBlocksCounter: 2n,
      },
    }).finish()
    expect(cosmosReply(L.QuerySigningInfoResponse)(bytes).val_signing_info).toEqual({
      address: 'datumvalcons1x',
      start_height: '3',
      index_offset: '7',
      jailed_until: '2026-12-05T04:10:00.250Z',
      tombstoned: false,
      missed_blocks_counter: '2',
    })
  })

  it('a tx Msg response and gov params (camelCase kept there) carry the same forms', () => {
    const res = MsgUndelegateResponse.fromPartial({
      completionTime: { seconds: 1_796_443_200n, nanos: 0 },
      amount: { denom: 'udatum', amount: '5' },
    })
    expect(cosmosJson(MsgUndelegateResponse, res)).toEqual({
      completion_time: '2026-12-05T04:00:00Z',
      amount: { denom: 'udatum', amount: '5' },
    })
    const gov = GovParamsResponse.fromPartial({
      params: GovParams.fromPartial({
        votingPeriod: { seconds: 172_800n, nanos: 0 },
        maxDepositPeriod: { seconds: 172_800n, nanos: 0 },
        expeditedVotingPeriod: { seconds: 86_400n, nanos: 500_000_000 },
      }),
    })
    const json = cosmjsJson(GovParamsResponse, gov) as { params: Record<string, unknown> }
    expect(json.params).toMatchObject({
      votingPeriod: '172800s',
      maxDepositPeriod: '172800s',
      expeditedVotingPeriod: '86400.500s',
    })
  })
})
