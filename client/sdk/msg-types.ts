// Every Datum Msg the client can sign; each module contributes its keeper-free list.
import { DATAASSET_MSG_TYPES, type MsgType } from '../../modules/dataasset/msg-types.js'

export type { MsgType }

export const DATUM_MSG_TYPES: readonly MsgType[] = [...DATAASSET_MSG_TYPES]
