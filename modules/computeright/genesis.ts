// Genesis: params, offerings, rights, jobs and the id sequences; export(init(g)) == g. The indexes (asset,
// holder, requester, job state, job asset, expiry) are not exported: init rebuilds them through put*.
import {
  ComputeRight,
  GenesisState,
  Job,
  JobState,
  Offering,
} from '../../proto/gen/datum/computeright/v1/index.js'
import type { Context } from '../sdk/index.js'
import { computeRightErrors as E } from './errors.js'
import type { ComputeRightKeeper } from './keeper.js'
import { JOB_PREFIX, KIND_JOB, KIND_OFFERING, KIND_RIGHT, OFFERING_PREFIX, RIGHT_PREFIX } from './keys.js'
import { checkParams, DEFAULT_PARAMS } from './params.js'
import { trainingRecordProblem } from './training.js'

export const defaultGenesis = (): GenesisState =>
  GenesisState.fromPartial({
    params: DEFAULT_PARAMS,
    offeringSequence: 0n,
    rightSequence: 0n,
    jobSequence: 0n,
  })

export function parseGenesis(json: unknown): GenesisState {
  let g: GenesisState
  try {
    g = GenesisState.fromJson(json ?? {})
  } catch (e) {
    throw E.invalidGenesis.wrap((e as Error).message)
  }
  checkParams(g.params ?? DEFAULT_PARAMS)
  const maxId = (ids: bigint[], seq: bigint, what: string) => {
    for (const id of ids)
      if (id < 1n || id > seq) throw E.invalidGenesis.wrap(`${what} id ${id} outside 1..${seq}`)
  }
  maxId(
    g.offerings.map((o) => o.id),
    g.offeringSequence,
    'offering',
  )
  maxId(
    g.rights.map((r) => r.id),
    g.rightSequence,
    'right',
  )
  maxId(
    g.jobs.map((j) => j.id),
    g.jobSequence,
    'job',
  )
  const jobIds = new Set<bigint>()
  for (const j of g.jobs) {
    if (jobIds.has(j.id)) throw E.invalidGenesis.wrap(`job id ${j.id} appears twice`)
    jobIds.add(j.id)
    if (j.state === JobState.JOB_STATE_UNSPECIFIED || JobState[j.state] === undefined)
      throw E.invalidGenesis.wrap(`job ${j.id} has no valid state (${j.state})`)
    const training = trainingRecordProblem(j)
    if (training) throw E.invalidGenesis.wrap(training)
  }
  return g
}

export function initGenesis(ctx: Context, k: ComputeRightKeeper, g: GenesisState): void {
  k.store.setParams(ctx, g.params ?? DEFAULT_PARAMS)
  for (const o of g.offerings) k.store.putOffering(ctx, o)
  for (const r of g.rights) k.store.putRight(ctx, r)
  const rightAsset = new Map(g.rights.map((r) => [r.id, r.assetId]))
  for (const j of g.jobs) {
    const assets = j.rightIds.map((id) => rightAsset.get(id) ?? k.store.right(ctx, id)?.assetId)
    if (assets.some((a) => a === undefined)) throw E.invalidGenesis.wrap(`job ${j.id} names an unknown right`)
    k.store.putJob(ctx, j, [...new Set(assets as string[])].sort())
  }
  k.store.setSequence(ctx, KIND_OFFERING, g.offeringSequence)
  k.store.setSequence(ctx, KIND_RIGHT, g.rightSequence)
  k.store.setSequence(ctx, KIND_JOB, g.jobSequence)
}

export function exportGenesis(ctx: Context, k: ComputeRightKeeper): GenesisState {
  return {
    params: k.store.params(ctx),
    offerings: [...k.store.all(ctx, OFFERING_PREFIX, Offering.decode)],
    rights: [...k.store.all(ctx, RIGHT_PREFIX, ComputeRight.decode)],
    jobs: [...k.store.all(ctx, JOB_PREFIX, Job.decode)],
    offeringSequence: k.store.sequence(ctx, KIND_OFFERING),
    rightSequence: k.store.sequence(ctx, KIND_RIGHT),
    jobSequence: k.store.sequence(ctx, KIND_JOB),
  }
}
