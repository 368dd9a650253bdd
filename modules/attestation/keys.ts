// Store layout of the attestation module: one-byte prefixes under the module's own store (see README §State).
import { concatBytes, fromBech32, lengthPrefixed, uint64BE } from '../sdk/index.js'

export const MODULE_NAME = 'attestation'
export const STORE_KEY = 'attestation'

export const EXECUTOR_PREFIX = Uint8Array.of(0x01)
export const ATTESTATION_PREFIX = Uint8Array.of(0x02)
export const DISPUTE_PREFIX = Uint8Array.of(0x03)
export const PARAMS_KEY = Uint8Array.of(0x04)
export const DISPUTE_SEQUENCE_KEY = Uint8Array.of(0x05)
// 0x06 is retired (it held slashed funds not paid to challengers; they now go to the community pool).
/** Executors in UNBONDING, keyed by completion time so end-block reads only the due ones. */
export const UNBONDING_QUEUE_PREFIX = Uint8Array.of(0x07)

/** Account jurisdiction audits: `0x10 ‖ len ‖ account ‖ len ‖ auditor` → AccountAudit. */
export const ACCOUNT_AUDIT_PREFIX = Uint8Array.of(0x10)

export const accountAuditPrefix = (account: string): Uint8Array =>
  concatBytes(ACCOUNT_AUDIT_PREFIX, lengthPrefixed(fromBech32(account)))
export const accountAuditKey = (account: string, auditor: string): Uint8Array =>
  concatBytes(accountAuditPrefix(account), lengthPrefixed(fromBech32(auditor)))

export const executorKey = (operator: string): Uint8Array =>
  concatBytes(EXECUTOR_PREFIX, fromBech32(operator))
export const attestationKey = (jobId: bigint): Uint8Array => concatBytes(ATTESTATION_PREFIX, uint64BE(jobId))
export const disputeKey = (id: bigint): Uint8Array => concatBytes(DISPUTE_PREFIX, uint64BE(id))
export const unbondingKey = (until: bigint, operator: string): Uint8Array =>
  concatBytes(UNBONDING_QUEUE_PREFIX, uint64BE(until), fromBech32(operator))
