// The trained model's digest, what the executors of a training job attest: sha256 over a canonical encoding
// of the task it answers and the weights' exact bits —
//   "datum-model-v1|" ‖ task hash (32 bytes) ‖ "|<family>|<inputs>|<hidden>|<size>|" ‖ weights
// with the weights as big-endian 64-bit two's complement values on the 2^−32 grid (fixed-point encodeVector).
import { sha256 } from '@noble/hashes/sha2.js'
import { encodeVector } from '../train/fixed-point.js'
import type { Model } from '../train/models.js'

const encoder = new TextEncoder()

export function modelBytes(taskHash: Uint8Array, model: Model, weights: readonly bigint[]): Uint8Array {
  if (weights.length !== model.size)
    throw new RangeError(`${weights.length} weights, model has ${model.size}`)
  return new Uint8Array([
    ...encoder.encode('datum-model-v1|'),
    ...taskHash,
    ...encoder.encode(`|${model.kind}|${model.inputs}|${model.hidden}|${model.size}|`),
    ...encodeVector(weights),
  ])
}

export const modelDigest = (taskHash: Uint8Array, model: Model, weights: readonly bigint[]): string =>
  Buffer.from(sha256(modelBytes(taskHash, model, weights))).toString('hex')
