// Streaming CSV (RFC 4180: header row, quoted fields with "" escapes) for data sets larger than memory: the
// file is read in byte chunks and handed on in row chunks of bounded size, with quotes and line breaks that
// straddle a chunk boundary carried over. Cells become fixed-point Examples by exact decimal parsing.
import { createReadStream } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { CsvError } from '../csv.js'
import { FixedPointError, parseFixed } from './fixed-point.js'
import type { Example } from './models.js'

/** The rows of a CSV file (header first), at most `chunkRows` per yielded array. */
export async function* csvRowChunks(
  path: string,
  chunkRows = 1024,
  highWaterMark = 64 * 1024,
): AsyncGenerator<string[][]> {
  if (chunkRows < 1) throw new CsvError('chunkRows must be at least 1')
  const decoder = new StringDecoder('utf8')
  let out: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let quotePending = false // a '"' seen inside quotes: either the end or the first of an escaped pair
  let crPending = false
  const endRow = () => {
    row.push(field)
    if (row.length > 1 || row[0] !== '') out.push(row)
    row = []
    field = ''
  }
  const feed = function* (text: string): Generator<string[][]> {
    for (const c of text) {
      if (crPending) {
        crPending = false
        if (c === '\n') continue
      }
      if (quotePending) {
        quotePending = false
        if (c === '"') {
          field += '"'
          continue
        }
        quoted = false
      }
      if (quoted) {
        if (c === '"') quotePending = true
        else field += c
      } else if (c === '"' && field === '') quoted = true
      else if (c === ',') {
        row.push(field)
        field = ''
      } else if (c === '\n' || c === '\r') {
        crPending = c === '\r'
        endRow()
        if (out.length >= chunkRows) {
          yield out
          out = []
        }
      } else field += c
    }
  }
  for await (const chunk of createReadStream(path, { highWaterMark }))
    yield* feed(decoder.write(chunk as Buffer))
  yield* feed(decoder.end())
  if (quotePending) quoted = false
  if (quoted) throw new CsvError('unterminated quoted field')
  if (field !== '' || row.length > 0) endRow()
  if (out.length > 0) yield out
}

/** Examples from a CSV file: `features` columns and a `label` column, parsed exactly onto the grid. */
export async function* csvExampleChunks(
  path: string,
  features: readonly string[],
  label: string,
  chunkRows = 1024,
): AsyncGenerator<Example[]> {
  let columns: number[] | undefined
  let width = 0
  let line = 1
  for await (const rows of csvRowChunks(path, chunkRows)) {
    let start = 0
    if (!columns) {
      const header = rows[0]!
      width = header.length
      columns = [...features, label].map((name) => {
        const i = header.indexOf(name)
        if (i < 0) throw new CsvError(`no column ${JSON.stringify(name)}`)
        return i
      })
      start = 1
    }
    const examples: Example[] = []
    for (const r of rows.slice(start)) {
      line++
      if (r.length !== width) throw new CsvError(`row ${line} has ${r.length} fields, header has ${width}`)
      try {
        const values = columns.map((i) => parseFixed(r[i]!))
        examples.push({ x: values.slice(0, -1), y: values[values.length - 1]! })
      } catch (e) {
        if (e instanceof FixedPointError) throw new CsvError(`row ${line}: ${e.message}`)
        throw e
      }
    }
    if (examples.length > 0) yield examples
  }
}
