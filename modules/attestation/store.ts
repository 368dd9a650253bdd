// Typed access to the module store: executors, attestations, disputes, params, account audits.
import {
  AccountAudit,
  Attestation,
  Dispute,
  Executor,
  Params,
} from '../../proto/gen/datum/attestation/v1/index.js'
import {
  type Context,
  concatBytes,
  type KVStore,
  prefixIterator,
  readUint64BE,
  uint64BE,
  utf8,
} from '../sdk/index.js'
import * as K from './keys.js'
import { DEFAULT_PARAMS } from './params.js'

export class AttestationStore {
  constructor(private readonly storeKey: string = K.STORE_KEY) {}

  kv(ctx: Context): KVStore {
    return ctx.kvStore(this.storeKey)
  }

  params(ctx: Context): Params {
    const raw = this.kv(ctx).get(K.PARAMS_KEY)
    return raw ? Params.decode(raw) : DEFAULT_PARAMS
  }
  setParams(ctx: Context, p: Params): void {
    this.kv(ctx).set(K.PARAMS_KEY, Params.encode(p))
  }

  executor(ctx: Context, operator: string): Executor | undefined {
    const raw = this.kv(ctx).get(K.executorKey(operator))
    return raw ? Executor.decode(raw) : undefined
  }
  setExecutor(ctx: Context, e: Executor): void {
    this.kv(ctx).set(K.executorKey(e.operator), Executor.encode(e))
  }
  deleteExecutor(ctx: Context, operator: string): void {
    this.kv(ctx).delete(K.executorKey(operator))
  }
  *executors(ctx: Context): IterableIterator<Executor> {
    for (const { value } of prefixIterator(this.kv(ctx), K.EXECUTOR_PREFIX)) yield Executor.decode(value)
  }

  queueUnbonding(ctx: Context, until: bigint, operator: string): void {
    this.kv(ctx).set(K.unbondingKey(until, operator), utf8.encode(operator))
  }
  /** Operators whose unbonding completes at or before `now`, removed from the queue. */
  popDueUnbonding(ctx: Context, now: bigint): string[] {
    const kv = this.kv(ctx)
    const end = concatBytes(K.UNBONDING_QUEUE_PREFIX, uint64BE(now + 1n))
    const due: { key: Uint8Array; op: string }[] = []
    for (const { key, value } of kv.iterator(K.UNBONDING_QUEUE_PREFIX, end))
      due.push({ key, op: utf8.decode(value) })
    for (const d of due) kv.delete(d.key)
    return due.map((d) => d.op)
  }

  accountAudit(ctx: Context, account: string, auditor: string): AccountAudit | undefined {
    const raw = this.kv(ctx).get(K.accountAuditKey(account, auditor))
    return raw ? AccountAudit.decode(raw) : undefined
  }
  setAccountAudit(ctx: Context, a: AccountAudit): void {
    this.kv(ctx).set(K.accountAuditKey(a.account, a.auditor), AccountAudit.encode(a))
  }
  deleteAccountAudit(ctx: Context, account: string, auditor: string): void {
    this.kv(ctx).delete(K.accountAuditKey(account, auditor))
  }
  /** The audits of one account, or of every account when none is named (genesis export). */
  *accountAudits(ctx: Context, account?: string): IterableIterator<AccountAudit> {
    const prefix = account ? K.accountAuditPrefix(account) : K.ACCOUNT_AUDIT_PREFIX
    for (const { value } of prefixIterator(this.kv(ctx), prefix)) yield AccountAudit.decode(value)
  }

  attestation(ctx: Context, jobId: bigint): Attestation | undefined {
    const raw = this.kv(ctx).get(K.attestationKey(jobId))
    return raw ? Attestation.decode(raw) : undefined
  }
  setAttestation(ctx: Context, a: Attestation): void {
    this.kv(ctx).set(K.attestationKey(a.jobId), Attestation.encode(a))
  }
  *attestations(ctx: Context): IterableIterator<Attestation> {
    for (const { value } of prefixIterator(this.kv(ctx), K.ATTESTATION_PREFIX))
      yield Attestation.decode(value)
  }

  dispute(ctx: Context, id: bigint): Dispute | undefined {
    const raw = this.kv(ctx).get(K.disputeKey(id))
    return raw ? Dispute.decode(raw) : undefined
  }
  setDispute(ctx: Context, d: Dispute): void {
    this.kv(ctx).set(K.disputeKey(d.id), Dispute.encode(d))
  }
  *disputes(ctx: Context): IterableIterator<Dispute> {
    for (const { value } of prefixIterator(this.kv(ctx), K.DISPUTE_PREFIX)) yield Dispute.decode(value)
  }
  nextDisputeId(ctx: Context): bigint {
    const id = this.disputeSequence(ctx) + 1n
    this.setDisputeSequence(ctx, id)
    return id
  }
  setDisputeSequence(ctx: Context, n: bigint): void {
    this.kv(ctx).set(K.DISPUTE_SEQUENCE_KEY, uint64BE(n))
  }
  disputeSequence(ctx: Context): bigint {
    const raw = this.kv(ctx).get(K.DISPUTE_SEQUENCE_KEY)
    return raw ? readUint64BE(raw) : 0n
  }
}
