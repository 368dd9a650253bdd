// Issue 14, on real processes: a 4-validator `npm run testnet` network whose genesis sets staking's
// `max_validators` to 3 (a count, not a time window; every other param is the default). Four gentx
// validators of equal power: three are active, one waits UNBONDED. A delegation through the `datum` CLI lifts
// the waiting one above the others, so it enters the consensus set and the lowest active one leaves it; its
// node, running all along, signs from then on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LocalTestnet } from '../runner/testnet.js'
import {
  consensusPowers,
  devKeyring,
  type Json,
  ok,
  signedBy,
  stakingValidator,
  validatorOf,
} from './validator-ops.js'

describe('max_validators binding on a 4-validator testnet', () => {
  let net: LocalTestnet

  beforeAll(async () => {
    net = await LocalTestnet.create({
      validators: 4,
      blockTimeMs: 300,
      genesis: (g) => {
        ;(g.appState.staking as Json).params.max_validators = 3
      },
    })
    await net.start({ minHeight: 2n })
  }, 180_000)

  afterAll(async () => {
    await net?.destroy()
  })

  it('a delegation moves power so the waiting validator becomes active and another one leaves', async () => {
    const url = net.node(0).rpcUrl
    const n = ['--node', url]
    expect((await ok('query', 'staking', 'params', ...n)).params.max_validators).toBe(3)
    const all = [0, 1, 2, 3].map((i) => validatorOf(net, i))
    const status = async () =>
      new Map(
        await Promise.all(
          all.map(async (v) => [v.moniker, (await stakingValidator(url, v.moniker)).status] as const),
        ),
      )
    const before = await status()
    const waiting = all.filter((v) => before.get(v.moniker) === 'BOND_STATUS_UNBONDED')
    expect(waiting).toHaveLength(1)
    const joiner = waiting[0]!
    const active = all.filter((v) => v !== joiner)
    for (const v of active) expect(before.get(v.moniker)).toBe('BOND_STATUS_BONDED')
    const powers = await consensusPowers(url)
    expect([...powers.keys()].sort()).toEqual(active.map((v) => v.consHex).sort())
    for (const p of powers.values()) expect(p).toBe('10')

    const keyring = await devKeyring(net)
    const valoper = (await stakingValidator(url, joiner.moniker)).operator_address
    const delegated = await ok(
      'tx',
      'staking',
      'delegate',
      valoper,
      '1000000udatum',
      '--from',
      'dev',
      ...keyring,
      ...n,
    )

    await net.waitUntil(
      'the delegated validator in the consensus set at power 11',
      async () => (await consensusPowers(url)).get(joiner.consHex) === '11',
      30_000,
    )
    const after = await consensusPowers(url)
    expect(after.size).toBe(3)
    const left = active.filter((v) => !after.has(v.consHex))
    expect(left).toHaveLength(1)
    const now = await status()
    expect(now.get(joiner.moniker)).toBe('BOND_STATUS_BONDED')
    expect(now.get(left[0]!.moniker)).toBe('BOND_STATUS_UNBONDING')

    const from = BigInt(delegated.height) + 2n
    await net.waitUntil(
      'a commit signed by the newly active validator',
      async () => {
        const tip = await net.node(0).height()
        for (let h = from; h < tip; h++) if (await signedBy(url, h, joiner.consHex)) return true
        return false
      },
      30_000,
    )
    await net.assertSameChain(await net.minHeight())
  }, 240_000)
})
