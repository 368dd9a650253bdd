// Issue 14, on real processes: a validator of a 4-validator `npm run testnet` network signs two conflicting
// prevotes at every height (the test-only hook DATUM_TEST_HOOKS=1 DATUM_TEST_EQUIVOCATE=1, see
// node/daemon/test-hooks.ts). The others commit the duplicate votes as evidence; the evidence slashes it
// `slash_fraction_double_sign` once, jails it for good and tombstones it, however many pieces of evidence
// follow, and MsgUnjail is refused. Default slashing params; no time window is involved (a 300 ms block
// interval only makes it quicker).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../client/cli/test-cli.js'
import { LocalTestnet } from '../runner/testnet.js'
import { consensusPowers, type Json, ok, rpc, stakingValidator, validatorOf } from './validator-ops.js'

const EQUIVOCATOR = 3

describe('double signing on a 4-validator testnet', () => {
  let net: LocalTestnet

  beforeAll(async () => {
    net = await LocalTestnet.create({
      validators: 4,
      blockTimeMs: 300,
      env: (i): Record<string, string> =>
        i === EQUIVOCATOR ? { DATUM_TEST_HOOKS: '1', DATUM_TEST_EQUIVOCATE: '1' } : {},
    })
    await net.start({ minHeight: 2n })
  }, 180_000)

  afterAll(async () => {
    await net?.destroy()
  })

  /** Heights with committed evidence against `address`, and the double-sign slash events naming it. */
  async function scan(url: string, address: string, valcons: string, upTo: bigint) {
    const evidence: bigint[] = []
    const slashes: bigint[] = []
    for (let h = 1n; h <= upTo; h++) {
      const b = await rpc(url, 'block', { height: h.toString() })
      for (const ev of (b.block.evidence.evidence ?? []) as Json[])
        if (ev.value?.vote_a?.validator_address === address) evidence.push(h)
      const r = await rpc(url, 'block_results', { height: h.toString() })
      for (const e of (r.finalize_block_events ?? []) as Json[]) {
        if (e.type !== 'slash') continue
        const attr = (k: string) => e.attributes.find((a: Json) => a.key === k)?.value
        if (attr('reason') === 'double_sign' && attr('address') === valcons) slashes.push(h)
      }
    }
    return { evidence, slashes }
  }

  it('slashes the equivocator by slash_fraction_double_sign once, tombstones it and removes its power', async () => {
    const url = net.node(0).rpcUrl
    const n = ['--node', url]
    expect((await ok('query', 'slashing', 'params', ...n)).params.slash_fraction_double_sign).toBe(
      '0.050000000000000000',
    )
    const eq = validatorOf(net, EQUIVOCATOR)
    await net.waitUntil(
      'the equivocator jailed by committed evidence',
      async () => (await stakingValidator(url, eq.moniker)).jailed === true,
      120_000,
    )
    const info = (await ok('query', 'slashing', 'signing-info', eq.consHex, ...n)).val_signing_info
    expect(info.tombstoned).toBe(true)
    expect(Date.parse(info.jailed_until)).toBe(Date.UTC(9999, 11, 31, 23, 59, 59)) // jailed for good
    await net.waitUntil('its power gone from the consensus set', async () => {
      return !(await consensusPowers(url)).has(eq.consHex)
    })
    // More blocks pass (evidence of later heights may still be committed): the slash is never repeated.
    await net.waitForHeight((await net.node(0).height()) + 10n, { only: [0, 1, 2] })
    // 5 % of the 10,000,000 it had bonded at the infraction, once.
    expect((await stakingValidator(url, eq.moniker)).tokens).toBe('9500000')
    const { evidence, slashes } = await scan(url, eq.consHex, info.address, await net.node(0).height())
    expect(evidence.length).toBeGreaterThan(0)
    expect(slashes).toHaveLength(1)
    expect(slashes[0]).toBe(evidence[0])

    const unjail = await runCli('tx', 'slashing', 'unjail', '--from', 'validator', ...eq.keyring, ...n)
    expect(unjail.code, unjail.out).not.toBe(0)
    expect(unjail.err).toMatch(/validator still jailed/)
    await net.assertSameChain(await net.minHeight([0, 1, 2]), [0, 1, 2])
  }, 300_000)
})
