// Issue 4, black box: a 4-validator network on 127.0.0.1, faults injected from outside through signals
// and the test hooks, everything checked through each node's RPC.
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { GasPrice, SigningStargateClient, StargateClient } from '@cosmjs/stargate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LocalTestnet } from '../runner/testnet.js'

const HOOKS = { DATUM_TEST_HOOKS: '1' }

describe('a 4-validator testnet', () => {
  let net: LocalTestnet

  beforeAll(async () => {
    net = await LocalTestnet.create({ validators: 4, blockTimeMs: 300, env: () => HOOKS })
    await net.start({ minHeight: 2n })
  }, 180_000)

  afterAll(async () => {
    await net?.destroy()
  })

  const all = [0, 1, 2, 3]

  it('commits identical block and app hashes on every node, and a tx sent to one is committed by all', async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(net.mnemonic, { prefix: 'datum' })
    const client = await SigningStargateClient.connectWithSigner(net.node(2).rpcUrl, wallet, {
      gasPrice: GasPrice.fromString('0.0025udatum'),
    })
    const to = (await (await DirectSecp256k1HdWallet.generate(12, { prefix: 'datum' })).getAccounts())[0]!
      .address
    const res = await client.sendTokens(net.address, to, [{ denom: 'udatum', amount: '4242' }], 'auto')
    expect(res.code).toBe(0)
    client.disconnect()
    await net.waitForHeight(BigInt(res.height) + 1n)
    for (const i of all) {
      const c = await StargateClient.connect(net.node(i).rpcUrl)
      expect((await c.getBalance(to, 'udatum')).amount).toBe('4242')
      c.disconnect()
    }
    await net.assertSameChain(await net.minHeight())
  }, 240_000)

  it('keeps committing with one validator killed, and the killed one catches up after restart', async () => {
    await net.kill(3)
    const h = await net.minHeight([0, 1, 2])
    await net.waitForHeight(h + 3n, { only: [0, 1, 2] })
    await net.start({ only: [3] })
    const target = await net.minHeight([0, 1, 2])
    await net.waitForHeight(target, { only: [3] })
    await net.assertSameChain(target, all)
  }, 240_000)

  it('keeps committing while one validator is paused (SIGSTOP) and it catches up on SIGCONT', async () => {
    net.pause(1)
    const h = await net.minHeight([0, 2, 3])
    await net.waitForHeight(h + 3n, { only: [0, 2, 3] })
    net.resume(1)
    const target = await net.minHeight([0, 2, 3])
    await net.waitForHeight(target, { only: [1] })
    await net.assertSameChain(target, all)
  }, 240_000)

  it('keeps committing with one validator disconnected, which catches up on reconnect', async () => {
    net.disconnect(2)
    const h = await net.minHeight([0, 1, 3])
    await net.waitForHeight(h + 3n, { only: [0, 1, 3] })
    net.reconnect(2)
    const target = await net.minHeight([0, 1, 3])
    await net.waitForHeight(target, { only: [2] })
    await net.assertSameChain(target, all)
  }, 240_000)

  it('halts with two of four disconnected, forks nowhere, and resumes after they reconnect', async () => {
    net.disconnect(2)
    net.disconnect(3)
    // Let in-flight rounds settle, then the height must stay put on every node.
    await new Promise((r) => setTimeout(r, 2_000))
    const stuck = await Promise.all(all.map((i) => net.node(i).height()))
    await new Promise((r) => setTimeout(r, 4_000))
    const after = await Promise.all(all.map((i) => net.node(i).height()))
    expect(after).toEqual(stuck)
    net.reconnect(2)
    net.reconnect(3)
    const top = stuck.reduce((a, b) => (b > a ? b : a))
    await net.waitForHeight(top + 2n)
    await net.assertSameChain(top + 2n, all)
  }, 240_000)

  it('after every fault above, all four validators sign the blocks again (none left a phase behind)', async () => {
    // A node that resumes after a kill, pause or partition must vote again, not just follow decisions made
    // without it: otherwise its precommit is missing from every block it does not propose and slashing jails
    // it for downtime while it runs. Over the next 20 blocks each validator may be absent from at most two.
    // Absent (flag 1) is what slashing counts as missed; a nil precommit (flag 3: the proposal came too late
    // for it, as happens on a loaded machine) is a vote, signed and counted as such by slashing.
    const from = (await net.minHeight()) + 3n
    await net.waitForHeight(from + 20n)
    const absent = new Map<string, number>()
    const nil = new Map<string, number>()
    for (let h = from + 1n; h <= from + 20n; h++) {
      const { block } = await net.node(0).rpc<{
        block: { last_commit: { signatures: { block_id_flag: number; validator_address: string }[] } }
      }>('block', { height: String(h) })
      for (const [i, sig] of block.last_commit.signatures.entries()) {
        const tally = sig.block_id_flag === 1 ? absent : sig.block_id_flag === 3 ? nil : undefined
        tally?.set(`#${i}`, (tally.get(`#${i}`) ?? 0) + 1)
      }
    }
    console.log(
      `blocks ${from + 1n}..${from + 20n}: absent ${JSON.stringify([...absent])}, nil ${JSON.stringify([...nil])}`,
    )
    expect(
      [...absent].filter(([, n]) => n > 2),
      `absent from the last commit: ${JSON.stringify([...absent])}; nil: ${JSON.stringify([...nil])}`,
    ).toEqual([])
  }, 240_000)
})
