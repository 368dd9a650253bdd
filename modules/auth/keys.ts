// Store layout of the auth module (store key `acc`): one-byte prefixes, as cosmos x/auth keeps them.
import { concatBytes, fromBech32 } from '../sdk/index.js'

export const MODULE_NAME = 'auth'
export const STORE_KEY = 'acc'
/** The module account that collects tx fees (cosmos `authtypes.FeeCollectorName`). */
export const FEE_COLLECTOR_NAME = 'fee_collector'

export const PARAMS_KEY = Uint8Array.of(0x00)
export const ACCOUNTS_PREFIX = Uint8Array.of(0x01)
export const GLOBAL_ACCOUNT_NUMBER_KEY = Uint8Array.of(0x02)

/** 0x01 | address bytes -> Any(BaseAccount | ModuleAccount). */
export function accountKey(address: string, prefix?: string): Uint8Array {
  return concatBytes(ACCOUNTS_PREFIX, fromBech32(address, prefix))
}

export const TYPE_URL = {
  baseAccount: '/cosmos.auth.v1beta1.BaseAccount',
  moduleAccount: '/cosmos.auth.v1beta1.ModuleAccount',
  secp256k1PubKey: '/cosmos.crypto.secp256k1.PubKey',
  ed25519PubKey: '/cosmos.crypto.ed25519.PubKey',
} as const

/** Module account permissions (cosmos `authtypes.Minter`, …). */
export const PERMISSION = { minter: 'minter', burner: 'burner', staking: 'staking' } as const
