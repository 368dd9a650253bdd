import { describe, expect, it } from 'vitest'
import { cryptoSource } from '../random-source.js'
import { rational } from '../train/accountant.js'
import { memorySource, trainDpFedAvg } from '../train/dp-fedavg.js'
import { ONE } from '../train/fixed-point.js'
import { logisticRegression } from '../train/models.js'
import { attributionPpm, attributionScore } from './attribution.js'
import { initialWeights, trainFederated } from './federated-trainer.js'
import { memoryRows } from './local-rows.js'
import { modelDigest } from './model-digest.js'
import type { PeerServer } from './peer-server.js'
import { noiseSeedOf, scaledTimeouts, startServers, taskFor, testKey } from './testdata/cluster.js'
import { groundTruth, syntheticExamples } from './testdata/synthetic-csv.js'
import { planOf, type TrainingTask } from './training-task.js'

const hyper = {
  rounds: 4,
  samplingRate: '0.1',
  noiseMultiplier: '1.1',
  clip: '1',
  learningRate: '1',
  delta: '1e-5',
}

/** Participant i + 1 trains `task` on `data[i]` over `servers[i]`, all at once. */
function trainAtEvery(
  label: string,
  task: TrainingTask,
  data: readonly Parameters<typeof memoryRows>[0][],
  servers: readonly PeerServer[],
) {
  return Promise.all(
    data.map((rows, i) =>
      trainFederated(
        task,
        {
          secretKey: testKey(label, i + 1),
          rows: memoryRows(rows, 64),
          noiseSeed: noiseSeedOf(label, i + 1),
        },
        servers[i]!,
      ),
    ),
  )
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
      const results = await trainAtEvery('trainer', task, data, servers)
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

  it('with attribution: one more secure round unmasks exactly the participants’ noised scores, the same ppm everywhere', async () => {
    const truth = groundTruth(4)
    // an informative asset, a data-poor one and one whose labels ignore the features (fixed seeds)
    const seeds = ['attr-fed-rich', 'attr-fed-poor', 'attr-fed-irrelevant']
    console.log(`synthetic data seeds: ${seeds.join(', ')}; noise seeds noiseSeedOf('attr-fed', 1..3)`)
    const data = [
      syntheticExamples(seeds[0]!, truth, 1200),
      syntheticExamples(seeds[1]!, truth, 150),
      syntheticExamples(seeds[2]!, [0n, 0n, 0n, 0n, 0n], 1200),
    ]
    const { servers, ports, close } = await startServers(3)
    try {
      const task = {
        ...taskFor(
          {
            label: 'attr-fed',
            features: 4,
            rows: data.map((d) => d.length),
            hyper,
            threshold: 2,
            timeouts: scaledTimeouts(10),
          },
          ports,
        ),
        attribution: true,
      }
      const run = (t: TrainingTask, on: readonly PeerServer[]) => trainAtEvery('attr-fed', t, data, on)
      const results = await run(task, servers)
      const plan = planOf(task)
      // asking for attribution is part of the task: it binds every message, mask and the model digest
      const without = { ...task, attribution: undefined }
      expect(planOf(without).taskHash).not.toEqual(plan.taskHash)
      // each participant's own noised score, computed alone: the unmasked vector is exactly these (masks cancel)
      const own = await Promise.all(
        [0, 1, 2].map(async (i) => {
          const s = await attributionScore(
            {
              model: plan.model,
              samplingRate: plan.samplingRate,
              noiseMultiplier: plan.noiseMultiplier,
              clip: plan.clip,
            },
            memoryRows(data[i]!),
            noiseSeedOf('attr-fed', i + 1),
            initialWeights(plan),
            results[0]!.weights,
            hyper.rounds,
          )
          return s.score
        }),
      )
      for (const r of results) {
        expect(r.attribution?.scores).toEqual(own)
        expect(r.attribution?.ppm).toEqual(attributionPpm(own))
        expect(r.attribution?.survivors).toEqual([1, 2, 3])
        expect(r.weights).toEqual(results[0]!.weights)
      }
      const ppm = results[0]!.attribution!.ppm
      console.log(`scores ${own.map((s) => Number(s) / 2 ** 32)} → ppm ${ppm}`)
      expect(ppm.reduce((a, b) => a + b)).toBe(1_000_000)
      expect(ppm[0]!).toBeGreaterThan(ppm[1]!)
      expect(ppm[0]!).toBeGreaterThan(ppm[2]!)
      // a second run on other servers (other endpoints, fresh masks from the OS CSPRNG) attests the same
      // shares bit for bit
      const second = await startServers(3)
      try {
        const moved = {
          ...task,
          participants: task.participants.map((p, i) => ({
            ...p,
            endpoint: `http://127.0.0.1:${second.ports[i]}`,
          })),
        }
        const again = await run(moved, second.servers)
        expect(again.map((r) => r.attribution?.ppm)).toEqual([ppm, ppm, ppm])
        expect(again[0]!.digest).toBe(results[0]!.digest)
      } finally {
        await second.close()
      }
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
