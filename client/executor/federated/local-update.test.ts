import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cryptoSource } from '../random-source.js'
import { rational } from '../train/accountant.js'
import { memorySource, ownerContribution } from '../train/dp-fedavg.js'
import { ONE } from '../train/fixed-point.js'
import { logisticRegression } from '../train/models.js'
import { csvRows, memoryRows } from './local-rows.js'
import { localUpdate } from './local-update.js'
import { noiseSeedOf } from './testdata/cluster.js'
import { groundTruth, syntheticExamples, writeSyntheticCsv } from './testdata/synthetic-csv.js'

const dir = mkdtempSync(join(tmpdir(), 'datum-local-update-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const truth = groundTruth(3)
const examples = syntheticExamples('local', truth, 500)
const params = {
  model: logisticRegression(3),
  samplingRate: rational('0.1'),
  noiseMultiplier: rational('1.3'),
  clip: ONE / 2n,
  threshold: 2,
}
const weights = [ONE / 3n, -ONE, ONE / 7n, ONE / 5n]
const features = ['f0', 'f1', 'f2']

describe('a participant’s local update from its streamed rows', () => {
  it('equals the library’s ownerContribution draw for draw, from memory, a plain CSV and an RFC 4180 CSV', async () => {
    const plain = join(dir, 'plain.csv')
    await writeSyntheticCsv(plain, 'local', truth, 500)
    // the same rows with quoted header cells and CRLF line ends: read by the RFC 4180 reader
    const rfc = join(dir, 'rfc.csv')
    const text = readFileSync(plain, 'utf8').split('\n')
    writeFileSync(rfc, [text[0]!.replace('f1', '"f1"'), ...text.slice(1)].join('\r\n'))
    const expected = await ownerContribution(
      { ...params, rounds: 1, learningRate: ONE, context: new Uint8Array(32), clip: params.clip },
      { data: memorySource(examples), noiseSeed: noiseSeedOf('local', 1), secrets: cryptoSource },
      weights,
      3,
    )
    for (const rows of [
      memoryRows(examples, 77),
      await csvRows(plain, features, 'label', 100),
      await csvRows(rfc, features, 'label', 64),
    ]) {
      expect(rows.rows).toBe(500n)
      const { update, sampled } = await localUpdate(params, rows, noiseSeedOf('local', 1), weights, 3)
      expect(update).toEqual(expected)
      expect(sampled).toBeGreaterThan(25)
      expect(sampled).toBeLessThan(80)
    }
  })

  it('refuses a malformed file when it is opened, before any round', async () => {
    const bad = join(dir, 'bad.csv')
    writeFileSync(bad, 'f0,f1,f2,label\n0.1,0.2,0.3,1\n0.1,x,0.3,0\n')
    await expect(csvRows(bad, features, 'label')).rejects.toThrow(/data row 2/)
    writeFileSync(bad, 'f0,f1,f2,label\n0.1,0.2,0.3\n')
    await expect(csvRows(bad, features, 'label')).rejects.toThrow(/3 fields, header has 4/)
    await expect(csvRows(bad, ['f0', 'nope'], 'label')).rejects.toThrow(/no column "nope"/)
  })
})
