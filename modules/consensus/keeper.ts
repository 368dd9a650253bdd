// The consensus params store (cosmos x/consensus, the baseapp ParamStore): the app writes genesis params
// here at InitChain, reads them after every block, and hands changes to the consensus engine.
import { ConsensusParams as ParamsProto } from 'cosmjs-types/tendermint/types/params'
import type { Context } from '../sdk/index.js'
import { type ConsensusParamsValue, consensusParamsFromProto, consensusParamsToProto } from './params.js'

export const MODULE_NAME = 'consensus'
export const STORE_KEY = 'consensus'
export const PARAMS_KEY = Uint8Array.of(0x00)

export class ConsensusParamsKeeper {
  get(ctx: Context): ConsensusParamsValue | undefined {
    const raw = ctx.kvStore(STORE_KEY).get(PARAMS_KEY)
    return raw ? consensusParamsFromProto(ParamsProto.decode(raw)) : undefined
  }

  set(ctx: Context, p: ConsensusParamsValue): void {
    ctx.kvStore(STORE_KEY).set(PARAMS_KEY, ParamsProto.encode(consensusParamsToProto(p)).finish())
  }
}
