// A JobFault becomes a commit of the fault digest and a reveal carrying the fault class and reason.
import { describe, expect, it } from 'vitest'
import { commitmentOf, faultDigest } from '../../../modules/attestation/index.js'
import * as AT from '../../../proto/gen/datum/attestation/v1/index.js'
import { JobFault } from '../faults.js'
import { faultRecord, revealValue } from './fault-report.js'

const ASSET = '12'.repeat(32)
const SELF = 'datum1self'

describe('fault reports', () => {
  it('DATA: commits the fault digest bound to the asset and reveals the class and reason, no result URI', () => {
    const rec = faultRecord(7n, ASSET, new JobFault('DATA', 'package holds content ab…'))
    expect(rec).toMatchObject({
      jobId: '7',
      phase: 'computed',
      fault: 'DATA',
      faultReason: 'package holds content ab…',
    })
    expect(rec.resultDigest).toBe(faultDigest('DATA', ASSET))
    expect(rec.commitment).toBe(commitmentOf(rec.resultDigest!, rec.salt!))
    expect(rec.envelope).toBeUndefined()
    const v = revealValue(SELF, 7n, rec, 'http://e/')
    const wire = AT.MsgRevealResult.decode(AT.MsgRevealResult.encode(v))
    expect(wire).toMatchObject({
      jobId: 7n,
      resultDigest: faultDigest('DATA', ASSET),
      outputUri: '',
      fault: AT.ReportedFault.REPORTED_FAULT_DATA,
      faultReason: 'package holds content ab…',
    })
  })

  it('ALGORITHM: the digest does not name an asset; two executors report the same digest', () => {
    const a = faultRecord(3n, ASSET, new JobFault('ALGORITHM', 'bins below the minimum group size'))
    const b = faultRecord(3n, 'ff'.repeat(32), new JobFault('ALGORITHM', 'other words'))
    expect(a.resultDigest).toBe(b.resultDigest)
    expect(a.salt).not.toBe(b.salt)
    expect(revealValue(SELF, 3n, a, 'http://e')).toMatchObject({
      fault: AT.ReportedFault.REPORTED_FAULT_ALGORITHM,
    })
  })

  it('a result record reveals its URI and no fault', () => {
    const v = revealValue(
      SELF,
      4n,
      {
        jobId: '4',
        phase: 'committed',
        resultDigest: 'ab'.repeat(32),
        salt: '01'.repeat(16),
        epsilonMicro: '5',
      },
      'http://e//',
    )
    expect(v).toMatchObject({ outputUri: 'http://e/results/4', epsilonSpentMicro: 5n })
    expect(v).not.toHaveProperty('fault')
  })

  it('long reasons are cut to what the chain keeps', () => {
    expect(faultRecord(1n, ASSET, new JobFault('DATA', 'x'.repeat(1000))).faultReason).toHaveLength(256)
  })
})
