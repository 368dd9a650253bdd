// Errors the auth module and its ante chain return. Cosmos x/auth uses the root `sdk` codespace for
// everything a client sees (sequence 32, unauthorized 4, …); auth adds only its own internal kinds.
import { registerError, sdkErrors } from '../sdk/index.js'

export const authErrors = {
  ...sdkErrors,
  /** A module name that was not registered with permissions when the keeper was built. */
  unknownModuleAccount: registerError('auth', 2, 'module account is not registered'),
  /** Genesis accounts that cannot be imported (duplicate address, bad pubkey, …). */
  invalidGenesis: registerError('auth', 3, 'invalid auth genesis'),
} as const
