// The executor's side of commit/reveal and the requester's check of a result:
// digest = sha256(canonical result JSON); commitment = sha256(digest ‖ salt); the plaintext is ECIES-encrypted
// to the requester, and `verifyResult` decrypts and checks it against the attested digest.
import { randomBytes } from 'node:crypto'
import { sha256 } from '@noble/hashes/sha2.js'
import { commitmentOf } from '../../modules/attestation/commitment.js'
import type { DpResult } from './dp-aggregates.js'
import { decryptWith, encryptTo } from './ecies.js'

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')

export interface PreparedResult {
  jobId: bigint
  plaintext: Uint8Array
  resultDigest: string
  salt: string
  commitment: string
  /** ECIES envelope for the requester, served over HTTP to the requester and viewers only. */
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

export function prepareResult(jobId: bigint, result: DpResult, requesterPub: Uint8Array): PreparedResult {
  const plaintext = new TextEncoder().encode(canonicalJson({ jobId: jobId.toString(), ...result }))
  const resultDigest = hex(sha256(plaintext))
  const salt = hex(randomBytes(32))
  return {
    jobId,
    plaintext,
    resultDigest,
    salt,
    commitment: commitmentOf(resultDigest, salt),
    envelope: encryptTo(requesterPub, plaintext),
  }
}

/** What `datum job result` does after fetching: decrypt, then refuse anything but the attested digest. */
export function verifyResult(envelope: Uint8Array, secretKey: Uint8Array, attestedDigest: string): DpResult {
  const plaintext = decryptWith(secretKey, envelope)
  const digest = hex(sha256(plaintext))
  if (digest !== attestedDigest)
    throw new ResultError('DIGEST_MISMATCH', `result digest ${digest} is not the attested ${attestedDigest}`)
  try {
    return JSON.parse(new TextDecoder().decode(plaintext)) as DpResult
  } catch (e) {
    throw new ResultError('MALFORMED', `result is not JSON: ${(e as Error).message}`)
  }
}
