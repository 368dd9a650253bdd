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

export function createDatumAminoTypes(): AminoTypes {
  return new AminoTypes({ ...createDefaultAminoConverters(), ...createDatumAminoConverters() })
}
