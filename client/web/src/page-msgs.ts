// The Msgs this page sends, and the signing registry built from only them (plus CosmJS's own Coin and
// MsgSend, which its Registry always holds): a Msg the page does not send cannot be signed here, and the
// bundle carries no other cosmos module's types. A new Msg in the page is added to this list.
import { Registry } from '@cosmjs/proto-signing'
import type { Codec } from '../../../proto/codec.js'
import * as AT from '../../../proto/gen/datum/attestation/v1/index.js'
import * as CR from '../../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../../proto/gen/datum/dataasset/v1/index.js'
import { generatedType } from '../../sdk/generated-type.js'

export const PAGE_MSGS = [
  DA.MsgRegisterLicenseTerms,
  DA.MsgRegisterAsset,
  DA.MsgSetAssetState,
  DA.MsgGrantExecutors,
  DA.MsgRevokeGrant,
  CR.MsgCreateOffering,
  CR.MsgPurchaseAndRequest,
  CR.MsgRequestJob,
  AT.MsgFinalizeJob,
] as Codec<unknown, unknown>[]

/** The registry of `msgs` (the page's by default; a test passes the same Msgs' codecs as the bundle builds them). */
export const pageRegistry = (msgs: readonly Codec<unknown, unknown>[] = PAGE_MSGS): Registry =>
  new Registry(msgs.map((c) => [`/${c.typeName}`, generatedType(`/${c.typeName}`, c)]))
