// Renders results as JSON (bigint as strings, bytes as base64) or as a readable table.

export type OutputFormat = 'json' | 'table'

function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString()
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64')
  if (Array.isArray(v)) return v.map(plain)
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = plain(x)
    return out
  }
  return v
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return ''
  if (typeof v === 'object') return JSON.stringify(v)
  return String(v)
}

function table(rows: Record<string, unknown>[], columns: string[]): string {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)))
  const line = (vals: string[]) =>
    vals
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return [
    line(columns.map((c) => c.toUpperCase())),
    ...rows.map((r) => line(columns.map((c) => cell(r[c])))),
  ].join('\n')
}

/**
 * `listKey` names an array field rendered as rows (e.g. `assets`), with `columns` picked from each item;
 * everything else is shown as key/value pairs.
 */
export function render(value: unknown, format: OutputFormat, listKey?: string, columns?: string[]): string {
  const v = plain(value)
  if (format === 'json') return JSON.stringify(v, null, 2)
  if (v === null || typeof v !== 'object') return cell(v)
  const o = v as Record<string, unknown>
  const parts: string[] = []
  const scalars = Object.entries(o).filter(([k]) => k !== listKey)
  if (scalars.length > 0)
    parts.push(
      table(
        scalars.map(([key, val]) => ({ key, value: val })),
        ['key', 'value'],
      ),
    )
  if (listKey && Array.isArray(o[listKey])) {
    const items = o[listKey] as Record<string, unknown>[]
    const cols = columns ?? [...new Set(items.flatMap((i) => Object.keys(i)))]
    parts.push(items.length > 0 ? table(items, cols) : `(no ${listKey})`)
  }
  return parts.join('\n\n')
}
