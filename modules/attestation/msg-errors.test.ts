// Bad input at every Msg: a registered error and no state change (the harness checks state and balances).
import { afterEach, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import { commitmentOf } from './commitment.js'
import { auditor, type Env, env, execs, grant, onboard, owner, registerMsg, requester } from './test-env.js'

const DIGEST = 'ab'.repeat(32)
const SALT = '01'.repeat(16)
let e: Env
afterEach(() => e?.cleanup())

describe('executor messages', () => {
  it('register: duplicate, low bond, bad kind, bad pubkey, TEE measurement not allowlisted', async () => {
    e = await env()
    const low = { ...registerMsg(execs[0]!), bond: { denom: 'udatum', amount: '5' } }
    expect(e.fail('MsgRegisterExecutor', low).code).toBe(5)
    expect(e.fail('MsgRegisterExecutor', { ...registerMsg(execs[0]!), kind: 0 }).code).toBe(2)
    expect(e.fail('MsgRegisterExecutor', { ...registerMsg(execs[0]!), pubKey: 'zz' }).code).toBe(2)
    const tee = {
      ...registerMsg(execs[0]!),
      kind: T.ExecutorKind.EXECUTOR_KIND_TEE_TDX,
      measurement: 'aa'.repeat(24),
    }
    expect(e.fail('MsgRegisterExecutor', tee).code).toBe(29)
    e.run('MsgRegisterExecutor', registerMsg(execs[0]!))
    expect(e.fail('MsgRegisterExecutor', registerMsg(execs[0]!)).code).toBe(3)
  })

  it('audit only by a params auditor; update clears audits when the region changes', async () => {
    e = await env()
    e.run('MsgRegisterExecutor', registerMsg(execs[0]!))
    expect(
      e.fail('MsgAuditExecutor', { auditor: owner, executor: execs[0], region: 'DE', country: 'DE' }).code,
    ).toBe(6)
    e.run('MsgAuditExecutor', { auditor, executor: execs[0], region: 'DE', country: 'DE' })
    expect(e.keeper.store.executor(e.tc.ctx, execs[0]!)!.audits).toHaveLength(1)
    e.run('MsgUpdateExecutor', {
      operator: execs[0],
      measurement: '',
      declared: { region: 'NL', country: 'NL', capabilities: [] },
      endpoint: '',
    })
    expect(e.keeper.store.executor(e.tc.ctx, execs[0]!)!.audits).toHaveLength(0)
  })

  it('top-up adds to the bond; unbonding is refused with open jobs and pays back after the period', async () => {
    e = await env()
    onboard(e, execs[0]!)
    e.run('MsgTopUpBond', { operator: execs[0], amount: { denom: 'udatum', amount: '500' } })
    expect(e.keeper.store.executor(e.tc.ctx, execs[0]!)!.bond?.amount).toBe('1000500')
    e.addJob(1n)
    e.run('MsgAcceptJob', { executor: execs[0], jobId: 1n })
    expect(e.fail('MsgUnbondExecutor', { operator: execs[0] }).code).toBe(8)
    e.keeper.store.setExecutor(e.tc.ctx, { ...e.keeper.store.executor(e.tc.ctx, execs[0]!)!, locked: '0' })
    const before = e.balance(execs[0]!)
    e.run('MsgUnbondExecutor', { operator: execs[0] })
    expect(e.fail('MsgAcceptJob', { executor: execs[0], jobId: 1n }).code).toBe(11)
    await e.advance(4)
    const { AttestationModule } = await import('./module.js')
    new AttestationModule(e.keeper).endBlock(e.tc.ctx)
    expect(e.balance(execs[0]!) - before).toBe(1_000_500n)
    expect(e.keeper.store.executor(e.tc.ctx, execs[0]!)).toBeUndefined()
  })
})

describe('job messages', () => {
  it('accept refuses ineligible executors: requester, owner, disallowed or unaudited region, unknown job', async () => {
    e = await env()
    onboard(e, execs[0]!, 'US')
    e.run('MsgRegisterExecutor', registerMsg(execs[1]!, 'DE'))
    onboard(e, requester)
    e.run('MsgRegisterExecutor', registerMsg(owner, 'DE'))
    e.run('MsgAuditExecutor', { auditor, executor: owner, region: 'DE', country: 'DE' })
    e.addJob(1n)
    expect(e.fail('MsgAcceptJob', { executor: execs[0], jobId: 1n }).code).toBe(10)
    expect(e.fail('MsgAcceptJob', { executor: execs[1], jobId: 1n }).code).toBe(10)
    expect(e.fail('MsgAcceptJob', { executor: requester, jobId: 1n }).code).toBe(10)
    expect(e.fail('MsgAcceptJob', { executor: owner, jobId: 1n }).code).toBe(10)
    expect(e.fail('MsgAcceptJob', { executor: execs[2], jobId: 1n }).code).toBe(4)
    expect(e.fail('MsgAcceptJob', { executor: owner, jobId: 9n }).code).toBe(9)
  })

  it('accept needs a live grant from the owner: none, revoked, or wrapped to a replaced key is refused', async () => {
    e = await env()
    const granted = execs[0]!
    const ungranted = execs[1]!
    onboard(e, granted)
    e.run('MsgRegisterExecutor', registerMsg(ungranted))
    e.run('MsgAuditExecutor', { auditor, executor: ungranted, region: 'DE', country: 'DE' })
    e.addJob(1n)
    e.addJob(2n)
    const noGrant = e.fail('MsgAcceptJob', { executor: ungranted, jobId: 1n })
    expect([noGrant.codespace, noGrant.code]).toEqual(['dataasset', 26])
    // The executor replaces its encryption key: the grant wrapped to the old one no longer counts.
    e.run('MsgUpdateExecutor', {
      operator: granted,
      measurement: '',
      declared: { region: 'DE', country: 'DE', capabilities: ['csv'] },
      endpoint: 'http://127.0.0.1:9000',
      pubKey: `03${'22'.repeat(32)}`,
    })
    e.run('MsgAuditExecutor', { auditor, executor: granted, region: 'DE', country: 'DE' })
    const stale = e.fail('MsgAcceptJob', { executor: granted, jobId: 1n })
    expect([stale.codespace, stale.code]).toEqual(['dataasset', 28])
    grant(e, granted, `03${'22'.repeat(32)}`)
    e.run('MsgAcceptJob', { executor: granted, jobId: 1n })
    e.runAsset('MsgRevokeGrant', { owner, assetId: e.assetId, executor: granted })
    const revoked = e.fail('MsgAcceptJob', { executor: granted, jobId: 2n })
    expect([revoked.codespace, revoked.code]).toEqual(['dataasset', 26])
  })

  it('commit and reveal errors: not assigned, late commit, mismatch, malformed digest, URI, ε', async () => {
    e = await env()
    onboard(e, execs[0]!)
    onboard(e, execs[1]!)
    e.addJob(1n, { commitBy: e.tc.ctx.unixSeconds + 1n })
    const commit = (i: number) => ({ executor: execs[i], jobId: 1n, commitment: commitmentOf(DIGEST, SALT) })
    expect(e.fail('MsgCommitResult', commit(0)).code).toBe(13)
    e.run('MsgAcceptJob', { executor: execs[0], jobId: 1n })
    e.run('MsgAcceptJob', { executor: execs[1], jobId: 1n })
    e.run('MsgCommitResult', commit(0))
    expect(e.fail('MsgCommitResult', commit(0)).code).toBe(15)
    expect(e.fail('MsgCommitResult', { ...commit(1), commitment: 'xyz' }).code).toBe(2)
    const reveal = {
      executor: execs[0],
      jobId: 1n,
      resultDigest: DIGEST,
      salt: SALT,
      outputUri: 'http://r/1',
      epsilonSpentMicro: 1n,
    }
    expect(e.fail('MsgRevealResult', reveal).code).toBe(16)
    await e.advance(2)
    expect(e.fail('MsgCommitResult', commit(1)).code).toBe(14)
    expect(e.fail('MsgRevealResult', { ...reveal, salt: '02'.repeat(16) }).code).toBe(18)
    expect(e.fail('MsgRevealResult', { ...reveal, resultDigest: 'AB' }).code).toBe(2)
    expect(e.fail('MsgRevealResult', { ...reveal, outputUri: 'not a uri' }).code).toBe(2)
    expect(e.fail('MsgRevealResult', { ...reveal, outputUri: `http://${'a'.repeat(600)}` }).code).toBe(2)
    expect(e.fail('MsgRevealResult', { ...reveal, epsilonSpentMicro: 2_000_000n }).code).toBe(31)
    expect(e.fail('MsgRevealResult', { ...reveal, executor: execs[1] }).code).toBe(13)
    e.run('MsgRevealResult', reveal)
    expect(e.fail('MsgRevealResult', reveal).code).toBe(19)
  })

  it('late reveal after the reveal deadline', async () => {
    e = await env()
    onboard(e, execs[0]!)
    e.addJob(1n, { minExecutors: 1, revealBy: e.tc.ctx.unixSeconds + 1n })
    e.run('MsgAcceptJob', { executor: execs[0], jobId: 1n })
    e.run('MsgCommitResult', { executor: execs[0], jobId: 1n, commitment: commitmentOf(DIGEST, SALT) })
    await e.advance(2)
    const reveal = {
      executor: execs[0],
      jobId: 1n,
      resultDigest: DIGEST,
      salt: SALT,
      outputUri: 'http://r',
      epsilonSpentMicro: 0n,
    }
    expect(e.fail('MsgRevealResult', reveal).code).toBe(17)
  })
})
