// Three participants as three real processes (participant-process.ts) on 127.0.0.1: bit-identical weights,
// a participant killed mid-round, hostile messages sent to a running participant, and the same attribution in
// every process.
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cryptoSource } from '../random-source.js'
import { rational } from '../train/accountant.js'
import { type FedAvgConfig, memorySource, ownerContribution, trainDpFedAvg } from '../train/dp-fedavg.js'
import { decodeVector, encodeVector, mul, ONE, roundDiv } from '../train/fixed-point.js'
import { type Example, logisticRegression } from '../train/models.js'
import { attributionPpm, attributionScore } from './attribution.js'
import { initialWeights } from './federated-trainer.js'
import { memoryRows } from './local-rows.js'
import type { ParticipantSpec } from './participant-process.js'
import { type PeerMessage, signMessage } from './peer-message.js'
import { encodeAdvertise } from './round-bodies.js'
import { freePort, noiseSeedOf, scaledTimeouts, taskFor, testKey } from './testdata/cluster.js'
import { spawnParticipant } from './testdata/spawn-participant.js'
import { groundTruth, syntheticExamples, writeSyntheticCsv } from './testdata/synthetic-csv.js'
import { planOf, taskToJson } from './training-task.js'

const FEATURES = 4
const ROWS = [240, 260, 280]
const hyper = {
  rounds: 4,
  samplingRate: '0.1',
  noiseMultiplier: '1.1',
  clip: '1',
  learningRate: '1',
  delta: '1e-5',
}
const truth = groundTruth(FEATURES)
const data = ROWS.map((n, i) => syntheticExamples(`mp-${i}`, truth, n))
const dir = mkdtempSync(join(tmpdir(), 'datum-federated-'))
const children: ChildProcess[] = []
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

/** Starts participant 1, runs `whileAlone` once it waits for its peers, then starts participants 2 and 3. */
async function launch(
  label: string,
  pauseAfter?: ParticipantSpec['pauseAfter'],
  whileAlone: (port: number) => Promise<void> = async () => {},
  attribution = false,
) {
  const csvs = await Promise.all(
    ROWS.map(async (n, i) => {
      const path = join(dir, `${label}-${i}.csv`)
      await writeSyntheticCsv(path, `mp-${i}`, truth, n)
      return path
    }),
  )
  const ports = [await freePort(), await freePort(), await freePort()]
  const task = {
    ...taskFor(
      { label, features: FEATURES, rows: ROWS, hyper, threshold: 2, timeouts: scaledTimeouts(5) },
      ports,
    ),
    ...(attribution ? { attribution } : {}),
  }
  const start = (i: number) => {
    const p = spawnParticipant(
      {
        task: taskToJson(task),
        secretKey: Buffer.from(testKey(label, i + 1)).toString('hex'),
        csv: csvs[i]!,
        noiseSeed: Buffer.from(noiseSeedOf(label, i + 1)).toString('hex'),
        host: '127.0.0.1',
        port: ports[i]!,
        pauseAfter: i === 2 ? pauseAfter : undefined,
      },
      dir,
      `${label}-${i + 1}`,
    )
    children.push(p.child)
    return p
  }
  const first = start(0)
  await first.when((l) => l.event === 'phase' && l.round === 0 && l.phase === 'advertise')
  await whileAlone(ports[0]!)
  const procs = [first, start(1), start(2)]
  return { task, ports, procs }
}

const config = (): FedAvgConfig => ({
  model: logisticRegression(FEATURES),
  rounds: hyper.rounds,
  samplingRate: rational(hyper.samplingRate),
  noiseMultiplier: rational(hyper.noiseMultiplier),
  clip: ONE,
  learningRate: ONE,
  threshold: 2,
  context: new Uint8Array(32),
})
const hexOf = (w: readonly bigint[]) => Buffer.from(encodeVector(w)).toString('hex')

describe('federated training across three processes', () => {
  it('gives bit-identical weights in every process, equal to the in-memory reference, despite hostile messages', async () => {
    const statuses: number[] = []
    const { procs } = await launch('mp', undefined, async (port) => {
      // participant 1 is up and waiting for its peers: hostile messages first
      const url = `http://127.0.0.1:${port}/federated/v1/jobs/7/messages`
      const post = async (m: PeerMessage | string) =>
        (await fetch(url, { method: 'POST', body: typeof m === 'string' ? m : JSON.stringify(m) })).status
      const forged = signMessage(
        {
          chainId: 'datum-test',
          jobId: '7',
          task: '00'.repeat(32),
          round: 0,
          phase: 'advertise',
          from: 2,
          to: 0,
          body: '{}',
        },
        testKey('intruder', 2),
      )
      statuses.push(await post('garbage'), await post(forged), await post({ ...forged, jobId: '8' }))
    })
    expect(statuses).toEqual([400, 409, 404])
    const results = await Promise.all(procs.map((p) => p.result()))
    for (const r of results) expect(r.event).toBe('done')
    const reference = await trainDpFedAvg(
      config(),
      data.map((d, i) => ({
        data: memorySource(d),
        noiseSeed: noiseSeedOf('mp', i + 1),
        secrets: cryptoSource,
      })),
      new Array(FEATURES + 1).fill(0n),
    )
    expect(results.map((r) => r.weights)).toEqual([1, 2, 3].map(() => hexOf(reference.weights)))
    expect(new Set(results.map((r) => r.digest)).size).toBe(1)
    const refusals = procs[0]!.lines.filter((l) => l.event === 'message-refused').map((l) => l.code)
    expect(refusals.slice(0, 3)).toEqual(['MALFORMED', 'TASK_MISMATCH', 'UNKNOWN_JOB'])
  }, 180_000)

  it('with attribution: every process unmasks the same scores, each equal to its participant’s score computed here', async () => {
    const { procs, task } = await launch('attr', undefined, async () => {}, true)
    const results = await Promise.all(procs.map((p) => p.result()))
    for (const r of results) expect(r.event).toBe('done')
    const plan = planOf(task)
    const final = decodeVector(Buffer.from(results[0]!.weights as string, 'hex'))
    const own = await Promise.all(
      data.map(
        async (d, i) =>
          (
            await attributionScore(
              {
                model: plan.model,
                samplingRate: plan.samplingRate,
                noiseMultiplier: plan.noiseMultiplier,
                clip: plan.clip,
              },
              memoryRows(d),
              noiseSeedOf('attr', i + 1),
              initialWeights(plan),
              final,
              hyper.rounds,
            )
          ).score,
      ),
    )
    const ppm = attributionPpm(own)
    console.log(`attribution across processes: scores ${own.map((s) => Number(s) / 2 ** 32)} → ppm ${ppm}`)
    expect(results.map((r) => r.attributionScores)).toEqual([1, 2, 3].map(() => own.map(String)))
    expect(results.map((r) => r.attributionPpm)).toEqual([ppm, ppm, ppm])
    expect(new Set(results.map((r) => r.digest)).size).toBe(1)
  }, 180_000)

  it('recovers a participant killed in the middle of a round; the others finish with identical weights', async () => {
    const { procs, ports, task } = await launch('drop', { round: 1, phase: 'shares' })
    await procs[2]!.when((l) => l.event === 'paused' && l.round === 1 && l.phase === 'shares')
    // participant 3 is stalled in round 1 but still serving: old, repeated and conflicting messages from a
    // holder of participant 1's key are refused by the real process
    const post = async (m: PeerMessage) =>
      (
        await fetch(`http://127.0.0.1:${ports[2]}/federated/v1/jobs/7/messages`, {
          method: 'POST',
          body: JSON.stringify(m),
        })
      ).status
    const from1 = (round: number) =>
      signMessage(
        {
          chainId: task.chainId,
          jobId: '7',
          task: Buffer.from(planOf(task).taskHash).toString('hex'),
          round,
          phase: 'advertise',
          from: 1,
          to: 0,
          body: encodeAdvertise({
            publicKey: new Uint8Array(32).fill(5),
            channelKey: new Uint8Array(32).fill(6),
          }),
        },
        testKey('drop', 1),
      )
    const refused = () => procs[2]!.lines.filter((l) => l.event === 'message-refused').map((l) => l.code)
    // refusals logged before these posts (a peer's message that reached this process before it knew the job,
    // UNKNOWN_JOB, on a slow machine) are not the ones under test
    const earlier = refused().length
    expect(await post(from1(0))).toBe(409) // round 0 is closed
    expect(await post(from1(1))).toBe(409) // participant 1 already advertised other keys for round 1
    expect(await post(from1(2))).toBe(200) // a new slot (round 2 is within reach)
    expect(await post(from1(2))).toBe(409) // the same message again
    await procs[2]!.when(() => refused().length === earlier + 3, 10_000)
    expect(refused().slice(earlier)).toEqual(['STALE_ROUND', 'EQUIVOCATION', 'REPLAY'])
    procs[2]!.child.kill('SIGKILL')
    const results = await Promise.all(procs.slice(0, 2).map((p) => p.result()))
    for (const r of results) expect(r.event).toBe('done')
    // the reference: round 0 sums all three contributions, later rounds only those of participants 1 and 2
    const c = config()
    const owners = data.map((d: Example[], i) => ({
      data: memorySource(d),
      noiseSeed: noiseSeedOf('drop', i + 1),
      secrets: cryptoSource,
    }))
    const batch = c.samplingRate.num * BigInt(ROWS.reduce((a, b) => a + b, 0))
    let w = new Array<bigint>(FEATURES + 1).fill(0n)
    for (let round = 0; round < hyper.rounds; round++) {
      const active = round === 0 ? owners : owners.slice(0, 2)
      const parts = await Promise.all(active.map((o) => ownerContribution(c, o, w, round)))
      const sum = parts.reduce((a, b) => a.map((x, k) => x + b[k]!))
      w = w.map((x, k) => x - mul(c.learningRate, roundDiv(sum[k]! * c.samplingRate.den, batch)))
    }
    expect(results.map((r) => r.weights)).toEqual([hexOf(w), hexOf(w)])
    expect(results[0]!.digest).toBe(results[1]!.digest)
    const round1 = procs[0]!.lines.find((l) => l.event === 'round' && l.round === 1)!
    expect(round1).toMatchObject({ survivors: [1, 2], recovered: [3] })
    const round2 = procs[1]!.lines.find((l) => l.event === 'round' && l.round === 2)!
    expect(round2).toMatchObject({ survivors: [1, 2], recovered: [] })
  }, 180_000)
})
