import { describe, expect, it } from 'vitest'
import * as C from '../../../proto/gen/datum/computeright/v1/index.js'
import type { DataAsset } from '../../../proto/gen/datum/dataasset/v1/index.js'
import { planOf } from '../federated/training-task.js'
import {
  type Candidate,
  chooseParticipants,
  decimal,
  declaredRows,
  isTrainingJob,
  TrainingJobError,
  trainingTaskOf,
} from './training-job.js'

const id = (n: number) => n.toString(16).padStart(64, '0')
const key = (n: number) => `02${n.toString(16).padStart(64, '0')}`

const asset = (n: number, region: string, rows?: number) =>
  ({
    id: id(n),
    metadata: { tags: ['tabular', ...(rows ? [`rows-${rows}`] : [])] },
    residencyPolicy: { allowedRegions: [region] },
  }) as unknown as DataAsset

const ASSETS = new Map(
  [asset(1, 'DE', 2000), asset(2, 'DE', 2100), asset(3, 'FR', 1900)].map((a) => [a.id, a]),
)

// The chain's defaults as a buyer would send them (units: ×10⁶ fixed point, ppm, nano-δ).
const job = {
  id: 7n,
  epsilonMicro: 980_000n,
  training: {
    family: C.ModelFamily.MODEL_FAMILY_LOGISTIC,
    hiddenWidth: 0,
    featureColumns: ['x0', 'x1'],
    labelColumn: 'y',
    schemaHash: 'ab'.repeat(32),
    hyperparams: {
      rounds: 20,
      localSteps: 2,
      samplingRatePpm: 50_000,
      clipNormMicro: 1_000_000n,
      noiseMultiplierMicro: 3_500_000n,
      learningRateMicro: 500_000n,
    },
    inputs: [1, 2, 3].map((n) => ({
      assetId: id(n),
      epsilonMicro: 1_000_000n,
      deltaNano: n === 2 ? 500n : 1_000n,
    })),
  },
} as unknown as C.Job

const cand = (n: number, region: string, granted: number[]): Candidate => ({
  address: `datum1exec${n}`,
  pubKey: key(n),
  endpoint: `http://127.0.0.1:90${n}0/`,
  region,
  granted: new Set(granted.map(id)),
})

describe('a training job on chain read as the federated task', () => {
  it('converts the chain units exactly', () => {
    expect(decimal(50_000n, 6)).toBe('0.05')
    expect(decimal(3_500_000n, 6)).toBe('3.5')
    expect(decimal(1_000_000n, 6)).toBe('1')
    expect(decimal(500n, 9)).toBe('0.0000005')
    expect(declaredRows(ASSETS.get(id(1))!)).toBe(2000n)
    expect(declaredRows(asset(9, 'DE'))).toBeUndefined()
    expect(isTrainingJob(job)).toBe(true)
    expect(isTrainingJob({ ...job, training: undefined } as unknown as C.Job)).toBe(false)
  })

  it('chooses one granted executor in region per input, the same at every executor', () => {
    // exec1 is granted every asset, but its region (DE) excludes asset 3; exec3 (FR) takes it
    const assigned = [cand(1, 'DE', [1, 2, 3]), cand(2, 'DE', [2]), cand(3, 'FR', [3]), cand(4, 'DE', [1])]
    const r = chooseParticipants(job, ASSETS, assigned)
    expect('chosen' in r && r.chosen.map((c) => c.address)).toEqual([
      'datum1exec1',
      'datum1exec2',
      'datum1exec3',
    ])
    // an input nobody assigned can take: wait for it
    expect(chooseParticipants(job, ASSETS, [cand(1, 'DE', [1, 2, 3]), cand(2, 'DE', [2])])).toEqual({
      missing: id(3),
    })
    // nor may one executor be two participants
    expect(chooseParticipants(job, ASSETS, [cand(1, 'DE', [1, 2]), cand(3, 'FR', [3])])).toEqual({
      missing: id(2),
    })
  })

  it('builds a task the federated trainer accepts, charging rounds × local_steps noised rounds', () => {
    const chosen = [cand(1, 'DE', [1]), cand(2, 'DE', [2]), cand(3, 'FR', [3])]
    const task = trainingTaskOf('datum-test', job, ASSETS, chosen)
    expect(task.hyper).toEqual({
      rounds: 40,
      samplingRate: '0.05',
      noiseMultiplier: '3.5',
      clip: '1',
      learningRate: '0.5',
      delta: '0.0000005',
    })
    expect(task.threshold).toBe(2)
    expect(task.participants.map((p) => [p.assetId, p.endpoint, p.rows])).toEqual([
      [1n, 'http://127.0.0.1:9010', 2000n],
      [2n, 'http://127.0.0.1:9020', 2100n],
      [3n, 'http://127.0.0.1:9030', 1900n],
    ])
    const plan = planOf(task)
    expect(plan.model.size).toBe(3)
    // same inputs, same task hash (what binds every message and the model digest)
    expect(planOf(trainingTaskOf('datum-test', job, ASSETS, chosen)).taskHash).toEqual(plan.taskHash)
    // no attribution asked: the task says nothing of it (its hash is the one before attribution existed)
    expect(task.attribution).toBeUndefined()
    const asked = { ...job, training: { ...job.training!, attribution: true } } as C.Job
    const withAttribution = trainingTaskOf('datum-test', asked, ASSETS, chosen)
    expect(withAttribution.attribution).toBe(true)
    expect(planOf(withAttribution).taskHash).not.toEqual(plan.taskHash)
    const noRows = new Map(ASSETS).set(id(3), asset(3, 'FR'))
    expect(() => trainingTaskOf('datum-test', job, noRows, chosen)).toThrow(TrainingJobError)
  })
})
