// The datumd commands. Each returns an exit code; usage mistakes throw CliError (exit 2).
import { homedir } from 'node:os'
import { join } from 'node:path'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { toHex } from '../../modules/sdk/bytes.js'
import { genesisToJson, loadGenesis, saveGenesis } from '../config/genesis.js'
import { homePaths, isInitialized } from '../config/home.js'
import { loadValidatorKey } from '../config/validator-key.js'
import { exportGenesis } from '../daemon/export.js'
import { addGenesisAccount, parseCoinsArg } from '../daemon/genesis-tools.js'
import { OPERATOR_KEY_NAME } from '../daemon/genesis-validator.js'
import { collectGentxs, createGentx, homeKeyringFile } from '../daemon/gentx.js'
import { initHome, readDevAccount } from '../daemon/init-home.js'
import { DatumNode } from '../daemon/node.js'
import { loadOrCreateNodeKey } from '../p2p/node-key.js'

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message)
  }
}

export interface Flags {
  home?: string
  'chain-id'?: string
  moniker?: string
  'dev-account'?: boolean
  /** With --dev-account: keep the fixed genesis validator instead of a staking validator made by gentx. */
  'no-gentx'?: boolean
  mnemonic?: string
  overwrite?: boolean
  'init-if-missing'?: boolean
  'commission-rate'?: string
  'commission-max-rate'?: string
  'commission-max-change-rate'?: string
  'min-self-delegation'?: string
  'keyring-file'?: string
  'gentx-dir'?: string
  /** gentx: the IP or host name its memo names (default the host of p2p.laddr). */
  ip?: string
}

const out = (s: string) => process.stdout.write(`${s}\n`)

export async function runCommand(args: string[], flags: Flags): Promise<number> {
  const home = flags.home ?? join(homedir(), '.datum')
  const [cmd, sub, ...rest] = args
  switch (cmd) {
    case 'init': {
      const r = await initHome({
        home,
        chainId: flags['chain-id'],
        moniker: flags.moniker,
        devAccount: flags['dev-account'],
        gentx: flags['no-gentx'] ? false : undefined,
        mnemonic: flags.mnemonic,
        overwrite: flags.overwrite,
      })
      out(`initialized ${r.paths.root} for chain ${r.genesis.chainId}`)
      if (r.devAccount) {
        printDevAccount(r.devAccount, r.paths.devAccountFile)
        if (!flags['no-gentx']) printOperator(home)
      }
      return 0
    }
    case 'start':
      return start(home, flags)
    case 'keys':
      return keys(home, sub)
    case 'genesis':
      return genesis(home, sub, rest, flags)
    case 'export': {
      const doc = await exportGenesis(home)
      out(JSON.stringify(genesisToJson(doc), null, 2))
      return 0
    }
    case 'version':
      out('datumd 0.1.0 (CometBFT 0.38-compatible RPC)')
      return 0
    default:
      throw new CliError(`unknown command ${JSON.stringify(cmd)} (see datumd --help)`)
  }
}

const GENESIS_USAGE = `usage:
  datumd genesis add-account <address> <coins>
  datumd genesis gentx <key-name> <amount> [--chain-id] [--moniker] [--commission-rate] [--commission-max-rate] [--commission-max-change-rate] [--min-self-delegation] [--keyring-file] [--ip]
  datumd genesis collect-gentxs [--gentx-dir]`

async function genesis(home: string, sub: string | undefined, rest: string[], flags: Flags): Promise<number> {
  const paths = homePaths(home)
  if (sub === 'add-account' && rest.length === 2) {
    const doc = loadGenesis(paths.genesisFile)
    addGenesisAccount(doc.appState, rest[0]!, parseCoinsArg(rest[1]!))
    saveGenesis(paths.genesisFile, doc)
    out(`added ${rest[0]} with ${rest[1]} to ${paths.genesisFile}`)
    return 0
  }
  if (sub === 'gentx' && rest.length === 2) {
    const coins = parseCoinsArg(rest[1]!)
    if (coins.length !== 1) throw new CliError('the self-delegation is one coin, e.g. 10000000udatum')
    const file = await createGentx({
      home,
      keyName: rest[0]!,
      amount: coins[0]!,
      chainId: flags['chain-id'],
      moniker: flags.moniker,
      commission: {
        rate: flags['commission-rate'],
        maxRate: flags['commission-max-rate'],
        maxChangeRate: flags['commission-max-change-rate'],
      },
      minSelfDelegation: flags['min-self-delegation'] ? parseAmount(flags['min-self-delegation']) : undefined,
      keyringFile: flags['keyring-file'],
      ip: flags.ip,
    })
    out(`genesis transaction written to ${file}`)
    return 0
  }
  if (sub === 'collect-gentxs' && rest.length === 0) {
    const r = collectGentxs(home, flags['gentx-dir'])
    out(`collected ${r.gentxs} gentx(s) into ${paths.genesisFile}`)
    out(`persistent peers from their memos (${r.peers.length}) written to ${paths.configFile}`)
    return 0
  }
  throw new CliError(GENESIS_USAGE)
}

function parseAmount(s: string): bigint {
  if (!/^[1-9]\d*$/.test(s)) throw new CliError(`--min-self-delegation must be a positive integer, got ${s}`)
  return BigInt(s)
}

function printOperator(home: string): void {
  out(
    `validator operator: key "${OPERATOR_KEY_NAME}" in ${homeKeyringFile(home)} (a staking validator by gentx, self-bond 10000000udatum)`,
  )
}

/** At init only: the mnemonic is a secret, so it is shown once; later starts name the file that holds it. */
function printDevAccount(acc: { mnemonic: string; address: string }, file: string): void {
  out(`dev account: ${acc.address} (funded with 1000000000000udatum)`)
  out(`dev mnemonic: ${acc.mnemonic}`)
  out(`(shown once; it is kept in ${file})`)
}

async function start(home: string, flags: Flags): Promise<number> {
  const paths = homePaths(home)
  if (!isInitialized(paths)) {
    if (!flags['init-if-missing'])
      throw new CliError(`${paths.root} is not initialized: run \`datumd init --home ${home}\` first`, 1)
    const r = await initHome({ home, chainId: flags['chain-id'], moniker: flags.moniker, devAccount: true })
    out(`initialized a new dev chain ${r.genesis.chainId} in ${r.paths.root}`)
    if (r.devAccount) printDevAccount(r.devAccount, paths.devAccountFile)
    printOperator(home)
  } else {
    const dev = readDevAccount(paths)
    if (dev) out(`dev account: ${dev.address} (its mnemonic is in ${paths.devAccountFile})`)
  }
  const node = await DatumNode.start({ home })
  out(
    `RPC http://${node.config.rpc.laddr.replace('tcp://', '')}  REST http://${node.config.rest.laddr.replace('tcp://', '')}`,
  )
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      node.log.info({ signal }, 'shutting down')
      node.stop().then(resolve, (e) => {
        node.log.error({ err: e }, 'error during shutdown')
        resolve()
      })
    }
    process.once('SIGINT', () => shutdown('SIGINT'))
    process.once('SIGTERM', () => shutdown('SIGTERM'))
  })
  return 0
}

async function keys(home: string, sub: string | undefined): Promise<number> {
  const paths = homePaths(home)
  if (sub === 'show-validator') {
    const key = loadValidatorKey(paths.validatorKeyFile)
    out(
      JSON.stringify({
        address: toHex(key.address).toUpperCase(),
        pub_key: { type: 'tendermint/PubKeyEd25519', value: Buffer.from(key.pubKey).toString('base64') },
      }),
    )
    return 0
  }
  if (sub === 'show-node-id') {
    const key = await loadOrCreateNodeKey(paths.nodeKeyFile)
    out(peerIdFromPrivateKey(key).toString())
    return 0
  }
  throw new CliError('usage: datumd keys show-validator | show-node-id')
}
