// TEE evidence: quotes laid out as Intel's SGX (v3, v4) and TDX (v4) DCAP formats and AMD's SEV-SNP report,
// with the measurement and report data where the hardware puts them. Signatures are not checked on chain.
import { describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import { commitmentOf } from './commitment.js'
import { checkEvidence, evidenceBinding, parseEvidence } from './tee-evidence.js'
import { auditor, type Env, env, execs, grant, onboard } from './test-env.js'

const K = T.ExecutorKind
const DIGEST = 'ab'.repeat(32)
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

/** A quote of `kind` with `measurement` and report data starting with `bind`. */
function quote(
  kind: T.ExecutorKind,
  measurement: Uint8Array,
  bind: Uint8Array,
  version?: number,
): Uint8Array {
  const spec = {
    [K.EXECUTOR_KIND_TEE_SGX]: { size: 48 + 384 + 64, header: 48, v: 3, tee: 0, m: 64, rd: 320 },
    [K.EXECUTOR_KIND_TEE_TDX]: { size: 48 + 584 + 64, header: 48, v: 4, tee: 0x81, m: 136, rd: 520 },
    [K.EXECUTOR_KIND_SEV]: { size: 0x4a0, header: 0, v: 2, tee: 0, m: 0x90, rd: 0x50 },
  }[kind as 2 | 3 | 4]
  const q = new Uint8Array(spec.size)
  const view = new DataView(q.buffer)
  if (spec.header > 0) {
    view.setUint16(0, version ?? spec.v, true)
    view.setUint32(4, spec.tee, true)
  } else view.setUint32(0, version ?? spec.v, true)
  q.set(measurement, spec.header + spec.m)
  q.set(bind, spec.header + spec.rd)
  return q
}

describe('TEE evidence', () => {
  const mr32 = new Uint8Array(32).fill(0x5a)
  const mr48 = new Uint8Array(48).fill(0x6b)
  const bind = evidenceBinding(7n, DIGEST)

  it('reads measurement and report data of SGX, TDX and SEV-SNP evidence', () => {
    for (const [kind, mr] of [
      [K.EXECUTOR_KIND_TEE_SGX, mr32],
      [K.EXECUTOR_KIND_TEE_TDX, mr48],
      [K.EXECUTOR_KIND_SEV, mr48],
    ] as const) {
      const parsed = parseEvidence(kind, quote(kind, mr, bind))
      expect(parsed.measurement).toBe(hex(mr))
      expect(hex(parsed.reportData.subarray(0, 32))).toBe(hex(bind))
      expect(checkEvidence(kind, hex(mr), quote(kind, mr, bind), 7n, DIGEST)).toMatch(/^[0-9a-f]{64}$/)
    }
    expect(
      parseEvidence(K.EXECUTOR_KIND_TEE_SGX, quote(K.EXECUTOR_KIND_TEE_SGX, mr32, bind, 4)).measurement,
    ).toBe(hex(mr32))
  })

  it('refuses evidence for another job, result or enclave, malformed quotes, and missing or stray evidence', () => {
    const sgx = (b = bind, mr = mr32, v?: number) => quote(K.EXECUTOR_KIND_TEE_SGX, mr, b, v)
    const check =
      (ev: Uint8Array, kind = K.EXECUTOR_KIND_TEE_SGX) =>
      () =>
        checkEvidence(kind, hex(mr32), ev, 7n, DIGEST)
    expect(check(sgx(evidenceBinding(8n, DIGEST)))).toThrow(/does not bind/)
    expect(check(sgx(evidenceBinding(7n, 'cd'.repeat(32))))).toThrow(/does not bind/)
    expect(check(sgx(bind, new Uint8Array(32).fill(1)))).toThrow(/measurement/)
    expect(check(sgx(bind, mr32, 2))).toThrow(/version 2/)
    expect(check(sgx().subarray(0, 300))).toThrow(/truncated/)
    const tdxAsSgx = quote(K.EXECUTOR_KIND_TEE_TDX, mr48, bind)
    expect(check(tdxAsSgx)).toThrow(/TEE type|version/)
    expect(check(new Uint8Array())).toThrow(/need evidence/)
    expect(check(sgx(), K.EXECUTOR_KIND_PLAIN)).toThrow(/no evidence/)
    expect(checkEvidence(K.EXECUTOR_KIND_PLAIN, '', new Uint8Array(), 7n, DIGEST)).toBe('')
    // NITRO documents are kept by hash for the auditors, not parsed on chain
    expect(checkEvidence(K.EXECUTOR_KIND_NITRO, 'aa'.repeat(48), Uint8Array.of(1, 2), 7n, DIGEST)).toMatch(
      /^[0-9a-f]{64}$/,
    )
  })
})

describe('a TEE executor reveals with evidence', () => {
  let e: Env
  it('binds its quote to the job and digest; a replayed or missing quote is refused with no state change', async () => {
    const mr = 'c3'.repeat(32)
    e = await env({ measurements: [{ kind: K.EXECUTOR_KIND_TEE_SGX, measurement: mr }] })
    try {
      onboard(e, execs[0]!)
      e.run('MsgRegisterExecutor', {
        operator: execs[1],
        bond: { denom: 'udatum', amount: '1000000' },
        kind: K.EXECUTOR_KIND_TEE_SGX,
        measurement: mr,
        declared: { region: 'DE', country: 'DE', capabilities: [] },
        pubKey: `02${'11'.repeat(32)}`,
        endpoint: '',
      })
      e.run('MsgAuditExecutor', { auditor, executor: execs[1], region: 'DE', country: 'DE' })
      grant(e, execs[1]!)
      e.addJob(7n)
      const salt = (i: number) => `0${i}`.repeat(16)
      for (const [i, x] of execs.slice(0, 2).entries()) {
        e.run('MsgAcceptJob', { executor: x, jobId: 7n })
        e.run('MsgCommitResult', { executor: x, jobId: 7n, commitment: commitmentOf(DIGEST, salt(i)) })
      }
      const reveal = {
        executor: execs[1],
        jobId: 7n,
        resultDigest: DIGEST,
        salt: salt(1),
        outputUri: 'http://x/1',
      }
      const good = quote(K.EXECUTOR_KIND_TEE_SGX, Buffer.from(mr, 'hex'), evidenceBinding(7n, DIGEST))
      const replayed = quote(K.EXECUTOR_KIND_TEE_SGX, Buffer.from(mr, 'hex'), evidenceBinding(6n, DIGEST))
      expect(e.fail('MsgRevealResult', { ...reveal, evidence: new Uint8Array() }).code).toBe(32)
      expect(e.fail('MsgRevealResult', { ...reveal, evidence: replayed }).code).toBe(32)
      expect(e.fail('MsgRevealResult', { ...reveal, evidence: new Uint8Array(16 * 1024 + 1) }).code).toBe(2)
      e.run('MsgRevealResult', { ...reveal, evidence: good })
      const a = e.keeper.store.attestation(e.tc.ctx, 7n)!
      expect(a.reveals.find((r) => r.executor === execs[1])?.evidenceHash).toMatch(/^[0-9a-f]{64}$/)
    } finally {
      await e.cleanup()
    }
  })
})
