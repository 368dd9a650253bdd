// The digest an executor commits and reveals instead of a result when the job cannot yield one. It binds the
// fault class and, for DATA, the input asset whose package did not match, so agreeing reports form a quorum
// like agreeing results do (same commit–reveal, same weights) and name the same asset.
import { sha256 } from '@noble/hashes/sha2.js'
import { toHex, utf8 } from '../sdk/index.js'

export type ReportedFaultName = 'ALGORITHM' | 'DATA'

/** sha256("datum-fault-v1|<ALGORITHM|DATA>|<asset id, DATA only>"), lower-case hex. */
export function faultDigest(fault: ReportedFaultName, assetId = ''): string {
  return toHex(sha256(utf8.encode(`datum-fault-v1|${fault}|${fault === 'DATA' ? assetId : ''}`)))
}
