// The node home: config/ (config.json, genesis.json, priv_validator_key.json, node_key) and data/
// (the LevelDB database, the consensus WAL and the last-sign state).
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

export interface HomePaths {
  root: string
  configDir: string
  dataDir: string
  configFile: string
  genesisFile: string
  validatorKeyFile: string
  nodeKeyFile: string
  /** Dev convenience only: the funded account's mnemonic written by `init --dev-account`. */
  devAccountFile: string
  dbDir: string
  walFile: string
  lastSignStateFile: string
}

export function homePaths(home: string): HomePaths {
  const root = resolve(home)
  const configDir = join(root, 'config')
  const dataDir = join(root, 'data')
  return {
    root,
    configDir,
    dataDir,
    configFile: join(configDir, 'config.json'),
    genesisFile: join(configDir, 'genesis.json'),
    validatorKeyFile: join(configDir, 'priv_validator_key.json'),
    nodeKeyFile: join(configDir, 'node_key'),
    devAccountFile: join(configDir, 'dev_account.json'),
    dbDir: join(dataDir, 'datum.db'),
    walFile: join(dataDir, 'cs.wal'),
    lastSignStateFile: join(dataDir, 'priv_validator_state.json'),
  }
}

export function isInitialized(paths: HomePaths): boolean {
  return existsSync(paths.genesisFile) && existsSync(paths.configFile)
}

export function ensureHomeDirs(paths: HomePaths): void {
  mkdirSync(paths.configDir, { recursive: true, mode: 0o700 })
  mkdirSync(paths.dataDir, { recursive: true, mode: 0o700 })
}
