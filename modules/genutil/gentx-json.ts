// A gentx as stored in genesis `app_state.genutil.gen_txs` and in `config/gentx/*.json`: a
// `cosmos.tx.v1beta1.Tx` in the SDK's proto JSON (snake_case names, an `Any` as {"@type", …fields}, the
// commission rates as decimals "0.100000000000000000"). Decoding rebuilds the exact body and auth-info bytes
// the operator signed (protobuf encoding of the same values is canonical).
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import { PubKey as Secp256k1PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys'
import { MsgCreateValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { AuthInfo, Tx, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { decFromString, decToString } from '../sdk/index.js'

export const MSG_CREATE_VALIDATOR = '/cosmos.staking.v1beta1.MsgCreateValidator'

interface JsonType {
  decode(b: Uint8Array): unknown
  encode(m: never): { finish(): Uint8Array }
  toJSON(m: never): unknown
  fromJSON(o: unknown): unknown
}

/** The `Any` types a gentx holds: the message, its consensus key, the signer's account key. */
const ANY_TYPES: Record<string, JsonType> = {
  [MSG_CREATE_VALIDATOR]: MsgCreateValidator as unknown as JsonType,
  '/cosmos.crypto.ed25519.PubKey': Ed25519PubKey as unknown as JsonType,
  '/cosmos.crypto.secp256k1.PubKey': Secp256k1PubKey as unknown as JsonType,
}
/** LegacyDec fields (atomics on the wire, decimals in JSON). */
const DEC_FIELDS = new Set(['rate', 'maxRate', 'maxChangeRate'])

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
const camel = (k: string) => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** cosmjs-types JSON (camelCase, Any as {typeUrl, value}) → the SDK's proto JSON. */
function toSdk(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => toSdk(x))
  if (isObject(v)) {
    if (typeof v.typeUrl === 'string' && typeof v.value === 'string' && Object.keys(v).length === 2) {
      const t = ANY_TYPES[v.typeUrl]
      if (!t) throw new Error(`a gentx cannot hold ${v.typeUrl}`)
      const inner = t.toJSON(t.decode(Buffer.from(v.value, 'base64')) as never)
      return { '@type': v.typeUrl, ...(toSdk(inner) as Record<string, unknown>) }
    }
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[snake(k)] = toSdk(x, k)
    return out
  }
  if (typeof v === 'string' && DEC_FIELDS.has(key)) return decToString(BigInt(v))
  return v
}

/** The SDK's proto JSON → cosmjs-types JSON, each `Any` packed to its bytes. */
function fromSdk(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => fromSdk(x))
  if (isObject(v)) {
    if ('@type' in v) {
      const { '@type': url, ...rest } = v
      const t = ANY_TYPES[String(url)]
      if (!t) throw new Error(`a gentx cannot hold ${String(url)}`)
      const bytes = t.encode(t.fromJSON(fromSdk(rest)) as never).finish()
      return { typeUrl: url, value: Buffer.from(bytes).toString('base64') }
    }
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[camel(k)] = fromSdk(x, camel(k))
    return out
  }
  if (typeof v === 'string' && DEC_FIELDS.has(key)) return decFromString(v).toString()
  return v
}

/** The tx bytes the operator signed, from their JSON; throws on malformed JSON or a tx that is not a gentx. */
export function gentxBytes(json: unknown): Uint8Array {
  if (!isObject(json)) throw new Error('a gentx must be a JSON object (cosmos.tx.v1beta1.Tx)')
  const tx = Tx.fromJSON(fromSdk(json))
  if (!tx.body || !tx.authInfo) throw new Error('a gentx needs body and auth_info')
  const urls = tx.body.messages.map((m) => m.typeUrl)
  if (urls.length !== 1 || urls[0] !== MSG_CREATE_VALIDATOR)
    throw new Error(`a gentx holds exactly one ${MSG_CREATE_VALIDATOR}, got ${JSON.stringify(urls)}`)
  if (tx.signatures.length !== 1) throw new Error('a gentx has exactly one signature')
  return TxRaw.encode({
    bodyBytes: TxBody.encode(tx.body).finish(),
    authInfoBytes: AuthInfo.encode(tx.authInfo).finish(),
    signatures: tx.signatures,
  }).finish()
}

/** The JSON of a signed tx given by its parts (what `datumd genesis gentx` writes). */
export function gentxJson(raw: {
  bodyBytes: Uint8Array
  authInfoBytes: Uint8Array
  signatures: Uint8Array[]
}): unknown {
  return toSdk(
    Tx.toJSON({
      body: TxBody.decode(raw.bodyBytes),
      authInfo: AuthInfo.decode(raw.authInfoBytes),
      signatures: raw.signatures,
    }),
  )
}
