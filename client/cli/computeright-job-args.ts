// Job flags of `datum tx computeright request-job` and `purchase-and-request`: either an explicit algorithm
// (`--algorithm <code-hash>:sha256:<image>`) or a built-in DP aggregate (`--builtin dp-mean --column age …`),
// whose params are pinned as canonical JSON by params_hash (client/executor/job-params.ts).

import { readFileSync } from 'node:fs'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import type { DpAlgorithm } from '../executor/dp-aggregates.js'
import { builtinAlgorithm, JobParamsError } from '../executor/job-params.js'
import { type FlagSpecs, list, many, type ParsedArgs, str } from './args.js'
import { keyringOf } from './connect.js'
import { UsageError } from './errors.js'
import { algorithmOf, epsilonMicro, mechanismOf, purposeOf } from './parse-dataasset.js'

export function coinOf(flag: string, v: string | undefined): { denom: string; amount: string } {
  const m = /^([0-9]+)([a-z][a-z0-9/:._-]{2,127})$/.exec(v ?? '')
  if (!m) throw new UsageError(`--${flag} must be an amount with its denom, e.g. 1000udatum`)
  return { amount: m[1]!, denom: m[2]! }
}

const BUILTINS: readonly DpAlgorithm[] = ['dp-mean', 'dp-sum', 'dp-count', 'dp-histogram']

export const JOB_FLAGS: FlagSpecs = {
  algorithm: {
    type: 'string',
    description: '<code-hash>:sha256:<image-digest> (or --builtin)',
    value: '<algo>',
  },
  builtin: { type: 'string', description: 'dp-mean, dp-sum, dp-count or dp-histogram', value: '<name>' },
  column: { type: 'string', description: 'CSV column the built-in reads (with --builtin)', value: '<name>' },
  lower: { type: 'string', description: 'clamp lower bound (dp-mean, dp-sum)', value: '<N>' },
  upper: { type: 'string', description: 'clamp upper bound (dp-mean, dp-sum)', value: '<N>' },
  buckets: {
    type: 'string',
    description: 'histogram buckets, comma-separated (dp-histogram)',
    value: '<a,b>',
  },
  file: { type: 'string', description: 'CSV file of the dataset (manifest path)', value: '<path>' },
  mechanism: {
    type: 'string',
    description: 'dp, tee, mpc, fl or replicated (dp with --builtin)',
    value: '<m>',
  },
  epsilon: {
    type: 'string',
    description: 'ε for the job, decimal (required unless --training)',
    value: '<ε>',
  },
  training: {
    type: 'string',
    description:
      'a training job: file with a datum.computeright.v1.TrainingSpec as proto JSON (family, columns, schema_hash, hyperparams, inputs with ε and δ per asset, attribution); the chain computes each input ε, so no --epsilon',
    value: '<file>',
  },
  'feature-module': {
    type: 'string',
    description:
      'sha256 of an owner-approved feature module: rows are mapped through it and the built-in reads feature column f0, f1, …',
    value: '<hash>',
  },
  purpose: {
    type: 'string',
    description: 'research, commercial, training or inference: the licence must allow it (required)',
    value: '<purpose>',
  },
  'max-compute-fee': { type: 'string', description: 'locked compute fee, e.g. 500udatum', value: '<coin>' },
  'output-key': {
    type: 'string',
    description: 'public key (hex) the result is encrypted to (default: the --from key)',
    value: '<hex>',
  },
  viewer: { type: 'repeat', description: 'address that may also read the result', value: '<address>' },
}

const BUILTIN_ONLY = ['column', 'lower', 'upper', 'buckets', 'file']

function bound(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined
  const n = Number(v)
  if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${flag} must be a finite number`)
  return n
}

function builtinOf(a: ParsedArgs, name: string): T.AlgorithmInput {
  if (!BUILTINS.includes(name as DpAlgorithm))
    throw new UsageError(`--builtin must be one of ${BUILTINS.join(', ')}`)
  const column = str(a, 'column')
  if (column === undefined) throw new UsageError('--column is required with --builtin')
  const buckets = str(a, 'buckets') === undefined ? undefined : list(a, 'buckets')
  try {
    return builtinAlgorithm({
      algorithm: name as DpAlgorithm,
      column,
      lower: bound('lower', str(a, 'lower')),
      upper: bound('upper', str(a, 'upper')),
      buckets,
      file: str(a, 'file'),
    })
  } catch (e) {
    if (e instanceof JobParamsError) throw new UsageError(`--builtin ${name}: ${e.message}`)
    throw e
  }
}

function algorithmFlags(a: ParsedArgs): T.AlgorithmInput {
  const builtin = str(a, 'builtin')
  const explicit = str(a, 'algorithm')
  if (builtin !== undefined && explicit !== undefined)
    throw new UsageError('give --algorithm or --builtin, not both')
  if (builtin !== undefined) return builtinOf(a, builtin)
  if (explicit === undefined) throw new UsageError('--algorithm or --builtin is required')
  for (const f of BUILTIN_ONLY)
    if (str(a, f) !== undefined) throw new UsageError(`--${f} only applies with --builtin`)
  const { codeHash, imageDigest } = algorithmOf(explicit)
  return { codeHash, imageDigest, params: '', paramsHash: '' }
}

/** A TrainingSpec from a proto JSON file (snake_case fields, enum names), checked by the chain on submission. */
function trainingOf(path: string): T.TrainingSpec {
  try {
    return T.TrainingSpec.fromJson(JSON.parse(readFileSync(path, 'utf8')))
  } catch (e) {
    throw new UsageError(`--training ${path}: ${(e as Error).message}`)
  }
}

export function jobOf(a: ParsedArgs): T.JobRequestInput {
  const epsilon = str(a, 'epsilon')
  const trainingFile = str(a, 'training')
  const training = trainingFile === undefined ? undefined : trainingOf(trainingFile)
  if (training && epsilon !== undefined)
    throw new UsageError('a --training job takes no --epsilon: the chain computes each input ε')
  if (!training && epsilon === undefined) throw new UsageError('--epsilon is required')
  const algorithm = algorithmFlags(a)
  const mechanism = str(a, 'mechanism') ?? (str(a, 'builtin') !== undefined ? 'dp' : undefined)
  if (mechanism === undefined) throw new UsageError('--mechanism is required')
  const key = str(a, 'output-key') ?? ''
  if (!/^([0-9a-f]{2}){0,65}$/.test(key)) throw new UsageError('--output-key must be hex, at most 65 bytes')
  const purpose = str(a, 'purpose')
  if (purpose === undefined)
    throw new UsageError('--purpose is required (research, commercial, training, inference)')
  return {
    purpose: purposeOf(purpose),
    algorithm,
    mechanism: mechanismOf(mechanism),
    epsilonMicro: epsilon === undefined ? 0n : epsilonMicro('epsilon', epsilon),
    training,
    maxComputeFee: coinOf('max-compute-fee', str(a, 'max-compute-fee') ?? '0udatum'),
    outputKey: new Uint8Array(Buffer.from(key, 'hex')),
    viewers: many(a, 'viewer'),
    featureModuleHash: featureModuleOf(str(a, 'feature-module')),
  }
}

function featureModuleOf(v: string | undefined): string {
  if (v === undefined) return ''
  if (!/^[0-9a-f]{64}$/.test(v)) throw new UsageError('--feature-module must be 64 lower-case hex characters')
  return v
}

/**
 * A job without --output-key is encrypted to the signer: executors refuse jobs without a key, and the
 * requester's own key is what `datum job result --from` opens.
 */
export async function withSignerOutputKey(a: ParsedArgs, job: T.JobRequestInput): Promise<T.JobRequestInput> {
  if (job.outputKey && job.outputKey.length > 0) return job
  const { signer } = await keyringOf(a).signer(str(a, 'from')!)
  const [account] = await signer.getAccounts()
  return { ...job, outputKey: account!.pubkey }
}
