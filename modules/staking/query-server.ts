// The `cosmos.staking.v1beta1.Query` service at the SDK's gRPC paths. Address errors are InvalidArgument,
// missing records NotFound (the node turns that into the "key not found" log CosmJS's getDelegation expects).
import type { PageRequest as ProtoPageRequest } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination'
import * as Q from 'cosmjs-types/cosmos/staking/v1beta1/query'
import { bondStatusFromJSON } from 'cosmjs-types/cosmos/staking/v1beta1/staking'
import { decToAtomics, decTruncateInt } from '../sdk/dec.js'
import {
  type Context,
  invalidArgument,
  normalizeAddress,
  notFound,
  type PageRequest,
  PrefixStore,
  paginate,
  protoQuery,
  type QueryHandler,
  VALOPER_PREFIX,
} from '../sdk/index.js'
import { getHistoricalInfo } from './historical-info.js'
import type { StakingKeeper } from './keeper.js'
import * as K from './keys.js'
import { paramsToProto } from './params.js'
import {
  BondStatus,
  type Delegation,
  decodeDelegation,
  decodeRedelegation,
  decodeUbd,
  decodeValidator,
  type Redelegation,
  redelegationToProto,
  ubdToProto,
  validatorToProto,
} from './records.js'
import { tokensFromShares } from './shares.js'

const SERVICE = '/cosmos.staking.v1beta1.Query'

function addr(address: string, prefix: string, what: string): string {
  if (!address) throw invalidArgument(`${what} address cannot be empty`)
  try {
    return normalizeAddress(address, prefix)
  } catch (e) {
    throw invalidArgument((e as Error).message)
  }
}
const valAddr = (a: string) => addr(a, VALOPER_PREFIX, 'validator')
const delAddr = (a: string) => addr(a, 'datum', 'delegator')

const page = (p: ProtoPageRequest | undefined): PageRequest | undefined => p

export function stakingQueryHandlers(k: StakingKeeper): Record<string, QueryHandler> {
  const delegationResponse = (ctx: Context, d: Delegation) => {
    const v = k.mustGetValidator(ctx, d.validator)
    const balance = v.delegatorShares === 0n ? 0n : decTruncateInt(tokensFromShares(v, d.shares))
    return {
      delegation: {
        delegatorAddress: d.delegator,
        validatorAddress: d.validator,
        shares: decToAtomics(d.shares),
      },
      balance: { denom: k.bondDenom(ctx), amount: balance.toString() },
    }
  }

  const redelegationResponse = (ctx: Context, r: Redelegation) => {
    const v = k.getValidator(ctx, r.dst)
    return {
      redelegation: redelegationToProto(r),
      entries: redelegationToProto(r).entries.map((e, i) => ({
        redelegationEntry: e,
        balance:
          v && v.delegatorShares > 0n
            ? decTruncateInt(tokensFromShares(v, r.entries[i]!.sharesDst)).toString()
            : '0',
      })),
    }
  }

  const paged = <T>(
    ctx: Context,
    prefix: Uint8Array,
    pagination: ProtoPageRequest | undefined,
    decode: (key: Uint8Array, value: Uint8Array) => T | undefined,
  ) => {
    const items: T[] = []
    const res = paginate(new PrefixStore(k.store(ctx), prefix), page(pagination), ({ key, value }, take) => {
      const item = decode(key, value)
      if (item === undefined) return false
      if (take) items.push(item)
      return true
    })
    return { items, pagination: res }
  }

  return {
    [`${SERVICE}/Validators`]: protoQuery(Q.QueryValidatorsRequest, Q.QueryValidatorsResponse, (ctx, req) => {
      let status: BondStatus | undefined
      if (req.status !== '') {
        status = bondStatusFromJSON(req.status)
        if (status === BondStatus.UNRECOGNIZED || status === BondStatus.BOND_STATUS_UNSPECIFIED)
          throw invalidArgument(`invalid validator status ${req.status}`)
      }
      const { items, pagination } = paged(ctx, K.VALIDATORS_PREFIX, req.pagination, (_k, value) => {
        const v = decodeValidator(value)
        return status === undefined || v.status === status ? validatorToProto(v) : undefined
      })
      return { validators: items, pagination }
    }),
    [`${SERVICE}/Validator`]: protoQuery(Q.QueryValidatorRequest, Q.QueryValidatorResponse, (ctx, req) => {
      const val = valAddr(req.validatorAddr)
      const v = k.getValidator(ctx, val)
      if (!v) throw notFound(`validator ${val} not found`)
      return { validator: validatorToProto(v) }
    }),
    [`${SERVICE}/ValidatorDelegations`]: protoQuery(
      Q.QueryValidatorDelegationsRequest,
      Q.QueryValidatorDelegationsResponse,
      (ctx, req) => {
        const val = valAddr(req.validatorAddr)
        const { items, pagination } = paged(ctx, K.delegationsByValPrefix(val), req.pagination, (key) => {
          const d = k.getDelegation(ctx, toAcc(key.subarray(1)), val)
          return d ? delegationResponse(ctx, d) : undefined
        })
        return { delegationResponses: items, pagination }
      },
    ),
    [`${SERVICE}/ValidatorUnbondingDelegations`]: protoQuery(
      Q.QueryValidatorUnbondingDelegationsRequest,
      Q.QueryValidatorUnbondingDelegationsResponse,
      (ctx, req) => {
        const val = valAddr(req.validatorAddr)
        const { items, pagination } = paged(ctx, K.ubdsByValPrefix(val), req.pagination, (key) => {
          const u = k.getUbd(ctx, toAcc(key.subarray(1)), val)
          return u ? ubdToProto(u) : undefined
        })
        return { unbondingResponses: items, pagination }
      },
    ),
    [`${SERVICE}/Delegation`]: protoQuery(Q.QueryDelegationRequest, Q.QueryDelegationResponse, (ctx, req) => {
      const del = delAddr(req.delegatorAddr)
      const val = valAddr(req.validatorAddr)
      const d = k.getDelegation(ctx, del, val)
      if (!d) throw notFound(`delegation with delegator ${del} not found for validator ${val}`)
      return { delegationResponse: delegationResponse(ctx, d) }
    }),
    [`${SERVICE}/UnbondingDelegation`]: protoQuery(
      Q.QueryUnbondingDelegationRequest,
      Q.QueryUnbondingDelegationResponse,
      (ctx, req) => {
        const del = delAddr(req.delegatorAddr)
        const val = valAddr(req.validatorAddr)
        const u = k.getUbd(ctx, del, val)
        if (!u) throw notFound(`unbonding delegation with delegator ${del} not found for validator ${val}`)
        return { unbond: ubdToProto(u) }
      },
    ),
    [`${SERVICE}/DelegatorDelegations`]: protoQuery(
      Q.QueryDelegatorDelegationsRequest,
      Q.QueryDelegatorDelegationsResponse,
      (ctx, req) => {
        const del = delAddr(req.delegatorAddr)
        const { items, pagination } = paged(ctx, K.delegationsOfPrefix(del), req.pagination, (_k, value) =>
          delegationResponse(ctx, decodeDelegation(value)),
        )
        return { delegationResponses: items, pagination }
      },
    ),
    [`${SERVICE}/DelegatorUnbondingDelegations`]: protoQuery(
      Q.QueryDelegatorUnbondingDelegationsRequest,
      Q.QueryDelegatorUnbondingDelegationsResponse,
      (ctx, req) => {
        const del = delAddr(req.delegatorAddr)
        const { items, pagination } = paged(ctx, K.ubdsOfPrefix(del), req.pagination, (_k, value) =>
          ubdToProto(decodeUbd(value)),
        )
        return { unbondingResponses: items, pagination }
      },
    ),
    [`${SERVICE}/Redelegations`]: protoQuery(
      Q.QueryRedelegationsRequest,
      Q.QueryRedelegationsResponse,
      (ctx, req) => {
        if (req.delegatorAddr && req.srcValidatorAddr && req.dstValidatorAddr) {
          const del = delAddr(req.delegatorAddr)
          const src = valAddr(req.srcValidatorAddr)
          const dst = valAddr(req.dstValidatorAddr)
          const r = k.getRedelegation(ctx, del, src, dst)
          if (!r)
            throw notFound(
              `redelegation not found for delegator address ${del} from validator address ${src}`,
            )
          return { redelegationResponses: [redelegationResponse(ctx, r)], pagination: undefined }
        }
        if (!req.delegatorAddr && req.srcValidatorAddr && !req.dstValidatorAddr) {
          const src = valAddr(req.srcValidatorAddr)
          const { items, pagination } = paged(ctx, K.redsBySrcPrefix(src), req.pagination, (key) => {
            const del = key.subarray(1, 1 + key[0]!)
            const rest = key.subarray(1 + key[0]!)
            const dst = rest.subarray(1, 1 + rest[0]!)
            const r = k.getRedelegation(ctx, toAcc(del), src, toVal(dst))
            return r ? redelegationResponse(ctx, r) : undefined
          })
          return { redelegationResponses: items, pagination }
        }
        const del = delAddr(req.delegatorAddr)
        const { items, pagination } = paged(ctx, K.redsOfPrefix(del), req.pagination, (_k, value) =>
          redelegationResponse(ctx, decodeRedelegation(value)),
        )
        return { redelegationResponses: items, pagination }
      },
    ),
    [`${SERVICE}/DelegatorValidators`]: protoQuery(
      Q.QueryDelegatorValidatorsRequest,
      Q.QueryDelegatorValidatorsResponse,
      (ctx, req) => {
        const del = delAddr(req.delegatorAddr)
        const { items, pagination } = paged(ctx, K.delegationsOfPrefix(del), req.pagination, (_k, value) =>
          validatorToProto(k.mustGetValidator(ctx, decodeDelegation(value).validator)),
        )
        return { validators: items, pagination }
      },
    ),
    [`${SERVICE}/DelegatorValidator`]: protoQuery(
      Q.QueryDelegatorValidatorRequest,
      Q.QueryDelegatorValidatorResponse,
      (ctx, req) => {
        const del = delAddr(req.delegatorAddr)
        const val = valAddr(req.validatorAddr)
        if (!k.getDelegation(ctx, del, val))
          throw notFound(`delegation with delegator ${del} not found for validator ${val}`)
        return { validator: validatorToProto(k.mustGetValidator(ctx, val)) }
      },
    ),
    [`${SERVICE}/Pool`]: protoQuery(Q.QueryPoolRequest, Q.QueryPoolResponse, (ctx) => ({
      pool: {
        notBondedTokens: k.notBondedTokens(ctx).toString(),
        bondedTokens: k.bondedTokens(ctx).toString(),
      },
    })),
    [`${SERVICE}/Params`]: protoQuery(Q.QueryParamsRequest, Q.QueryParamsResponse, (ctx) => ({
      params: paramsToProto(k.getParams(ctx)),
    })),
    [`${SERVICE}/HistoricalInfo`]: protoQuery(
      Q.QueryHistoricalInfoRequest,
      Q.QueryHistoricalInfoResponse,
      (ctx, req) => {
        if (req.height < 0n) throw invalidArgument('height cannot be negative')
        const hist = getHistoricalInfo(k, ctx, req.height)
        if (!hist) throw notFound(`historical info for height ${req.height} not found`)
        return { hist }
      },
    ),
  }
}

import { toBech32 } from '../sdk/index.js'

const toAcc = (b: Uint8Array) => toBech32(b)
const toVal = (b: Uint8Array) => toBech32(b, VALOPER_PREFIX)
