// Everything the daemon reads from the chain, through the Datum query extensions: jobs open to executors,
// a job's inputs (rights → assets), its attestation record, the latest block time and the params.
import { fromBase64 } from '@cosmjs/encoding'
import type * as A from '../../../proto/gen/datum/attestation/v1/index.js'
import * as C from '../../../proto/gen/datum/computeright/v1/index.js'
import type * as D from '../../../proto/gen/datum/dataasset/v1/index.js'
import type { DatumClient } from '../../sdk/client.js'
import type { JobFacts } from '../job-plan.js'
import type { JobReaders } from '../result-server.js'
import type { Candidate } from './training-job.js'

export interface JobView {
  job: C.Job
  assets: D.DataAsset[]
  /** The asset versions the job's rights are pinned to, by asset id. */
  pinnedVersions: Map<string, number>
  attestation: A.Attestation | undefined
  facts: JobFacts
}

const OPEN_STATES = [
  C.JobState.JOB_STATE_REQUESTED,
  C.JobState.JOB_STATE_ASSIGNED,
  C.JobState.JOB_STATE_COMMITTED,
]

export class ChainView {
  constructor(private readonly client: DatumClient) {}

  async now(): Promise<bigint> {
    const status = await this.client.comet.status()
    return BigInt(Math.floor(status.syncInfo.latestBlockTime.getTime() / 1000))
  }

  async maxExecutorsPerJob(): Promise<number> {
    return (await this.client.query.attestation.params()).maxExecutorsPerJob
  }

  /** Jobs executors may still join (until reveals start, COMMITTED ones too), every page. */
  async openJobs(): Promise<C.Job[]> {
    const jobs: C.Job[] = []
    for (const state of OPEN_STATES) {
      let key: Uint8Array | undefined
      do {
        const page = await this.jobsByState(state, key)
        jobs.push(...page.jobs)
        key = page.pagination?.nextKey?.length ? page.pagination.nextKey : undefined
      } while (key)
    }
    return jobs
  }

  job(id: bigint): Promise<C.Job> {
    return this.client.query.computeright.job(id)
  }

  /** Who may read a job's result and whether it is settled; undefined when the chain has no such job. */
  async jobReaders(id: bigint): Promise<JobReaders | undefined> {
    let job: C.Job
    try {
      job = await this.job(id)
    } catch (e) {
      if (/code = NotFound/.test((e as Error).message)) return undefined
      throw e
    }
    return {
      readers: [job.requester, ...job.viewers],
      finalized: job.state === C.JobState.JOB_STATE_FINALIZED,
    }
  }

  /** An account's secp256k1 public key as the chain knows it (set by its first signed tx), if any. */
  async accountKey(address: string): Promise<Uint8Array | undefined> {
    const pk = (await this.client.signing.getAccount(address))?.pubkey
    if (pk?.type !== 'tendermint/PubKeySecp256k1') return undefined
    return fromBase64(pk.value as string)
  }

  /**
   * What a training job's binding needs of each assigned executor: its registered key and endpoint, its
   * effective region (newest audit, else declared) and which of `assetIds` it holds a live grant on.
   */
  async candidates(assigned: readonly string[], assetIds: readonly string[]): Promise<Candidate[]> {
    const q = this.client.query
    const out: Candidate[] = []
    for (const address of assigned) {
      const e = await q.attestation.executor(address)
      if (!e) continue
      const newest = [...e.audits].sort((a, b) => Number(BigInt(b.auditedAt) - BigInt(a.auditedAt)))[0]
      const granted = new Set<string>()
      for (const assetId of assetIds) {
        try {
          if ((await q.dataasset.grant(assetId, address)).live) granted.add(assetId)
        } catch (err) {
          if (!/not ?found/i.test((err as Error).message)) throw err
        }
      }
      out.push({
        address,
        pubKey: e.pubKey,
        endpoint: e.endpoint,
        region: newest?.region ?? e.declared?.region ?? '',
        granted,
      })
    }
    return out
  }

  private async jobsByState(state: C.JobState, key?: Uint8Array): Promise<C.QueryJobsResponse> {
    const req = {
      state,
      pagination: {
        key: key ?? new Uint8Array(),
        offset: 0n,
        limit: 200n,
        countTotal: false,
        reverse: false,
      },
    }
    const bytes = await this.client.query.queryAbci(
      '/datum.computeright.v1.Query/JobsByState',
      C.QueryJobsByStateRequest.encode(req as never),
    )
    return C.QueryJobsResponse.decode(bytes.value)
  }

  /** A right's asset and pinned version never change: read once. */
  private readonly rights = new Map<bigint, { assetId: string; version: number }>()

  /**
   * The job with its inputs and attestation. `assets` is shared by one pass, so each asset is read once a
   * pass however many jobs use it.
   */
  async view(job: C.Job, now: bigint, assets: Map<string, Promise<D.DataAsset>>): Promise<JobView> {
    const q = this.client.query
    const jobId = job.id
    const pinnedVersions = new Map<string, number>()
    for (const id of job.rightIds) {
      let r = this.rights.get(id)
      if (!r) {
        const right = await q.computeright.right(id)
        r = { assetId: right.assetId, version: right.assetVersion }
        if (this.rights.size > 100_000) this.rights.clear()
        this.rights.set(id, r)
      }
      pinnedVersions.set(r.assetId, r.version)
    }
    const inputs = await Promise.all(
      [...pinnedVersions.keys()].map((id) => {
        if (!assets.has(id)) assets.set(id, q.dataasset.asset(id))
        return assets.get(id)!
      }),
    )
    const attestation = await q.attestation.attestation(jobId)
    const d = job.deadlines!
    return {
      job,
      assets: inputs,
      pinnedVersions,
      attestation,
      facts: {
        jobId,
        requester: job.requester,
        assetOwners: inputs.map((a) => a.owner),
        now,
        commitBy: d.commitBy,
        revealBy: d.revealBy,
        open: OPEN_STATES.includes(job.state),
      },
    }
  }
}
