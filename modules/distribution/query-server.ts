// The `cosmos.distribution.v1beta1.Query` service at the SDK's gRPC paths. Rewards are computed as if the
// validator's period were closed now, without writing (queries see read-only state).
import * as Q from 'cosmjs-types/cosmos/distribution/v1beta1/query'
import {
  addDecCoins,
  type Context,
  type DecCoins,
  decToAtomics,
  fromBech32,
  invalidArgument,
  normalizeAddress,
  notFound,
  protoQuery,
  type QueryHandler,
  toBech32,
  VALOPER_PREFIX,
} from '../sdk/index.js'
import { type DistributionKeeper, decCoinsToProto } from './keeper.js'
import { paramsToProto } from './params.js'

const SERVICE = '/cosmos.distribution.v1beta1.Query'

function addr(a: string, what: string, prefix?: string): string {
  if (!a) throw invalidArgument(`empty ${what} address`)
  try {
    return normalizeAddress(a, prefix)
  } catch (e) {
    throw invalidArgument((e as Error).message)
  }
}
const valAddr = (a: string) => addr(a, 'validator', VALOPER_PREFIX)
const delAddr = (a: string) => addr(a, 'delegator')

export function distributionQueryHandlers(k: DistributionKeeper): Record<string, QueryHandler> {
  const existingValidator = (ctx: Context, val: string) => {
    if (!k.staking.getValidator(ctx, val)) throw notFound(`validator ${val} does not exist`)
  }
  const rewardsOf = (ctx: Context, del: string, val: string): DecCoins => {
    existingValidator(ctx, val)
    if (!k.staking.getDelegation(ctx, del, val)) throw notFound(`delegation ${del} to ${val} does not exist`)
    return k.pendingDelegationRewards(ctx, val, del)
  }
  return {
    [`${SERVICE}/Params`]: protoQuery(Q.QueryParamsRequest, Q.QueryParamsResponse, (ctx) => ({
      params: paramsToProto(k.getParams(ctx)),
    })),
    [`${SERVICE}/ValidatorDistributionInfo`]: protoQuery(
      Q.QueryValidatorDistributionInfoRequest,
      Q.QueryValidatorDistributionInfoResponse,
      (ctx, req) => {
        const val = valAddr(req.validatorAddress)
        existingValidator(ctx, val)
        const operator = toBech32(fromBech32(val, VALOPER_PREFIX))
        const self = k.staking.getDelegation(ctx, operator, val)
          ? k.pendingDelegationRewards(ctx, val, operator)
          : []
        return {
          operatorAddress: operator,
          selfBondRewards: decCoinsToProto(self),
          commission: decCoinsToProto(k.getCommission(ctx, val)),
        }
      },
    ),
    [`${SERVICE}/ValidatorOutstandingRewards`]: protoQuery(
      Q.QueryValidatorOutstandingRewardsRequest,
      Q.QueryValidatorOutstandingRewardsResponse,
      (ctx, req) => {
        const val = valAddr(req.validatorAddress)
        existingValidator(ctx, val)
        return { rewards: { rewards: decCoinsToProto(k.getOutstanding(ctx, val)) } }
      },
    ),
    [`${SERVICE}/ValidatorCommission`]: protoQuery(
      Q.QueryValidatorCommissionRequest,
      Q.QueryValidatorCommissionResponse,
      (ctx, req) => {
        const val = valAddr(req.validatorAddress)
        existingValidator(ctx, val)
        return { commission: { commission: decCoinsToProto(k.getCommission(ctx, val)) } }
      },
    ),
    [`${SERVICE}/ValidatorSlashes`]: protoQuery(
      Q.QueryValidatorSlashesRequest,
      Q.QueryValidatorSlashesResponse,
      (ctx, req) => {
        const val = valAddr(req.validatorAddress)
        if (req.endingHeight < req.startingHeight)
          throw invalidArgument('starting height greater than ending height')
        const slashes = k
          .slashEventsBetween(ctx, val, req.startingHeight, req.endingHeight)
          .map((e) => ({ validatorPeriod: e.validatorPeriod, fraction: decToAtomics(e.fraction) }))
        return { slashes, pagination: { nextKey: new Uint8Array(), total: BigInt(slashes.length) } }
      },
    ),
    [`${SERVICE}/DelegationRewards`]: protoQuery(
      Q.QueryDelegationRewardsRequest,
      Q.QueryDelegationRewardsResponse,
      (ctx, req) => ({
        rewards: decCoinsToProto(
          rewardsOf(ctx, delAddr(req.delegatorAddress), valAddr(req.validatorAddress)),
        ),
      }),
    ),
    [`${SERVICE}/DelegationTotalRewards`]: protoQuery(
      Q.QueryDelegationTotalRewardsRequest,
      Q.QueryDelegationTotalRewardsResponse,
      (ctx, req) => {
        const del = delAddr(req.delegatorAddress)
        let total: DecCoins = []
        const rewards = [...k.staking.delegatorDelegations(ctx, del)].map((d) => {
          const r = k.pendingDelegationRewards(ctx, d.validator, del)
          total = addDecCoins(total, r)
          return { validatorAddress: d.validator, reward: decCoinsToProto(r) }
        })
        return { rewards, total: decCoinsToProto(total) }
      },
    ),
    [`${SERVICE}/DelegatorValidators`]: protoQuery(
      Q.QueryDelegatorValidatorsRequest,
      Q.QueryDelegatorValidatorsResponse,
      (ctx, req) => ({
        validators: [...k.staking.delegatorDelegations(ctx, delAddr(req.delegatorAddress))].map(
          (d) => d.validator,
        ),
      }),
    ),
    [`${SERVICE}/DelegatorWithdrawAddress`]: protoQuery(
      Q.QueryDelegatorWithdrawAddressRequest,
      Q.QueryDelegatorWithdrawAddressResponse,
      (ctx, req) => ({ withdrawAddress: k.getWithdrawAddr(ctx, delAddr(req.delegatorAddress)) }),
    ),
    [`${SERVICE}/CommunityPool`]: protoQuery(
      Q.QueryCommunityPoolRequest,
      Q.QueryCommunityPoolResponse,
      (ctx) => ({
        pool: decCoinsToProto(k.getCommunityPool(ctx)),
      }),
    ),
  }
}
