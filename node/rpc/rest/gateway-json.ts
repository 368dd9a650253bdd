// Protobuf values as the cosmos-sdk gRPC gateway renders them (EmitDefaults, OrigName): snake_case fields,
// 64-bit ints as strings, bytes base64, `Any` as {"@type", …fields}. Any types without a decoder fall back
// to {"@type", "value": base64}; callers can register more (e.g. Datum's own messages).
import { BaseAccount, ModuleAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth'
import type { Metadata } from 'cosmjs-types/cosmos/bank/v1beta1/bank'
import { MsgMultiSend, MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import type { PageResponse } from 'cosmjs-types/cosmos/base/query/v1beta1/pagination'
import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin'
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import { PubKey as Secp256k1PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import type { AbciEvent } from '../../../modules/sdk/events.js'
import { base64 } from '../json/encode.js'

export type JsonObject = Record<string, unknown>
/** Renders the fields of one Any's decoded value (without `@type`). */
export type AnyDecoder = (value: Uint8Array, decodeAny: (any: Any) => JsonObject) => JsonObject

export const coinJson = (c: Coin) => ({ denom: c.denom, amount: c.amount })

export const pageJson = (p: PageResponse | undefined) =>
  p ? { next_key: p.nextKey.length > 0 ? base64(p.nextKey) : null, total: p.total.toString() } : null

export const eventsJson = (events: AbciEvent[]) =>
  events.map((e) => ({
    type: e.type,
    attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })),
  }))

export function metadataJson(m: Metadata) {
  return {
    description: m.description,
    denom_units: m.denomUnits.map((u) => ({ denom: u.denom, exponent: u.exponent, aliases: u.aliases })),
    base: m.base,
    display: m.display,
    name: m.name,
    symbol: m.symbol,
    uri: m.uri,
    uri_hash: m.uriHash,
  }
}

function baseAccountJson(a: BaseAccount, decodeAny: (any: Any) => JsonObject) {
  return {
    address: a.address,
    pub_key: a.pubKey ? decodeAny(a.pubKey) : null,
    account_number: a.accountNumber.toString(),
    sequence: a.sequence.toString(),
  }
}

const builtinDecoders: Record<string, AnyDecoder> = {
  '/cosmos.auth.v1beta1.BaseAccount': (v, d) => baseAccountJson(BaseAccount.decode(v), d),
  '/cosmos.auth.v1beta1.ModuleAccount': (v, d) => {
    const m = ModuleAccount.decode(v)
    return {
      base_account: m.baseAccount ? baseAccountJson(m.baseAccount, d) : null,
      name: m.name,
      permissions: m.permissions,
    }
  },
  '/cosmos.crypto.secp256k1.PubKey': (v) => ({ key: base64(Secp256k1PubKey.decode(v).key) }),
  '/cosmos.crypto.ed25519.PubKey': (v) => ({ key: base64(Ed25519PubKey.decode(v).key) }),
  '/cosmos.bank.v1beta1.MsgSend': (v) => {
    const m = MsgSend.decode(v)
    return { from_address: m.fromAddress, to_address: m.toAddress, amount: m.amount.map(coinJson) }
  },
  '/cosmos.bank.v1beta1.MsgMultiSend': (v) => {
    const m = MsgMultiSend.decode(v)
    const io = (x: { address: string; coins: Coin[] }) => ({
      address: x.address,
      coins: x.coins.map(coinJson),
    })
    return { inputs: m.inputs.map(io), outputs: m.outputs.map(io) }
  },
  '/cosmos.bank.v1beta1.MsgSendResponse': () => ({}),
  '/cosmos.bank.v1beta1.MsgMultiSendResponse': () => ({}),
}

export class AnyRenderer {
  private readonly decoders: Map<string, AnyDecoder>

  constructor(extra: Record<string, AnyDecoder> = {}) {
    this.decoders = new Map(Object.entries({ ...builtinDecoders, ...extra }))
  }

  readonly render = (any: Any): JsonObject => {
    const decode = this.decoders.get(any.typeUrl)
    if (!decode) return { '@type': any.typeUrl, value: base64(any.value) }
    try {
      return { '@type': any.typeUrl, ...decode(any.value, this.render) }
    } catch {
      return { '@type': any.typeUrl, value: base64(any.value) }
    }
  }
}
