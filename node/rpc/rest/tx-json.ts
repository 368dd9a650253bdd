// Transactions and tx responses in gateway JSON (GET /cosmos/tx/v1beta1/txs/{hash}, searches, broadcasts).
import { signModeToJSON } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing'
import { type ModeInfo, Tx, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import type { Timestamp } from '../../../modules/sdk/index.js'
import type { IndexedTx } from '../backend.js'
import { base64, hex, rfc3339 } from '../json/encode.js'
import { type AnyRenderer, coinJson, eventsJson, type JsonObject } from './gateway-json.js'

function modeInfoJson(m: ModeInfo | undefined): JsonObject | null {
  if (!m) return null
  if (m.single) return { single: { mode: signModeToJSON(m.single.mode) } }
  if (m.multi) {
    return {
      multi: {
        bitarray: m.multi.bitarray
          ? { extra_bits_stored: m.multi.bitarray.extraBitsStored, elems: base64(m.multi.bitarray.elems) }
          : null,
        mode_infos: m.multi.modeInfos.map(modeInfoJson),
      },
    }
  }
  return null
}

/** The decoded Tx, or null when the bytes are not a Tx (the index keeps whatever was committed). */
export function txJson(raw: Uint8Array, anys: AnyRenderer): JsonObject | null {
  let tx: Tx
  try {
    tx = Tx.decode(raw)
  } catch {
    return null
  }
  const body = tx.body
  const auth = tx.authInfo
  return {
    body: {
      messages: (body?.messages ?? []).map(anys.render),
      memo: body?.memo ?? '',
      timeout_height: (body?.timeoutHeight ?? 0n).toString(),
      extension_options: (body?.extensionOptions ?? []).map(anys.render),
      non_critical_extension_options: (body?.nonCriticalExtensionOptions ?? []).map(anys.render),
    },
    auth_info: {
      signer_infos: (auth?.signerInfos ?? []).map((s) => ({
        public_key: s.publicKey ? anys.render(s.publicKey) : null,
        mode_info: modeInfoJson(s.modeInfo),
        sequence: s.sequence.toString(),
      })),
      fee: auth?.fee
        ? {
            amount: auth.fee.amount.map(coinJson),
            gas_limit: auth.fee.gasLimit.toString(),
            payer: auth.fee.payer,
            granter: auth.fee.granter,
          }
        : null,
      tip: null,
    },
    signatures: tx.signatures.map(base64),
  }
}

/** `TxResponse` as the SDK fills it from the tx index; `data` is hex as in the SDK. */
export function txResponseJson(t: IndexedTx, blockTime: Timestamp | undefined, anys: AnyRenderer) {
  const tx = txJson(t.tx, anys)
  const r = t.result
  return {
    height: t.height.toString(),
    txhash: hex(t.hash),
    codespace: r.codespace,
    code: r.code,
    data: hex(r.data),
    raw_log: r.log,
    logs: [],
    info: r.info,
    gas_wanted: r.gasWanted.toString(),
    gas_used: r.gasUsed.toString(),
    tx: tx ? { '@type': '/cosmos.tx.v1beta1.Tx', ...tx } : null,
    timestamp: blockTime ? rfc3339(blockTime) : '',
    events: eventsJson(r.events),
  }
}

/** Only TxRaw-shaped bytes are accepted for broadcast and simulate. */
export function isTxRaw(bytes: Uint8Array): boolean {
  try {
    const raw = TxRaw.decode(bytes)
    return raw.bodyBytes.length > 0
  } catch {
    return false
  }
}
