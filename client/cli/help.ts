// Help text for the command tree and for each command.
import type { FlagSpecs } from './args.js'
import { type Command, flagsFor } from './command.js'

function flagLines(specs: FlagSpecs): string[] {
  const rows = Object.entries(specs).map(([name, s]) => {
    const left = `  --${name}${s.type === 'boolean' ? '' : ` ${s.value ?? '<value>'}`}`
    const notes = [
      s.required ? 'required' : '',
      s.type === 'repeat' ? 'repeatable' : '',
      s.default ? `default ${s.default}` : '',
    ]
      .filter(Boolean)
      .join(', ')
    return [left, `${s.description}${notes ? ` (${notes})` : ''}`] as const
  })
  const width = Math.max(...rows.map(([l]) => l.length))
  return rows.map(([l, r]) => `${l.padEnd(width)}  ${r}`)
}

export function commandHelp(c: Command): string {
  const usage = `datum ${c.path.join(' ')}${c.args ? ` ${c.args}` : ''} [flags]`
  return [
    `${c.summary}\n`,
    `Usage:\n  ${usage}\n`,
    'Flags:',
    ...flagLines(flagsFor(c)),
    c.details ? `\n${c.details}` : '',
  ]
    .join('\n')
    .trimEnd()
}

/** Help for a group (`datum`, `datum tx`, `datum tx dataasset`): its subcommands. */
export function groupHelp(prefix: string[], commands: Command[]): string {
  const below = commands.filter((c) => prefix.every((p, i) => c.path[i] === p))
  const rows = below.map((c) => [c.path.slice(prefix.length).join(' '), c.summary] as const)
  const width = Math.max(...rows.map(([l]) => l.length))
  return [
    `Usage:\n  datum ${[...prefix, '<command>'].join(' ')} [flags]\n`,
    'Commands:',
    ...rows.map(([l, r]) => `  ${l.padEnd(width)}  ${r}`),
    '\nRun any command with --help for its flags.',
  ].join('\n')
}
