#!/usr/bin/env node
// datumd: the Datum node binary. `init` a home, `start` the node, inspect `keys`, edit genesis, `export` state.
import '../polyfills.js'
import { parseArgs } from 'node:util'
import { CliError, runCommand } from './commands.js'

const USAGE = `datumd — the Datum node

Usage: datumd <command> [flags]

Commands:
  init                     create a home: keys, config.json, genesis.json (flags: --chain-id, --moniker, --dev-account, --no-gentx, --overwrite)
  start                    run the node (flags: --init-if-missing)
  keys show-validator      print the validator's consensus address and public key
  keys show-node-id        print the p2p peer id
  genesis add-account <address> <coins>   fund an account in genesis.json, e.g. 1000000udatum
  genesis gentx <key> <amount>            sign a MsgCreateValidator for this home's consensus key with the
                           account <key> of <home>/keyring-test.json (e.g. 10000000udatum) into config/gentx/
                           (flags: --chain-id, --moniker, --commission-rate 0.1, --commission-max-rate 0.2,
                           --commission-max-change-rate 0.01, --min-self-delegation 1, --keyring-file); the
                           memo is <node-id>@<ip>:<port> (the p2p.laddr host, or --ip)
  genesis collect-gentxs   put config/gentx/*.json (or --gentx-dir) into genesis app_state.genutil.gen_txs;
                           the validator set then comes from staking at InitChain; the other gentxs' memos
                           become p2p.persistentPeers in config.json
  export                   print a genesis built from the current state (the node must be stopped)
  version                  print the version

Global flags:
  --home <dir>             the node home (default ~/.datum)
  -h, --help               this help
`

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse()
  } catch (e) {
    process.stderr.write(`datumd: ${(e as Error).message}\n\n${USAGE}`)
    return 2
  }
  if (parsed.values.help || parsed.positionals.length === 0) {
    process.stdout.write(USAGE)
    return parsed.values.help ? 0 : 2
  }
  try {
    return await runCommand(parsed.positionals, parsed.values)
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`datumd: ${e.message}\n`)
      return e.exitCode
    }
    const code = (e as { code?: string }).code
    process.stderr.write(`datumd: ${code ? `[${code}] ` : ''}${(e as Error).message}\n`)
    return 1
  }
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      home: { type: 'string' },
      'chain-id': { type: 'string' },
      moniker: { type: 'string' },
      'dev-account': { type: 'boolean' },
      'no-gentx': { type: 'boolean' },
      mnemonic: { type: 'string' },
      overwrite: { type: 'boolean' },
      'init-if-missing': { type: 'boolean' },
      'commission-rate': { type: 'string' },
      'commission-max-rate': { type: 'string' },
      'commission-max-change-rate': { type: 'string' },
      'min-self-delegation': { type: 'string' },
      'keyring-file': { type: 'string' },
      'gentx-dir': { type: 'string' },
      ip: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code)
  },
  (e) => {
    process.stderr.write(`datumd: ${(e as Error).stack ?? e}\n`)
    process.exit(1)
  },
)
