// The Msg types of the module with type URLs and amino names, free of any keeper, so the client's Registry
// and AminoTypes are built from exactly the list the node routes.
import type { Codec } from '../../proto/codec.js'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import { type MsgType, msgType as sdkMsgType } from '../sdk/proto-services.js'

export const AMINO_PREFIX = 'datum/attestation'
export type { MsgType } from '../sdk/proto-services.js'

export function msgType(codec: Codec<unknown, unknown>): MsgType {
  return sdkMsgType(codec, AMINO_PREFIX)
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
  T.MsgAuditAccount,
  T.MsgRevokeAccountAudit,
  T.MsgUpdateParams,
] as Codec<unknown, unknown>[]

export const ATTESTATION_MSG_TYPES: readonly MsgType[] = CODECS.map(msgType)
