// The body of a signature-verification worker thread (see sig-verify-pool.ts): each message is a packed
// batch of claims; the answer is one byte per claim, 1 when it verified by the auth module's own check.
import { parentPort } from 'node:worker_threads'
import { verifySignatureClaim } from '../../modules/auth/index.js'
import { unpackClaims } from './claim-batch.js'

export interface VerifyRequest {
  id: number
  claims: ArrayBuffer
}

export interface VerifyAnswer {
  id: number
  verified: Uint8Array
}

parentPort?.on('message', (req: VerifyRequest) => {
  const claims = unpackClaims(req.claims)
  const verified = new Uint8Array(claims.length)
  claims.forEach((claim, i) => {
    verified[i] = verifySignatureClaim(claim) ? 1 : 0
  })
  const answer: VerifyAnswer = { id: req.id, verified }
  parentPort!.postMessage(answer, [verified.buffer])
})
