// Rows of a CSV file turned into training examples by owner-approved feature code (../wasm/sandbox.ts),
// streamed in chunks: the raw columns go to the WebAssembly module as f64 (JavaScript's decimal parsing is
// correctly rounded, so every platform passes the same doubles), the module's bounded features become x, and
// the label column is parsed exactly onto the grid. A module fault surfaces as JobFault('ALGORITHM').
import { CsvError } from '../csv.js'
import type { FeatureMapper } from '../wasm/sandbox.js'
import { csvRowChunks } from './csv-stream.js'
import type { ExampleSource } from './dp-fedavg.js'
import { FixedPointError, parseFixed } from './fixed-point.js'
import type { Example } from './models.js'

export function mappedCsvSource(
  path: string,
  rows: bigint,
  inputs: readonly string[],
  label: string,
  mapper: FeatureMapper,
  chunkRows = 1024,
): ExampleSource {
  return {
    rows,
    async *scan() {
      let columns: number[] | undefined
      let labelAt = 0
      let line = 1
      for await (const chunk of csvRowChunks(path, chunkRows)) {
        let start = 0
        if (!columns) {
          const header = chunk[0]!
          const find = (name: string) => {
            const i = header.indexOf(name)
            if (i < 0) throw new CsvError(`no column ${JSON.stringify(name)}`)
            return i
          }
          columns = inputs.map(find)
          labelAt = find(label)
          start = 1
        }
        const out: Example[] = []
        for (const r of chunk.slice(start)) {
          line++
          const raw = columns.map((i) => {
            const v = Number(r[i])
            if (r[i] === undefined || r[i]!.trim() === '' || !Number.isFinite(v))
              throw new CsvError(`row ${line}: ${JSON.stringify(r[i])} is not a number`)
            return v
          })
          let y: bigint
          try {
            y = parseFixed(r[labelAt] ?? '')
          } catch (e) {
            if (e instanceof FixedPointError) throw new CsvError(`row ${line}: ${e.message}`)
            throw e
          }
          out.push({ x: mapper.map(raw), y })
        }
        if (out.length > 0) yield out
      }
    },
  }
}
