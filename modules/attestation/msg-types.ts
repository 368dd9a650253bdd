// The Msg types of the module with type URLs and amino names, free of any keeper, so the client's Registry
// and AminoTypes are built from exactly the list the node routes.
import type { Codec } from '../../proto/codec.js'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'

export const AMINO_PREFIX = 'datum/attestation'
/** Longer names cannot be signed on a Ledger; cosmos-sdk refuses them. */
const AMINO_NAME_MAX = 39

export interface MsgType {
  typeUrl: string
  aminoName: string
  codec: Codec<unknown, unknown>
}

export function msgType(codec: Codec<unknown, unknown>): MsgType {
  const shortName = codec.typeName.slice(codec.typeName.lastIndexOf('.') + 1)
  const aminoName = `${AMINO_PREFIX}/${shortName}`
  if (aminoName.length > AMINO_NAME_MAX) throw new Error(`amino name ${aminoName} is too long`)
  return { typeUrl: `/${codec.typeName}`, aminoName, codec }
}

const CODECS = [
  T.MsgRegisterExecutor,
  T.MsgAuditExecutor,
  T.MsgUpdateExecutor,
  T.MsgTopUpBond,
  T.MsgUnbondExecutor,
  T.MsgAcceptJob,
  T.MsgCommitResult,
  T.MsgRevealResult,
  T.MsgFinalizeJob,
  T.MsgClaimExpired,
  T.MsgChallenge,
  T.MsgResolveChallenge,
] as Codec<unknown, unknown>[]

export const ATTESTATION_MSG_TYPES: readonly MsgType[] = CODECS.map(msgType)
