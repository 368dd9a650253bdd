// A QueryClient extension for `datum.attestation.v1.Query`: executors, attestations (commitments, reveals,
// agreeing executors), disputes and params, typed over abci_query.
import type { QueryClient } from '@cosmjs/stargate'
import * as T from '../../../proto/gen/datum/attestation/v1/index.js'
import type { PageRequest } from '../dataasset/queries.js'
import { queryCaller } from '../query-call.js'

const SERVICE = 'datum.attestation.v1.Query'

export interface ExecutorFilter {
  kind?: T.ExecutorKind
  region?: string
  state?: T.ExecutorState
  pagination?: PageRequest
}

export interface AttestationExtension {
  readonly attestation: {
    /** The executor, or undefined when none is registered under `operator`. */
    executor(operator: string): Promise<T.Executor | undefined>
    executors(filter?: ExecutorFilter): Promise<T.QueryExecutorsResponse>
    /** The job's attestation record, or undefined before any executor accepted it. */
    attestation(jobId: bigint): Promise<T.Attestation | undefined>
    dispute(id: bigint): Promise<T.Dispute | undefined>
    /** Disputes, optionally of one job and in one state. */
    disputes(filter?: {
      jobId?: bigint
      state?: T.DisputeState
      pagination?: PageRequest
    }): Promise<T.QueryDisputesResponse>
    params(): Promise<T.Params>
  }
}

export function setupAttestationExtension(base: QueryClient): AttestationExtension {
  const call = queryCaller(base, SERVICE)
  // the query server answers NotFound for a missing record; callers get undefined instead
  const orUndefined = async <R>(p: Promise<R>): Promise<R | undefined> => {
    try {
      return await p
    } catch (e) {
      if (/code = NotFound/.test((e as Error).message)) return undefined
      throw e
    }
  }
  return {
    attestation: {
      executor: async (operator) =>
        (await orUndefined(call('Executor', T.QueryExecutorRequest, T.QueryExecutorResponse, { operator })))
          ?.executor,
      executors: (f = {}) =>
        call('Executors', T.QueryExecutorsRequest, T.QueryExecutorsResponse, {
          kind: f.kind ?? 0,
          region: f.region ?? '',
          state: f.state ?? 0,
          pagination: f.pagination,
        }),
      attestation: async (jobId) =>
        (
          await orUndefined(
            call('Attestation', T.QueryAttestationRequest, T.QueryAttestationResponse, { jobId }),
          )
        )?.attestation,
      dispute: async (id) =>
        (await orUndefined(call('Dispute', T.QueryDisputeRequest, T.QueryDisputeResponse, { id })))?.dispute,
      disputes: (f = {}) =>
        call('Disputes', T.QueryDisputesRequest, T.QueryDisputesResponse, {
          jobId: f.jobId ?? 0n,
          state: f.state ?? 0,
          pagination: f.pagination,
        }),
      params: async () => (await call('Params', T.QueryParamsRequest, T.QueryParamsResponse, {})).params!,
    },
  }
}
