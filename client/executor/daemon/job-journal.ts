// What the daemon has done for each job, on disk under <data-dir>/jobs/<id>.json. The salt and envelope are
// written (fsync'd, atomically renamed) BEFORE the commit is broadcast, so a daemon restarted between commit
// and reveal can still reveal and still serve the result; a lost salt would mean a slash for silence.
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import type { FaultClass } from '../faults.js'

export interface JobRecord {
  jobId: string
  /** accepted → computed (salt and envelope saved) → committed → revealed; or skipped with a reason. */
  phase: 'skipped' | 'accepted' | 'computed' | 'committed' | 'revealed'
  reason?: string
  resultDigest?: string
  salt?: string
  commitment?: string
  /** hex ECIES envelope served to the requester and viewers. */
  envelope?: string
  epsilonMicro?: string
  /** Set when the job threw a JobFault: the digest committed is the fault digest, and no envelope exists. */
  fault?: FaultClass
  faultReason?: string
  /** A training job's attribution (ppm per input, in input order), revealed with the model digest. */
  attributionPpm?: number[]
}

export class JobJournal {
  private readonly dir: string
  private readonly records = new Map<string, JobRecord>()

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'jobs')
    mkdirSync(this.dir, { recursive: true, mode: 0o700 })
    for (const name of readdirSync(this.dir)) {
      if (!/^\d+\.json$/.test(name)) continue
      const r = JSON.parse(readFileSync(join(this.dir, name), 'utf8')) as JobRecord
      this.records.set(r.jobId, r)
    }
  }

  get(jobId: bigint): JobRecord | undefined {
    return this.records.get(jobId.toString())
  }

  envelopeOf(jobId: bigint): Uint8Array | undefined {
    const e = this.get(jobId)?.envelope
    return e ? Buffer.from(e, 'hex') : undefined
  }

  /** Jobs this daemon works on and has not finished (not revealed, not skipped). */
  unfinished(): bigint[] {
    return [...this.records.values()]
      .filter((r) => r.phase === 'accepted' || r.phase === 'computed' || r.phase === 'committed')
      .map((r) => BigInt(r.jobId))
  }

  save(r: JobRecord): void {
    const path = join(this.dir, `${r.jobId}.json`)
    const tmp = `${path}.tmp`
    const fd = openSync(tmp, 'w', 0o600)
    try {
      writeSync(fd, JSON.stringify(r))
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(tmp, path)
    this.records.set(r.jobId, r)
  }
}
