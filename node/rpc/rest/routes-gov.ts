// x/gov (v1 and v1beta1), x/upgrade and x/consensus gateway routes, served through the gRPC query paths.
// Responses are rendered as the SDK gateway does: snake_case fields, int64 as strings, enums by name,
// `Any` as {"@type", …}, durations as "172800s", times as RFC 3339.
import * as cq from 'cosmjs-types/cosmos/consensus/v1/query'
import { ProposalStatus } from 'cosmjs-types/cosmos/gov/v1/gov'
import * as g1 from 'cosmjs-types/cosmos/gov/v1/query'
import * as g0 from 'cosmjs-types/cosmos/gov/v1beta1/query'
import * as uq from 'cosmjs-types/cosmos/upgrade/v1beta1/query'
import type { FastifyInstance } from 'fastify'
import type { RpcBackend } from '../backend.js'
import { badRequest } from './errors.js'
import type { AnyRenderer } from './gateway-json.js'
import { grpcQuery, pageRequest, type Query, queryHeight, stringParam } from './grpc-query.js'

type Req = {
  params: Record<string, string>
  query: Query
  headers: Record<string, string | string[] | undefined>
}

interface Codec<T> {
  encode(m: T): { finish(): Uint8Array }
  decode(b: Uint8Array): unknown
  fromPartial(o: unknown): T
}
interface ResCodec {
  decode(b: Uint8Array): unknown
  toJSON(m: never): unknown
}

const DURATION_FIELDS = new Set([
  'max_deposit_period',
  'voting_period',
  'expedited_voting_period',
  'max_age_duration',
])

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** ts-proto JSON -> gateway JSON. */
export function gatewayJson(v: unknown, anys: AnyRenderer, key = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => gatewayJson(x, anys, key))
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    const keys = Object.keys(o)
    if (keys.length === 2 && typeof o.typeUrl === 'string' && typeof o.value === 'string')
      return anys.render({ typeUrl: o.typeUrl, value: new Uint8Array(Buffer.from(o.value, 'base64')) })
    if (DURATION_FIELDS.has(key) && 'seconds' in o) return `${o.seconds}s`
    return Object.fromEntries(keys.map((k) => [snake(k), gatewayJson(o[k], anys, snake(k))]))
  }
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/.test(v))
    return v.replace('.000Z', 'Z')
  return v
}

function uintPath(value: string | undefined, what: string): bigint {
  if (!value || !/^\d{1,20}$/.test(value)) throw badRequest(`${what} must be an unsigned integer`)
  return BigInt(value)
}

function statusParam(q: Query): ProposalStatus {
  const s = stringParam(q, 'proposal_status')
  if (s === undefined || s === '') return ProposalStatus.PROPOSAL_STATUS_UNSPECIFIED
  if (/^\d+$/.test(s)) return Number(s) as ProposalStatus
  const v = ProposalStatus[s as keyof typeof ProposalStatus]
  if (typeof v !== 'number') throw badRequest(`invalid proposal_status ${s}`)
  return v
}

export function registerGovRoutes(app: FastifyInstance, backend: RpcBackend, anys: AnyRenderer): void {
  const route = <T>(
    path: string,
    grpcPath: string,
    req: Codec<T>,
    res: ResCodec,
    build: (r: Req) => unknown,
  ) =>
    app.get(path, async (request) => {
      const r = request as unknown as Req
      const bytes = req.encode(req.fromPartial(build(r))).finish()
      const decoded = await grpcQuery(backend, grpcPath, bytes, (b) => res.decode(b), queryHeight(r.headers))
      return gatewayJson(res.toJSON(decoded as never), anys)
    })

  for (const [v, q, svc] of [
    ['v1', g1, '/cosmos.gov.v1.Query'],
    ['v1beta1', g0, '/cosmos.gov.v1beta1.Query'],
  ] as const) {
    const base = `/cosmos/gov/${v}`
    const id = (r: Req) => uintPath(r.params.proposal_id, 'proposal_id')
    route(
      `${base}/proposals`,
      `${svc}/Proposals`,
      q.QueryProposalsRequest,
      q.QueryProposalsResponse,
      (r) => ({
        proposalStatus: statusParam(r.query),
        voter: stringParam(r.query, 'voter') ?? '',
        depositor: stringParam(r.query, 'depositor') ?? '',
        pagination: pageRequest(r.query),
      }),
    )
    route(
      `${base}/proposals/:proposal_id`,
      `${svc}/Proposal`,
      q.QueryProposalRequest,
      q.QueryProposalResponse,
      (r) => ({
        proposalId: id(r),
      }),
    )
    route(
      `${base}/proposals/:proposal_id/votes`,
      `${svc}/Votes`,
      q.QueryVotesRequest,
      q.QueryVotesResponse,
      (r) => ({
        proposalId: id(r),
        pagination: pageRequest(r.query),
      }),
    )
    route(
      `${base}/proposals/:proposal_id/votes/:voter`,
      `${svc}/Vote`,
      q.QueryVoteRequest,
      q.QueryVoteResponse,
      (r) => ({
        proposalId: id(r),
        voter: r.params.voter,
      }),
    )
    route(
      `${base}/proposals/:proposal_id/deposits`,
      `${svc}/Deposits`,
      q.QueryDepositsRequest,
      q.QueryDepositsResponse,
      (r) => ({
        proposalId: id(r),
        pagination: pageRequest(r.query),
      }),
    )
    route(
      `${base}/proposals/:proposal_id/deposits/:depositor`,
      `${svc}/Deposit`,
      q.QueryDepositRequest,
      q.QueryDepositResponse,
      (r) => ({ proposalId: id(r), depositor: r.params.depositor }),
    )
    route(
      `${base}/proposals/:proposal_id/tally`,
      `${svc}/TallyResult`,
      q.QueryTallyResultRequest,
      q.QueryTallyResultResponse,
      (r) => ({
        proposalId: id(r),
      }),
    )
    route(
      `${base}/params/:params_type`,
      `${svc}/Params`,
      q.QueryParamsRequest,
      q.QueryParamsResponse,
      (r) => ({
        paramsType: r.params.params_type,
      }),
    )
  }
  route(
    '/cosmos/gov/v1/constitution',
    '/cosmos.gov.v1.Query/Constitution',
    g1.QueryConstitutionRequest,
    g1.QueryConstitutionResponse,
    () => ({}),
  )

  const U = '/cosmos.upgrade.v1beta1.Query'
  route(
    '/cosmos/upgrade/v1beta1/current_plan',
    `${U}/CurrentPlan`,
    uq.QueryCurrentPlanRequest,
    uq.QueryCurrentPlanResponse,
    () => ({}),
  )
  route(
    '/cosmos/upgrade/v1beta1/applied_plan/:name',
    `${U}/AppliedPlan`,
    uq.QueryAppliedPlanRequest,
    uq.QueryAppliedPlanResponse,
    (r) => ({
      name: r.params.name,
    }),
  )
  route(
    '/cosmos/upgrade/v1beta1/module_versions',
    `${U}/ModuleVersions`,
    uq.QueryModuleVersionsRequest,
    uq.QueryModuleVersionsResponse,
    (r) => ({
      moduleName: stringParam(r.query, 'module_name') ?? '',
    }),
  )
  route(
    '/cosmos/upgrade/v1beta1/authority',
    `${U}/Authority`,
    uq.QueryAuthorityRequest,
    uq.QueryAuthorityResponse,
    () => ({}),
  )
  route(
    '/cosmos/consensus/v1/params',
    '/cosmos.consensus.v1.Query/Params',
    cq.QueryParamsRequest,
    cq.QueryParamsResponse,
    () => ({}),
  )
}
