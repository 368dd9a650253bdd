// A small strict argv parser: `--flag value`, `--flag=value`, boolean `--flag`, repeatable flags, positionals.
// Unknown flags, missing values and missing required flags are usage errors naming the flag.
import { UsageError } from './errors.js'

export type FlagType = 'string' | 'boolean' | 'repeat'

export interface FlagSpec {
  type: FlagType
  description: string
  required?: boolean
  default?: string
  /** Shown in help as the value placeholder, e.g. `<address>`. */
  value?: string
}

export type FlagSpecs = Record<string, FlagSpec>

export interface ParsedArgs {
  positionals: string[]
  flags: Record<string, string | boolean | string[] | undefined>
}

export function parseArgs(argv: string[], specs: FlagSpecs): ParsedArgs {
  const flags: ParsedArgs['flags'] = {}
  const positionals: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq > 0 ? eq : undefined)
    const spec = specs[name]
    if (!spec) throw new UsageError(`unknown flag --${name}`)
    if (spec.type === 'boolean') {
      if (eq > 0) {
        const v = arg.slice(eq + 1)
        if (v !== 'true' && v !== 'false')
          throw new UsageError(`--${name} takes true or false, not ${JSON.stringify(v)}`)
        flags[name] = v === 'true'
      } else flags[name] = true
      continue
    }
    let value: string
    if (eq > 0) value = arg.slice(eq + 1)
    else {
      const next = argv[i + 1]
      if (next === undefined || (next.startsWith('--') && next.length > 2))
        throw new UsageError(`--${name} needs a value`)
      value = next
      i++
    }
    if (spec.type === 'repeat') flags[name] = [...((flags[name] as string[] | undefined) ?? []), value]
    else if (flags[name] !== undefined) throw new UsageError(`--${name} given twice`)
    else flags[name] = value
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (flags[name] === undefined && spec.default !== undefined) flags[name] = spec.default
    if (spec.required && flags[name] === undefined) throw new UsageError(`--${name} is required`)
  }
  return { positionals, flags }
}

export const str = (a: ParsedArgs, name: string): string | undefined => a.flags[name] as string | undefined
export const bool = (a: ParsedArgs, name: string): boolean => a.flags[name] === true
export const many = (a: ParsedArgs, name: string): string[] => (a.flags[name] as string[] | undefined) ?? []

/** A comma-separated list flag (`--tags a,b`), empty when absent. */
export function list(a: ParsedArgs, name: string): string[] {
  const v = str(a, name)
  return v === undefined || v === '' ? [] : v.split(',').map((s) => s.trim())
}

export function positional(a: ParsedArgs, index: number, what: string): string {
  const v = a.positionals[index]
  if (v === undefined || v === '') throw new UsageError(`missing argument <${what}>`)
  return v
}
