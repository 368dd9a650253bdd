// The CosmJS Registry: the default cosmos types plus every Datum Msg, adapted from our codecs to the
// Telescope-style GeneratedType shape CosmJS calls (fromPartial, then encode(...).finish()).
import { type GeneratedType, Registry } from '@cosmjs/proto-signing'
import { defaultRegistryTypes } from '@cosmjs/stargate'
import { MsgCancelProposal } from 'cosmjs-types/cosmos/gov/v1/tx'
import { MsgUnjail } from 'cosmjs-types/cosmos/slashing/v1beta1/tx'
import { generatedType } from './generated-type.js'
import { DATUM_MSG_TYPES } from './msg-types.js'

export { generatedType }

export const datumRegistryTypes: ReadonlyArray<[string, GeneratedType]> = DATUM_MSG_TYPES.map((t) => [
  t.typeUrl,
  generatedType(t.typeUrl, t.codec),
])

/** Cosmos Msgs the node serves that CosmJS's default registry lacks. */
export const extraCosmosRegistryTypes: ReadonlyArray<[string, GeneratedType]> = [
  ['/cosmos.slashing.v1beta1.MsgUnjail', MsgUnjail],
  ['/cosmos.gov.v1.MsgCancelProposal', MsgCancelProposal],
]

export function createDatumRegistry(): Registry {
  return new Registry([...defaultRegistryTypes, ...extraCosmosRegistryTypes, ...datumRegistryTypes])
}
