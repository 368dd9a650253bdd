// `datum`: the Datum client CLI (keys, txs, queries, the owner's publish tool).
// Exit codes: 0 success, 1 failure while running (node, tx, file), 2 bad command line.
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from './args.js'
import { assetCommands } from './asset-commands.js'
import { assetGrantCommand } from './asset-grant.js'
import { type Command, flagsFor } from './command.js'
import { computeRightCommands } from './computeright-commands.js'
import { CliError, UsageError } from './errors.js'
import { executorCommands } from './executor-commands.js'
import { featureModuleCommands } from './feature-module.js'
import { grantCommands } from './grant-executor.js'
import { commandHelp, groupHelp } from './help.js'
import { indexerCommand } from './indexer-command.js'
import { jobResultCommand } from './job-result.js'
import { keysCommands } from './keys-commands.js'
import { type OutputFormat, render } from './output.js'
import { attestationQueryCommands } from './query-attestation.js'
import { chainQueryCommands } from './query-chain.js'
import { cosmosQueryCommands } from './query-cosmos.js'
import { dataAssetQueryCommands } from './query-dataasset.js'
import { govQueryCommands } from './query-gov.js'
import { stakingQueryCommands } from './query-staking.js'
import { attestationTxCommands } from './tx-attestation.js'
import { bankTxCommands } from './tx-bank.js'
import { dataAssetTxCommands } from './tx-dataasset.js'
import { govTxCommands } from './tx-gov.js'
import { stakingTxCommands } from './tx-staking.js'
import { updateExecutorCommand } from './update-executor.js'

export const COMMANDS: Command[] = [
  ...keysCommands,
  ...bankTxCommands,
  ...cosmosQueryCommands,
  ...chainQueryCommands,
  ...dataAssetTxCommands,
  ...grantCommands,
  ...featureModuleCommands,
  ...dataAssetQueryCommands,
  ...assetCommands,
  ...attestationTxCommands,
  updateExecutorCommand,
  ...attestationQueryCommands,
  jobResultCommand,
  assetGrantCommand,
  ...computeRightCommands,
  ...executorCommands,
  ...govTxCommands,
  ...govQueryCommands,
  indexerCommand,
  ...stakingTxCommands,
  ...stakingQueryCommands,
]

export interface Io {
  out(text: string): void
  err(text: string): void
}

/** The command whose path is the longest prefix of argv's leading words. */
function findCommand(argv: string[]): { command?: Command; rest: string[]; prefix: string[] } {
  const words: string[] = []
  for (const w of argv) {
    if (w.startsWith('-')) break
    words.push(w)
  }
  for (const c of COMMANDS)
    if (c.path.length <= words.length && c.path.every((p, i) => words[i] === p))
      return { command: c, rest: argv.slice(c.path.length), prefix: c.path }
  let n = 0
  while (n < words.length && COMMANDS.some((c) => words.slice(0, n + 1).every((p, i) => c.path[i] === p))) n++
  return { rest: argv.slice(n), prefix: words.slice(0, n) }
}

export async function main(argv: string[], io: Io): Promise<number> {
  const { command, rest, prefix } = findCommand(argv)
  if (!command) {
    const help = groupHelp(prefix, COMMANDS)
    const unknown = argv.find((w, i) => i >= prefix.length && !w.startsWith('-'))
    if (unknown !== undefined) {
      io.err(`unknown command "${[...prefix, unknown].join(' ')}"\n\n${help}`)
      return 2
    }
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(help)
      return 0
    }
    io.err(help)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command))
    return 0
  }
  try {
    const args = parseArgs(rest, flagsFor(command))
    const output = (args.flags.output as string) ?? 'json'
    if (output !== 'json' && output !== 'text' && output !== 'table')
      throw new UsageError('--output must be json or text')
    const result = await command.run(args)
    const format: OutputFormat = output === 'json' ? 'json' : 'table'
    io.out(render(result, format, command.listKey, command.columns))
    return 0
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(
        `error: ${e.message}\n\nUsage: datum ${command.path.join(' ')}${command.args ? ` ${command.args}` : ''} [flags] (see --help)`,
      )
      return e.exitCode
    }
    if (e instanceof CliError) {
      io.err(`error (${e.code}): ${e.message}`)
      return e.exitCode
    }
    io.err(`error: ${(e as Error).message ?? String(e)}`)
    return 1
  }
}

function isEntry(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

/** Runs the CLI on this process's argv and sets its exit code. */
export async function runProcess(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  })
}

if (isEntry()) await runProcess()
