// `datumd init`: a fresh home with keys, config and a genesis in which this node is the only validator.
// With a dev account it also funds a new mnemonic's first address, as a local chain for developers needs.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Bip39, Random } from '@cosmjs/crypto'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { ConfigError } from '../config/errors.js'
import { DEFAULT_CONSENSUS_PARAMS, type GenesisDoc, loadGenesis, saveGenesis } from '../config/genesis.js'
import { ensureHomeDirs, type HomePaths, homePaths, isInitialized } from '../config/home.js'
import { defaultNodeConfig, type NodeConfig, saveNodeConfig } from '../config/node-config.js'
import { timestampFromMs } from '../config/time.js'
import { generateValidatorKey, saveValidatorKey } from '../config/validator-key.js'
import { loadOrCreateNodeKey } from '../p2p/node-key.js'
import { buildModules } from './app-wiring.js'
import { addGenesisAccount, defaultAppState, makeDevAuthority } from './genesis-tools.js'
import { addGenesisOperator } from './genesis-validator.js'
import { collectGentxs, gentxDir } from './gentx.js'

export const DEFAULT_CHAIN_ID = 'datum-local-1'
export const DEV_ACCOUNT_COINS = [{ denom: 'udatum', amount: 1_000_000_000_000n }]

export interface InitOptions {
  home: string
  chainId?: string
  moniker?: string
  /** Fund a freshly generated (or given) mnemonic's first account. */
  devAccount?: boolean
  mnemonic?: string
  overwrite?: boolean
  /** Genesis time in ms since the epoch (default: now). Used only to stamp the new genesis file. */
  genesisTimeMs?: number
  configure?: (cfg: NodeConfig) => void
  /**
   * Make this node a staking validator through a gentx by the operator key `validator` of the home keyring
   * (default: with a dev account). Otherwise genesis.json lists the node as a fixed validator staking does
   * not manage, until `datumd genesis collect-gentxs` replaces it.
   */
  gentx?: boolean
}

export interface InitResult {
  paths: HomePaths
  genesis: GenesisDoc
  devAccount?: { mnemonic: string; address: string }
}

export async function devAccountFromMnemonic(
  mnemonic: string,
): Promise<{ mnemonic: string; address: string }> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' })
  const [account] = await wallet.getAccounts()
  return { mnemonic, address: account!.address }
}

export async function initHome(opts: InitOptions): Promise<InitResult> {
  const paths = homePaths(opts.home)
  if (isInitialized(paths) && !opts.overwrite) {
    throw new ConfigError(
      'HOME_EXISTS',
      `${paths.root} is already initialized (pass --overwrite to replace its config and genesis)`,
    )
  }
  ensureHomeDirs(paths)
  const cfg = defaultNodeConfig(opts.moniker ?? 'datum-node')
  opts.configure?.(cfg)
  saveNodeConfig(paths.configFile, cfg)
  const key = generateValidatorKey()
  saveValidatorKey(paths.validatorKeyFile, key)
  await loadOrCreateNodeKey(paths.nodeKeyFile)

  const appState = defaultAppState(buildModules().modules)
  let devAccount: InitResult['devAccount']
  if (opts.devAccount || opts.mnemonic) {
    const mnemonic = opts.mnemonic ?? Bip39.encode(Random.getBytes(32)).toString()
    devAccount = await devAccountFromMnemonic(mnemonic)
    addGenesisAccount(appState, devAccount.address, DEV_ACCOUNT_COINS)
    makeDevAuthority(appState, devAccount.address)
    writeFileSync(paths.devAccountFile, `${JSON.stringify(devAccount, null, 2)}\n`, { mode: 0o600 })
  }
  const genesis: GenesisDoc = {
    genesisTime: timestampFromMs(opts.genesisTimeMs ?? Date.now()),
    chainId: opts.chainId ?? DEFAULT_CHAIN_ID,
    initialHeight: 1n,
    consensusParams: DEFAULT_CONSENSUS_PARAMS,
    validators: [{ pubKey: key.pubKey, power: 10n, name: cfg.moniker }],
    appState,
  }
  saveGenesis(paths.genesisFile, genesis)
  if (opts.gentx ?? devAccount !== undefined) {
    const dir = gentxDir(opts.home)
    rmSync(dir, { recursive: true, force: true })
    await addGenesisOperator({ home: opts.home, genesisHome: opts.home, gentxDir: dir, moniker: cfg.moniker })
    collectGentxs(opts.home, dir)
    return { paths, genesis: loadGenesis(paths.genesisFile), devAccount }
  }
  return { paths, genesis, devAccount }
}

export function readDevAccount(paths: HomePaths): { mnemonic: string; address: string } | undefined {
  if (!existsSync(paths.devAccountFile)) return undefined
  return JSON.parse(readFileSync(paths.devAccountFile, 'utf8'))
}
