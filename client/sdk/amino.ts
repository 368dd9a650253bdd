// AminoTypes for SIGN_MODE_LEGACY_AMINO_JSON: the default cosmos converters plus one per Datum Msg, rendering
// through the same codec as the node's MsgDefinition.toAmino, so the signed JSON is what the node rebuilds.
import { type AminoConverters, AminoTypes, createDefaultAminoConverters } from '@cosmjs/stargate'
import { DATUM_MSG_TYPES } from './msg-types.js'

export function createDatumAminoConverters(): AminoConverters {
  const out: AminoConverters = {}
  for (const t of DATUM_MSG_TYPES) {
    out[t.typeUrl] = {
      aminoType: t.aminoName,
      toAmino: (value: unknown) => t.codec.toAmino(value),
      fromAmino: (json: unknown) => t.codec.fromAmino(json),
    }
  }
  return out
}

/** MsgUnjail's amino JSON names its one field `address` (cosmos-sdk slashing tx.proto amino.field_name). */
const slashingAminoConverters: AminoConverters = {
  '/cosmos.slashing.v1beta1.MsgUnjail': {
    aminoType: 'cosmos-sdk/MsgUnjail',
    toAmino: ({ validatorAddr }: { validatorAddr: string }) => ({ address: validatorAddr }),
    fromAmino: ({ address }: { address: string }) => ({ validatorAddr: address }),
  },
}

/** gov v1 MsgCancelProposal (SDK 0.50), which CosmJS's default converters lack. */
const govCancelAminoConverters: AminoConverters = {
  '/cosmos.gov.v1.MsgCancelProposal': {
    aminoType: 'cosmos-sdk/v1/MsgCancelProposal',
    toAmino: ({ proposalId, proposer }: { proposalId: bigint; proposer: string }) => ({
      proposal_id: proposalId.toString(),
      proposer,
    }),
    fromAmino: ({ proposal_id, proposer }: { proposal_id: string; proposer: string }) => ({
      proposalId: BigInt(proposal_id),
      proposer,
    }),
  },
}

export function createDatumAminoTypes(): AminoTypes {
  return new AminoTypes({
    ...createDefaultAminoConverters(),
    ...slashingAminoConverters,
    ...govCancelAminoConverters,
    ...createDatumAminoConverters(),
  })
}
