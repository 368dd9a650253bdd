// Issues 7 and 11 end to end on a 4-validator testnet with real `datum executor start` daemons and the default
// job windows divided by one factor: an honest job is attested and finalized (result within the DP noise bound,
// exact payouts, usage ledger, ε, the viewer decrypting), a job on a column the data lacks is an ALGORITHM fault
// (compute fee kept by the executors, data fee back to the buyer, nobody slashed), a lying
// executor is outvoted and slashed, and a job nobody answers is refunded in full. The scenario's own checks
// (narrator.check) must all pass; its story is printed when anything fails. Every child is killed in afterAll.
import { afterAll, describe, expect, it } from 'vitest'
import { BUYER_FEE_PAID } from '../flows/buyer.js'
import { stopAllDaemons } from '../flows/daemon-process.js'
import { RecordingNarrator } from '../flows/narrator.js'
import { destroyAllNetworks } from '../flows/network.js'
import { runScenario, type ScenarioOutcome } from '../flows/scenario.js'

const narrator = new RecordingNarrator()

afterAll(async () => {
  await stopAllDaemons()
  await destroyAllNetworks()
})

describe('jobs flow: publish, attest, pay, fault, slash, refund', () => {
  it('runs the honest, ALGORITHM-fault, lying and silent jobs with every check passing', {
    timeout: 480_000,
  }, async () => {
    let out: ScenarioOutcome
    try {
      out = await runScenario(narrator)
    } catch (e) {
      throw new Error(`${(e as Error).message}\n--- the flow so far ---\n${narrator.text}`)
    }
    expect(narrator.failed, narrator.text).toEqual([])
    expect(Math.abs(out.honest.mean - out.honest.trueMean)).toBeLessThanOrEqual(out.honest.bound)
    expect(out.honest.agreeing.length).toBe(2)
    expect(out.algorithm.buyerPaid).toBe(600_000n + BUYER_FEE_PAID)
    expect(out.algorithm.reporting.length).toBe(2)
    expect(out.liar.bondAfter).toBeLessThan(out.liar.bondBefore)
    expect(out.liar.repAfter).toBeLessThan(out.liar.repBefore)
    expect(out.silent.buyerBefore - out.silent.buyerAfter).toBe(BUYER_FEE_PAID)
  })
})
