import { describe, expect, it } from 'vitest'
import { cryptoSource } from '../random-source.js'
import { rational } from '../train/accountant.js'
import { memorySource, trainDpFedAvg } from '../train/dp-fedavg.js'
import { ONE } from '../train/fixed-point.js'
import { logisticRegression } from '../train/models.js'
import { trainFederated } from './federated-trainer.js'
import { memoryRows } from './local-rows.js'
import { modelDigest } from './model-digest.js'
import { noiseSeedOf, scaledTimeouts, startServers, taskFor, testKey } from './testdata/cluster.js'
import { groundTruth, syntheticExamples } from './testdata/synthetic-csv.js'
import { planOf } from './training-task.js'

const hyper = {
  rounds: 4,
  samplingRate: '0.1',
  noiseMultiplier: '1.1',
  clip: '1',
  learningRate: '1',
  delta: '1e-5',
}

describe('federated training over HTTP between participants', () => {
  it('ends with the weights of the in-memory DP-FedAvg reference, bit for bit, at every participant', async () => {
    const truth = groundTruth(4)
    const data = [0, 1, 2].map((i) => syntheticExamples(`trainer-${i}`, truth, 150 + 20 * i))
    const { servers, ports, close } = await startServers(3)
    try {
      const task = taskFor(
        {
          label: 'trainer',
          features: 4,
          rows: data.map((d) => d.length),
          hyper,
          threshold: 2,
          timeouts: scaledTimeouts(10),
        },
        ports,
      )
      const results = await Promise.all(
        [0, 1, 2].map((i) =>
          trainFederated(
            task,
            {
              secretKey: testKey('trainer', i + 1),
              rows: memoryRows(data[i]!, 64),
              noiseSeed: noiseSeedOf('trainer', i + 1),
            },
            servers[i]!,
          ),
        ),
      )
      // the masks cancel exactly: the unmasked sums are the plain sums of the noisy contributions
      const reference = await trainDpFedAvg(
        {
          model: logisticRegression(4),
          rounds: hyper.rounds,
          samplingRate: rational(hyper.samplingRate),
          noiseMultiplier: rational(hyper.noiseMultiplier),
          clip: ONE,
          learningRate: ONE,
          threshold: 2,
          context: new Uint8Array(32),
        },
        data.map((d, i) => ({
          data: memorySource(d),
          noiseSeed: noiseSeedOf('trainer', i + 1),
          secrets: cryptoSource,
        })),
        new Array(5).fill(0n),
      )
      for (const r of results) {
        expect(r.weights).toEqual(reference.weights)
        expect(r.digest).toBe(modelDigest(planOf(task).taskHash, logisticRegression(4), reference.weights))
        expect(r.rounds.map((s) => s.survivors)).toEqual(
          Array.from({ length: hyper.rounds }, () => [1, 2, 3]),
        )
      }
      expect(reference.weights.some((w) => w !== 0n)).toBe(true)
      expect(results.map((r) => r.self)).toEqual([1, 2, 3])
    } finally {
      await close()
    }
  })

  it('refuses to start when the local rows differ from the declared count (DATA fault)', async () => {
    const truth = groundTruth(2)
    const { servers, ports, close } = await startServers(2)
    try {
      const task = taskFor(
        { label: 'rows', features: 2, rows: [10, 10], hyper, threshold: 2, timeouts: scaledTimeouts(10) },
        ports,
      )
      await expect(
        trainFederated(
          task,
          {
            secretKey: testKey('rows', 1),
            rows: memoryRows(syntheticExamples('rows', truth, 9)),
            noiseSeed: noiseSeedOf('rows', 1),
          },
          servers[0]!,
        ),
      ).rejects.toThrow(/DATA fault: asset 100 has 9 rows, declared 10/)
      await expect(
        trainFederated(
          task,
          { secretKey: testKey('other', 1), rows: memoryRows([]), noiseSeed: noiseSeedOf('rows', 1) },
          servers[0]!,
        ),
      ).rejects.toThrow(/NOT_IN_TASK/)
    } finally {
      await close()
    }
  })
})
