// The output convention without a node: each module's query reply decodes to proto JSON (snake_case, enums
// by name, 64-bit ints as strings), as the SDK's CLI prints it.
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import { describe, expect, it } from 'vitest'
import * as A from '../../proto/gen/datum/attestation/v1/index.js'
import * as C from '../../proto/gen/datum/computeright/v1/index.js'
import * as D from '../../proto/gen/datum/dataasset/v1/index.js'
import { parseArgs } from './args.js'
import { anyJson } from './proto-json.js'
import { datumQuery } from './query-command.js'

const reply = <R>(res: Parameters<typeof datumQuery<object, R>>[3], value: R) =>
  datumQuery('s', 'M', C.QueryParamsRequest, res, () => ({}))
    .call(parseArgs([], {}))
    .reply(res.encode(value))

describe('query output convention', () => {
  it('computeright: snake_case fields, enum names, uint64 as strings', () => {
    const json = reply(C.QueryJobResponse, {
      job: C.Job.fromPartial({
        id: 7n,
        state: C.JobState.JOB_STATE_ATTESTED,
        epsilonMicro: 5n,
        rightIds: [3n],
      }),
    })
    expect(json.job).toMatchObject({
      id: '7',
      state: 'JOB_STATE_ATTESTED',
      epsilon_micro: '5',
      right_ids: ['3'],
    })
    expect(json.job).not.toHaveProperty('rightIds')
  })

  it('dataasset: an asset with its state by name', () => {
    const json = reply(D.QueryAssetResponse, {
      asset: D.DataAsset.fromPartial({ id: 'x', state: D.AssetState.ASSET_STATE_ACTIVE, contentHash: 'h' }),
    })
    expect(json.asset).toMatchObject({ id: 'x', state: 'ASSET_STATE_ACTIVE', content_hash: 'h' })
  })

  it('attestation: an executor with its kind by name', () => {
    const json = reply(A.QueryExecutorResponse, {
      executor: A.Executor.fromPartial({ operator: 'o', kind: A.ExecutorKind.EXECUTOR_KIND_PLAIN }),
    })
    expect(json.executor).toMatchObject({ operator: 'o', kind: 'EXECUTOR_KIND_PLAIN' })
  })

  it('cosmos Anys render as {"@type", …snake_case fields}', () => {
    const value = MsgSend.encode({ fromAddress: 'a', toAddress: 'b', amount: [] }).finish()
    expect(anyJson({ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value })).toEqual({
      '@type': '/cosmos.bank.v1beta1.MsgSend',
      from_address: 'a',
      to_address: 'b',
      amount: [],
    })
  })
})
