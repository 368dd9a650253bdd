// The `datum` CLI run in this process (the same `main` the binary runs), so a scenario exercises the real
// commands without paying a tsx start-up per call. Every call is shown to the narrator first.
import { main } from '../../client/cli/datum.js'
import type { Narrator } from './narrator.js'

export class CliFailure extends Error {
  constructor(
    readonly argv: string[],
    readonly code: number,
    readonly stderr: string,
  ) {
    super(`datum ${argv.join(' ')} exited ${code}: ${stderr.trim()}`)
    this.name = 'CliFailure'
  }
}

export class DatumCli {
  constructor(
    readonly keyringFile: string,
    readonly node: string,
    private readonly narrator: Narrator,
  ) {}

  /** Runs `datum <argv> [--keyring-file …] [--node …]`; resolves with the parsed JSON output. */
  // biome-ignore lint/suspicious/noExplicitAny: CLI output is JSON whose shape each command documents
  async run(argv: string[], opts: { node?: boolean; keyring?: boolean; quiet?: boolean } = {}): Promise<any> {
    if (!opts.quiet) this.narrator.command(argv)
    const full = [...argv]
    if (opts.keyring !== false) full.push('--keyring-file', this.keyringFile)
    if (opts.node !== false) full.push('--node', this.node)
    let out = ''
    let err = ''
    const code = await main(full, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) })
    if (code !== 0) throw new CliFailure(argv, code, err)
    return out.trim() === '' ? undefined : JSON.parse(out)
  }
}
