// Issue 14, on real processes: on a 4-validator `npm run testnet` network (default params), a delegator's
// withdrawn rewards equal, to the micro-unit, what F1 fee distribution says — computed here independently
// from chain data alone, with the SDK 0.50 LegacyDec rules written out below (18 decimals; Mul rounds half to
// even, MulTruncate/QuoTruncate truncate):
//   each block b allocates what the fee collector holds: the fees of block b−1's txs (`tx`.`fee` events) and
//   b's provision (`mint`.`amount`); the community tax is taken (fees × (1 − tax), truncated); each validator
//   of b's last commit (the set at b−1, signed or not) gets that × power / total power (truncated); the
//   validator's commission (× rate, rounded) goes to its operator, the rest to the period's rewards. The
//   proposer bonus is 0 in SDK 0.50's defaults (base and bonus proposer reward 0), checked from the params.
//   At withdrawal the period closes: ratio = rewards / tokens (truncated); reward = ratio × stake, truncated to
//   an integer. The delegation is new (its period starts at the delegation) and no other tx touches the
//   validator in between (checked: the blocks in between carry no txs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { homePaths } from '../../node/config/home.js'
import { loadValidatorKey } from '../../node/config/validator-key.js'
import { LocalTestnet } from '../runner/testnet.js'
import { devKeyring, type Json, ok, rpc } from './validator-ops.js'

const ONE = 10n ** 18n
/** A Dec string ("0.100000000000000000") as its 18-decimal atomics. */
function dec(s: string): bigint {
  const m = /^(\d+)\.(\d{18})$/.exec(s)
  if (!m) throw new Error(`not a Dec: ${s}`)
  return BigInt(m[1]!) * ONE + BigInt(m[2]!)
}
const mulTruncate = (a: bigint, b: bigint) => (a * b) / ONE
/** LegacyDec.Mul: the product rounded half to even at 18 decimals. */
function mulRound(a: bigint, b: bigint): bigint {
  const p = a * b
  const q = p / ONE
  const r = p % ONE
  if (r * 2n < ONE) return q
  if (r * 2n > ONE) return q + 1n
  return q % 2n === 0n ? q : q + 1n
}
const quoTruncate = (a: bigint, b: bigint) => (a * ONE) / b
const udatum = (coins: string): bigint => {
  if (coins === '') return 0n
  const m = /^(\d+)udatum$/.exec(coins)
  if (!m) throw new Error(`unexpected coins ${coins}`)
  return BigInt(m[1]!)
}
const attr = (e: Json, key: string): string | undefined =>
  e.attributes.find((a: Json) => a.key === key)?.value as string | undefined

describe('F1 rewards on a 4-validator testnet', () => {
  let net: LocalTestnet

  beforeAll(async () => {
    net = await LocalTestnet.create({ validators: 4 })
    await net.start({ minHeight: 2n })
  }, 180_000)

  afterAll(async () => {
    await net?.destroy()
  })

  it('a delegator withdraws exactly what F1 computes from fees, provisions, powers, commission and tax', async () => {
    const url = net.node(0).rpcUrl
    const n = ['--node', url]
    const keyring = await devKeyring(net)
    const distr = (await ok('query', 'distribution', 'params', ...n)).params
    expect([distr.base_proposer_reward, distr.bonus_proposer_reward]).toEqual([
      '0.000000000000000000',
      '0.000000000000000000',
    ])
    const tax = dec(distr.community_tax)
    const vals = (await ok('query', 'staking', 'validators', ...n)).validators as Json[]
    const target = vals.find((v) => v.description.moniker === 'validator1')!
    const valoper = target.operator_address as string
    const consHex = Buffer.from(loadValidatorKey(homePaths(net.node(1).home).validatorKeyFile).address)
      .toString('hex')
      .toUpperCase()

    const STAKE = 3_000_000n
    const delegated = await ok(
      'tx',
      'staking',
      'delegate',
      valoper,
      `${STAKE}udatum`,
      '--from',
      'dev',
      ...keyring,
      ...n,
    )
    const h0 = BigInt(delegated.height)
    await net.waitForHeight(h0 + 6n)
    const withdrawn = await ok(
      'tx',
      'distribution',
      'withdraw-rewards',
      valoper,
      '--from',
      'dev',
      ...keyring,
      ...n,
    )
    const h1 = BigInt(withdrawn.height)
    const paid = (withdrawn.response.amount as Json[]).reduce((s, c) => s + BigInt(c.amount), 0n)

    // The validator as F1 saw it at the withdrawal: tokens, 1:1 shares, its commission rate.
    const v = (await ok('query', 'staking', 'validator', valoper, ...n)).validator
    const tokens = BigInt(v.tokens)
    expect(dec(v.delegator_shares)).toBe(tokens * ONE) // never slashed: a share is a token
    const rate = dec(v.commission.commission_rates.rate)
    const del = (
      await ok(
        'query',
        'staking',
        'delegation',
        (
          await ok('keys', 'show', 'dev', ...keyring)
        ).address,
        valoper,
        ...n,
      )
    ).delegation_response
    expect(BigInt(del.balance.amount)).toBe(STAKE)

    // Nothing else touched the validator's period: no txs between the delegation and the withdrawal.
    for (let h = h0 + 1n; h < h1; h++)
      expect((await rpc(url, 'block', { height: `${h}` })).block.data.txs ?? [], `txs at ${h}`).toHaveLength(
        0,
      )

    let periodRewards = 0n
    let blocksWithReward = 0
    for (let b = h0 + 1n; b <= h1; b++) {
      const prev = await rpc(url, 'block_results', { height: `${b - 1n}` })
      const cur = await rpc(url, 'block_results', { height: `${b}` })
      let fees = 0n
      for (const tx of prev.txs_results ?? [])
        for (const e of tx.events)
          if (e.type === 'tx' && attr(e, 'fee') !== undefined) fees += udatum(attr(e, 'fee')!)
      const mint = (cur.finalize_block_events ?? []).find((e: Json) => e.type === 'mint')
      expect(mint, `mint event at ${b}`).toBeDefined()
      const collected = (fees + BigInt(attr(mint, 'amount')!)) * ONE
      const set = (await rpc(url, 'validators', { height: `${b - 1n}`, per_page: '100' }))
        .validators as Json[]
      const total = set.reduce((s, x) => s + BigInt(x.voting_power), 0n)
      const mine = set.find((x) => x.address === consHex)
      if (!mine) continue
      const reward = mulTruncate(
        mulTruncate(collected, ONE - tax),
        quoTruncate(BigInt(mine.voting_power), total),
      )
      periodRewards += reward - mulRound(reward, rate)
      if (reward > 0n) blocksWithReward++
    }
    expect(blocksWithReward).toBeGreaterThanOrEqual(6)
    const ratio = quoTruncate(periodRewards, tokens * ONE)
    const expected = mulTruncate(ratio, STAKE * ONE) / ONE
    console.log(
      `F1 check: heights ${h0 + 1n}..${h1}, stake ${STAKE} of ${tokens}, expected ${expected}, paid ${paid}`,
    )
    expect(expected).toBeGreaterThan(0n)
    expect(paid).toBe(expected)
  })
})
