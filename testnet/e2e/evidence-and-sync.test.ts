// Issue 4, black box: an equivocating validator is caught (duplicate-vote evidence committed exactly once,
// no fork), and a full node started after 50 blocks syncs to the tip by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LocalTestnet } from '../runner/testnet.js'

type EvidenceJson = {
  type?: string
  value?: { vote_a?: { validator_address: string; height: string; round: number; type: number } }
}

describe('evidence and late sync on a 4-validator testnet with one full node', () => {
  let net: LocalTestnet
  const validators = [0, 1, 2, 3]
  const fullNode = 4

  beforeAll(async () => {
    net = await LocalTestnet.create({
      validators: 4,
      fullNodes: 1,
      blockTimeMs: 200,
      env: (i): Record<string, string> =>
        i === 3 ? { DATUM_TEST_HOOKS: '1', DATUM_TEST_EQUIVOCATE: '1' } : {},
    })
    await net.start({ only: validators, minHeight: 2n })
  }, 180_000)

  afterAll(async () => {
    await net?.destroy()
  })

  it("commits the equivocator's duplicate votes as evidence exactly once, and nobody forks", async () => {
    const seen = new Map<string, bigint>()
    let scanned = 0n
    await net.waitUntil(
      'a block carrying duplicate-vote evidence',
      async () => {
        const top = await net.node(0).height()
        for (let h = scanned + 1n; h <= top; h++) {
          const b = await net
            .node(0)
            .rpc<{ block: { evidence: { evidence: EvidenceJson[] | null } } }>('block', { height: String(h) })
          for (const ev of b.block.evidence.evidence ?? []) {
            const v = ev.value?.vote_a
            expect(v).toBeDefined()
            const id = `${v!.validator_address}/${v!.height}/${v!.round}/${v!.type}`
            expect(seen.has(id), `evidence ${id} committed twice`).toBe(false)
            seen.set(id, h)
          }
          scanned = h
        }
        return seen.size > 0
      },
      180_000,
    )
    const equivocator = (await net.node(3).rpc<{ validator_info: { address: string } }>('status'))
      .validator_info.address
    for (const id of seen.keys()) expect(id.startsWith(equivocator)).toBe(true)
    await net.assertSameChain(await net.minHeight(validators), validators)
  }, 240_000)

  it('syncs a full node started after 50 blocks to the tip', async () => {
    await net.waitForHeight(50n, { only: validators, timeoutMs: 240_000 })
    await net.start({ only: [fullNode] })
    const tip = await net.minHeight(validators)
    await net.waitForHeight(tip + 2n, { only: [fullNode], timeoutMs: 180_000 })
    const status = await net.node(fullNode).rpc<{ sync_info: { catching_up: boolean } }>('status')
    expect(typeof status.sync_info.catching_up).toBe('boolean')
    await net.assertSameChain(tip, [0, fullNode])
  }, 480_000)
})
