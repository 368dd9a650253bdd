// Field tables of the cosmos.tx.v1beta1 wire types (cosmos-sdk 0.50), used to reject unknown fields
// before decoding. A field absent from its table is unknown.
import { WIRE_LEN, WIRE_VARINT } from './wire.js'

export type FieldKind =
  | { wire: typeof WIRE_VARINT | typeof WIRE_LEN }
  /** A nested message. */
  | { wire: typeof WIRE_LEN; message: () => MessageSchema }
  /** A google.protobuf.Any whose value is checked by type url (`anyValues`) when known. */
  | { wire: typeof WIRE_LEN; any: 'msg' | 'pubkey' | 'extension' }

export interface MessageSchema {
  name: string
  fields: ReadonlyMap<number, FieldKind>
}

const varint = { wire: WIRE_VARINT } as const
const len = { wire: WIRE_LEN } as const
const msg = (m: () => MessageSchema): FieldKind => ({ wire: WIRE_LEN, message: m })
const schema = (name: string, fields: [number, FieldKind][]): MessageSchema => ({
  name,
  fields: new Map(fields),
})

export const ANY_SCHEMA = schema('google.protobuf.Any', [
  [1, len],
  [2, len],
])
const COIN = schema('cosmos.base.v1beta1.Coin', [
  [1, len],
  [2, len],
])
const COMPACT_BIT_ARRAY = schema('cosmos.crypto.multisig.v1beta1.CompactBitArray', [
  [1, varint],
  [2, len],
])
const MODE_SINGLE = schema('cosmos.tx.v1beta1.ModeInfo.Single', [[1, varint]])
const MODE_MULTI: MessageSchema = schema('cosmos.tx.v1beta1.ModeInfo.Multi', [
  [1, msg(() => COMPACT_BIT_ARRAY)],
  [2, msg(() => MODE_INFO)],
])
const MODE_INFO: MessageSchema = schema('cosmos.tx.v1beta1.ModeInfo', [
  [1, msg(() => MODE_SINGLE)],
  [2, msg(() => MODE_MULTI)],
])
const SIGNER_INFO = schema('cosmos.tx.v1beta1.SignerInfo', [
  [1, { wire: WIRE_LEN, any: 'pubkey' }],
  [2, msg(() => MODE_INFO)],
  [3, varint],
])
const FEE = schema('cosmos.tx.v1beta1.Fee', [
  [1, msg(() => COIN)],
  [2, varint],
  [3, len],
  [4, len],
])
const TIP = schema('cosmos.tx.v1beta1.Tip', [
  [1, msg(() => COIN)],
  [2, len],
])

/** TxBody as of cosmos-sdk 0.50: fields 4 (unordered) and 5 (timeout_timestamp) arrived in 0.53 and are unknown here. */
export const TX_BODY = schema('cosmos.tx.v1beta1.TxBody', [
  [1, { wire: WIRE_LEN, any: 'msg' }],
  [2, len],
  [3, varint],
  [1023, { wire: WIRE_LEN, any: 'extension' }],
  [2047, { wire: WIRE_LEN, any: 'extension' }],
])

export const AUTH_INFO = schema('cosmos.tx.v1beta1.AuthInfo', [
  [1, msg(() => SIGNER_INFO)],
  [2, msg(() => FEE)],
  [3, msg(() => TIP)],
])

const KEY_PUBKEY = schema('cosmos.crypto.PubKey', [[1, len]])
const LEGACY_AMINO_PUBKEY = schema('cosmos.crypto.multisig.LegacyAminoPubKey', [
  [1, varint],
  [2, { wire: WIRE_LEN, any: 'pubkey' }],
])

/** Public key types whose Any values are walked too; other type urls are left to the ante handler to refuse. */
export const PUBKEY_SCHEMAS: ReadonlyMap<string, MessageSchema> = new Map([
  ['/cosmos.crypto.secp256k1.PubKey', KEY_PUBKEY],
  ['/cosmos.crypto.ed25519.PubKey', KEY_PUBKEY],
  ['/cosmos.crypto.multisig.LegacyAminoPubKey', LEGACY_AMINO_PUBKEY],
])
