// A gentx as stored in genesis `app_state.genutil.gen_txs` and in `config/gentx/*.json`: a
// `cosmos.tx.v1beta1.Tx` in cosmjs-types' JSON (an `Any` is {typeUrl, value: base64}), which round-trips to
// the exact body and auth-info bytes the operator signed.
import { AuthInfo, Tx, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'

export const MSG_CREATE_VALIDATOR = '/cosmos.staking.v1beta1.MsgCreateValidator'

/** The tx bytes the operator signed, from their JSON; throws on malformed JSON or a tx that is not a gentx. */
export function gentxBytes(json: unknown): Uint8Array {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new Error('a gentx must be a JSON object (cosmos.tx.v1beta1.Tx)')
  const tx = Tx.fromJSON(json)
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
}) {
  return Tx.toJSON({
    body: TxBody.decode(raw.bodyBytes),
    authInfo: AuthInfo.decode(raw.authInfoBytes),
    signatures: raw.signatures,
  })
}
