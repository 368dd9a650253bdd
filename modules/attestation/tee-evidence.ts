// TEE evidence on a reveal, checked deterministically in the handler: the quote or report is parsed at fixed
// offsets, its measurement must be the executor's allowlisted one and its report data must begin with
// sha256("datum-tee-v1|<job>|<result digest>"), so a quote cannot be replayed for another job or result.
// The quote's signature chain (PCK certificates, TCB collateral, AMD VCEK, the Nitro COSE signature) is
// checked off chain by the auditors who attest executors; the chain keeps the evidence hash for them.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { ExecutorKind } from '../../proto/gen/datum/attestation/v1/index.js'
import { attestationErrors as E } from './errors.js'

export const MAX_EVIDENCE_BYTES = 16 * 1024

interface Layout {
  /** Bytes before the body (the quote header), and the version numbers accepted there. */
  header: number
  versions: readonly number[]
  /** v4 quotes name their TEE in the header (0 SGX, 0x81 TDX). */
  teeType?: number
  measurement: { at: number; len: number }
  reportData: { at: number; len: number }
  /** Minimum total length. */
  min: number
}

// Offsets from Intel's SGX/TDX DCAP quote formats (v3 SGX, v4 SGX/TDX: 48-byte header, then the report body)
// and AMD's SEV-SNP ATTESTATION_REPORT (no header).
const LAYOUTS: Partial<Record<ExecutorKind, Layout>> = {
  [ExecutorKind.EXECUTOR_KIND_TEE_SGX]: {
    header: 48,
    versions: [3, 4],
    teeType: 0,
    measurement: { at: 64, len: 32 }, // MRENCLAVE
    reportData: { at: 320, len: 64 },
    min: 48 + 384,
  },
  [ExecutorKind.EXECUTOR_KIND_TEE_TDX]: {
    header: 48,
    versions: [4],
    teeType: 0x81,
    measurement: { at: 136, len: 48 }, // MRTD
    reportData: { at: 520, len: 64 },
    min: 48 + 584,
  },
  [ExecutorKind.EXECUTOR_KIND_SEV]: {
    header: 0,
    versions: [2, 3],
    measurement: { at: 0x90, len: 48 },
    reportData: { at: 0x50, len: 64 },
    min: 0x4a0,
  },
}

/** What the report data of a reveal's evidence must begin with. */
export function evidenceBinding(jobId: bigint, resultDigest: string): Uint8Array {
  return sha256(new TextEncoder().encode(`datum-tee-v1|${jobId}|${resultDigest}`))
}

export interface ParsedEvidence {
  measurement: string
  reportData: Uint8Array
}

export function parseEvidence(kind: ExecutorKind, evidence: Uint8Array): ParsedEvidence {
  const l = LAYOUTS[kind]
  if (!l) throw E.invalidEvidence.wrap(`${ExecutorKind[kind]} evidence is not parsed on chain`)
  if (evidence.length < l.min)
    throw E.invalidEvidence.wrap(`evidence of ${evidence.length} bytes is truncated`)
  const view = new DataView(evidence.buffer, evidence.byteOffset, evidence.byteLength)
  const version = l.header > 0 ? view.getUint16(0, true) : view.getUint32(0, true)
  if (!l.versions.includes(version)) throw E.invalidEvidence.wrap(`quote version ${version} is not supported`)
  if (version === 4 && view.getUint32(4, true) !== l.teeType)
    throw E.invalidEvidence.wrap(`quote TEE type ${view.getUint32(4, true)} is not ${ExecutorKind[kind]}`)
  const field = (f: { at: number; len: number }) =>
    evidence.subarray(l.header + f.at, l.header + f.at + f.len)
  return { measurement: bytesToHex(field(l.measurement)), reportData: field(l.reportData) }
}

/** Checks a reveal's evidence for an executor of `kind` registered with `measurement`; returns its hash. */
export function checkEvidence(
  kind: ExecutorKind,
  measurement: string,
  evidence: Uint8Array,
  jobId: bigint,
  resultDigest: string,
): string {
  const tee = kind !== ExecutorKind.EXECUTOR_KIND_PLAIN && kind !== ExecutorKind.EXECUTOR_KIND_MPC
  if (!tee) {
    if (evidence.length > 0)
      throw E.invalidEvidence.wrap(`${ExecutorKind[kind]} executors reveal no evidence`)
    return ''
  }
  if (evidence.length === 0) throw E.invalidEvidence.wrap(`${ExecutorKind[kind]} reveals need evidence`)
  // NITRO's attestation document is COSE/CBOR: it is kept (by hash) for the auditors, not parsed here
  if (kind !== ExecutorKind.EXECUTOR_KIND_NITRO) {
    const parsed = parseEvidence(kind, evidence)
    if (parsed.measurement !== measurement)
      throw E.invalidEvidence.wrap(
        `evidence measurement ${parsed.measurement} is not the executor's ${measurement}`,
      )
    const want = evidenceBinding(jobId, resultDigest)
    if (bytesToHex(parsed.reportData.subarray(0, 32)) !== bytesToHex(want))
      throw E.invalidEvidence.wrap('report data does not bind this job and result digest')
  }
  return bytesToHex(sha256(evidence))
}
