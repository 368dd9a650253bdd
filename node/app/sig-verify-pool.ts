// Signature verification on worker threads. The curve arithmetic is the largest single cost of admitting a
// tx (a native libsecp256k1 verify is ~70 µs, a tenth of the node's main-thread time per tx at full load),
// and it needs no state: claims (key, signature, sign bytes) go to a worker and come back as verdicts the
// app's signature cache admits. Claims that arrive in one turn of the event loop travel as one packed batch.
// A worker that fails or exits answers "not verified" for what it held, so CheckTx simply verifies those
// itself; the pool then starts a fresh worker on the next batch, and after MAX_FAILURES failures in a row with
// no answer between them it stops using workers (every claim false: CheckTx verifies everything on the main
// thread, as with no pool). A batch unanswered for ANSWER_TIMEOUT_MS counts as such a failure and its worker is
// terminated, so a hung worker delays new txs by seconds, never for good. Workers start on first use (a node that never receives a tx never spawns one)
// and never keep the process alive.
import { Worker } from 'node:worker_threads'
import type { SignatureClaim } from '../../modules/sdk/index.js'
import { packClaims } from './claim-batch.js'
import type { VerifyAnswer, VerifyRequest } from './sig-verify-worker.js'

/** Node's type stripping is not assumed: the worker registers tsx, as the node's own process does. */
const WORKER_BOOT = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(
  new URL('./sig-verify-worker.ts', import.meta.url).href,
)}) })`

const MAX_FAILURES = 3
/** Far above a batch's real time (a few ms) and a worker's start (~0.2 s; seconds on a loaded machine). */
export const ANSWER_TIMEOUT_MS = 10_000

interface Pending {
  claims: SignatureClaim[]
  resolve: (verified: boolean[]) => void
}

interface Slot {
  worker: Worker
  inFlight: Map<number, { batch: Pending[]; timer: NodeJS.Timeout }>
}

export class SignatureVerifierPool {
  private readonly slots: (Slot | undefined)[]
  private queue: Pending[] = []
  private flushScheduled = false
  private nextId = 1
  private closed = false
  private failures = 0

  private readonly onError: (error: unknown) => void
  private readonly answerTimeoutMs: number

  constructor(workers: number, opts: { onError?: (error: unknown) => void; answerTimeoutMs?: number } = {}) {
    if (!Number.isSafeInteger(workers) || workers < 1)
      throw new RangeError(`workers must be ≥ 1, got ${workers}`)
    this.slots = new Array(workers).fill(undefined)
    this.onError = opts.onError ?? (() => {})
    this.answerTimeoutMs = opts.answerTimeoutMs ?? ANSWER_TIMEOUT_MS
  }

  /** One verdict per claim, in order; never rejects (a claim not verified is false). */
  verify(claims: SignatureClaim[]): Promise<boolean[]> {
    if (claims.length === 0 || this.closed) return Promise.resolve(claims.map(() => false))
    return new Promise((resolve) => {
      this.queue.push({ claims, resolve })
      if (!this.flushScheduled) {
        this.flushScheduled = true
        setImmediate(() => this.flush())
      }
    })
  }

  async close(): Promise<void> {
    this.closed = true
    const slots = this.slots.splice(0)
    await Promise.all(slots.map((s) => s && this.retire(s, true)))
    for (const p of this.queue.splice(0)) p.resolve(p.claims.map(() => false))
  }

  private flush(): void {
    this.flushScheduled = false
    const batch = this.queue.splice(0)
    if (batch.length === 0 || this.closed) return
    const slot = this.leastBusy()
    if (!slot) {
      for (const p of batch) p.resolve(p.claims.map(() => false))
      return
    }
    const id = this.nextId++
    const timer = setTimeout(() => {
      if (!slot.inFlight.has(id)) return
      this.onError(new Error(`a signature worker did not answer within ${this.answerTimeoutMs} ms`))
      this.fail(slot, true)
    }, this.answerTimeoutMs)
    timer.unref()
    slot.inFlight.set(id, { batch, timer })
    const claims = packClaims(batch.flatMap((p) => p.claims))
    const req: VerifyRequest = { id, claims }
    slot.worker.postMessage(req, [claims])
  }

  private leastBusy(): Slot | undefined {
    let best = -1
    for (let i = 0; i < this.slots.length; i++) {
      if (!this.slots[i]) {
        const started = this.start(i)
        if (!started) continue
      }
      if (best < 0 || this.slots[i]!.inFlight.size < this.slots[best]!.inFlight.size) best = i
    }
    return best < 0 ? undefined : this.slots[best]
  }

  private start(i: number): Slot | undefined {
    let worker: Worker
    try {
      worker = new Worker(WORKER_BOOT, { eval: true })
    } catch (e) {
      this.onError(e)
      this.failures++
      return undefined
    }
    worker.unref()
    const slot: Slot = { worker, inFlight: new Map() }
    worker.on('message', (answer: VerifyAnswer) => {
      const entry = slot.inFlight.get(answer.id)
      if (!entry) return
      this.failures = 0
      clearTimeout(entry.timer)
      slot.inFlight.delete(answer.id)
      let at = 0
      for (const p of entry.batch) {
        p.resolve(p.claims.map(() => answer.verified[at++] === 1))
      }
    })
    worker.on('error', (e) => {
      this.onError(e)
      this.fail(slot)
    })
    worker.on('exit', () => this.fail(slot))
    this.slots[i] = slot
    return slot
  }

  private fail(slot: Slot, terminate = false): void {
    if (!this.slots.includes(slot)) return
    void this.retire(slot, terminate)
    if (++this.failures >= MAX_FAILURES && !this.closed) {
      this.onError(
        new Error(`signature workers failed ${this.failures} times in a row; verifying on the main thread`),
      )
      void this.close()
    }
  }

  /** Answers "not verified" for what the worker held and frees its slot for a fresh one. */
  private async retire(slot: Slot, terminate: boolean): Promise<void> {
    const i = this.slots.indexOf(slot)
    if (i >= 0) this.slots[i] = undefined
    for (const { batch, timer } of slot.inFlight.values()) {
      clearTimeout(timer)
      for (const p of batch) p.resolve(p.claims.map(() => false))
    }
    slot.inFlight.clear()
    if (terminate) await slot.worker.terminate()
  }
}
