// Every Datum Msg the client can sign; each module contributes its keeper-free list.
import { ATTESTATION_MSG_TYPES } from '../../modules/attestation/msg-types.js'
import { COMPUTERIGHT_MSG_TYPES } from '../../modules/computeright/msg-types.js'
import { DATAASSET_MSG_TYPES, type MsgType } from '../../modules/dataasset/msg-types.js'

export type { MsgType }

export const DATUM_MSG_TYPES: readonly MsgType[] = [
  ...DATAASSET_MSG_TYPES,
  ...COMPUTERIGHT_MSG_TYPES,
  ...ATTESTATION_MSG_TYPES,
]
