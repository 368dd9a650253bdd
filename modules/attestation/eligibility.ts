// Whether an executor may take a job: active, free bond for the stake, kind fits the mechanism, measurement
// allowlisted, audited region allowed by every input asset, a live grant from the owner of every input asset
// (a training job: of at least one input asset, see checkEligible),
// and never the requester or an asset owner.

import { type Executor, ExecutorState, type Params } from '../../proto/gen/datum/attestation/v1/index.js'
import { Mechanism } from '../../proto/gen/datum/dataasset/v1/index.js'
import type { Context } from '../sdk/index.js'
import { attestationErrors as E } from './errors.js'
import { isTee } from './executor-server.js'
import type { DataAssetApi, JobView } from './expected-keepers.js'

/** The region an executor may claim: the newest audit by a current auditor, else its declared region. */
export function effectiveRegion(p: Params, e: Executor): { region: string; audited: boolean } {
  const audits = e.audits.filter((a) => p.auditors.includes(a.auditor))
  const latest = audits.reduce<(typeof audits)[number] | undefined>(
    (best, a) => (!best || a.auditedAt > best.auditedAt ? a : best),
    undefined,
  )
  if (latest) return { region: latest.region, audited: true }
  return { region: e.declared?.region ?? '', audited: false }
}

export function checkEligible(
  ctx: Context,
  p: Params,
  dataAsset: DataAssetApi,
  e: Executor,
  job: JobView,
): void {
  if (e.state !== ExecutorState.EXECUTOR_STATE_ACTIVE) throw E.executorNotActive.wrap(e.operator)
  if (e.operator === job.requester) throw E.notEligible.wrap('the requester may not execute its own job')
  if (job.mechanism === Mechanism.MECHANISM_TEE && !isTee(e.kind))
    throw E.notEligible.wrap('the job needs a TEE executor')
  if (isTee(e.kind) && !p.measurements.some((m) => m.kind === e.kind && m.measurement === e.measurement))
    throw E.measurementNotAllowed.wrap(e.measurement)
  const { region, audited } = effectiveRegion(p, e)
  // A training job runs one participant per input asset, each on an executor granted that asset in that
  // asset's regions (issue 16): the executor must qualify for at least one input, never own any. Every other
  // job reads every input, so the executor must qualify for all of them.
  let qualified = 0
  let refusal: Error | undefined
  for (const input of job.inputs) {
    const asset = dataAsset.requireAsset(ctx, input.assetId)
    if (asset.owner === e.operator) throw E.notEligible.wrap('an asset owner may not execute jobs on it')
    try {
      try {
        dataAsset.checkRegion(ctx, input.assetId, region, audited)
      } catch (err) {
        throw E.notEligible.wrap(`region ${region || '(none)'}: ${(err as Error).message}`)
      }
      // No grant, no data key: the owner names who may run its jobs (dataasset error 26 or 28).
      dataAsset.requireLiveGrant(ctx, input.assetId, e.operator)
      qualified++
    } catch (err) {
      if (!job.training) throw err
      refusal ??= err as Error
    }
  }
  if (job.training && qualified === 0 && refusal) throw refusal
  const free = BigInt(e.bond?.amount ?? '0') - BigInt(e.locked)
  if (free < BigInt(p.jobStake)) throw E.insufficientBond.wrap(`free ${free} < stake ${p.jobStake}`)
}
