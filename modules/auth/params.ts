// Auth params (cosmos `authtypes.Params`), kept as bigint and stored as the cosmjs-types proto.
import { Params } from 'cosmjs-types/cosmos/auth/v1beta1/auth'
import { authErrors } from './errors.js'

export type AuthParams = Params

export function defaultAuthParams(): AuthParams {
  return {
    maxMemoCharacters: 256n,
    txSigLimit: 7n,
    txSizeCostPerByte: 10n,
    sigVerifyCostEd25519: 590n,
    sigVerifyCostSecp256k1: 1000n,
  }
}

export function validateAuthParams(p: AuthParams): void {
  for (const [name, v] of Object.entries(p) as [string, bigint][]) {
    if (typeof v !== 'bigint' || v <= 0n) throw authErrors.invalidGenesis.wrap(`invalid ${name}: ${v}`)
  }
}

export function encodeAuthParams(p: AuthParams): Uint8Array {
  return Params.encode(p).finish()
}

export function decodeAuthParams(b: Uint8Array): AuthParams {
  return Params.decode(b)
}

/** The genesis JSON form (cosmos proto JSON: snake_case, uint64 as strings). */
export function authParamsToJson(p: AuthParams): Record<string, string> {
  return {
    max_memo_characters: p.maxMemoCharacters.toString(),
    tx_sig_limit: p.txSigLimit.toString(),
    tx_size_cost_per_byte: p.txSizeCostPerByte.toString(),
    sig_verify_cost_ed25519: p.sigVerifyCostEd25519.toString(),
    sig_verify_cost_secp256k1: p.sigVerifyCostSecp256k1.toString(),
  }
}

export function authParamsFromJson(j: unknown): AuthParams {
  const o = (j ?? {}) as Record<string, unknown>
  const d = defaultAuthParams()
  const num = (key: string, fallback: bigint): bigint => {
    const v = o[key]
    if (v === undefined) return fallback
    if (typeof v !== 'string' && typeof v !== 'number')
      throw authErrors.invalidGenesis.wrap(`params.${key} must be a decimal string`)
    if (!/^\d{1,19}$/.test(String(v)))
      throw authErrors.invalidGenesis.wrap(`params.${key} is not a uint64: ${v}`)
    return BigInt(v)
  }
  const p = {
    maxMemoCharacters: num('max_memo_characters', d.maxMemoCharacters),
    txSigLimit: num('tx_sig_limit', d.txSigLimit),
    txSizeCostPerByte: num('tx_size_cost_per_byte', d.txSizeCostPerByte),
    sigVerifyCostEd25519: num('sig_verify_cost_ed25519', d.sigVerifyCostEd25519),
    sigVerifyCostSecp256k1: num('sig_verify_cost_secp256k1', d.sigVerifyCostSecp256k1),
  }
  validateAuthParams(p)
  return p
}
