import { ed25519 } from '@noble/curves/ed25519.js'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { propertySeed } from '../testing/property-seed.js'
import { voteSignBytes } from './sign-bytes.js'
import { conflictingDecisions, type LinkFate, SIM_CHAIN_ID, Simulation } from './testing/simulation.js'
import { NIL_BLOCK_ID, type Vote } from './types.js'

const SEED = propertySeed('node/consensus/simulation.property.test.ts')

let sim: Simulation | undefined
afterEach(() => sim?.stopAll())

const network = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  maxDelayMs: fc.integer({ min: 0, max: 400 }),
  dropPercent: fc.integer({ min: 0, max: 30 }),
  duplicatePercent: fc.integer({ min: 0, max: 30 }),
  byzantine: fc.boolean(),
})

describe('safety under random delays, losses, duplicates and reorderings (fast-check)', () => {
  it('never produces conflicting decisions', async () => {
    await fc.assert(
      fc.asyncProperty(network, async (net) => {
        const link = (_from: number, _to: number, rand: () => number): LinkFate => {
          if (rand() * 100 < net.dropPercent) return { drop: true }
          return {
            drop: false,
            delayMs: Math.floor(rand() * (net.maxDelayMs + 1)),
            copies: rand() * 100 < net.duplicatePercent ? 2 : 1,
          }
        }
        // Optionally validator 3 equivocates on every vote: f = 1 of n = 4 is within the bound.
        const tamperVote = (from: number, vote: Vote, key: Uint8Array): Vote[] => {
          if (!net.byzantine || from !== 3) return []
          const other: Vote = {
            ...vote,
            blockId:
              vote.blockId.hash.length === 0 ? (sim!.lastProposedBlockId() ?? NIL_BLOCK_ID) : NIL_BLOCK_ID,
          }
          return [{ ...other, signature: ed25519.sign(voteSignBytes(SIM_CHAIN_ID, other), key) }]
        }
        sim = new Simulation({ validators: 4, seed: net.seed, link, tamperVote })
        await sim.start()
        await sim.run(2_500, 10)
        const conflicts = conflictingDecisions(sim)
        sim.stopAll()
        expect(conflicts).toEqual([])
        for (const node of sim.nodes) expect(node.fatal).toBeUndefined()
      }),
      { numRuns: 8, seed: SEED },
    )
  }, 240_000)
})
