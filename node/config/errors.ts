// Typed errors for everything a node operator hands the node: config files, genesis, keys, CLI flags.

export type ConfigErrorCode =
  | 'CONFIG_NOT_FOUND'
  | 'CONFIG_INVALID'
  | 'GENESIS_NOT_FOUND'
  | 'GENESIS_INVALID'
  | 'KEY_INVALID'
  | 'HOME_EXISTS'
  | 'HOME_NOT_INITIALIZED'

export class ConfigError extends Error {
  constructor(
    readonly code: ConfigErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ConfigError'
  }
}
