// Time is injected: the driver never reads the wall clock itself, so tests run on a manual clock.

export type TimerHandle = { readonly id: number }

export interface Clock {
  /** Unix time in milliseconds. */
  now(): number
  setTimer(ms: number, fire: () => void): TimerHandle
  clearTimer(handle: TimerHandle): void
}

let nextId = 1

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(ms, fire) {
    const t = setTimeout(fire, ms)
    t.unref?.()
    const handle = { id: nextId++ }
    timers.set(handle.id, t)
    return handle
  },
  clearTimer(handle) {
    const t = timers.get(handle.id)
    if (t !== undefined) clearTimeout(t)
    timers.delete(handle.id)
  },
}
const timers = new Map<number, ReturnType<typeof setTimeout>>()

/** A clock that moves only when told to; timers fire in deadline order (then scheduling order). */
export class ManualClock implements Clock {
  private current: number
  private seq = 0
  private readonly pending = new Map<number, { at: number; seq: number; fire: () => void }>()

  constructor(startMs = 1_700_000_000_000) {
    this.current = startMs
  }

  now(): number {
    return this.current
  }

  setTimer(ms: number, fire: () => void): TimerHandle {
    const id = nextId++
    this.pending.set(id, { at: this.current + Math.max(0, ms), seq: this.seq++, fire })
    return { id }
  }

  clearTimer(handle: TimerHandle): void {
    this.pending.delete(handle.id)
  }

  /** The deadline of the earliest pending timer, if any. */
  nextDeadline(): number | undefined {
    let min: number | undefined
    for (const t of this.pending.values()) if (min === undefined || t.at < min) min = t.at
    return min
  }

  /** Moves time forward by `ms`, firing every timer that comes due, in order. */
  advance(ms: number): void {
    const target = this.current + ms
    for (;;) {
      let next: [number, { at: number; seq: number; fire: () => void }] | undefined
      for (const entry of this.pending) {
        if (entry[1].at > target) continue
        if (
          next === undefined ||
          entry[1].at < next[1].at ||
          (entry[1].at === next[1].at && entry[1].seq < next[1].seq)
        ) {
          next = entry
        }
      }
      if (next === undefined) break
      this.pending.delete(next[0])
      this.current = Math.max(this.current, next[1].at)
      next[1].fire()
    }
    this.current = target
  }
}
