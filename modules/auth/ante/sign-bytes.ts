// The bytes a signer signed, rebuilt from the received tx and chain state.
// DIRECT: SignDoc over the exact received body and auth_info bytes (never re-encoded).
// LEGACY_AMINO_JSON: the StdSignDoc, key-sorted compact JSON with & < > escaped, as @cosmjs/amino
// `serializeSignDoc` and cosmos x/tx aminojson produce it.
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing'
import { SignDoc } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { type DecodedTx, sdkErrors } from '../../sdk/index.js'

/** The bytes a signature in `mode` covers; a multisig's members each name their own mode. */
export function signBytesOf(
  tx: DecodedTx,
  chainId: string,
  mode: SignMode | undefined,
  accountNumber: bigint,
  sequence: bigint,
): Uint8Array {
  if (mode === SignMode.SIGN_MODE_DIRECT) return directSignBytes(tx, chainId, accountNumber)
  if (mode === SignMode.SIGN_MODE_LEGACY_AMINO_JSON)
    return aminoSignBytes(tx, chainId, accountNumber, sequence)
  throw sdkErrors.unauthorized.wrap(`signature verification failed; unsupported sign mode ${String(mode)}`)
}

export function directSignBytes(tx: DecodedTx, chainId: string, accountNumber: bigint): Uint8Array {
  return SignDoc.encode({
    bodyBytes: tx.bodyBytes,
    authInfoBytes: tx.authInfoBytes,
    chainId,
    accountNumber,
  }).finish()
}

/** Recursively sorts object keys (arrays keep their order), as @cosmjs/amino `sortedObject`. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted)
  if (value === null || typeof value !== 'object') return value
  const o = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(o).sort()) if (o[k] !== undefined) out[k] = sorted(o[k])
  return out
}

export function serializeAminoJson(doc: unknown): Uint8Array {
  const json = JSON.stringify(sorted(doc))
    .replace(/&/g, '\\u0026')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
  return new TextEncoder().encode(json)
}

export function aminoSignDoc(
  tx: DecodedTx,
  chainId: string,
  accountNumber: bigint,
  sequence: bigint,
): unknown {
  const fee = tx.authInfo.fee
  const stdFee: Record<string, unknown> = {
    amount: (fee?.amount ?? []).map((c) => ({ amount: c.amount, denom: c.denom })),
    gas: (fee?.gasLimit ?? 0n).toString(),
  }
  if (fee?.granter) stdFee.granter = fee.granter
  if (fee?.payer) stdFee.payer = fee.payer
  const doc: Record<string, unknown> = {
    account_number: accountNumber.toString(),
    chain_id: chainId,
    fee: stdFee,
    memo: tx.body.memo,
    msgs: tx.msgs.map((m) => ({ type: m.def.aminoName, value: m.def.toAmino(m.msg) })),
    sequence: sequence.toString(),
  }
  if (tx.body.timeoutHeight > 0n) doc.timeout_height = tx.body.timeoutHeight.toString()
  return doc
}

export function aminoSignBytes(
  tx: DecodedTx,
  chainId: string,
  accountNumber: bigint,
  sequence: bigint,
): Uint8Array {
  return serializeAminoJson(aminoSignDoc(tx, chainId, accountNumber, sequence))
}
