// A participant's own rows, read as a stream each round and never sent anywhere. Rows come in chunks whose
// examples are parsed on demand: a round samples a small fraction q of the rows, and only those are turned
// into fixed-point examples (the sampling draw happens for every row, in order, so skipping the parse of the
// others changes nothing).
import { createReadStream } from 'node:fs'
import { CsvError } from '../csv.js'
import { csvRowChunks } from '../train/csv-stream.js'
import { FixedPointError, parseFixed } from '../train/fixed-point.js'
import type { Example } from '../train/models.js'

export interface RowChunk {
  readonly length: number
  example(i: number): Example
}

export interface LocalRows {
  /** The number of rows (checked against the asset's declared count before training). */
  readonly rows: bigint
  scan(): AsyncIterable<RowChunk>
}

/** Rows already in memory (tests, and feature-code output). */
export function memoryRows(examples: readonly Example[], chunk = 4096): LocalRows {
  return {
    rows: BigInt(examples.length),
    async *scan() {
      for (let i = 0; i < examples.length; i += chunk) {
        const part = examples.slice(i, i + chunk)
        yield { length: part.length, example: (k: number) => part[k]! }
      }
    },
  }
}

/**
 * A CSV file with a header naming the `features` and `label` columns. Opening it reads it once in full,
 * parsing every cell, so a malformed file is found before training starts (a DATA fault) rather than when a
 * bad row happens to be sampled. A file with no quote and no carriage return is then split by lines and
 * commas, which is the same as RFC 4180 parsing for such a file and several times faster; any other file is
 * read by the RFC 4180 streaming reader.
 */
export async function csvRows(
  path: string,
  features: readonly string[],
  label: string,
  chunkRows = 4096,
): Promise<LocalRows> {
  const plain = await isPlain(path)
  // a chunk of rows whose fields are split only when asked (most rows are never sampled)
  const chunks = (): AsyncIterable<{ length: number; fields(i: number): string[] }> =>
    plain ? plainLineChunks(path, chunkRows) : splitChunks(csvRowChunks(path, chunkRows))
  let columns: number[] | undefined
  let width = 0
  let count = 0n
  for await (const rows of chunks()) {
    let start = 0
    if (!columns) {
      const header = rows.fields(0)
      width = header.length
      columns = [...features, label].map((name) => {
        const i = header.indexOf(name)
        if (i < 0) throw new CsvError(`no column ${JSON.stringify(name)}`)
        return i
      })
      start = 1
    }
    for (let r = start; r < rows.length; r++) {
      count++
      const row = rows.fields(r)
      if (row.length !== width)
        throw new CsvError(`data row ${count} has ${row.length} fields, header has ${width}`)
      for (const c of columns)
        try {
          parseFixed(row[c]!)
        } catch (e) {
          if (e instanceof FixedPointError) throw new CsvError(`data row ${count}: ${e.message}`)
          throw e
        }
    }
  }
  if (!columns) throw new CsvError('empty file')
  const cols = columns
  return {
    rows: count,
    async *scan() {
      let skip = 1 // the header
      for await (const rows of chunks()) {
        const offset = skip
        skip = 0
        yield {
          length: rows.length - offset,
          example(i: number): Example {
            const row = rows.fields(i + offset)
            const values = cols.map((c) => parseFixed(row[c]!))
            return { x: values.slice(0, -1), y: values[values.length - 1]! }
          },
        }
      }
    },
  }
}

async function* splitChunks(source: AsyncIterable<string[][]>) {
  for await (const rows of source) yield { length: rows.length, fields: (i: number) => rows[i]! }
}

async function isPlain(path: string): Promise<boolean> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
    if ((chunk as Buffer).includes(0x22) || (chunk as Buffer).includes(0x0d)) return false
  return true
}

/** Lines of a file with no quotes and no CR: a row is a non-empty line, its fields split on commas. */
async function* plainLineChunks(path: string, chunkRows: number) {
  const chunk = (lines: string[]) => ({ length: lines.length, fields: (i: number) => lines[i]!.split(',') })
  let carry = ''
  let out: string[] = []
  for await (const piece of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const lines = (carry + (piece as string)).split('\n')
    carry = lines.pop()!
    for (const line of lines) {
      if (line === '') continue
      out.push(line)
      if (out.length >= chunkRows) {
        yield chunk(out)
        out = []
      }
    }
  }
  if (carry !== '') out.push(carry)
  if (out.length > 0) yield chunk(out)
}
