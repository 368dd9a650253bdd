import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkAlgorithmParams } from '../../modules/computeright/validate.js'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import { Mechanism } from '../../proto/gen/datum/dataasset/v1/index.js'
import { BUILTIN_IMAGE_DIGEST, parseBuiltinParams } from '../executor/job-params.js'
import { parseArgs } from './args.js'
import { TX_FLAGS } from './command.js'
import { JOB_FLAGS, jobOf, withSignerOutputKey } from './computeright-job-args.js'
import { jobStateOf } from './computeright-queries.js'
import { UsageError } from './errors.js'
import { Keyring } from './keyring.js'
import { runCli } from './test-cli.js'

const run = runCli

/** Job flags as parsed; `--purpose research` unless the case names one. */
const job = (...argv: string[]) =>
  jobOf(parseArgs(argv.includes('--purpose') ? argv : [...argv, '--purpose', 'research'], JOB_FLAGS))
const HEX = 'a'.repeat(64)

describe('job flags', () => {
  it('encrypts the result to the --from key unless --output-key is given', async () => {
    const keyringFile = join(mkdtempSync(join(tmpdir(), 'datum-cr-cli-')), 'keyring.json')
    await new Keyring(keyringFile).add('buyer')
    const base = ['--epsilon', '0.1', '--mechanism', 'dp', '--algorithm', `${HEX}:sha256:${HEX}`]
    const withKey = (...extra: string[]) =>
      parseArgs([...base, '--from', 'buyer', '--keyring-file', keyringFile, ...extra], {
        ...JOB_FLAGS,
        ...TX_FLAGS,
      })
    expect(() => jobOf(parseArgs(base, JOB_FLAGS))).toThrow(/--purpose is required/)
    expect(job(...base, '--purpose', 'commercial').purpose).toBe(2)
    expect(() => job(...base, '--purpose', 'spying')).toThrow(/unknown value/)
    const own = await withSignerOutputKey(withKey(), job(...base))
    expect(Buffer.from(own.outputKey!).toString('hex')).toMatch(/^0[23][0-9a-f]{64}$/)
    const given = `02${'11'.repeat(32)}`
    const explicit = await withSignerOutputKey(withKey(), job(...base, '--output-key', given))
    expect(Buffer.from(explicit.outputKey!).toString('hex')).toBe(given)
  })

  it('--builtin builds the canonical params the executor accepts, mechanism dp by default', () => {
    const j = job(
      '--builtin',
      'dp-mean',
      '--column',
      'age',
      '--lower',
      '0',
      '--upper',
      '120',
      '--epsilon',
      '0.5',
    )
    expect(j.mechanism).toBe(Mechanism.MECHANISM_DP)
    expect(j.algorithm!.imageDigest).toBe(BUILTIN_IMAGE_DIGEST)
    const p = parseBuiltinParams(j.algorithm as Parameters<typeof parseBuiltinParams>[0])
    expect(p).toEqual({ algorithm: 'dp-mean', column: 'age', lower: 0, upper: 120 })
    const h = job(
      '--builtin',
      'dp-histogram',
      '--column',
      'c',
      '--buckets',
      'a,b',
      '--file',
      'x.csv',
      '--epsilon',
      '1',
    )
    expect(JSON.parse(h.algorithm!.params!)).toEqual({
      algorithm: 'dp-histogram',
      buckets: ['a', 'b'],
      column: 'c',
      file: 'x.csv',
    })
  })

  it('the node accepts what --builtin builds (params pinned by params_hash)', () => {
    const j = job('--builtin', 'dp-count', '--column', 'visits', '--epsilon', '0.1')
    expect(() => checkAlgorithmParams(j.algorithm as { params: string; paramsHash: string })).not.toThrow()
    const tampered = { ...j.algorithm, params: j.algorithm!.params!.replace('visits', 'other') }
    expect(() => checkAlgorithmParams(tampered as { params: string; paramsHash: string })).toThrowError(
      /params_hash/,
    )
  })

  it('the explicit --algorithm path carries no params', () => {
    const j = job('--algorithm', `${HEX}:sha256:${HEX}`, '--mechanism', 'tee', '--epsilon', '0.1')
    expect(j.algorithm).toEqual({ codeHash: HEX, imageDigest: `sha256:${HEX}`, params: '', paramsHash: '' })
  })

  it('bad combinations are usage errors', () => {
    const bad = [
      ['--builtin', 'dp-median', '--column', 'a', '--epsilon', '1'],
      ['--builtin', 'dp-count', '--epsilon', '1'],
      ['--builtin', 'dp-sum', '--column', 'a', '--lower', '5', '--upper', '1', '--epsilon', '1'],
      ['--builtin', 'dp-sum', '--column', 'a', '--lower', 'x', '--upper', '1', '--epsilon', '1'],
      ['--builtin', 'dp-histogram', '--column', 'a', '--epsilon', '1'],
      ['--builtin', 'dp-count', '--column', 'a', '--algorithm', `${HEX}:sha256:${HEX}`, '--epsilon', '1'],
      ['--algorithm', `${HEX}:sha256:${HEX}`, '--mechanism', 'dp', '--column', 'a', '--epsilon', '1'],
      ['--mechanism', 'dp', '--epsilon', '1'],
      ['--builtin', 'dp-count', '--column', 'a'],
    ]
    for (const argv of bad) expect(() => job(...argv), argv.join(' ')).toThrowError(UsageError)
  })

  it("--training reads a TrainingSpec (proto JSON); ε is the chain's, so --epsilon is refused with it", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'datum-train-')), 'spec.json')
    const spec = {
      family: 'MODEL_FAMILY_LOGISTIC',
      feature_columns: ['x0', 'x1'],
      label_column: 'y',
      schema_hash: HEX,
      hyperparams: {
        rounds: 100,
        local_steps: 1,
        sampling_rate_ppm: 50000,
        clip_norm_micro: '1000000',
        noise_multiplier_micro: '3500000',
        learning_rate_micro: '500000',
      },
      inputs: [{ asset_id: HEX, epsilon_micro: '1000000', delta_nano: '1000' }],
    }
    writeFileSync(file, JSON.stringify(spec))
    const algo = ['--algorithm', `${HEX}:sha256:${HEX}`, '--mechanism', 'dp', '--purpose', 'training']
    const j = job(...algo, '--training', file)
    expect(j.epsilonMicro).toBe(0n)
    expect(j.training?.family).toBe(T.ModelFamily.MODEL_FAMILY_LOGISTIC)
    expect(j.training?.hyperparams?.noiseMultiplierMicro).toBe(3_500_000n)
    expect(j.training?.inputs?.[0]).toEqual({ assetId: HEX, epsilonMicro: 1_000_000n, deltaNano: 1_000n })
    expect(j.training?.attribution).toBe(false)
    expect(() => job(...algo, '--training', file, '--epsilon', '1')).toThrowError(UsageError)
    // asking the executors for attribution (proto JSON bool)
    writeFileSync(file, JSON.stringify({ ...spec, attribution: true }))
    expect(job(...algo, '--training', file).training?.attribution).toBe(true)
    writeFileSync(file, '{ not json')
    expect(() => job(...algo, '--training', file)).toThrowError(UsageError)
  })
})

describe('datum query computeright', () => {
  it('job states by name', () => {
    expect(jobStateOf('state', 'assigned')).toBe(T.JobState.JOB_STATE_ASSIGNED)
    expect(() => jobStateOf('state', 'unspecified')).toThrowError(UsageError)
    expect(() => jobStateOf('state', 'ASSIGNED')).toThrowError(UsageError)
  })

  it('lists the new queries with page flags; bad arguments fail before the network', async () => {
    const help = await run('query', 'computeright', 'jobs-by-state', '--help')
    expect(help.code).toBe(0)
    for (const f of ['--limit', '--page-key', '--count-total', '--reverse']) expect(help.out).toContain(f)
    expect((await run('query', 'computeright', 'jobs-by-state', 'sleeping')).code).toBe(2)
    expect((await run('query', 'computeright', 'jobs-by-asset', HEX, 'x')).code).toBe(2)
    expect((await run('query', 'computeright', 'rights-by-holder', 'd1', '--page-key', '!!')).code).toBe(2)
    expect((await run('query', 'computeright', 'rights-by-holder', 'd1', '--limit', '1001')).code).toBe(2)
  })

  it('request-job --builtin checks its params before the network', async () => {
    const r = await run(
      'tx',
      'computeright',
      'request-job',
      '1',
      '--builtin',
      'dp-sum',
      '--column',
      'a',
      '--epsilon',
      '1',
      '--from',
      'k',
    )
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/lower < upper/)
  })
})
