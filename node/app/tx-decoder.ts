// Strict tx decoding, cosmos-sdk 0.50 x/auth/tx DefaultTxDecoder plus baseapp's stateless checks:
// canonical TxRaw, no unknown fields, every message routed, decoded, canonical and validated.
import { sha256 } from '@noble/hashes/sha2.js'
import { AuthInfo, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import {
  bytesEqual,
  type DecodedMsg,
  type DecodedTx,
  fromBech32,
  sdkErrors,
  toAbciError,
} from '../../modules/sdk/index.js'
import { wrapAbci } from './errors.js'
import type { MsgRouter } from './msg-router.js'
import { parseCanonicalTxRaw } from './tx-raw.js'
import { AUTH_INFO, TX_BODY } from './tx-schema.js'
import { rejectUnknownFields } from './unknown-fields.js'

/** CometBFT's default `mempool.max_tx_bytes` (1 MiB). */
export const DEFAULT_MAX_TX_BYTES = 1_048_576
/** cosmos-sdk `tx.MaxGasWanted` (2^63 - 1): larger gas limits are refused before anything else. */
export const MAX_GAS_WANTED = (1n << 63n) - 1n

export interface DecodeOptions {
  maxTxBytes: number
}

/**
 * Decodes and statelessly validates tx bytes; throws an AbciError (code 2, 7, 18, 21, 31, 34…).
 * `hash` is sha256(raw) when the caller has it already.
 */
export function decodeTx(
  raw: Uint8Array,
  router: MsgRouter,
  opts: DecodeOptions,
  hash?: Uint8Array,
): DecodedTx {
  if (raw.length === 0) throw sdkErrors.txDecode.wrap('invalid empty tx')
  if (raw.length > opts.maxTxBytes)
    throw sdkErrors.txTooLarge.wrap(`tx size ${raw.length} bytes exceeds the limit of ${opts.maxTxBytes}`)
  const parts = parseOrThrow(() => parseCanonicalTxRaw(raw))
  parseOrThrow(() => rejectUnknownFields(parts.bodyBytes, TX_BODY, true))
  parseOrThrow(() => rejectUnknownFields(parts.authInfoBytes, AUTH_INFO, false))
  const body = parseOrThrow(() => TxBody.decode(parts.bodyBytes))
  const authInfo = parseOrThrow(() => AuthInfo.decode(parts.authInfoBytes))

  if (body.extensionOptions.length > 0)
    throw sdkErrors.unknownExtensionOptions.wrap('unknown extension options')
  if (body.messages.length === 0) throw sdkErrors.invalidRequest.wrap('must contain at least one message')
  if (!authInfo.fee) throw sdkErrors.invalidRequest.wrap('missing fee')
  if (authInfo.fee.gasLimit > MAX_GAS_WANTED)
    throw sdkErrors.invalidRequest.wrap(`invalid gas supplied; ${authInfo.fee.gasLimit} > ${MAX_GAS_WANTED}`)

  const msgs = body.messages.map((any, i) => decodeMsg(any.typeUrl, any.value, i, router))
  return {
    raw,
    hash: hash ?? sha256(raw),
    bodyBytes: parts.bodyBytes,
    authInfoBytes: parts.authInfoBytes,
    body,
    authInfo,
    signatures: parts.signatures,
    msgs,
    signers: collectSigners(msgs, authInfo.fee.payer),
  }
}

function parseOrThrow<T>(fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    throw sdkErrors.txDecode.wrap(e instanceof Error ? e.message : String(e))
  }
}

function decodeMsg(typeUrl: string, value: Uint8Array, index: number, router: MsgRouter): DecodedMsg {
  const route = router.route(typeUrl)
  if (!route) throw sdkErrors.unpackAny.wrap(`unable to resolve type URL ${typeUrl}`)
  const { def } = route
  const msg = parseOrThrow(() => def.decode(value))
  // The decoders drop unknown fields, so a round trip that changes the bytes means the message carried
  // fields this node does not know (or a non-canonical encoding of the same message).
  const again = parseOrThrow(() => def.encode(msg))
  if (!bytesEqual(again, value))
    throw sdkErrors.txDecode.wrap(
      `message ${index} (${typeUrl}) has unknown fields or a non-canonical encoding`,
    )
  try {
    def.validateBasic(msg)
  } catch (e) {
    throw toAbciError(e)
  }
  return { typeUrl, value, msg, def }
}

/** Signers in order of first appearance, then the explicit fee payer (cosmos-sdk x/tx decode). */
function collectSigners(msgs: DecodedMsg[], feePayer: string): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  const add = (addr: string, what: string) => {
    try {
      fromBech32(addr)
    } catch (e) {
      throw wrapAbci(toAbciError(e), what)
    }
    if (!seen.has(addr)) {
      seen.add(addr)
      out.push(addr)
    }
  }
  msgs.forEach((m, i) => {
    let signers: string[]
    try {
      signers = m.def.signers(m.msg)
    } catch (e) {
      throw wrapAbci(toAbciError(e), `signers of message ${i}`)
    }
    if (signers.length === 0) throw sdkErrors.invalidRequest.wrap(`message ${i} (${m.typeUrl}) has no signer`)
    for (const s of signers) add(s, `invalid signer of message ${i}`)
  })
  if (feePayer) add(feePayer, 'invalid fee payer')
  return out
}
