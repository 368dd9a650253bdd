// The executor's side of commit/reveal and a reader's check of a result.
// A per-job secret, HMAC(data key, chain id | job id), is derived alike by every granted executor of the
// quorum and never published: digest = sha256("datum-result-digest-v1" ‖ secret ‖ canonical result JSON),
// commitment = sha256(digest ‖ salt). The on-chain digest therefore cannot confirm a guessed result; the
// secret travels inside the encrypted envelope, so the readers (requester and viewers) can check the digest.
import { randomBytes } from 'node:crypto'
import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { commitmentOf } from '../../modules/attestation/commitment.js'
import type { DpResult } from './dp-aggregates.js'
import { openWith, sealFor } from './envelope.js'
import type { InferenceResult } from './model-inference.js'

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const SECRET_DOMAIN = 'datum-result-secret-v1'
const DIGEST_DOMAIN = utf8('datum-result-digest-v1')
const SECRET_BYTES = 32

export interface PreparedResult {
  jobId: bigint
  plaintext: Uint8Array
  resultDigest: string
  salt: string
  commitment: string
  /** Envelope (v2) for the requester and viewers, served over HTTP to them only once the job is final. */
  envelope: Uint8Array
}

export class ResultError extends Error {
  constructor(
    readonly code: 'DIGEST_MISMATCH' | 'MALFORMED',
    message: string,
  ) {
    super(message)
    this.name = 'ResultError'
  }
}

/** Canonical JSON: sorted keys, so honest executors with equal results commit to equal digests. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(v)
}

/** The job's result secret: the same on every executor holding the data key, unknown to anyone else. */
export const resultSecret = (dataKey: Uint8Array, chainId: string, jobId: bigint): Uint8Array =>
  hmac(sha256, dataKey, utf8(`${SECRET_DOMAIN}|${chainId}|${jobId}`))

/** The digest a reveal publishes: bound to the job's secret, so it confirms no guess of the plaintext. */
export function resultDigestOf(secret: Uint8Array, plaintext: Uint8Array): string {
  if (secret.length !== SECRET_BYTES) throw new RangeError('result secret must be 32 bytes')
  const input = new Uint8Array(DIGEST_DOMAIN.length + SECRET_BYTES + plaintext.length)
  input.set(DIGEST_DOMAIN)
  input.set(secret, DIGEST_DOMAIN.length)
  input.set(plaintext, DIGEST_DOMAIN.length + SECRET_BYTES)
  return hex(sha256(input))
}

/** The canonical plaintext of a job's result (what `maxBytes` of the output policy measures). */
export const resultPlaintext = (jobId: bigint, result: DpResult | InferenceResult): Uint8Array =>
  utf8(canonicalJson({ jobId: jobId.toString(), ...result }))

/** Digest, commitment and the envelope to `readers` (requester's output key first, then viewers' keys). */
export function prepareResult(
  jobId: bigint,
  result: DpResult | InferenceResult,
  readers: Uint8Array[],
  secret: Uint8Array,
): PreparedResult {
  const plaintext = resultPlaintext(jobId, result)
  const resultDigest = resultDigestOf(secret, plaintext)
  const salt = hex(randomBytes(32))
  const payload = new Uint8Array(SECRET_BYTES + plaintext.length)
  payload.set(secret)
  payload.set(plaintext, SECRET_BYTES)
  return {
    jobId,
    plaintext,
    resultDigest,
    salt,
    commitment: commitmentOf(resultDigest, salt),
    envelope: sealFor(readers, payload),
  }
}

/**
 * What `datum job result` does after fetching: open the envelope with the reader's key, then refuse anything
 * but the attested digest. A version 1 envelope (from before secrets) was digested as sha256(plaintext).
 */
export function verifyResult(envelope: Uint8Array, secretKey: Uint8Array, attestedDigest: string): DpResult {
  const { version, payload } = openWith(secretKey, envelope)
  let plaintext = payload
  let digest: string
  if (version === 1) digest = hex(sha256(payload))
  else {
    if (payload.length < SECRET_BYTES) throw new ResultError('MALFORMED', 'envelope payload has no secret')
    plaintext = payload.subarray(SECRET_BYTES)
    digest = resultDigestOf(payload.subarray(0, SECRET_BYTES), plaintext)
  }
  if (digest !== attestedDigest)
    throw new ResultError('DIGEST_MISMATCH', `result digest ${digest} is not the attested ${attestedDigest}`)
  try {
    return JSON.parse(new TextDecoder().decode(plaintext)) as DpResult
  } catch (e) {
    throw new ResultError('MALFORMED', `result is not JSON: ${(e as Error).message}`)
  }
}
