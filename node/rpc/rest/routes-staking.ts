// x/staking, x/distribution, x/slashing and x/mint gateway routes (SDK 0.50 paths) the Keplr staking page and
// explorers call, answered through the gRPC query paths. Decimals render as "0.100000000000000000", as the
// SDK's gateway prints LegacyDec.
import * as D from 'cosmjs-types/cosmos/distribution/v1beta1/query'
import * as M from 'cosmjs-types/cosmos/mint/v1beta1/query'
import * as SL from 'cosmjs-types/cosmos/slashing/v1beta1/query'
import type { ValidatorSigningInfo } from 'cosmjs-types/cosmos/slashing/v1beta1/slashing'
import * as Q from 'cosmjs-types/cosmos/staking/v1beta1/query'
import {
  bondStatusToJSON,
  type Delegation,
  type DelegationResponse,
  type Redelegation,
  type UnbondingDelegation,
  type Validator,
} from 'cosmjs-types/cosmos/staking/v1beta1/staking'
import type { Timestamp } from 'cosmjs-types/google/protobuf/timestamp'
import type { FastifyInstance } from 'fastify'
import { decFromAtomics, decToString } from '../../../modules/sdk/index.js'
import type { RpcBackend } from '../backend.js'
import { base64 } from '../json/encode.js'
import { headerGatewayJson } from './block-json.js'
import { badRequest } from './errors.js'
import { type AnyRenderer, coinJson, pageJson } from './gateway-json.js'
import { grpcQuery, pageRequest, type Query, queryHeight, stringParam } from './grpc-query.js'

type Req = {
  params: Record<string, string>
  query: Query
  headers: Record<string, string | string[] | undefined>
}

const STAKING = '/cosmos.staking.v1beta1.Query'
const DISTR = '/cosmos.distribution.v1beta1.Query'
const SLASHING = '/cosmos.slashing.v1beta1.Query'
const MINT = '/cosmos.mint.v1beta1.Query'

const dec = (atomics: string) => decToString(decFromAtomics(atomics))
const decBytes = (b: Uint8Array) => dec(new TextDecoder().decode(b))
const time = (t: Timestamp | undefined) => {
  const s = t ?? { seconds: 0n, nanos: 0 }
  const base = new Date(Number(s.seconds) * 1000).toISOString().slice(0, 19)
  return s.nanos === 0 ? `${base}Z` : `${base}.${String(s.nanos).padStart(9, '0').replace(/0+$/, '')}Z`
}
const decCoins = (cs: { denom: string; amount: string }[]) =>
  cs.map((c) => ({ denom: c.denom, amount: dec(c.amount) }))

function validatorJson(v: Validator, anys: AnyRenderer) {
  const r = v.commission.commissionRates
  return {
    operator_address: v.operatorAddress,
    consensus_pubkey: v.consensusPubkey ? anys.render(v.consensusPubkey) : null,
    jailed: v.jailed,
    status: bondStatusToJSON(v.status),
    tokens: v.tokens,
    delegator_shares: dec(v.delegatorShares),
    description: {
      moniker: v.description.moniker,
      identity: v.description.identity,
      website: v.description.website,
      security_contact: v.description.securityContact,
      details: v.description.details,
    },
    unbonding_height: v.unbondingHeight.toString(),
    unbonding_time: time(v.unbondingTime),
    commission: {
      commission_rates: {
        rate: dec(r.rate),
        max_rate: dec(r.maxRate),
        max_change_rate: dec(r.maxChangeRate),
      },
      update_time: time(v.commission.updateTime),
    },
    min_self_delegation: v.minSelfDelegation,
    unbonding_on_hold_ref_count: v.unbondingOnHoldRefCount.toString(),
    unbonding_ids: v.unbondingIds.map(String),
  }
}

const delegationJson = (d: Delegation) => ({
  delegator_address: d.delegatorAddress,
  validator_address: d.validatorAddress,
  shares: dec(d.shares),
})
const delegationResponseJson = (r: DelegationResponse) => ({
  delegation: delegationJson(r.delegation),
  balance: coinJson(r.balance),
})
const ubdJson = (u: UnbondingDelegation) => ({
  delegator_address: u.delegatorAddress,
  validator_address: u.validatorAddress,
  entries: u.entries.map((e) => ({
    creation_height: e.creationHeight.toString(),
    completion_time: time(e.completionTime),
    initial_balance: e.initialBalance,
    balance: e.balance,
    unbonding_id: e.unbondingId.toString(),
    unbonding_on_hold_ref_count: e.unbondingOnHoldRefCount.toString(),
  })),
})
const redelegationJson = (r: Redelegation) => ({
  delegator_address: r.delegatorAddress,
  validator_src_address: r.validatorSrcAddress,
  validator_dst_address: r.validatorDstAddress,
  entries: r.entries.map((e) => ({
    creation_height: e.creationHeight.toString(),
    completion_time: time(e.completionTime),
    initial_balance: e.initialBalance,
    shares_dst: dec(e.sharesDst),
    unbonding_id: e.unbondingId.toString(),
    unbonding_on_hold_ref_count: e.unbondingOnHoldRefCount.toString(),
  })),
})
const signingInfoJson = (i: ValidatorSigningInfo) => ({
  address: i.address,
  start_height: i.startHeight.toString(),
  index_offset: i.indexOffset.toString(),
  jailed_until: time(i.jailedUntil),
  tombstoned: i.tombstoned,
  missed_blocks_counter: i.missedBlocksCounter.toString(),
})

export function registerStakingRoutes(app: FastifyInstance, backend: RpcBackend, anys: AnyRenderer): void {
  const get = (path: string, handler: (req: Req, height: bigint) => Promise<unknown>) =>
    app.get(path, async (request) => {
      const req = request as unknown as Req
      return handler(req, queryHeight(req.headers))
    })
  const q = <T>(path: string, bytes: Uint8Array, decode: (b: Uint8Array) => T, height: bigint) =>
    grpcQuery(backend, path, bytes, decode, height)

  // ---- staking ----
  get('/cosmos/staking/v1beta1/validators', async ({ query }, h) => {
    const req = Q.QueryValidatorsRequest.encode({
      status: stringParam(query, 'status') ?? '',
      pagination: pageRequest(query),
    })
    const res = await q(`${STAKING}/Validators`, req.finish(), Q.QueryValidatorsResponse.decode, h)
    return {
      validators: res.validators.map((v) => validatorJson(v, anys)),
      pagination: pageJson(res.pagination),
    }
  })
  get('/cosmos/staking/v1beta1/validators/:validator_addr', async ({ params }, h) => {
    const req = Q.QueryValidatorRequest.encode({ validatorAddr: params.validator_addr! }).finish()
    const res = await q(`${STAKING}/Validator`, req, Q.QueryValidatorResponse.decode, h)
    return { validator: validatorJson(res.validator, anys) }
  })
  get('/cosmos/staking/v1beta1/validators/:validator_addr/delegations', async ({ params, query }, h) => {
    const req = Q.QueryValidatorDelegationsRequest.encode({
      validatorAddr: params.validator_addr!,
      pagination: pageRequest(query),
    })
    const res = await q(
      `${STAKING}/ValidatorDelegations`,
      req.finish(),
      Q.QueryValidatorDelegationsResponse.decode,
      h,
    )
    return {
      delegation_responses: res.delegationResponses.map(delegationResponseJson),
      pagination: pageJson(res.pagination),
    }
  })
  get(
    '/cosmos/staking/v1beta1/validators/:validator_addr/delegations/:delegator_addr',
    async ({ params }, h) => {
      const req = Q.QueryDelegationRequest.encode({
        delegatorAddr: params.delegator_addr!,
        validatorAddr: params.validator_addr!,
      })
      const res = await q(`${STAKING}/Delegation`, req.finish(), Q.QueryDelegationResponse.decode, h)
      return {
        delegation_response: res.delegationResponse ? delegationResponseJson(res.delegationResponse) : null,
      }
    },
  )
  get(
    '/cosmos/staking/v1beta1/validators/:validator_addr/delegations/:delegator_addr/unbonding_delegation',
    async ({ params }, h) => {
      const req = Q.QueryUnbondingDelegationRequest.encode({
        delegatorAddr: params.delegator_addr!,
        validatorAddr: params.validator_addr!,
      })
      const res = await q(
        `${STAKING}/UnbondingDelegation`,
        req.finish(),
        Q.QueryUnbondingDelegationResponse.decode,
        h,
      )
      return { unbond: ubdJson(res.unbond) }
    },
  )
  get(
    '/cosmos/staking/v1beta1/validators/:validator_addr/unbonding_delegations',
    async ({ params, query }, h) => {
      const req = Q.QueryValidatorUnbondingDelegationsRequest.encode({
        validatorAddr: params.validator_addr!,
        pagination: pageRequest(query),
      })
      const res = await q(
        `${STAKING}/ValidatorUnbondingDelegations`,
        req.finish(),
        Q.QueryValidatorUnbondingDelegationsResponse.decode,
        h,
      )
      return {
        unbonding_responses: res.unbondingResponses.map(ubdJson),
        pagination: pageJson(res.pagination),
      }
    },
  )
  get('/cosmos/staking/v1beta1/delegations/:delegator_addr', async ({ params, query }, h) => {
    const req = Q.QueryDelegatorDelegationsRequest.encode({
      delegatorAddr: params.delegator_addr!,
      pagination: pageRequest(query),
    })
    const res = await q(
      `${STAKING}/DelegatorDelegations`,
      req.finish(),
      Q.QueryDelegatorDelegationsResponse.decode,
      h,
    )
    return {
      delegation_responses: res.delegationResponses.map(delegationResponseJson),
      pagination: pageJson(res.pagination),
    }
  })
  get(
    '/cosmos/staking/v1beta1/delegators/:delegator_addr/unbonding_delegations',
    async ({ params, query }, h) => {
      const req = Q.QueryDelegatorUnbondingDelegationsRequest.encode({
        delegatorAddr: params.delegator_addr!,
        pagination: pageRequest(query),
      })
      const res = await q(
        `${STAKING}/DelegatorUnbondingDelegations`,
        req.finish(),
        Q.QueryDelegatorUnbondingDelegationsResponse.decode,
        h,
      )
      return {
        unbonding_responses: res.unbondingResponses.map(ubdJson),
        pagination: pageJson(res.pagination),
      }
    },
  )
  get('/cosmos/staking/v1beta1/delegators/:delegator_addr/redelegations', async ({ params, query }, h) => {
    const req = Q.QueryRedelegationsRequest.encode({
      delegatorAddr: params.delegator_addr!,
      srcValidatorAddr: stringParam(query, 'src_validator_addr') ?? '',
      dstValidatorAddr: stringParam(query, 'dst_validator_addr') ?? '',
      pagination: pageRequest(query),
    })
    const res = await q(`${STAKING}/Redelegations`, req.finish(), Q.QueryRedelegationsResponse.decode, h)
    return {
      redelegation_responses: res.redelegationResponses.map((r) => ({
        redelegation: redelegationJson(r.redelegation),
        entries: r.entries.map((e, i) => ({
          redelegation_entry: redelegationJson(r.redelegation).entries[i] ?? null,
          balance: e.balance,
        })),
      })),
      pagination: pageJson(res.pagination),
    }
  })
  get('/cosmos/staking/v1beta1/delegators/:delegator_addr/validators', async ({ params, query }, h) => {
    const req = Q.QueryDelegatorValidatorsRequest.encode({
      delegatorAddr: params.delegator_addr!,
      pagination: pageRequest(query),
    })
    const res = await q(
      `${STAKING}/DelegatorValidators`,
      req.finish(),
      Q.QueryDelegatorValidatorsResponse.decode,
      h,
    )
    return {
      validators: res.validators.map((v) => validatorJson(v, anys)),
      pagination: pageJson(res.pagination),
    }
  })
  get('/cosmos/staking/v1beta1/pool', async (_r, h) => {
    const res = await q(
      `${STAKING}/Pool`,
      Q.QueryPoolRequest.encode({}).finish(),
      Q.QueryPoolResponse.decode,
      h,
    )
    return { pool: { not_bonded_tokens: res.pool.notBondedTokens, bonded_tokens: res.pool.bondedTokens } }
  })
  get('/cosmos/staking/v1beta1/historical_info/:height', async ({ params }, h) => {
    // int64 path parameter, as the gateway parses it; a negative height reaches the query (InvalidArgument)
    const raw = params.height!
    if (!/^-?\d{1,19}$/.test(raw)) throw badRequest(`invalid height ${JSON.stringify(raw)}`)
    const req = Q.QueryHistoricalInfoRequest.encode({ height: BigInt(raw) }).finish()
    const { hist } = await q(`${STAKING}/HistoricalInfo`, req, Q.QueryHistoricalInfoResponse.decode, h)
    return {
      hist: hist
        ? {
            header: headerGatewayJson(hist.header, base64(hist.header.proposerAddress)),
            valset: hist.valset.map((v) => validatorJson(v, anys)),
          }
        : null,
    }
  })
  get('/cosmos/staking/v1beta1/params', async (_r, h) => {
    const { params: p } = await q(
      `${STAKING}/Params`,
      Q.QueryParamsRequest.encode({}).finish(),
      Q.QueryParamsResponse.decode,
      h,
    )
    return {
      params: {
        unbonding_time: `${p.unbondingTime.seconds}s`,
        max_validators: p.maxValidators,
        max_entries: p.maxEntries,
        historical_entries: p.historicalEntries,
        bond_denom: p.bondDenom,
        min_commission_rate: dec(p.minCommissionRate),
      },
    }
  })

  // ---- distribution ----
  get('/cosmos/distribution/v1beta1/delegators/:delegator_address/rewards', async ({ params }, h) => {
    const req = D.QueryDelegationTotalRewardsRequest.encode({
      delegatorAddress: params.delegator_address!,
    }).finish()
    const res = await q(
      `${DISTR}/DelegationTotalRewards`,
      req,
      D.QueryDelegationTotalRewardsResponse.decode,
      h,
    )
    return {
      rewards: res.rewards.map((r) => ({
        validator_address: r.validatorAddress,
        reward: decCoins(r.reward),
      })),
      total: decCoins(res.total),
    }
  })
  get(
    '/cosmos/distribution/v1beta1/delegators/:delegator_address/rewards/:validator_address',
    async ({ params }, h) => {
      const req = D.QueryDelegationRewardsRequest.encode({
        delegatorAddress: params.delegator_address!,
        validatorAddress: params.validator_address!,
      }).finish()
      const res = await q(`${DISTR}/DelegationRewards`, req, D.QueryDelegationRewardsResponse.decode, h)
      return { rewards: decCoins(res.rewards) }
    },
  )
  get(
    '/cosmos/distribution/v1beta1/delegators/:delegator_address/withdraw_address',
    async ({ params }, h) => {
      const req = D.QueryDelegatorWithdrawAddressRequest.encode({
        delegatorAddress: params.delegator_address!,
      }).finish()
      const res = await q(
        `${DISTR}/DelegatorWithdrawAddress`,
        req,
        D.QueryDelegatorWithdrawAddressResponse.decode,
        h,
      )
      return { withdraw_address: res.withdrawAddress }
    },
  )
  get('/cosmos/distribution/v1beta1/validators/:validator_address/commission', async ({ params }, h) => {
    const req = D.QueryValidatorCommissionRequest.encode({
      validatorAddress: params.validator_address!,
    }).finish()
    const res = await q(`${DISTR}/ValidatorCommission`, req, D.QueryValidatorCommissionResponse.decode, h)
    return { commission: { commission: decCoins(res.commission.commission) } }
  })
  get(
    '/cosmos/distribution/v1beta1/validators/:validator_address/outstanding_rewards',
    async ({ params }, h) => {
      const req = D.QueryValidatorOutstandingRewardsRequest.encode({
        validatorAddress: params.validator_address!,
      }).finish()
      const res = await q(
        `${DISTR}/ValidatorOutstandingRewards`,
        req,
        D.QueryValidatorOutstandingRewardsResponse.decode,
        h,
      )
      return { rewards: { rewards: decCoins(res.rewards.rewards) } }
    },
  )
  get('/cosmos/distribution/v1beta1/community_pool', async (_r, h) => {
    const res = await q(
      `${DISTR}/CommunityPool`,
      D.QueryCommunityPoolRequest.encode({}).finish(),
      D.QueryCommunityPoolResponse.decode,
      h,
    )
    return { pool: decCoins(res.pool) }
  })
  get('/cosmos/distribution/v1beta1/params', async (_r, h) => {
    const { params: p } = await q(
      `${DISTR}/Params`,
      D.QueryParamsRequest.encode({}).finish(),
      D.QueryParamsResponse.decode,
      h,
    )
    return {
      params: {
        community_tax: dec(p.communityTax),
        base_proposer_reward: dec(p.baseProposerReward),
        bonus_proposer_reward: dec(p.bonusProposerReward),
        withdraw_addr_enabled: p.withdrawAddrEnabled,
      },
    }
  })

  // ---- slashing ----
  get('/cosmos/slashing/v1beta1/signing_infos', async ({ query }, h) => {
    const req = SL.QuerySigningInfosRequest.encode({ pagination: pageRequest(query) }).finish()
    const res = await q(`${SLASHING}/SigningInfos`, req, SL.QuerySigningInfosResponse.decode, h)
    return { info: res.info.map(signingInfoJson), pagination: pageJson(res.pagination) }
  })
  get('/cosmos/slashing/v1beta1/signing_infos/:cons_address', async ({ params }, h) => {
    const req = SL.QuerySigningInfoRequest.encode({ consAddress: params.cons_address! }).finish()
    const res = await q(`${SLASHING}/SigningInfo`, req, SL.QuerySigningInfoResponse.decode, h)
    return { val_signing_info: signingInfoJson(res.valSigningInfo) }
  })
  get('/cosmos/slashing/v1beta1/params', async (_r, h) => {
    const { params: p } = await q(
      `${SLASHING}/Params`,
      SL.QueryParamsRequest.encode({}).finish(),
      SL.QueryParamsResponse.decode,
      h,
    )
    return {
      params: {
        signed_blocks_window: p.signedBlocksWindow.toString(),
        min_signed_per_window: decBytes(p.minSignedPerWindow),
        downtime_jail_duration: `${p.downtimeJailDuration.seconds}s`,
        slash_fraction_double_sign: decBytes(p.slashFractionDoubleSign),
        slash_fraction_downtime: decBytes(p.slashFractionDowntime),
      },
    }
  })

  // ---- mint ----
  get('/cosmos/mint/v1beta1/inflation', async (_r, h) => {
    const res = await q(
      `${MINT}/Inflation`,
      M.QueryInflationRequest.encode({}).finish(),
      M.QueryInflationResponse.decode,
      h,
    )
    return { inflation: decBytes(res.inflation) }
  })
  get('/cosmos/mint/v1beta1/annual_provisions', async (_r, h) => {
    const res = await q(
      `${MINT}/AnnualProvisions`,
      M.QueryAnnualProvisionsRequest.encode({}).finish(),
      M.QueryAnnualProvisionsResponse.decode,
      h,
    )
    return { annual_provisions: decBytes(res.annualProvisions) }
  })
  get('/cosmos/mint/v1beta1/params', async (_r, h) => {
    const { params: p } = await q(
      `${MINT}/Params`,
      M.QueryParamsRequest.encode({}).finish(),
      M.QueryParamsResponse.decode,
      h,
    )
    return {
      params: {
        mint_denom: p.mintDenom,
        inflation_rate_change: dec(p.inflationRateChange),
        inflation_max: dec(p.inflationMax),
        inflation_min: dec(p.inflationMin),
        goal_bonded: dec(p.goalBonded),
        blocks_per_year: p.blocksPerYear.toString(),
      },
    }
  })
}
