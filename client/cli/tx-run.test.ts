// What `datum tx …` prints after delivery: the Msg response in the one JSON convention of every query (proto
// JSON: proto field names in snake_case, enums by name, 64-bit ints as strings), as the SDK's CLI prints it.
import { MsgUndelegateResponse } from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { describe, expect, it } from 'vitest'
import * as A from '../../proto/gen/datum/attestation/v1/index.js'
import * as C from '../../proto/gen/datum/computeright/v1/index.js'
import { deliveredTx } from './tx-run.js'

const delivered = (msgResponses: { typeUrl: string; value: Uint8Array }[]) => ({
  transactionHash: 'AB'.repeat(32),
  height: 12,
  gasWanted: 90_000n,
  gasUsed: 81_234n,
  msgResponses,
})

/** Every key at any depth is a proto field name (lower snake_case); a camelCase key fails. */
function expectProtoNames(v: unknown): void {
  if (Array.isArray(v)) for (const x of v) expectProtoNames(x)
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      expect(k, 'a camelCase key').toMatch(/^(@type|[a-z][a-z0-9]*(_[a-z0-9]+)*)$/)
      expectProtoNames(x)
    }
}

describe('the tx result the CLI prints', () => {
  it('a Datum Msg response: snake_case names, uint64 as strings', () => {
    const value = C.MsgPurchaseAndRequestResponse.encode({ rightId: 3n, jobId: 7n })
    const out = deliveredTx(
      delivered([{ typeUrl: '/datum.computeright.v1.MsgPurchaseAndRequestResponse', value }]),
      C.MsgPurchaseAndRequestResponse,
    )
    expect(out).toEqual({
      txhash: 'AB'.repeat(32),
      height: 12,
      gas_wanted: '90000',
      gas_used: '81234',
      responses: [{ right_id: '3', job_id: '7' }],
    })
    expectProtoNames(out)
  })

  it('defaults are printed, as the SDK CLI emits them', () => {
    const value = A.MsgChallengeResponse.encode({})
    const out = deliveredTx(delivered([{ typeUrl: '', value }]), A.MsgChallengeResponse)
    expect(out.responses).toEqual([{ dispute_id: '0' }])
  })

  it('a cosmos Msg response: snake_case names, RFC 3339 times, every Msg of the tx', () => {
    const one = (seconds: bigint, amount: string) =>
      MsgUndelegateResponse.encode({
        completionTime: { seconds, nanos: 0 },
        amount: { denom: 'udatum', amount },
      }).finish()
    const out = deliveredTx(
      delivered([
        { typeUrl: '/cosmos.staking.v1beta1.MsgUndelegateResponse', value: one(1_800_000_000n, '5') },
        { typeUrl: '/cosmos.staking.v1beta1.MsgUndelegateResponse', value: one(1_800_000_060n, '6') },
      ]),
      MsgUndelegateResponse,
    )
    expect(out.responses).toEqual([
      { completion_time: '2027-01-15T08:00:00Z', amount: { denom: 'udatum', amount: '5' } },
      { completion_time: '2027-01-15T08:01:00Z', amount: { denom: 'udatum', amount: '6' } },
    ])
    expectProtoNames(out)
  })

  it('enums by name, not number', () => {
    const value = C.Job.encode(C.Job.fromPartial({ id: 1n, state: C.JobState.JOB_STATE_ATTESTED }))
    const [job] = deliveredTx(delivered([{ typeUrl: '', value }]), C.Job).responses
    expect(job).toMatchObject({ id: '1', state: 'JOB_STATE_ATTESTED' })
    expectProtoNames(job)
  })
})
