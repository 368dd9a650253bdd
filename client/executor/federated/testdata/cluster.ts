// Test support: n participants' keys, peer servers on free 127.0.0.1 ports and the task naming them.
import { createServer } from 'node:net'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { PeerServer } from '../peer-server.js'
import {
  DEFAULT_TIMEOUTS,
  type TrainingHyperparameters,
  type TrainingTask,
  type TrainingTimeouts,
} from '../training-task.js'

/** Every timeout divided by one factor (tests wait less, in the same proportions as the defaults). */
export const scaledTimeouts = (factor: number): TrainingTimeouts => ({
  startMs: DEFAULT_TIMEOUTS.startMs / factor,
  roundMs: DEFAULT_TIMEOUTS.roundMs / factor,
  phaseMs: DEFAULT_TIMEOUTS.phaseMs / factor,
})

/** A deterministic test key per participant number. */
export const testKey = (label: string, i: number): Uint8Array =>
  sha256(new TextEncoder().encode(`datum-federated-test-key|${label}|${i}`))

export const noiseSeedOf = (label: string, i: number): Uint8Array =>
  sha256(new TextEncoder().encode(`datum-federated-test-noise|${label}|${i}`))

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()))
  const port = (s.address() as { port: number }).port
  await new Promise<void>((r) => s.close(() => r()))
  return port
}

export interface TaskShape {
  readonly label: string
  readonly features: number
  readonly rows: readonly number[]
  readonly hyper: TrainingHyperparameters
  readonly threshold: number
  readonly timeouts: TrainingTimeouts
  readonly family?: 'linear' | 'logistic' | 'mlp'
  readonly hidden?: number
}

export function taskFor(shape: TaskShape, ports: readonly number[]): TrainingTask {
  return {
    chainId: 'datum-test',
    jobId: 7n,
    family: shape.family ?? 'logistic',
    hidden: shape.hidden,
    features: Array.from({ length: shape.features }, (_, i) => `f${i}`),
    label: 'label',
    hyper: shape.hyper,
    threshold: shape.threshold,
    participants: ports.map((port, i) => ({
      assetId: BigInt(100 + i),
      executor: `executor-${i + 1}`,
      pubKey: Buffer.from(secp256k1.getPublicKey(testKey(shape.label, i + 1), true)).toString('hex'),
      endpoint: `http://127.0.0.1:${port}`,
      rows: BigInt(shape.rows[i]!),
    })),
    timeouts: shape.timeouts,
  }
}

/** n peer servers listening on free ports (in this process). */
export async function startServers(n: number, log?: ConstructorParameters<typeof PeerServer>[0]) {
  const servers = Array.from({ length: n }, () => new PeerServer(log))
  const ports = await Promise.all(servers.map((s) => s.listen('127.0.0.1', 0)))
  return { servers, ports, close: () => Promise.all(servers.map((s) => s.close())) }
}
