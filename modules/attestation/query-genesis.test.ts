// Queries (filters, not-found, malformed requests) and genesis export(init(g)) == g over a populated store.
import { afterEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import { QueryError } from '../sdk/index.js'
import { exportGenesis, initGenesis, parseGenesis } from './genesis.js'
import { attestationQueryHandlers } from './query-server.js'
import { auditor, type Env, env, execs, onboard, registerMsg, requester } from './test-env.js'

let e: Env
afterEach(() => e?.cleanup())

const SVC = '/datum.attestation.v1.Query'

describe('attestation queries', () => {
  it('filter executors by kind, region and state; fetch one; not found and malformed are gRPC errors', async () => {
    e = await env()
    onboard(e, execs[0]!, 'DE')
    onboard(e, execs[1]!, 'NL')
    e.run('MsgRegisterExecutor', {
      ...registerMsg(execs[2]!, 'DE'),
      kind: T.ExecutorKind.EXECUTOR_KIND_MPC,
      measurement: 'ab'.repeat(16),
    })
    const q = attestationQueryHandlers(e.keeper)
    const list = (req: T.QueryExecutorsRequestInput) =>
      T.QueryExecutorsResponse.decode(q[`${SVC}/Executors`]!(e.tc.ctx, T.QueryExecutorsRequest.encode(req)))
        .executors.map((x) => x.operator)
        .sort()
    expect(list({})).toEqual([...execs].sort())
    expect(list({ region: 'DE' })).toEqual([execs[0], execs[2]].sort())
    expect(list({ kind: T.ExecutorKind.EXECUTOR_KIND_MPC })).toEqual([execs[2]])
    expect(list({ state: T.ExecutorState.EXECUTOR_STATE_UNBONDING })).toEqual([])
    const one = T.QueryExecutorResponse.decode(
      q[`${SVC}/Executor`]!(e.tc.ctx, T.QueryExecutorRequest.encode({ operator: execs[1]! })),
    )
    expect(one.executor?.audits[0]?.region).toBe('NL')
    expect(() => q[`${SVC}/Attestation`]!(e.tc.ctx, T.QueryAttestationRequest.encode({ jobId: 5n }))).toThrow(
      QueryError,
    )
    expect(() => q[`${SVC}/Executor`]!(e.tc.ctx, T.QueryExecutorRequest.encode({ operator: 'x' }))).toThrow(
      /operator/,
    )
    expect(() => q[`${SVC}/Dispute`]!(e.tc.ctx, Uint8Array.of(0xff, 0xff))).toThrow(/malformed/)
  })

  it('genesis round-trips with executors, attestations and disputes; bad genesis is refused', async () => {
    e = await env()
    onboard(e, execs[0]!)
    onboard(e, execs[1]!)
    e.addJob(1n)
    e.run('MsgAcceptJob', { executor: execs[0], jobId: 1n })
    e.run('MsgUnbondExecutor', { operator: execs[1] })
    e.run('MsgAuditAccount', { auditor, account: requester, jurisdiction: 'FR' })
    const g = T.GenesisState.toJson(exportGenesis(e.tc.ctx, e.keeper))
    const e2 = await env()
    try {
      initGenesis(e2.tc.ctx, e2.keeper, parseGenesis(g))
      expect(T.GenesisState.toJson(exportGenesis(e2.tc.ctx, e2.keeper))).toEqual(g)
      expect(e2.keeper.attestedJurisdictions(e2.tc.ctx, requester)).toEqual(['FR'])
    } finally {
      await e2.cleanup()
    }
    expect(() => parseGenesis({ ...g, pool: 'x' })).toThrow(/pool/)
    // slashed bonds are paid to the community pool at once: a held pool would be stranded
    expect(() => parseGenesis({ ...g, pool: '42' })).toThrow(/community pool/)
    expect(() => parseGenesis({ ...g, executors: [g.executors, g.executors].flat() })).toThrow(/twice/)
    const audits = g.account_audits as unknown[]
    expect(() => parseGenesis({ ...g, account_audits: [...audits, ...audits] })).toThrow(/twice/)
  })
})
