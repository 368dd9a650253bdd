// The Msg types of the module with their type URLs and amino names, free of any keeper, so the client's
// Registry and AminoTypes are built from exactly the list the node routes.
import type { Codec } from '../../proto/codec.js'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { type MsgType, msgType } from '../sdk/proto-services.js'

/** Shorter than the module name: `datum/computeright/MsgPurchaseAndRequest` would exceed 39 characters. */
export const AMINO_PREFIX = 'datum/compute'

const CODECS = [
  T.MsgCreateOffering,
  T.MsgUpdateOffering,
  T.MsgSetOfferingState,
  T.MsgPurchaseRight,
  T.MsgRequestJob,
  T.MsgPurchaseAndRequest,
  T.MsgCancelJob,
  T.MsgClaimExpiredJob,
  T.MsgGiftRight,
  T.MsgListRight,
  T.MsgBuyListedRight,
  T.MsgUpdateParams,
] as Codec<unknown, unknown>[]

export const COMPUTERIGHT_MSG_TYPES: readonly MsgType[] = CODECS.map((c) => msgType(c, AMINO_PREFIX))
