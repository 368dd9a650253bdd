import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import {
  fromBech32,
  invalidArgument,
  notFound,
  PrefixStore,
  paginate,
  type QueryHandler,
} from '../sdk/index.js'
import { queryHandler as handler } from '../sdk/proto-services.js'
import { attestedJurisdictions } from './account-audit-server.js'
import { effectiveRegion } from './eligibility.js'
import type { AttestationKeeper } from './keeper.js'
import * as K from './keys.js'

export const QUERY_SERVICE = 'datum.attestation.v1.Query'
const SERVICE = `/${QUERY_SERVICE}`

function address(field: string, v: string): string {
  try {
    fromBech32(v)
  } catch (e) {
    throw invalidArgument(`${field}: ${(e as Error).message}`)
  }
  return v
}

export function attestationQueryHandlers(k: AttestationKeeper): Record<string, QueryHandler> {
  return {
    [`${SERVICE}/Params`]: handler(T.QueryParamsRequest, T.QueryParamsResponse, (ctx) => ({
      params: k.params(ctx),
    })),
    [`${SERVICE}/Executor`]: handler(T.QueryExecutorRequest, T.QueryExecutorResponse, (ctx, q) => {
      const executor = k.store.executor(ctx, address('operator', q.operator))
      if (!executor) throw notFound(`executor ${q.operator} not found`)
      return { executor }
    }),
    [`${SERVICE}/Executors`]: handler(T.QueryExecutorsRequest, T.QueryExecutorsResponse, (ctx, q) => {
      // Filters apply while paging, so a page holds only matching executors (region = audited or declared).
      const p = k.params(ctx)
      const executors: T.Executor[] = []
      const store = new PrefixStore(k.store.kv(ctx), K.EXECUTOR_PREFIX)
      const pagination = paginate(store, q.pagination, (pair, accumulate) => {
        const e = T.Executor.decode(pair.value)
        if (q.kind !== 0 && e.kind !== q.kind) return false
        if (q.state !== 0 && e.state !== q.state) return false
        if (q.region !== '' && effectiveRegion(p, e).region !== q.region) return false
        if (accumulate) executors.push(e)
        return true
      })
      return { executors, pagination }
    }),
    [`${SERVICE}/Attestation`]: handler(T.QueryAttestationRequest, T.QueryAttestationResponse, (ctx, q) => {
      const attestation = k.store.attestation(ctx, q.jobId)
      if (!attestation) throw notFound(`no attestation for job ${q.jobId}`)
      return { attestation }
    }),
    [`${SERVICE}/Dispute`]: handler(T.QueryDisputeRequest, T.QueryDisputeResponse, (ctx, q) => {
      const dispute = k.store.dispute(ctx, q.id)
      if (!dispute) throw notFound(`dispute ${q.id} not found`)
      return { dispute }
    }),
    [`${SERVICE}/Disputes`]: handler(T.QueryDisputesRequest, T.QueryDisputesResponse, (ctx, q) => {
      const disputes: T.Dispute[] = []
      const store = new PrefixStore(k.store.kv(ctx), K.DISPUTE_PREFIX)
      const pagination = paginate(store, q.pagination, (pair, accumulate) => {
        const d = T.Dispute.decode(pair.value)
        if (q.jobId !== 0n && d.jobId !== q.jobId) return false
        if (q.state !== 0 && d.state !== q.state) return false
        if (accumulate) disputes.push(d)
        return true
      })
      return { disputes, pagination }
    }),
    [`${SERVICE}/AccountAudits`]: handler(
      T.QueryAccountAuditsRequest,
      T.QueryAccountAuditsResponse,
      (ctx, q) => {
        const account = address('account', q.account)
        return {
          audits: [...k.store.accountAudits(ctx, account)],
          jurisdictions: attestedJurisdictions(k, ctx, account),
        }
      },
    ),
  }
}
