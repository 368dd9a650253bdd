import { describe, expect, it } from 'vitest'
import { scaledTimeouts, taskFor } from './testdata/cluster.js'
import {
  canonicalTask,
  planOf,
  type TrainingTask,
  taskFromJson,
  taskHash,
  taskToJson,
} from './training-task.js'

const hyper = {
  rounds: 3,
  samplingRate: '0.1',
  noiseMultiplier: '1.1',
  clip: '1',
  learningRate: '0.5',
  delta: '1e-5',
}
const task = taskFor(
  { label: 'task', features: 2, rows: [10, 20, 30], hyper, threshold: 2, timeouts: scaledTimeouts(1) },
  [1001, 1002, 1003],
)

describe('TrainingTask', () => {
  it('reads its numbers exactly and survives the JSON round trip with the same hash', () => {
    const plan = planOf(task)
    expect(plan.model.kind).toBe('logistic')
    expect(plan.model.size).toBe(3)
    expect(plan.samplingRate).toEqual({ num: 1n, den: 10n })
    expect(plan.learningRate).toBe(1n << 31n)
    const back = taskFromJson(taskToJson(task))
    expect(back).toEqual(task)
    expect(taskHash(back)).toEqual(plan.taskHash)
  })

  it('hashes what decides the weights, not the transport', () => {
    const moved: TrainingTask = {
      ...task,
      participants: task.participants.map((p) => ({ ...p, endpoint: 'http://10.0.0.1:9' })),
      timeouts: scaledTimeouts(2),
    }
    expect(canonicalTask(moved)).toBe(canonicalTask(task))
    expect(taskHash({ ...task, hyper: { ...hyper, learningRate: '0.6' } })).not.toEqual(taskHash(task))
    expect(taskHash({ ...task, jobId: 8n })).not.toEqual(taskHash(task))
  })

  it('refuses a task the participants could not all run the same way (BAD_TASK)', () => {
    const bad = (t: Partial<TrainingTask>, why: RegExp) =>
      expect(() => planOf({ ...task, ...t })).toThrow(why)
    bad({ threshold: 1 }, /threshold 1 must be in \(n\/2, n\]/)
    bad({ threshold: 4 }, /threshold 4/)
    bad({ participants: task.participants.slice(0, 1), threshold: 1 }, /at least 2 participants/)
    bad(
      { participants: [task.participants[0]!, task.participants[0]!, task.participants[1]!] },
      /one participant per input asset/,
    )
    bad({ hyper: { ...hyper, samplingRate: '1.5' } }, /sampling rate must not exceed 1/)
    bad({ hyper: { ...hyper, noiseMultiplier: '0' } }, /noise multiplier must be positive/)
    bad({ hyper: { ...hyper, clip: 'x' } }, /clipping bound "x" is not a decimal/)
    bad({ hyper: { ...hyper, delta: '1' } }, /delta must be below 1/)
    bad({ hyper: { ...hyper, rounds: 0 } }, /rounds must be a positive integer/)
    bad({ family: 'mlp' }, /an mlp needs hidden ≥ 1/)
    bad({ family: 'forest' as never }, /unknown model family/)
    bad({ features: ['f0', 'label'] }, /distinct/)
    bad(
      { participants: task.participants.map((p, i) => (i ? p : { ...p, endpoint: 'ftp://x' })) },
      /not a base URL/,
    )
    expect(planOf({ ...task, family: 'mlp', hidden: 4 }).model.size).toBe(2 * 4 + 4 + 4 + 1)
  })
})
