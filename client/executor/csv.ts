// A small RFC 4180 CSV reader (header row, quoted fields with "" escapes) and numeric column extraction.
export class CsvError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CsvError'
  }
}

export function parseCsv(text: string): { header: string[]; rows: string[][] } {
  const rows: string[][] = []
  let field = ''
  let row: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      if (row.length > 1 || row[0] !== '') rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (quoted) throw new CsvError('unterminated quoted field')
  if (field !== '' || row.length > 0) rows.push([...row, field])
  const [header, ...body] = rows
  if (!header) throw new CsvError('empty CSV')
  for (const [i, r] of body.entries())
    if (r.length !== header.length)
      throw new CsvError(`row ${i + 2} has ${r.length} fields, header has ${header.length}`)
  return { header, rows: body }
}

/** The numeric values of one column; non-numeric cells are an error (no silent drops). */
export function numericColumn(csv: { header: string[]; rows: string[][] }, column: string): number[] {
  const idx = csv.header.indexOf(column)
  if (idx < 0) throw new CsvError(`no column ${JSON.stringify(column)}`)
  return csv.rows.map((r, i) => {
    const v = Number(r[idx])
    if (r[idx]!.trim() === '' || !Number.isFinite(v))
      throw new CsvError(`row ${i + 2} column ${column}: ${JSON.stringify(r[idx])} is not a number`)
    return v
  })
}

export function textColumn(csv: { header: string[]; rows: string[][] }, column: string): string[] {
  const idx = csv.header.indexOf(column)
  if (idx < 0) throw new CsvError(`no column ${JSON.stringify(column)}`)
  return csv.rows.map((r) => r[idx]!)
}
