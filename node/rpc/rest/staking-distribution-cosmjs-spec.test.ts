// Our own version of the upstream CosmJS staking and distribution specs that apply to Datum (stargate's
// modules/staking/queries.spec.ts, modules/staking/messages.spec.ts, modules/distribution/queries.spec.ts and
// signingstargateclient.spec.ts's delegateTokens / undelegateTokens / withdrawRewards), which run against
// simapp upstream. Here: a real single-validator Datum node (its validator made by the home's gentx) at the
// default params, unmodified CosmJS 0.39 with its default registry and amino types, and the stock
// `setupStakingExtension` / `setupDistributionExtension`. Upstream mostly checks that answers are defined;
// these checks pin the values the chain's state implies.
//
// Found by this port and fixed: `staking.historicalInfo(5)` was refused (no HistoricalInfo was kept); staking
// now records it at each begin-block as SDK 0.50 does (modules/staking/README.md, HistoricalInfo).
//
// Found by this port and fixed: a query without pagination (CosmJS's extensions send none) got total 0; the
// SDK's Paginate counts the total when no limit is given (modules/sdk/pagination.ts).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeCosmoshubPath, Secp256k1HdWallet } from '@cosmjs/amino'
import { fromBech32, toBase64, toBech32 } from '@cosmjs/encoding'
import { DirectSecp256k1HdWallet, encodePubkey, type OfflineSigner } from '@cosmjs/proto-signing'
import {
  type DeliverTxResponse,
  QueryClient,
  SigningStargateClient,
  setupDistributionExtension,
  setupStakingExtension,
} from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import { QueryValidatorRequest, QueryValidatorResponse } from 'cosmjs-types/cosmos/staking/v1beta1/query'
import { BondStatus } from 'cosmjs-types/cosmos/staking/v1beta1/staking'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NodeConfig } from '../../config/node-config.js'
import { initHome } from '../../daemon/init-home.js'
import { DatumNode } from '../../daemon/node.js'
import { waitForHeight } from '../../testing/wait-for-height.js'

const freePorts = (cfg: NodeConfig) => {
  cfg.rpc.laddr = 'tcp://127.0.0.1:0'
  cfg.rest.enabled = false
  cfg.metrics.enabled = false
  cfg.p2p.laddr = '/ip4/127.0.0.1/tcp/0'
}

const fee = { amount: [{ denom: 'udatum', amount: '20000' }], gas: '600000' }
const udatum = (n: bigint | number | string) => ({ denom: 'udatum', amount: `${n}` })
const E18 = 10n ** 18n
/** The gentx validator's self-bond (`datumd init`'s default). */
const SELF_BOND = 10_000_000n
const DELEGATED = 25_000n
const UNDELEGATED = 100n

let home: string
let node: DatumNode | undefined
let rpcUrl: string
let faucet: string
let other: string
let operator: string
let validatorAddress: string
let comet: Comet38Client | undefined
let q: ReturnType<typeof makeQuery>
let directWallet: DirectSecp256k1HdWallet
let aminoWallet: Secp256k1HdWallet
let mnemonic: string

const makeQuery = (c: Comet38Client) =>
  QueryClient.withExtensions(c, setupStakingExtension, setupDistributionExtension)

function ok(r: DeliverTxResponse): DeliverTxResponse {
  expect(r.code, r.rawLog).toBe(0)
  return r
}

async function withClient<T>(wallet: OfflineSigner, f: (c: SigningStargateClient) => Promise<T>): Promise<T> {
  const client = await SigningStargateClient.connectWithSigner(rpcUrl, wallet)
  try {
    return await f(client)
  } finally {
    client.disconnect()
  }
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'datum-staking-cosmjs-'))
  const init = await initHome({ home, devAccount: true, configure: freePorts })
  mnemonic = init.devAccount!.mnemonic
  node = await DatumNode.start({ home, configure: freePorts, logger: pino({ level: 'silent' }) })
  rpcUrl = `http://127.0.0.1:${(node.rpc.app.server.address() as { port: number }).port}`
  await waitForHeight(node, 1n)

  const hdPaths = [makeCosmoshubPath(0), makeCosmoshubPath(1)]
  directWallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum', hdPaths })
  aminoWallet = await Secp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum', hdPaths })
  ;[faucet, other] = (await directWallet.getAccounts()).map((a) => a.address) as [string, string]
  comet = await Comet38Client.connect(rpcUrl)
  q = makeQuery(comet)
  const [v] = (await q.staking.validators('BOND_STATUS_BONDED')).validators
  validatorAddress = v!.operatorAddress
  operator = toBech32('datum', fromBech32(validatorAddress).data)

  // As upstream's beforeAll: a delegation and a partial undelegation, DIRECT, with memos.
  await withClient(directWallet, async (c) => {
    ok(await c.sendTokens(faucet, other, [udatum(50_000_000)], fee))
    ok(
      await c.signAndBroadcast(
        faucet,
        [
          {
            typeUrl: '/cosmos.staking.v1beta1.MsgDelegate',
            value: { delegatorAddress: faucet, validatorAddress, amount: udatum(DELEGATED) },
          },
        ],
        fee,
        'Test delegation for Stargate',
      ),
    )
    ok(
      await c.signAndBroadcast(
        faucet,
        [
          {
            typeUrl: '/cosmos.staking.v1beta1.MsgUndelegate',
            value: { delegatorAddress: faucet, validatorAddress, amount: udatum(UNDELEGATED) },
          },
        ],
        fee,
        'Test undelegation for Stargate',
      ),
    )
  })
}, 120_000)

afterAll(async () => {
  comet?.disconnect()
  await node?.stop()
  if (home) await rm(home, { recursive: true, force: true })
})

describe('the CosmJS staking query extension against datumd (upstream staking/queries.spec)', () => {
  const bonded = DELEGATED - UNDELEGATED

  it('delegation and delegatorDelegations', async () => {
    const expected = {
      delegation: { delegatorAddress: faucet, validatorAddress, shares: `${bonded * E18}` },
      balance: udatum(bonded),
    }
    expect((await q.staking.delegation(faucet, validatorAddress)).delegationResponse).toEqual(expected)
    const all = await q.staking.delegatorDelegations(faucet)
    expect(all.delegationResponses).toEqual([expected])
    expect(all.pagination?.total).toBe(1n)
  })

  it('delegatorUnbondingDelegations, unbondingDelegation and validatorUnbondingDelegations', async () => {
    const entry = {
      creationHeight: expect.any(BigInt),
      completionTime: { seconds: expect.any(BigInt), nanos: expect.any(Number) },
      initialBalance: `${UNDELEGATED}`,
      balance: `${UNDELEGATED}`,
      unbondingId: expect.any(BigInt),
      unbondingOnHoldRefCount: 0n,
    }
    const ubd = { delegatorAddress: faucet, validatorAddress, entries: [entry] }
    expect((await q.staking.delegatorUnbondingDelegations(faucet)).unbondingResponses).toEqual([ubd])
    const one = (await q.staking.unbondingDelegation(faucet, validatorAddress)).unbond
    expect(one).toEqual(ubd)
    // completes unbonding_time (21 days) after the block that made it
    const block = await comet!.block(Number(one.entries[0]!.creationHeight))
    expect(one.entries[0]!.completionTime.seconds).toBe(
      BigInt(Math.floor(block.block.header.time.getTime() / 1000)) + 1_814_400n,
    )
    expect((await q.staking.validatorUnbondingDelegations(validatorAddress)).unbondingResponses).toEqual([
      ubd,
    ])
  })

  it('delegatorValidator, delegatorValidators, validator and validators by status', async () => {
    const v = (await q.staking.validator(validatorAddress)).validator
    expect(v).toMatchObject({
      operatorAddress: validatorAddress,
      jailed: false,
      status: BondStatus.BOND_STATUS_BONDED,
      tokens: `${SELF_BOND + bonded}`,
      delegatorShares: `${(SELF_BOND + bonded) * E18}`,
      minSelfDelegation: '1',
    })
    expect(v.consensusPubkey?.typeUrl).toBe('/cosmos.crypto.ed25519.PubKey')
    expect((await q.staking.delegatorValidator(faucet, validatorAddress)).validator).toEqual(v)
    expect((await q.staking.delegatorValidators(faucet)).validators).toEqual([v])
    expect((await q.staking.validators('BOND_STATUS_BONDED')).validators).toEqual([v])
    expect((await q.staking.validators('BOND_STATUS_UNBONDED')).validators).toEqual([])
  })

  it('params and pool', async () => {
    expect((await q.staking.params()).params).toEqual({
      unbondingTime: { seconds: 1_814_400n, nanos: 0 },
      maxValidators: 100,
      maxEntries: 7,
      historicalEntries: 10_000,
      bondDenom: 'udatum',
      minCommissionRate: '0',
    })
    expect((await q.staking.pool()).pool).toEqual({
      bondedTokens: `${SELF_BOND + bonded}`,
      notBondedTokens: `${UNDELEGATED}`,
    })
  })

  it("historicalInfo(5): block 5's header as modules saw it and the bonded set staking recorded", async () => {
    await waitForHeight(node!, 5n)
    const { hist } = await q.staking.historicalInfo(5)
    const { header } = (await comet!.block(5)).block
    const ms = header.time.getTime()
    expect(hist!.header).toMatchObject({
      chainId: header.chainId,
      height: 5n,
      time: {
        seconds: BigInt(Math.floor(ms / 1000)),
        nanos: (ms % 1000) * 1e6 + (header.time.nanoseconds ?? 0),
      },
      proposerAddress: header.proposerAddress,
      nextValidatorsHash: header.nextValidatorsHash,
      // the app hash of the last commit, which block 5's header carries
      appHash: header.appHash,
    })
    // the set bonded at the end of block 4, with the validator as it stood then
    const at4 = await comet!.abciQuery({
      path: '/cosmos.staking.v1beta1.Query/Validator',
      data: QueryValidatorRequest.encode({ validatorAddr: validatorAddress }).finish(),
      height: 4,
    })
    expect(hist!.valset).toEqual([QueryValidatorResponse.decode(at4.value).validator])
    expect(hist!.valset[0]!.status).toBe(BondStatus.BOND_STATUS_BONDED)
    await expect(q.staking.historicalInfo(1_000_000)).rejects.toThrow(
      /historical info for height 1000000 not found/,
    )
  })

  it('redelegations: none between a validator and itself (rejected as upstream)', async () => {
    await expect(q.staking.redelegations(faucet, validatorAddress, validatorAddress)).rejects.toThrow(
      /redelegation not found/i,
    )
  })

  it('validatorDelegations: the self-delegation among them, with the total count', async () => {
    const r = await q.staking.validatorDelegations(validatorAddress)
    expect(r.delegationResponses.length).toBeGreaterThanOrEqual(2)
    expect(r.delegationResponses).toContainEqual({
      delegation: { delegatorAddress: operator, validatorAddress, shares: `${SELF_BOND * E18}` },
      balance: udatum(SELF_BOND),
    })
    expect(Number(r.pagination!.total)).toBeGreaterThanOrEqual(2)
  })
})

describe('the CosmJS distribution query extension against datumd (upstream distribution/queries.spec)', () => {
  it('params', async () => {
    expect((await q.distribution.params()).params).toEqual({
      communityTax: '20000000000000000',
      baseProposerReward: '0',
      bonusProposerReward: '0',
      withdrawAddrEnabled: true,
    })
  })

  it('delegationRewards, delegationTotalRewards and delegatorValidators', async () => {
    const height = (await comet!.status()).syncInfo.latestBlockHeight
    await waitForHeight(node!, BigInt(height + 2)) // rewards from blocks after the delegation
    const one = (await q.distribution.delegationRewards(faucet, validatorAddress)).rewards
    expect(one).toHaveLength(1)
    expect(one[0]!.denom).toBe('udatum')
    expect(BigInt(one[0]!.amount)).toBeGreaterThan(0n)
    const total = await q.distribution.delegationTotalRewards(faucet)
    expect(total.rewards).toHaveLength(1)
    expect(total.rewards[0]!.validatorAddress).toBe(validatorAddress)
    // the total is the sum of the per-validator rewards (a later height may only have more)
    expect(total.total).toEqual(total.rewards[0]!.reward)
    expect(BigInt(total.total[0]!.amount)).toBeGreaterThanOrEqual(BigInt(one[0]!.amount))
    expect((await q.distribution.delegatorValidators(faucet)).validators).toEqual([validatorAddress])
  })

  it('delegatorWithdrawAddress: the delegator itself until it sets one', async () => {
    expect((await q.distribution.delegatorWithdrawAddress(faucet)).withdrawAddress).toBe(faucet)
  })

  it('communityPool, validatorCommission, validatorOutstandingRewards: udatum DecCoins', async () => {
    const positive = (coins: { denom: string; amount: string }[]) => {
      expect(coins.map((c) => c.denom)).toEqual(['udatum'])
      expect(BigInt(coins[0]!.amount)).toBeGreaterThan(0n)
    }
    positive((await q.distribution.communityPool()).pool)
    positive((await q.distribution.validatorCommission(validatorAddress)).commission!.commission)
    positive((await q.distribution.validatorOutstandingRewards(validatorAddress)).rewards!.rewards)
  })

  it('validatorSlashes: none for a validator never slashed', async () => {
    expect((await q.distribution.validatorSlashes(validatorAddress, 1, 5)).slashes).toEqual([])
  })
})

describe('SigningStargateClient staking and distribution helpers (upstream signingstargateclient.spec)', () => {
  const modes = [
    ['DIRECT', () => directWallet],
    ['AMINO', () => aminoWallet],
  ] as const

  it.each(modes)('delegateTokens, %s', async (_mode, wallet) => {
    const before = (await q.staking.delegation(other, validatorAddress).catch(() => undefined))
      ?.delegationResponse?.balance?.amount
    await withClient(wallet(), async (c) => {
      ok(await c.delegateTokens(other, validatorAddress, udatum(1234), fee, 'Use your power wisely'))
    })
    const after = (await q.staking.delegation(other, validatorAddress)).delegationResponse!.balance!.amount
    expect(BigInt(after) - BigInt(before ?? '0')).toBe(1234n)
  })

  it.each(modes)('undelegateTokens, %s', async (_mode, wallet) => {
    await withClient(wallet(), async (c) => {
      ok(await c.delegateTokens(other, validatorAddress, udatum(5000), fee))
      const r = ok(await c.undelegateTokens(other, validatorAddress, udatum(300), fee, 'one by one'))
      const unbond = r.events.find((e) => e.type === 'unbond')!
      expect(unbond.attributes.find((a) => a.key === 'amount')?.value).toBe('300udatum')
    })
    const entries = (await q.staking.unbondingDelegation(other, validatorAddress)).unbond.entries
    expect(entries.at(-1)!.balance).toBe('300')
  })

  it.each(modes)(
    'withdrawRewards, %s: the balance grows by the withdrawn amount, less the fee',
    async (_mode, wallet) => {
      await withClient(wallet(), async (c) => {
        ok(await c.delegateTokens(other, validatorAddress, udatum(100_000), fee))
        const balance = async () => BigInt((await c.getBalance(other, 'udatum')).amount)
        const before = await balance()
        const r = ok(await c.withdrawRewards(other, validatorAddress, fee, 'my rewards'))
        const ev = r.events.find((e) => e.type === 'withdraw_rewards')!
        const amount = ev.attributes.find((a) => a.key === 'amount')!.value
        const withdrawn = amount === '' ? 0n : BigInt(/^(\d+)udatum$/.exec(amount)![1]!)
        expect(withdrawn).toBeGreaterThan(0n)
        expect(await balance()).toBe(before - 20_000n + withdrawn)
      })
    },
  )
})

describe('staking messages from CosmJS (upstream staking/messages.spec)', () => {
  const description = {
    moniker: "That's me",
    identity: 'AABB1234',
    website: 'http://example.com/me',
    details: 'What should I write?',
    securityContact: 'DM on Twitter',
  }
  /** A fresh operator with fee and staking tokens, and a random consensus key (power 0: it never signs). */
  async function newOperator(kind: 'DIRECT' | 'AMINO') {
    const w =
      kind === 'DIRECT'
        ? await DirectSecp256k1HdWallet.generate(12, { prefix: 'datum' })
        : await Secp256k1HdWallet.generate(12, { prefix: 'datum' })
    const [acct] = await w.getAccounts()
    await withClient(directWallet, async (c) => {
      ok(await c.sendTokens(faucet, acct!.address, [udatum(1_000_000)], fee))
    })
    const valoper = toBech32('datumvaloper', fromBech32(acct!.address).data)
    const create = (amount: string) => ({
      typeUrl: '/cosmos.staking.v1beta1.MsgCreateValidator',
      value: {
        description,
        commission: {
          maxChangeRate: '10000000000000000',
          maxRate: '200000000000000000',
          rate: '100000000000000000',
        },
        minSelfDelegation: '1',
        delegatorAddress: acct!.address,
        validatorAddress: valoper,
        pubkey: encodePubkey({
          type: 'tendermint/PubKeyEd25519',
          value: toBase64(crypto.getRandomValues(new Uint8Array(32))),
        }),
        value: udatum(amount),
      },
    })
    return { w, address: acct!.address, valoper, create }
  }

  it.each(['DIRECT', 'AMINO'] as const)('MsgCreateValidator, %s', async (kind) => {
    const op = await newOperator(kind)
    await withClient(op.w, async (c) => {
      ok(await c.signAndBroadcast(op.address, [op.create('1')], fee))
    })
    const v = (await q.staking.validator(op.valoper)).validator
    expect(v).toMatchObject({
      operatorAddress: op.valoper,
      tokens: '1',
      minSelfDelegation: '1',
      description,
      commission: {
        commissionRates: {
          rate: '100000000000000000',
          maxRate: '200000000000000000',
          maxChangeRate: '10000000000000000',
        },
      },
    })
  })

  it.each(['DIRECT', 'AMINO'] as const)(
    'MsgEditValidator, %s: empty min self-delegation and rate leave them; a higher minimum is taken',
    async (kind) => {
      const op = await newOperator(kind)
      const edited = {
        moniker: 'new name',
        identity: 'ZZZZ',
        website: 'http://example.com/new-site',
        details: 'Still no idea',
        securityContact: 'DM on Discord',
      }
      const edit = (minSelfDelegation: string) => ({
        typeUrl: '/cosmos.staking.v1beta1.MsgEditValidator',
        value: { description: edited, validatorAddress: op.valoper, minSelfDelegation, commissionRate: '' },
      })
      await withClient(op.w, async (c) => {
        ok(await c.signAndBroadcast(op.address, [op.create('3')], fee))
        ok(await c.signAndBroadcast(op.address, [edit('')], fee))
        let v = (await q.staking.validator(op.valoper)).validator
        expect(v).toMatchObject({ description: edited, minSelfDelegation: '1' })
        expect(v.commission.commissionRates.rate).toBe('100000000000000000')
        ok(await c.signAndBroadcast(op.address, [edit('3')], fee))
        v = (await q.staking.validator(op.valoper)).validator
        expect(v.minSelfDelegation).toBe('3')
      })
    },
  )
})
