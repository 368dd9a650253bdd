// MsgUpdateParams (cosmos-sdk 0.50 x/mint): the gov module account replaces the mint params; they must pass
// `validateMintParams` (the check genesis uses). The minter's current inflation is left as it is and moves
// toward the new bounds from the next block, as in the SDK.
import { MsgUpdateParams, MsgUpdateParamsResponse } from 'cosmjs-types/cosmos/mint/v1beta1/tx'
import { decFromAtomics, decToString, govParamsMsg, type MsgDefinition } from '../sdk/index.js'
import type { MintKeeper } from './keeper.js'
import { paramsFromProto, validateMintParams } from './params.js'

const dec = (atomics: string) => decToString(decFromAtomics(atomics))

export function msgUpdateMintParamsDefinition(k: MintKeeper): MsgDefinition {
  return govParamsMsg({
    typeUrl: '/cosmos.mint.v1beta1.MsgUpdateParams',
    aminoName: 'cosmos-sdk/x/mint/MsgUpdateParams',
    codec: MsgUpdateParams,
    responseBytes: MsgUpdateParamsResponse.encode({}).finish(),
    parse: (proto) => {
      const p = paramsFromProto(proto)
      validateMintParams(p)
      return p
    },
    apply: (ctx, p) => k.setParams(ctx, p),
    aminoParams: (p) => ({
      mint_denom: p.mintDenom,
      inflation_rate_change: dec(p.inflationRateChange),
      inflation_max: dec(p.inflationMax),
      inflation_min: dec(p.inflationMin),
      goal_bonded: dec(p.goalBonded),
      blocks_per_year: p.blocksPerYear.toString(),
    }),
  })
}
