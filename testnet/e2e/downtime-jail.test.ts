// Issue 14, on real processes: a validator of a 4-validator `npm run testnet` network stopped past the
// signed-blocks window is jailed and slashed `slash_fraction_downtime` and loses its power; it may not unjail
// before `downtime_jail_duration`; restarted, and after it, MsgUnjail from its operator (the `datum` CLI) brings
// it back and its node signs again at its power. The DEFAULT slashing and staking windows divided by one factor
// (10: a 10-block window, 60 s jail) at the default 1 s block interval, so their ratio is the default's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../client/cli/test-cli.js'
import { LocalTestnet } from '../runner/testnet.js'
import {
  consensusPowers,
  ok,
  rpc,
  scaleValidatorWindows,
  signedBy,
  stakingValidator,
  validatorOf,
} from './validator-ops.js'

const FACTOR = 10n
const DOWN = 3

describe('downtime on a 4-validator testnet', () => {
  let net: LocalTestnet

  beforeAll(async () => {
    net = await LocalTestnet.create({ validators: 4, genesis: (g) => scaleValidatorWindows(g, FACTOR) })
    await net.start({ minHeight: 2n })
  }, 180_000)

  afterAll(async () => {
    await net?.destroy()
  })

  it('jails and slashes a validator stopped past the window; it unjails after the jail duration and signs again', async () => {
    const url = net.node(0).rpcUrl
    const n = ['--node', url]
    const params = (await ok('query', 'slashing', 'params', ...n)).params
    expect(params).toMatchObject({
      signed_blocks_window: '10',
      min_signed_per_window: '0.500000000000000000',
      slash_fraction_downtime: '0.010000000000000000',
      downtime_jail_duration: '60s', // proto JSON, as simd prints it
    })
    const down = validatorOf(net, DOWN)
    expect((await consensusPowers(url)).get(down.consHex)).toBe('10')

    await net.stop(DOWN)
    await net.waitUntil(
      'the stopped validator jailed',
      async () => (await stakingValidator(url, down.moniker)).jailed === true,
      90_000,
    )
    const jailed = await stakingValidator(url, down.moniker)
    // 1 % of the 10,000,000 bonded at the missed blocks' height is burned; power is tokens / 10^6, truncated.
    expect(jailed.tokens).toBe('9900000')
    const info = (await ok('query', 'slashing', 'signing-info', down.consHex, ...n)).val_signing_info
    expect(info.tombstoned).toBe(false)
    const jailedUntil = Date.parse(info.jailed_until)
    await net.waitUntil('its power gone from the consensus set', async () => {
      return !(await consensusPowers(url)).has(down.consHex)
    })

    // Before jailed_until MsgUnjail is refused (sent through node 0 while the jailed node is still down, so a
    // slow restart cannot let the jail run out first).
    const early = await runCli('tx', 'slashing', 'unjail', '--from', 'validator', ...down.keyring, ...n)
    expect(early.code, early.out).not.toBe(0)
    expect(early.err).toMatch(/validator still jailed/)
    expect((await stakingValidator(url, down.moniker)).jailed).toBe(true)
    net.launch(DOWN)
    await net.node(DOWN).waitForHeight(await net.node(0).height(), 60_000)

    await net.waitUntil(
      'block time past jailed_until',
      async () => Date.parse((await rpc(url, 'status')).sync_info.latest_block_time) > jailedUntil,
      90_000,
    )
    const unjail = await ok('tx', 'slashing', 'unjail', '--from', 'validator', ...down.keyring, ...n)
    expect((await stakingValidator(url, down.moniker)).jailed).toBe(false)
    await net.waitUntil(
      'the validator back in the consensus set at power 9',
      async () => (await consensusPowers(url)).get(down.consHex) === '9',
      30_000,
    )
    // Its own node, running since the restart, signs commits again.
    const from = BigInt(unjail.height) + 2n
    await net.waitUntil(
      'a commit signed by the unjailed validator',
      async () => {
        const tip = await net.node(0).height()
        for (let h = from; h < tip; h++) if (await signedBy(url, h, down.consHex)) return true
        return false
      },
      30_000,
    )
    await net.assertSameChain(await net.minHeight())
  }, 300_000)
})
