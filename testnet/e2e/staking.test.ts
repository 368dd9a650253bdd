// Issue 14, on real processes: a 4-validator `npm run testnet` network (staking validators made by gentx, which
// earn commission) and a
// fifth node that joins with MsgCreateValidator sent through the `datum` CLI. It signs blocks at its staked
// power without a restart, and a delegation to it raises that power, as the RPC's validators and commits show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { homePaths } from '../../node/config/home.js'
import { loadValidatorKey } from '../../node/config/validator-key.js'
import { LocalTestnet } from '../runner/testnet.js'
import { devKeyring, type Json, ok, rpc, signedBy as signedAt } from './validator-ops.js'

describe('a validator that joins by transaction', () => {
  let net: LocalTestnet

  beforeAll(async () => {
    net = await LocalTestnet.create({ validators: 4, fullNodes: 1, blockTimeMs: 300 })
    await net.start({ minHeight: 2n })
  }, 180_000)

  afterAll(async () => {
    await net?.destroy()
  })

  it('signs blocks at its power after create-validator, and a delegation raises its power', async () => {
    const url = net.node(0).rpcUrl
    const n = ['--node', url]
    const before = await rpc(url, 'validators')
    expect(before.validators).toHaveLength(4)
    for (const v of before.validators) expect(v.voting_power).toBe('10')

    // The runner's validators are staking validators from gentxs; they earn fees and the block provision.
    const bonded = (await ok('query', 'staking', 'validators', '--status', 'bonded', ...n)).validators
    expect(bonded.map((v: Json) => [v.description.moniker, v.tokens]).sort()).toEqual(
      [0, 1, 2, 3].map((i) => [`validator${i}`, '10000000']),
    )
    const keyring = await devKeyring(net)
    const joiner = (await ok('keys', 'add', 'joiner', ...keyring)).address
    await ok('tx', 'bank', 'send', 'dev', joiner, '20000000udatum', ...keyring, ...n)
    const commission = async () =>
      (await ok('query', 'distribution', 'commission', bonded[0].operator_address, ...n)).commission
        .commission
    await net.waitUntil('commission from the send fee', async () => (await commission()).length > 0, 30_000)

    const consKey = loadValidatorKey(homePaths(net.node(4).home).validatorKeyFile)
    const address = Buffer.from(consKey.address).toString('hex').toUpperCase()
    const pubkey = JSON.stringify({
      '@type': '/cosmos.crypto.ed25519.PubKey',
      key: Buffer.from(consKey.pubKey).toString('base64'),
    })
    const created = await ok(
      'tx',
      'staking',
      'create-validator',
      '--amount',
      '5000000udatum',
      '--pubkey',
      pubkey,
      '--moniker',
      'joiner',
      '--from',
      'joiner',
      ...keyring,
      ...n,
    )
    const powerOf = async () =>
      (await rpc(url, 'validators')).validators.find((v: Json) => v.address === address)?.voting_power
    await net.waitUntil(
      'the joiner in the validator set at power 5',
      async () => (await powerOf()) === '5',
      60_000,
    )

    // Its own node, started before it joined, signs commits from then on (no restart).
    const signedBy = (h: bigint) => signedAt(url, h, address)
    const from = BigInt(created.height) + 2n
    await net.waitUntil(
      'a commit signed by the joiner',
      async () => {
        const tip = await net.node(0).height()
        for (let h = from; h < tip; h++) if (await signedBy(h)) return true
        return false
      },
      60_000,
    )

    const valoper = (await ok('query', 'staking', 'validators', ...n)).validators.find(
      (v: Json) => v.description.moniker === 'joiner',
    ).operator_address
    await ok('tx', 'staking', 'delegate', valoper, '3000000udatum', '--from', 'dev', ...keyring, ...n)
    await net.waitUntil('the joiner at power 8', async () => (await powerOf()) === '8', 60_000)
    const tip = await net.node(0).height()
    await net.waitForHeight(tip + 2n)
    expect(await signedBy(tip + 1n)).toBe(true)
    await net.assertSameChain(await net.minHeight())
  }, 300_000)
})
