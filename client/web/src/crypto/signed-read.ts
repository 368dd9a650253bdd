// The reader's side of an executor's result server in the browser (client/executor/README.md, Releasing
// results): GET <output uri>/nonce, sign sha256("datum-result-v2|<job>|<nonce>") with the reader's key, GET
// the envelope with the signature headers (raw, or ADR-36 from Keplr: client/executor/signed-request.ts).
// A refusal keeps the server's status and code.
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { readChallenge } from '../../../executor/signed-request.js'

export class ResultReadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ResultReadError'
  }
}

async function refusal(res: Response): Promise<ResultReadError> {
  const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string }
  const code = body.code ?? `HTTP_${res.status}`
  return new ResultReadError(
    res.status,
    code,
    `the executor refused (${code}): ${body.message ?? res.statusText}`,
  )
}

/** A raw signature over the challenge, by a key the page holds (the development key). */
export function signedHeaders(secretKey: Uint8Array, jobId: bigint, nonce: string): Record<string, string> {
  const digest = sha256(new TextEncoder().encode(readChallenge(jobId, nonce)))
  return {
    'x-datum-pubkey': bytesToHex(secp256k1.getPublicKey(secretKey, true)),
    'x-datum-nonce': nonce,
    'x-datum-signature': bytesToHex(secp256k1.sign(digest, secretKey, { prehash: false })),
  }
}

/** Fetches a job's envelope; `sign` makes the headers for the executor's nonce (the wallet's signRead). */
export async function readResult(
  outputUri: string,
  jobId: bigint,
  sign: (jobId: bigint, nonce: string) => Promise<Record<string, string>>,
): Promise<Uint8Array> {
  const base = outputUri.replace(/\/+$/, '')
  const c = await fetch(`${base}/nonce`, { signal: AbortSignal.timeout(15_000) })
  if (!c.ok) throw await refusal(c)
  const { nonce } = (await c.json()) as { nonce: string }
  const res = await fetch(base, {
    headers: await sign(jobId, nonce),
    signal: AbortSignal.timeout(30_000),
  })
  if (!res.ok) throw await refusal(res)
  return new Uint8Array(await res.arrayBuffer())
}
