// Streaming CSV: the rows equal the whole-text parser's, for a file read in 7-byte pieces (so quotes, escapes
// and CRLF straddle boundaries) and handed on in chunks of at most 10 rows; cells become exact fixed point.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CsvError, parseCsv } from '../csv.js'
import { csvExampleChunks, csvRowChunks } from './csv-stream.js'
import { fromNumber, ONE } from './fixed-point.js'

const dir = mkdtempSync(join(tmpdir(), 'datum-csv-stream-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const collect = async <T>(it: AsyncIterable<T[]>) => {
  const chunks: T[][] = []
  for await (const c of it) chunks.push(c)
  return chunks
}

describe('streaming CSV', () => {
  it('yields the same rows as parseCsv, in bounded chunks, across awkward boundaries', async () => {
    const lines = ['a,b,"c ""q"""']
    for (let i = 0; i < 95; i++) lines.push(`${i},"x,${i}\ny","é${i}"`)
    const text = `${lines.join('\r\n')}\r\n`
    const path = join(dir, 'rows.csv')
    writeFileSync(path, text)
    const chunks = await collect(csvRowChunks(path, 10, 7))
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(10)
    const whole = parseCsv(text)
    expect(chunks.flat()).toEqual([whole.header, ...whole.rows])
  })

  it('parses examples exactly and reports the bad row', async () => {
    const path = join(dir, 'ex.csv')
    writeFileSync(path, 'f0,f1,label\n0.5,-1.25,1\n0.1,2,0\n')
    const [chunk] = await collect(csvExampleChunks(path, ['f0', 'f1'], 'label'))
    expect(chunk).toEqual([
      { x: [fromNumber(0.5), fromNumber(-1.25)], y: ONE },
      { x: [(ONE + 5n) / 10n, 2n * ONE], y: 0n },
    ])
    const bad = join(dir, 'bad.csv')
    writeFileSync(bad, 'f0,label\n1,0\nx,1\n')
    await expect(collect(csvExampleChunks(bad, ['f0'], 'label'))).rejects.toThrow(/row 3/)
    await expect(collect(csvExampleChunks(bad, ['nope'], 'label'))).rejects.toThrow(CsvError)
    const open = join(dir, 'open.csv')
    writeFileSync(open, 'a\n"unterminated\n')
    await expect(collect(csvRowChunks(open))).rejects.toThrow(CsvError)
  })
})
