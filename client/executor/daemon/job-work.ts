// One pass over the jobs this executor could act on: plan each from chain state, then accept, compute and
// commit, and reveal in (at most) one batched tx per kind. Returns whether anything moved, so the daemon
// runs another pass at once instead of waiting a block per phase.
import type { DataAsset } from '../../../proto/gen/datum/dataasset/v1/index.js'
import type { DatumClient } from '../../sdk/client.js'
import { JobFault } from '../faults.js'
import { nextAction } from '../job-plan.js'
import type { ChainView, JobView } from './chain-view.js'
import type { DatasetSource } from './dataset-source.js'
import { faultRecord, revealValue } from './fault-report.js'
import type { FeatureModules } from './feature-modules.js'
import type { Grants } from './grants.js'
import { inferenceRefusal, isInferenceJob, runInference } from './inference-job.js'
import { computeJob, refusal } from './job-compute.js'
import type { JobJournal, JobRecord } from './job-journal.js'
import { isTrainingJob } from './training-job.js'
import { type TrainingDeps, trainingRefusal, trainingStep } from './training-work.js'
import { type MsgOf, TxBatcher } from './tx-batcher.js'

export interface WorkDeps {
  self: string
  client: DatumClient
  chain: ChainView
  journal: JobJournal
  chainId: string
  grants: Grants
  datasets: DatasetSource
  /** Owner-approved feature modules (issue 16): approvals from the chain, bytes from the assets' storage. */
  features?: FeatureModules
  lie: boolean
  /** Reveal only once this many executors committed, or the commit window closed (default 1). */
  waitForExecutors?: number
  /** Test hook: commit but never reveal (to stop the daemon between the two deterministically). */
  holdReveals?: boolean
  /** The registered endpoint; results are revealed as `<endpoint>/results/<job>`. */
  endpoint: string
  log: (event: string, fields?: Record<string, unknown>) => void
  /** Federated training (training jobs): the peer server on the registered endpoint and the secret key. */
  peers?: TrainingDeps['peers']
}

const msg = (name: string, value: unknown) => ({ typeUrl: `/datum.attestation.v1.${name}`, value })
const DONE: ReadonlySet<string> = new Set<JobRecord['phase']>(['skipped', 'revealed'])

export class JobWork {
  private readonly tx: TxBatcher

  constructor(private readonly d: WorkDeps) {
    this.tx = new TxBatcher(d.client, d.self)
  }

  async tick(): Promise<boolean> {
    const { chain, journal } = this.d
    // Grants first: a revoked grant or consent deletes the cached package before anything else runs.
    await this.d.grants.refresh()
    const now = await chain.now()
    const maxExecutors = await chain.maxExecutorsPerJob()
    const jobs = new Map((await chain.openJobs()).map((j) => [j.id, j]))
    const ids = [...new Set([...jobs.keys(), ...journal.unfinished()])]
    const assets = new Map<string, Promise<DataAsset>>()
    const accept: MsgOf<bigint>[] = []
    const commit: JobView[] = []
    const reveal: bigint[] = []
    for (const id of ids) {
      if (DONE.has(journal.get(id)?.phase ?? '')) continue
      let v: JobView
      try {
        v = await chain.view(jobs.get(id) ?? (await chain.job(id)), now, assets)
      } catch (e) {
        this.d.log('error', { jobId: id.toString(), message: `reading the job: ${(e as Error).message}` })
        continue
      }
      const action = nextAction(this.d.self, v.facts, v.attestation, maxExecutors, this.d.waitForExecutors)
      if (action.kind === 'accept') {
        const why = isTrainingJob(v.job)
          ? this.d.peers
            ? trainingRefusal(v, this.d.grants)
            : 'no federated peer server: cannot train'
          : isInferenceJob(v)
            ? this.d.peers
              ? inferenceRefusal(v, this.d.grants)
              : 'no executor secret key: cannot open an inference input'
            : refusal(v, this.d.grants)
        if (why) this.skip(id, why)
        else accept.push({ key: id, msg: msg('MsgAcceptJob', { executor: this.d.self, jobId: id }) })
      } else if (action.kind === 'compute-and-commit') commit.push(v)
      else if (action.kind === 'reveal') {
        if (!this.d.holdReveals) reveal.push(id)
      } else if (action.reason === 'already revealed') this.recoverReveal(id)
      else if (action.reason === 'never execute own or owned jobs') this.skip(id, action.reason)
      else if (journal.get(id) && action.reason !== 'waiting for other commits') this.skip(id, action.reason)
    }
    const accepted = await this.accept(accept)
    const committed = await this.commit(commit)
    const revealed = await this.reveal(reveal)
    return accepted + committed + revealed > 0
  }

  /** The reveal landed but the daemon stopped before noting it: note it now. */
  private recoverReveal(id: bigint): void {
    this.d.journal.save({ ...this.d.journal.get(id)!, jobId: id.toString(), phase: 'revealed' })
    this.d.log('revealed', { jobId: id.toString(), recovered: true })
  }

  private skip(id: bigint, reason: string): void {
    this.d.journal.save({ ...this.d.journal.get(id), jobId: id.toString(), phase: 'skipped', reason })
    this.d.log('skipped', { jobId: id.toString(), reason })
  }

  private async accept(items: MsgOf<bigint>[]): Promise<number> {
    const r = await this.tx.send(items)
    for (const id of r.ok) {
      this.d.journal.save({ jobId: id.toString(), phase: 'accepted' })
      this.d.log('accepted', { jobId: id.toString() })
    }
    for (const { key, reason } of r.refused) this.skip(key, `accept refused: ${reason}`)
    return r.ok.length
  }

  private async commit(views: JobView[]): Promise<number> {
    const items: MsgOf<bigint>[] = []
    for (const v of views) {
      const rec = await this.computed(v)
      if (rec)
        items.push({
          key: v.job.id,
          msg: msg('MsgCommitResult', { executor: this.d.self, jobId: v.job.id, commitment: rec.commitment }),
        })
    }
    const r = await this.tx.send(items, 2)
    for (const id of r.ok) {
      const rec = this.d.journal.get(id)!
      this.d.journal.save({ ...rec, phase: 'committed' })
      this.d.log('committed', { jobId: id.toString(), digest: rec.resultDigest })
    }
    for (const { key, reason } of r.refused) this.skip(key, `commit refused: ${reason}`)
    return r.ok.length
  }

  /** The job's prepared result: from the journal when computed before (a restart), else computed now. */
  private async computed(v: JobView): Promise<JobRecord | undefined> {
    const id = v.job.id
    const have = this.d.journal.get(id)
    if (have?.commitment) return have
    if (isTrainingJob(v.job)) return this.trained(v)
    try {
      const accountKey = (a: string) => this.d.chain.accountKey(a)
      const p = isInferenceJob(v)
        ? await runInference(v, {
            ...this.d,
            accountKey,
            secretKey: this.d.peers!.secretKey,
            trainingJob: (jobId) => this.d.chain.job(jobId),
          })
        : await computeJob(v, { ...this.d, accountKey })
      const rec: JobRecord = {
        jobId: id.toString(),
        phase: 'computed',
        resultDigest: p.resultDigest,
        salt: p.salt,
        commitment: p.commitment,
        envelope: Buffer.from(p.envelope).toString('hex'),
        epsilonMicro: v.job.epsilonMicro.toString(),
      }
      this.d.journal.save(rec)
      return rec
    } catch (e) {
      if (e instanceof JobFault) {
        // The job cannot yield a result through no fault of ours: commit and reveal the verdict instead.
        const rec = faultRecord(id, v.assets[0]?.id ?? '', e)
        this.d.journal.save(rec)
        this.d.log('fault', { jobId: id.toString(), fault: e.faultClass, reason: e.reason })
        return rec
      }
      this.d.log('error', { jobId: id.toString(), message: `computing: ${(e as Error).message}` })
      this.skip(id, `cannot compute: ${(e as Error).message}`)
      return undefined
    }
  }

  /** A training job's record once this executor's participant trained; undefined while peers are missing. */
  private async trained(v: JobView): Promise<JobRecord | undefined> {
    const id = v.job.id
    try {
      const step = await trainingStep(v, { ...this.d, peers: this.d.peers! })
      if (step.kind === 'wait') {
        this.d.log('training-wait', { jobId: id.toString(), reason: step.why })
        return undefined
      }
      if (step.kind === 'skip') {
        this.skip(id, step.why)
        return undefined
      }
      if (step.kind === 'fault') {
        const rec = faultRecord(id, step.assetId, step.fault)
        this.d.journal.save(rec)
        this.d.log('fault', { jobId: id.toString(), fault: step.fault.faultClass, reason: step.fault.reason })
        return rec
      }
      this.d.journal.save(step.record)
      return step.record
    } catch (e) {
      this.d.log('error', { jobId: id.toString(), message: `training: ${(e as Error).message}` })
      this.skip(id, `cannot train: ${(e as Error).message}`)
      return undefined
    }
  }

  private async reveal(ids: bigint[]): Promise<number> {
    const items = ids.flatMap((id) => {
      const rec = this.d.journal.get(id)
      if (!rec?.resultDigest || !rec.salt) return []
      return [{ key: id, msg: msg('MsgRevealResult', revealValue(this.d.self, id, rec, this.d.endpoint)) }]
    })
    const r = await this.tx.send(items, 3)
    for (const id of r.ok) {
      this.d.journal.save({ ...this.d.journal.get(id)!, phase: 'revealed' })
      this.d.log('revealed', { jobId: id.toString() })
    }
    for (const { key, reason } of r.refused) this.skip(key, `reveal refused: ${reason}`)
    return r.ok.length
  }
}
