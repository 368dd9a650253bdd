// Foundation 2, end to end: a real datumd process driven by unmodified CosmJS 0.39 clients.

import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { iavlSpec, ics23 as ics23proto, tendermintSpec, verifyMembership } from '@confio/ics23'
import { Secp256k1HdWallet } from '@cosmjs/amino'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { GasPrice, SigningStargateClient, StargateClient } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { balanceKey } from '../../modules/bank/keys.js'
import { NodeProcess, runDatumd } from '../harness/node-process.js'
import { waitFor } from '../harness/wait.js'

const DENOM = 'udatum'
const GAS_PRICE = GasPrice.fromString(`0.0025${DENOM}`)

let node: NodeProcess
let mnemonic: string
let devAddress: string

beforeAll(async () => {
  ;({ node, mnemonic, address: devAddress } = await NodeProcess.init())
  await node.start()
}, 120_000)

afterAll(async () => {
  await node?.destroy()
})

async function signer() {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' })
  return SigningStargateClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice: GAS_PRICE })
}

async function freshAddress(): Promise<string> {
  const w = await DirectSecp256k1HdWallet.generate(12, { prefix: 'datum' })
  return (await w.getAccounts())[0]!.address
}

describe('a single-validator chain through unmodified CosmJS', () => {
  it('reports chain id, height, blocks and accounts', async () => {
    const client = await StargateClient.connect(node.rpcUrl)
    expect(await client.getChainId()).toBe('datum-local-1')
    const height = await client.getHeight()
    expect(height).toBeGreaterThanOrEqual(1)
    const block = await client.getBlock(height)
    expect(block.header.height).toBe(height)
    expect(block.header.chainId).toBe('datum-local-1')
    const account = await client.getAccount(devAddress)
    expect(account?.address).toBe(devAddress)
    expect(await client.getAccount(await freshAddress())).toBeNull()
    expect((await client.getBalance(devAddress, DENOM)).amount).toBe('1000000000000')
    expect(await client.getAllBalances(devAddress)).toEqual([{ denom: DENOM, amount: '1000000000000' }])
    client.disconnect()
  })

  it('sends with auto fee and with an explicit fee, then finds the txs', async () => {
    const client = await signer()
    const to = await freshAddress()
    const auto = await client.sendTokens(
      devAddress,
      to,
      [{ denom: DENOM, amount: '12345' }],
      'auto',
      'auto fee',
    )
    expect(auto.code).toBe(0)
    expect((await client.getBalance(to, DENOM)).amount).toBe('12345')
    const fee = { amount: [{ denom: DENOM, amount: '500' }], gas: '200000' }
    const explicit = await client.sendTokens(devAddress, to, [{ denom: DENOM, amount: '5' }], fee)
    expect(explicit.code).toBe(0)
    expect((await client.getBalance(to, DENOM)).amount).toBe('12350')
    expect((await client.getAccount(to))?.accountNumber).toBeGreaterThan(0)

    const tx = await client.getTx(auto.transactionHash)
    expect(tx?.height).toBe(auto.height)
    expect(tx?.code).toBe(0)
    const bySender = await client.searchTx(`message.sender='${devAddress}'`)
    expect(bySender.map((t) => t.hash)).toEqual(
      expect.arrayContaining([auto.transactionHash, explicit.transactionHash]),
    )
    const byRecipient = await client.searchTx(`transfer.recipient='${to}'`)
    expect(byRecipient.map((t) => t.hash).sort()).toEqual(
      [auto.transactionHash, explicit.transactionHash].sort(),
    )
    client.disconnect()
  })

  it('accepts the same send signed in amino JSON mode', async () => {
    const wallet = await Secp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' })
    const client = await SigningStargateClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice: GAS_PRICE })
    const to = await freshAddress()
    const res = await client.sendTokens(devAddress, to, [{ denom: DENOM, amount: '777' }], 'auto')
    expect(res.code).toBe(0)
    expect((await client.getBalance(to, DENOM)).amount).toBe('777')
    client.disconnect()
  })

  it('refuses bad txs with cosmos codes and keeps running', async () => {
    const client = await signer()
    const to = await freshAddress()
    const lowFee = { amount: [{ denom: DENOM, amount: '1' }], gas: '200000' }
    await expect(client.sendTokens(devAddress, to, [{ denom: DENOM, amount: '1' }], lowFee)).rejects.toThrow(
      /insufficient fee/,
    )
    const broke = await freshAddress()
    await expect(client.sendTokens(broke, to, [{ denom: DENOM, amount: '1' }], 'auto')).rejects.toThrow()
    const garbage = await node.rpc<{ code: number; codespace: string }>('broadcast_tx_sync', {
      tx: Buffer.from('not a tx').toString('base64'),
    })
    expect(garbage.code).toBe(2)
    expect(garbage.codespace).toBe('sdk')
    const h = await node.height()
    await node.waitForHeight(h + 1n)
    client.disconnect()
  })

  it('streams new blocks and txs over the websocket', async () => {
    const ws = await Comet38Client.connect(`ws://127.0.0.1:${node.ports.rpc}`)
    try {
      const block = await new Promise<number>((resolve, reject) => {
        const sub = ws.subscribeNewBlock().subscribe({
          next: (b) => {
            sub.unsubscribe()
            resolve(b.header.height)
          },
          error: reject,
        })
      })
      expect(block).toBeGreaterThan(0)
      const txSeen = new Promise<Uint8Array>((resolve, reject) => {
        const sub = ws.subscribeTx().subscribe({
          next: (t) => {
            sub.unsubscribe()
            resolve(t.hash)
          },
          error: reject,
        })
      })
      const client = await signer()
      const res = await client.sendTokens(
        devAddress,
        await freshAddress(),
        [{ denom: DENOM, amount: '1' }],
        'auto',
      )
      expect(
        Buffer.from(await txSeen)
          .toString('hex')
          .toUpperCase(),
      ).toBe(res.transactionHash)
      client.disconnect()
    } finally {
      ws.disconnect()
    }
  })

  it('proves a balance with ICS23 against the app hash in the next header', async () => {
    const height = await node.height()
    const key = balanceKey(devAddress, DENOM)
    const q = await node.rpc<{
      response: {
        code: number
        value: string
        height: string
        proofOps: { ops: { type: string; key: string; data: string }[] }
      }
    }>('abci_query', {
      path: '/store/bank/key',
      data: Buffer.from(key).toString('hex'),
      prove: true,
      height: String(height),
    })
    expect(q.response.code).toBe(0)
    const ops = q.response.proofOps.ops
    expect(ops.map((o) => o.type)).toEqual(['ics23:iavl', 'ics23:simple'])
    const value = Buffer.from(q.response.value, 'base64')
    const iavlProof = ics23proto.CommitmentProof.decode(Buffer.from(ops[0]!.data, 'base64'))
    const storeProof = ics23proto.CommitmentProof.decode(Buffer.from(ops[1]!.data, 'base64'))
    const storeRoot = storeProof.exist!.value!
    expect(verifyMembership(iavlProof, iavlSpec, storeRoot, key, value)).toBe(true)
    await node.waitForHeight(height + 1n)
    const next = await node.rpc<{ block: { header: { app_hash: string } } }>('block', {
      height: String(height + 1n),
    })
    const appHash = Buffer.from(next.block.header.app_hash, 'hex')
    expect(verifyMembership(storeProof, tendermintSpec, appHash, Buffer.from('bank'), storeRoot)).toBe(true)
    const tampered = Buffer.from(value)
    tampered[0] = tampered[0]! ^ 1
    expect(verifyMembership(iavlProof, iavlSpec, storeRoot, key, tampered)).toBe(false)
  })

  it.each(['SIGTERM', 'SIGKILL'] as const)(
    'comes back after %s with the same height, app hash and balances',
    async (signal) => {
      const before = await node.height()
      const hashAt = async (h: bigint) =>
        (await node.rpc<{ block: { header: { app_hash: string } } }>('block', { height: String(h) })).block
          .header.app_hash
      const appHash = await hashAt(before)
      const client = await StargateClient.connect(node.rpcUrl)
      const balances = await client.getAllBalances(devAddress)
      client.disconnect()
      await node.stop(signal)
      await node.start()
      expect(await node.height()).toBeGreaterThanOrEqual(before)
      expect(await hashAt(before)).toBe(appHash)
      const again = await StargateClient.connect(node.rpcUrl)
      expect(await again.getAllBalances(devAddress)).toEqual(balances)
      again.disconnect()
      const h = await node.height()
      await waitFor('a new block after restart', async () => (await node.height()) > h)
    },
  )

  it('exports genesis from state and starts a new chain from it with the same balances', async () => {
    const client = await StargateClient.connect(node.rpcUrl)
    const balances = await client.getAllBalances(devAddress)
    client.disconnect()
    await node.stop('SIGTERM')
    const exported = await runDatumd(['export', '--home', node.home])
    expect(exported.code, exported.stderr).toBe(0)
    const genesis = JSON.parse(exported.stdout)
    expect(genesis.app_state.bank.balances.length).toBeGreaterThan(1)
    rmSync(join(node.home, 'data'), { recursive: true, force: true })
    writeFileSync(join(node.home, 'config/genesis.json'), exported.stdout)
    await node.start()
    const again = await StargateClient.connect(node.rpcUrl)
    expect(await again.getAllBalances(devAddress)).toEqual(balances)
    again.disconnect()
  }, 120_000)
})
