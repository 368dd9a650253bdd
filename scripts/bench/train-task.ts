// The DP training task bench:train and soak:train-1gb run: σ the smallest on the accountant's grid that
// keeps ε ≤ 1 per asset over the rounds, one participant per port with a test key, logistic over f0..f{n-1}.
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { testKey } from '../../client/executor/federated/testdata/cluster.js'
import type { TrainingTask } from '../../client/executor/federated/training-task.js'
import { noiseMultiplierFor, privacySpent, rational } from '../../client/executor/train/accountant.js'

export interface BenchTaskSpec {
  readonly chainId: string
  /** Label of the participants' test keys (`testKey(keyLabel, i + 1)`). */
  readonly keyLabel: string
  readonly features: number
  readonly rounds: number
  readonly samplingRate: string
  readonly learningRate: string
  readonly clip: string
  readonly delta: string
  readonly ports: readonly number[]
  /** Rows of each participant's asset, in port order. */
  readonly rows: readonly number[]
  readonly timeouts: TrainingTask['timeouts']
}

export const featureNames = (n: number) => Array.from({ length: n }, (_, i) => `f${i}`)

/** The task, and a line saying which σ it uses and the ε that buys. */
export function benchTrainingTask(s: BenchTaskSpec): { task: TrainingTask; privacy: string } {
  const base = { steps: BigInt(s.rounds), samplingRate: rational(s.samplingRate), delta: rational(s.delta) }
  const sigma = noiseMultiplierFor(1_000_000n, base)
  const spent = privacySpent({ ...base, noiseMultiplier: sigma })
  const sigmaText = (Number(sigma.num) / Number(sigma.den)).toFixed(3)
  const task: TrainingTask = {
    chainId: s.chainId,
    jobId: 1n,
    family: 'logistic',
    features: featureNames(s.features),
    label: 'label',
    hyper: {
      rounds: s.rounds,
      samplingRate: s.samplingRate,
      noiseMultiplier: sigmaText,
      clip: s.clip,
      learningRate: s.learningRate,
      delta: s.delta,
    },
    threshold: 2,
    participants: s.ports.map((port, i) => ({
      assetId: BigInt(i + 1),
      executor: `executor-${i + 1}`,
      pubKey: Buffer.from(secp256k1.getPublicKey(testKey(s.keyLabel, i + 1), true)).toString('hex'),
      endpoint: `http://127.0.0.1:${port}`,
      rows: BigInt(s.rows[i]!),
    })),
    timeouts: s.timeouts,
  }
  const privacy = `σ ${sigmaText} → ε ${(Number(spent.microEpsilon) / 1e6).toFixed(6)} per asset at δ ${s.delta}`
  return { task, privacy }
}
