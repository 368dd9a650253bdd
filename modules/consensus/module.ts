// The consensus AppModule: `cosmos.consensus.v1` MsgUpdateParams (authority gov) and Query/Params.
// No genesis section: the params come from genesis.json `consensus_params` through InitChain.

import { QueryParamsRequest, QueryParamsResponse } from 'cosmjs-types/cosmos/consensus/v1/query'
import { MsgUpdateParams, MsgUpdateParamsResponse } from 'cosmjs-types/cosmos/consensus/v1/tx'
import {
  type AppModule,
  type Context,
  checkAuthority,
  fromBech32,
  type MsgDefinition,
  protoQuery,
  type ServiceRegistrar,
  sdkErrors,
} from '../sdk/index.js'
import { ConsensusParamsKeeper, MODULE_NAME, STORE_KEY } from './keeper.js'
import { consensusParamsFromProto, consensusParamsToProto, validateConsensusParams } from './params.js'

function parse(m: MsgUpdateParams) {
  const p = consensusParamsFromProto({ block: m.block, evidence: m.evidence, validator: m.validator })
  validateConsensusParams(p)
  return p
}

export function msgUpdateConsensusParamsDefinition(k: ConsensusParamsKeeper): MsgDefinition<MsgUpdateParams> {
  return {
    typeUrl: '/cosmos.consensus.v1.MsgUpdateParams',
    aminoName: 'cosmos-sdk/x/consensus/MsgUpdateParams',
    decode: (b) => MsgUpdateParams.decode(b),
    encode: (m) => MsgUpdateParams.encode(m).finish(),
    toAmino: (m) => MsgUpdateParams.toJSON(m),
    signers: (m) => [m.authority],
    validateBasic(m) {
      try {
        fromBech32(m.authority)
      } catch (e) {
        throw sdkErrors.invalidAddress.wrap(`invalid authority address: ${(e as Error).message}`)
      }
      parse(m)
    },
    handle(ctx, m) {
      checkAuthority(m.authority)
      k.set(ctx, parse(m))
      return {
        typeUrl: '/cosmos.consensus.v1.MsgUpdateParamsResponse',
        value: MsgUpdateParamsResponse.encode({}).finish(),
      }
    },
  }
}

export class ConsensusModule implements AppModule {
  readonly name = MODULE_NAME
  readonly storeKeys = [STORE_KEY] as const

  constructor(readonly keeper: ConsensusParamsKeeper = new ConsensusParamsKeeper()) {}

  registerServices(registrar: ServiceRegistrar): void {
    registrar.msg(msgUpdateConsensusParamsDefinition(this.keeper))
    registrar.query(
      '/cosmos.consensus.v1.Query/Params',
      protoQuery(QueryParamsRequest, QueryParamsResponse, (ctx: Context) => {
        const p = this.keeper.get(ctx)
        return { params: p ? consensusParamsToProto(p) : undefined }
      }),
    )
  }

  defaultGenesis(): unknown {
    return {}
  }

  validateGenesis(genesis: unknown): void {
    if (!genesis || typeof genesis !== 'object' || Array.isArray(genesis) || Object.keys(genesis).length > 0)
      throw new Error('consensus genesis must be an empty object (params come from consensus_params)')
  }

  initGenesis(_ctx: Context, _genesis: unknown): undefined {
    return undefined
  }

  exportGenesis(_ctx: Context): unknown {
    return {}
  }
}
