// Account jurisdiction audits (issue 11 §9): only params auditors attest, one audit per (account, auditor),
// revocation by the auditor, and only current auditors count. Refusals leave state and balances unchanged.
import { afterEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import { attestationQueryHandlers } from './query-server.js'
import { auditor, type Env, env, owner, requester } from './test-env.js'

let e: Env
afterEach(() => e?.cleanup())

const audits = (account: string) =>
  T.QueryAccountAuditsResponse.decode(
    attestationQueryHandlers(e.keeper)['/datum.attestation.v1.Query/AccountAudits']!(
      e.tc.ctx,
      T.QueryAccountAuditsRequest.encode({ account }),
    ),
  )

describe('account audits', () => {
  it('an auditor attests, replaces and revokes a jurisdiction; others may not', async () => {
    e = await env()
    expect(e.fail('MsgAuditAccount', { auditor: owner, account: requester, jurisdiction: 'DE' }).code).toBe(6)
    expect(e.fail('MsgAuditAccount', { auditor, account: requester, jurisdiction: 'de' }).code).toBe(2)
    expect(e.fail('MsgRevokeAccountAudit', { auditor, account: requester }).code).toBe(40)
    e.run('MsgAuditAccount', { auditor, account: requester, jurisdiction: 'DE' })
    expect(e.keeper.attestedJurisdictions(e.tc.ctx, requester)).toEqual(['DE'])
    e.run('MsgAuditAccount', { auditor, account: requester, jurisdiction: 'FR' })
    expect(audits(requester).audits.map((a) => a.jurisdiction)).toEqual(['FR'])
    expect(audits(requester).jurisdictions).toEqual(['FR'])
    expect(e.fail('MsgRevokeAccountAudit', { auditor: owner, account: requester }).code).toBe(40)
    e.run('MsgRevokeAccountAudit', { auditor, account: requester })
    expect(e.keeper.attestedJurisdictions(e.tc.ctx, requester)).toEqual([])
  })

  it('an auditor removed from the params no longer counts', async () => {
    e = await env()
    e.run('MsgAuditAccount', { auditor, account: requester, jurisdiction: 'DE' })
    e.keeper.store.setParams(e.tc.ctx, { ...e.keeper.params(e.tc.ctx), auditors: [] })
    expect(e.keeper.attestedJurisdictions(e.tc.ctx, requester)).toEqual([])
    expect(audits(requester).audits).toHaveLength(1)
  })
})
