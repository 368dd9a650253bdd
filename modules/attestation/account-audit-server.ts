// Auditors attest accounts' jurisdictions the way they attest executors' regions: one audit per (account,
// auditor), replaced by a newer one, withdrawn by the auditor. Only audits by auditors listed in the params
// now count, so removing an auditor from the params withdraws its word at once.
import {
  EventAccountAudited,
  EventAccountAuditRevoked,
  type MsgAuditAccount,
  type MsgRevokeAccountAudit,
} from '../../proto/gen/datum/attestation/v1/index.js'
import { type Context, normalizeAddress } from '../sdk/index.js'
import { attestationErrors as E } from './errors.js'
import { emit } from './events.js'
import type { AttestationKeeper } from './keeper.js'

export function auditAccount(k: AttestationKeeper, ctx: Context, m: MsgAuditAccount): void {
  const auditor = normalizeAddress(m.auditor)
  if (!k.params(ctx).auditors.includes(auditor)) throw E.notAuditor.wrap(auditor)
  const account = normalizeAddress(m.account)
  k.store.setAccountAudit(ctx, { account, auditor, jurisdiction: m.jurisdiction, auditedAt: ctx.unixSeconds })
  emit(ctx, EventAccountAudited, { account, auditor, jurisdiction: m.jurisdiction })
}

export function revokeAccountAudit(k: AttestationKeeper, ctx: Context, m: MsgRevokeAccountAudit): void {
  const auditor = normalizeAddress(m.auditor)
  const account = normalizeAddress(m.account)
  if (!k.store.accountAudit(ctx, account, auditor))
    throw E.accountAuditNotFound.wrap(`${account} by ${auditor}`)
  k.store.deleteAccountAudit(ctx, account, auditor)
  emit(ctx, EventAccountAuditRevoked, { account, auditor })
}

/** Jurisdictions attested for the account by current auditors, sorted and unique. */
export function attestedJurisdictions(k: AttestationKeeper, ctx: Context, account: string): string[] {
  const auditors = k.params(ctx).auditors
  const out = new Set<string>()
  for (const a of k.store.accountAudits(ctx, normalizeAddress(account)))
    if (auditors.includes(a.auditor)) out.add(a.jurisdiction)
  return [...out].sort()
}
