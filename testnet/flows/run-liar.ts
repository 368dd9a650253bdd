// Run 3: one executor's daemon is restarted to lie (true result + 1) and a third eligible executor joins, so
// the two honest ones still form the quorum: the job is attested on the honest digest and, at finalize, the
// liar loses part of its stake and a third of its reputation.
import { replaceDaemon, startDaemons } from './executors.js'
import { addExecutor, type Flow } from './flow.js'
import { finalizeAfterWindow, followToAttested, requestJob } from './job-steps.js'
import { datum } from './money.js'

export interface LiarOutcome {
  jobId: bigint
  liar: string
  bondBefore: bigint
  bondAfter: bigint
  repBefore: number
  repAfter: number
}

export async function runLiar(
  f: Flow,
  opts: { liar: string; ineligible: string; newcomer: { name: string; region: string } },
): Promise<LiarOutcome> {
  const { n, chain } = f
  n.step(
    `Run 3 — ${opts.liar} will lie about its result; ${opts.newcomer.name} joins so the honest still have a quorum`,
  )
  await addExecutor(f, opts.newcomer)
  const liar = f.executors.get(opts.liar)!
  const honest = [...f.executors.values()].filter((e) => e !== liar && e.name !== opts.ineligible)
  // Reveals close a job to newcomers; all three wait for each other's commits (--wait-for-executors 3), so a
  // slow accept on a loaded machine cannot leave the liar one against one.
  const eligible = [liar, ...honest]
  await Promise.all(eligible.map((e) => e.daemon.stop()))
  for (const e of eligible) replaceDaemon(e, e === liar, eligible.length)
  await startDaemons(n, eligible)
  const before = await chain.executor(liar.address)
  const repsBefore = await Promise.all(honest.map(async (e) => (await chain.executor(e.address)).reputation))
  n.say(`${liar.name}: bond ${datum(BigInt(before.bond!.amount))}, reputation ${before.reputation}`)

  const job = await requestJob(f, f.offerings.main)
  const attested = await followToAttested(f, job.jobId)
  const lied = liar.daemon.eventsFor(job.jobId).find((e) => e.event === 'committed')
  n.check(`the liar is not among the agreeing executors`, !attested.agreeing.includes(liar.address))
  n.check(
    `the honest executors (${honest.map((e) => e.name).join(', ')}) formed the quorum`,
    honest.every((e) => attested.agreeing.includes(e.address)),
  )
  if (lied?.digest)
    n.say(
      `the liar committed to digest ${lied.digest.slice(0, 16)}…, not ${attested.resultDigest.slice(0, 16)}…`,
    )

  await finalizeAfterWindow(f, attested)
  const after = await chain.executor(liar.address)
  const p = await chain.attestationParams()
  const slash = (BigInt(p.jobStake) * BigInt(p.slashFaultBps)) / 10_000n
  const bondBefore = BigInt(before.bond!.amount)
  const bondAfter = BigInt(after.bond!.amount)
  n.check(
    `${liar.name} slashed: bond ${datum(bondBefore)} → ${datum(bondAfter)} (${p.slashFaultBps} bps of the ${p.jobStake} udatum job stake)`,
    bondBefore - bondAfter === slash,
  )
  n.check(
    `${liar.name} reputation ${before.reputation} → ${after.reputation} (×2/3)`,
    after.reputation === Math.floor((before.reputation * 2) / 3) && after.reputation < before.reputation,
  )
  const repsAfter = await Promise.all(honest.map(async (e) => (await chain.executor(e.address)).reputation))
  n.check(
    `honest reputations ${repsBefore.join(', ')} → ${repsAfter.join(', ')} (+1 each)`,
    repsAfter.every((r, i) => r === repsBefore[i]! + 1),
  )
  return {
    jobId: job.jobId,
    liar: liar.address,
    bondBefore,
    bondAfter,
    repBefore: before.reputation,
    repAfter: after.reputation,
  }
}
