// The `datum` CLI run in-process for e2e tests, as a user types it: `--keyring-file` and `--node` appended
// unless the command needs neither; stdout parsed as JSON when the command succeeds.
import { main } from '../cli/datum.js'

export interface CliContext {
  /** The keyring file for `--from` (omitted for commands that sign nothing). */
  readonly keyringFile?: string
  /** The node's RPC URL (omitted for offline commands). */
  readonly node?: string
}

export interface CliRun {
  readonly code: number
  // biome-ignore lint/suspicious/noExplicitAny: the CLI prints JSON whose shape depends on the command
  readonly json: any
  readonly err: string
}

export async function runDatum(argv: readonly string[], ctx: CliContext): Promise<CliRun> {
  const full = [...argv]
  if (ctx.keyringFile) full.push('--keyring-file', ctx.keyringFile)
  if (ctx.node) full.push('--node', ctx.node)
  let out = ''
  let err = ''
  const code = await main(full, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, json: code === 0 && out ? JSON.parse(out) : undefined, err }
}

/** Runs the command and returns its JSON output; a non-zero exit is an error naming the command. */
// biome-ignore lint/suspicious/noExplicitAny: see CliRun.json
export async function okDatum(argv: readonly string[], ctx: CliContext): Promise<any> {
  const r = await runDatum(argv, ctx)
  if (r.code !== 0) throw new Error(`datum ${argv.join(' ')} exited ${r.code}: ${r.err}`)
  return r.json
}
