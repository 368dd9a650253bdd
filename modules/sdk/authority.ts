// The authority of every module's MsgUpdateParams: the gov module account (cosmos
// `authtypes.NewModuleAddress(govtypes.ModuleName)`), so params change only through a passed proposal.
import { moduleAddress, toBech32 } from './address.js'
import { AbciError, registerError, sdkErrors } from './errors.js'

export const GOV_AUTHORITY = toBech32(moduleAddress('gov'))

/** The SDK modules answer a wrong authority with gov's "invalid signer" (gov 13). */
export const invalidAuthority = registerError(
  'gov',
  13,
  'expected gov account as only signer for proposal message',
)

export function checkAuthority(authority: string, expected = GOV_AUTHORITY): void {
  if (authority !== expected)
    throw invalidAuthority.wrap(`invalid authority; expected ${expected}, got ${authority}`)
}

/** Runs a module's own params validator; whatever it throws becomes sdk 18 with its message. */
export function checkParamsWith(validate: () => void): void {
  try {
    validate()
  } catch (e) {
    const detail = e instanceof AbciError ? e.message : e instanceof Error ? e.message : String(e)
    throw sdkErrors.invalidRequest.wrap(`invalid params: ${detail}`)
  }
}
