// A job that throws `JobFault` is reported, not abandoned: the executor commits the fault digest (class, and
// for DATA the input asset) like a result digest and reveals it with the fault class and reason. A quorum of
// agreeing reports settles the job by the fault's rules on chain; silence would be slashed as executor fault.
import { randomBytes } from 'node:crypto'
import { commitmentOf, faultDigest } from '../../../modules/attestation/index.js'
import { ReportedFault } from '../../../proto/gen/datum/attestation/v1/index.js'
import type { JobFault } from '../faults.js'
import type { JobRecord } from './job-journal.js'

/** The journal record of a fault report, ready to commit (salt saved before the commit is broadcast). */
export function faultRecord(jobId: bigint, assetId: string, f: JobFault): JobRecord {
  const resultDigest = faultDigest(f.faultClass, assetId)
  const salt = randomBytes(32).toString('hex')
  return {
    jobId: jobId.toString(),
    phase: 'computed',
    resultDigest,
    salt,
    commitment: commitmentOf(resultDigest, salt),
    fault: f.faultClass,
    // the chain keeps at most 256 characters of the reason
    faultReason: f.reason.slice(0, 256),
  }
}

/** The MsgRevealResult value for a journal record: a result (with its URI) or a fault report. */
export function revealValue(self: string, jobId: bigint, rec: JobRecord, endpoint: string) {
  const base = { executor: self, jobId, resultDigest: rec.resultDigest!, salt: rec.salt! }
  if (rec.fault)
    return {
      ...base,
      outputUri: '',
      epsilonSpentMicro: 0n,
      fault:
        rec.fault === 'DATA' ? ReportedFault.REPORTED_FAULT_DATA : ReportedFault.REPORTED_FAULT_ALGORITHM,
      faultReason: rec.faultReason ?? '',
    }
  return {
    ...base,
    outputUri: `${endpoint.replace(/\/+$/, '')}/results/${jobId}`,
    epsilonSpentMicro: BigInt(rec.epsilonMicro ?? '0'),
    ...(rec.attributionPpm ? { attributionPpm: rec.attributionPpm } : {}),
  }
}
