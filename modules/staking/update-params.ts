// MsgUpdateParams (cosmos-sdk 0.50 x/staking): the gov module account replaces the staking params; they must
// pass `validateStakingParams` (the check genesis uses). Raising `min_commission_rate` lifts every validator
// below it to the new minimum (and its max rate with it), as the SDK's msg server does; a lower
// `max_validators` shrinks the bonded set at the next end-block.
import { MsgUpdateParams, MsgUpdateParamsResponse } from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { decToString } from '../sdk/dec.js'
import { govParamsMsg, type MsgDefinition } from '../sdk/index.js'
import type { StakingKeeper } from './keeper.js'
import { paramsFromProto, validateStakingParams } from './params.js'

export function msgUpdateStakingParamsDefinition(k: StakingKeeper): MsgDefinition {
  return govParamsMsg({
    typeUrl: '/cosmos.staking.v1beta1.MsgUpdateParams',
    aminoName: 'cosmos-sdk/x/staking/MsgUpdateParams',
    codec: MsgUpdateParams,
    responseBytes: MsgUpdateParamsResponse.encode({}).finish(),
    parse: (proto) => {
      const p = paramsFromProto(proto)
      validateStakingParams(p)
      return p
    },
    apply: (ctx, next) => {
      const previous = k.getParams(ctx)
      k.setParams(ctx, next)
      if (next.minCommissionRate === previous.minCommissionRate) return
      const rate = next.minCommissionRate
      for (const v of [...k.allValidators(ctx)].filter((v) => v.commission.rate < rate)) {
        const maxRate = v.commission.maxRate < rate ? rate : v.commission.maxRate
        k.setValidator(ctx, {
          ...v,
          commission: { ...v.commission, rate, maxRate, updateTime: ctx.block.time },
        })
      }
    },
    aminoParams: (p) => ({
      // legacy amino writes a Duration as its nanoseconds in a string
      unbonding_time: (p.unbondingTime.seconds * 1_000_000_000n + BigInt(p.unbondingTime.nanos)).toString(),
      max_validators: p.maxValidators,
      max_entries: p.maxEntries,
      historical_entries: p.historicalEntries,
      bond_denom: p.bondDenom,
      min_commission_rate: decToString(BigInt(p.minCommissionRate || '0')),
    }),
  })
}
