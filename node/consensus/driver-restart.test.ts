import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConsensusWal } from './consensus-wal.js'
import { FileLastSignStateStore } from './last-sign-state.js'
import { conflictingDecisions, Simulation } from './testing/simulation.js'

let dir: string
let sim: Simulation | undefined
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'datum-restart-'))
})
afterEach(() => {
  sim?.stopAll()
  rmSync(dir, { recursive: true, force: true })
})

function durableSim(seed: number): Simulation {
  return new Simulation({
    validators: 4,
    seed,
    signStateStore: (i) => new FileLastSignStateStore(join(dir, `pv-${i}.json`)),
    wal: (i) => ConsensusWal.open(join(dir, `wal-${i}`)),
  })
}

describe('a validator restarted mid-height', { timeout: 120_000 }, () => {
  it('replays its WAL, keeps its lock, never equivocates, and keeps deciding with the others', async () => {
    sim = durableSim(21)
    await sim.start()
    await sim.run(10_000, 5, () => sim!.minDecided() >= 3)
    // Crash node 0 right after it precommitted a value in the current height.
    await sim.run(10_000, 1, () => {
      const s = sim!.nodes[0]!.driver!.status()
      return s.step === 'precommit' && s.locked !== undefined
    })
    const before = sim.nodes[0]!.driver!.status()
    sim.stopNode(0)
    await sim.startNode(0)
    const after = sim.nodes[0]!.driver!.status()
    // Same height, round and step as before the crash, and the lock survived (no amnesia).
    expect(after).toEqual(before)
    await sim.run(30_000, 5, () => sim!.minDecided() >= 10)
    expect(sim.minDecided()).toBeGreaterThanOrEqual(10)
    expect(conflictingDecisions(sim)).toEqual([])
    for (const node of sim.nodes) {
      expect(node.evidence, `node ${node.index} saw equivocation`).toEqual([])
      expect(node.fatal, `node ${node.index}`).toBeUndefined()
    }
  })

  it('a validator down for several heights comes back and follows the chain', async () => {
    sim = durableSim(22)
    await sim.start()
    await sim.run(10_000, 5, () => sim!.minDecided() >= 2)
    sim.stopNode(1)
    await sim.run(10_000, 5, () => sim!.nodes[0]!.app.decisions.length >= 6)
    await sim.startNode(1)
    await sim.run(30_000, 5, () => sim!.minDecided() >= 10)
    expect(sim.minDecided()).toBeGreaterThanOrEqual(10)
    expect(conflictingDecisions(sim)).toEqual([])
    for (const node of sim.nodes) expect(node.evidence).toEqual([])
  })
})
