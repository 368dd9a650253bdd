// Staking inside the real Datum app: a signed MsgCreateValidator in a block bonds a validator at end-block,
// the block result carries its ValidatorUpdate for consensus, and the staking queries answer at their paths.

import * as BQ from 'cosmjs-types/cosmos/bank/v1beta1/query'
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import * as D from 'cosmjs-types/cosmos/distribution/v1beta1/query'
import * as Q from 'cosmjs-types/cosmos/staking/v1beta1/query'
import { BondStatus } from 'cosmjs-types/cosmos/staking/v1beta1/staking'
import { MsgCreateValidator, MsgDelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { afterEach, describe, expect, it } from 'vitest'
import { consAddress, valoperOf } from '../../modules/staking/index.js'
import { DEFAULT_CONSENSUS_PARAMS } from '../app/consensus-params.js'
import type { RpcBackend } from '../rpc/backend.js'
import { createRestServer } from '../rpc/rest/server.js'
import { openTempStore, type TempStore } from '../testing/temp-store.js'
import { sendMsg } from '../testing/test-app.js'
import { TEST_CHAIN_ID, TEST_TIME } from '../testing/test-context.js'
import { signTx, testAccount } from '../testing/test-signer.js'
import type { QueryRequest } from '../types/abci.js'
import { buildModules, createDatumApp, datumStoreKeys } from './app-wiring.js'
import { addGenesisAccount, defaultAppState } from './genesis-tools.js'

// biome-ignore lint/suspicious/noExplicitAny: REST bodies are compared by value
type Json = any

let temp: TempStore | undefined
afterEach(async () => {
  await temp?.cleanup()
  temp = undefined
})

const operator = testAccount(1)
const delegator = testAccount(2)
const consKey = new Uint8Array(32).fill(7)
const genesisKey = new Uint8Array(32).fill(9)
const FEE = { amount: [], gasLimit: 400_000n }

/** A MsgCreateValidator of `operator` with `consKey`: 10 % commission, 5 DATUM self-bonded. */
const createValidatorMsg = (val: string) => ({
  typeUrl: '/cosmos.staking.v1beta1.MsgCreateValidator',
  value: MsgCreateValidator.encode({
    description: { moniker: 'op', identity: '', website: '', securityContact: '', details: '' },
    commission: {
      rate: '100000000000000000',
      maxRate: '200000000000000000',
      maxChangeRate: '10000000000000000',
    },
    minSelfDelegation: '1',
    delegatorAddress: '',
    validatorAddress: val,
    pubkey: {
      typeUrl: '/cosmos.crypto.ed25519.PubKey',
      value: Ed25519PubKey.encode({ key: consKey }).finish(),
    },
    value: { denom: 'udatum', amount: '5000000' },
  }).finish(),
})

describe('staking wired into the Datum app', () => {
  it('bonds a validator created by transaction, returns its update from finalizeBlock, and pays it the next fees', async () => {
    temp = await openTempStore(datumStoreKeys())
    const app = createDatumApp({ chainId: TEST_CHAIN_ID, store: temp.store, minGasPrices: '0udatum' })
    const appState = defaultAppState(buildModules().modules)
    addGenesisAccount(appState, operator.address, [{ denom: 'udatum', amount: 20_000_000n }])
    addGenesisAccount(appState, delegator.address, [{ denom: 'udatum', amount: 20_000_000n }])
    const init = app.initChain({
      chainId: TEST_CHAIN_ID,
      time: TEST_TIME,
      initialHeight: 1n,
      consensusParams: DEFAULT_CONSENSUS_PARAMS,
      validators: [{ pubKey: genesisKey, power: 10n, name: 'genesis' }],
      appState,
    })
    // No validators in staking genesis: consensus keeps the genesis.json set.
    expect(init.validators).toEqual([{ pubKey: genesisKey, power: 10n }])
    const val = valoperOf(operator.address)
    const create = createValidatorMsg(val)
    const delegate = {
      typeUrl: '/cosmos.staking.v1beta1.MsgDelegate',
      value: MsgDelegate.encode({
        delegatorAddress: delegator.address,
        validatorAddress: val,
        amount: { denom: 'udatum', amount: '3000000' },
      }).finish(),
    }
    const txs = [
      signTx(operator, { chainId: TEST_CHAIN_ID, accountNumber: 0n, sequence: 0n, msgs: [create], fee: FEE }),
      signTx(delegator, {
        chainId: TEST_CHAIN_ID,
        accountNumber: 1n,
        sequence: 0n,
        msgs: [delegate],
        fee: FEE,
      }),
    ]
    const res = app.finalizeBlock({
      height: 1n,
      time: TEST_TIME,
      proposerAddress: new Uint8Array(20),
      hash: new Uint8Array(32),
      txs,
      lastCommitVotes: [],
      misbehavior: [],
    })
    expect(res.txResults.map((r) => [r.code, r.log])).toEqual([
      [0, ''],
      [0, ''],
    ])
    expect(res.txResults[0]!.events.map((e) => e.type)).toContain('create_validator')
    expect(res.validatorUpdates).toEqual([{ pubKey: consKey, power: 8n }])
    await app.commit()
    const query = <T>(method: string, req: Uint8Array, decode: (b: Uint8Array) => T): T => {
      const r = app.query({
        path: `/cosmos.staking.v1beta1.Query/${method}`,
        data: req,
        height: 0n,
        prove: false,
      })
      expect(r.code, r.log).toBe(0)
      return decode(r.value)
    }
    const vals = query(
      'Validators',
      Q.QueryValidatorsRequest.encode({ status: 'BOND_STATUS_BONDED' }).finish(),
      Q.QueryValidatorsResponse.decode,
    )
    expect(vals.validators.map((v) => [v.operatorAddress, v.status, v.tokens])).toEqual([
      [val, BondStatus.BOND_STATUS_BONDED, '8000000'],
    ])
    const del = query(
      'Delegation',
      Q.QueryDelegationRequest.encode({ delegatorAddr: delegator.address, validatorAddr: val }).finish(),
      Q.QueryDelegationResponse.decode,
    )
    expect(del.delegationResponse!.balance).toEqual({ denom: 'udatum', amount: '3000000' })
    const pool = query('Pool', Q.QueryPoolRequest.encode({}).finish(), Q.QueryPoolResponse.decode)
    expect(pool.pool).toEqual({ bondedTokens: '8000000', notBondedTokens: '0' })
    const missing = app.query({
      path: '/cosmos.staking.v1beta1.Query/Delegation',
      data: Q.QueryDelegationRequest.encode({
        delegatorAddr: operator.address,
        validatorAddr: valoperOf(delegator.address),
      }).finish(),
      height: 0n,
      prove: false,
    })
    expect(missing.code).not.toBe(0)
    expect(missing.log).toContain('key not found')
    expect(app.checkInvariants()).toEqual([])

    // Block 2 collects a fee; block 3's begin-block pays it out by the last commit's power. The genesis.json
    // validator is unknown to staking, so its share stays in the community pool. The default mint schedule
    // (13 % a year in 1 s blocks) mints 0 a block on this 40 DATUM supply (the provision truncates), so only
    // the fee is paid out; the next test pays the provision.
    const fee = { amount: [{ denom: 'udatum', amount: 18_000n }], gasLimit: 200_000n }
    const send = sendMsg(delegator.address, operator.address, [{ denom: 'udatum', amount: 1n }])
    const block2 = app.finalizeBlock({
      height: 2n,
      time: { seconds: TEST_TIME.seconds + 5n, nanos: 0 },
      proposerAddress: new Uint8Array(20),
      hash: new Uint8Array(32),
      txs: [
        signTx(delegator, { chainId: TEST_CHAIN_ID, accountNumber: 1n, sequence: 1n, msgs: [send], fee }),
      ],
      lastCommitVotes: [],
      misbehavior: [],
    })
    expect(block2.txResults[0]!.code, block2.txResults[0]!.log).toBe(0)
    await app.commit()
    app.finalizeBlock({
      height: 3n,
      time: { seconds: TEST_TIME.seconds + 10n, nanos: 0 },
      proposerAddress: new Uint8Array(20),
      hash: new Uint8Array(32),
      txs: [],
      lastCommitVotes: [
        { validatorAddress: consAddress(genesisKey), power: 10n, signed: true },
        { validatorAddress: consAddress(consKey), power: 8n, signed: true },
      ],
      misbehavior: [],
    })
    await app.commit()
    const distr = <T>(method: string, req: Uint8Array, decode: (b: Uint8Array) => T): T => {
      const r = app.query({
        path: `/cosmos.distribution.v1beta1.Query/${method}`,
        data: req,
        height: 0n,
        prove: false,
      })
      expect(r.code, r.log).toBe(0)
      return decode(r.value)
    }
    // 18,000 − 2 % = 17,640; × 8/18 (0.444444444444444444, truncated) = 7,839.999999999999992160 to the
    // validator; 10 % commission; the rest over 8,000,000 tokens is 0.000881999999999999 per token (truncated),
    // × 3,000,000 delegated. The SDK's LegacyDec arithmetic gives these digits exactly.
    const rewards = distr(
      'DelegationRewards',
      D.QueryDelegationRewardsRequest.encode({
        delegatorAddress: delegator.address,
        validatorAddress: val,
      }).finish(),
      D.QueryDelegationRewardsResponse.decode,
    )
    expect(rewards.rewards).toEqual([{ denom: 'udatum', amount: '2645999999999997000000' }])
    const communityPool = distr(
      'CommunityPool',
      D.QueryCommunityPoolRequest.encode({}).finish(),
      D.QueryCommunityPoolResponse.decode,
    )
    expect(communityPool.pool).toEqual([{ denom: 'udatum', amount: '10160000000000000007840' }])
    expect(app.checkInvariants()).toEqual([])
  })

  it('with the default mint params, bonded stake earns the block provision with no fees paid', async () => {
    temp = await openTempStore(datumStoreKeys())
    const app = createDatumApp({ chainId: TEST_CHAIN_ID, store: temp.store, minGasPrices: '0udatum' })
    const appState = defaultAppState(buildModules().modules)
    const SUPPLY = 1_000_000_000_000n
    addGenesisAccount(appState, operator.address, [{ denom: 'udatum', amount: SUPPLY }])
    app.initChain({
      chainId: TEST_CHAIN_ID,
      time: TEST_TIME,
      initialHeight: 1n,
      consensusParams: DEFAULT_CONSENSUS_PARAMS,
      validators: [{ pubKey: genesisKey, power: 10n, name: 'genesis' }],
      appState,
    })
    const val = valoperOf(operator.address)
    const create = signTx(operator, {
      chainId: TEST_CHAIN_ID,
      accountNumber: 0n,
      sequence: 0n,
      msgs: [createValidatorMsg(val)],
      fee: FEE,
    })
    const minted: bigint[] = []
    const block = async (height: bigint, txs: Uint8Array[], votes: { key: Uint8Array; power: bigint }[]) => {
      const res = app.finalizeBlock({
        height,
        time: { seconds: TEST_TIME.seconds + height, nanos: 0 },
        proposerAddress: new Uint8Array(20),
        hash: new Uint8Array(32),
        txs,
        lastCommitVotes: votes.map((v) => ({
          validatorAddress: consAddress(v.key),
          power: v.power,
          signed: true,
        })),
        misbehavior: [],
      })
      for (const r of res.txResults) expect(r.code, r.log).toBe(0)
      const mint = res.events.find((e) => e.type === 'mint')!
      minted.push(BigInt(mint.attributes.find((a) => a.key === 'amount')!.value))
      await app.commit()
    }
    // Block 1 bonds the validator (5 DATUM); block 2's last commit is the genesis.json set (unknown to staking,
    // so blocks 1 and 2's provisions go to the community pool); block 3's last commit is the new validator's.
    await block(1n, [create], [])
    await block(2n, [], [{ key: genesisKey, power: 10n }])
    await block(3n, [], [{ key: consKey, power: 5n }])
    // 13 % (rising: bonded ratio under the goal) of 10^12 a year, a one-second block's share, truncated.
    expect(minted).toEqual([4119n, 4119n, 4119n])
    const q = <T>(path: string, req: Uint8Array, decode: (b: Uint8Array) => T): T => {
      const r = app.query({ path, data: req, height: 0n, prove: false })
      expect(r.code, r.log).toBe(0)
      return decode(r.value)
    }
    const supply = q(
      '/cosmos.bank.v1beta1.Query/SupplyOf',
      BQ.QuerySupplyOfRequest.encode({ denom: 'udatum' }).finish(),
      BQ.QuerySupplyOfResponse.decode,
    )
    expect(supply.amount?.amount).toBe((SUPPLY + 3n * 4119n).toString())
    // Block 3 pays out 4,119: 2 % tax (82.38) to the pool, 4,036.62 to the validator (all the power), of which
    // 10 % commission (403.662) and 3,632.958 to its self-delegation.
    const distr = <T>(m: string, req: Uint8Array, decode: (b: Uint8Array) => T) =>
      q(`/cosmos.distribution.v1beta1.Query/${m}`, req, decode)
    const rewards = distr(
      'DelegationRewards',
      D.QueryDelegationRewardsRequest.encode({
        delegatorAddress: operator.address,
        validatorAddress: val,
      }).finish(),
      D.QueryDelegationRewardsResponse.decode,
    )
    expect(rewards.rewards).toEqual([{ denom: 'udatum', amount: '3632958000000000000000' }])
    const commission = distr(
      'ValidatorCommission',
      D.QueryValidatorCommissionRequest.encode({ validatorAddress: val }).finish(),
      D.QueryValidatorCommissionResponse.decode,
    )
    expect(commission.commission?.commission).toEqual([{ denom: 'udatum', amount: '403662000000000000000' }])
    const pool = distr(
      'CommunityPool',
      D.QueryCommunityPoolRequest.encode({}).finish(),
      D.QueryCommunityPoolResponse.decode,
    )
    expect(pool.pool).toEqual([{ denom: 'udatum', amount: '8320380000000000000000' }])
    expect(app.checkInvariants()).toEqual([])
  })

  it('exports no HistoricalInfo; a chain started from the export records its own from block 1', async () => {
    temp = await openTempStore(datumStoreKeys())
    const app = createDatumApp({ chainId: TEST_CHAIN_ID, store: temp.store, minGasPrices: '0udatum' })
    const appState = defaultAppState(buildModules().modules)
    addGenesisAccount(appState, operator.address, [{ denom: 'udatum', amount: 20_000_000n }])
    const init = {
      chainId: TEST_CHAIN_ID,
      time: TEST_TIME,
      initialHeight: 1n,
      consensusParams: DEFAULT_CONSENSUS_PARAMS,
      validators: [{ pubKey: genesisKey, power: 10n, name: 'genesis' }],
    }
    app.initChain({ ...init, appState })
    const val = valoperOf(operator.address)
    const tx = signTx(operator, {
      chainId: TEST_CHAIN_ID,
      accountNumber: 0n,
      sequence: 0n,
      msgs: [createValidatorMsg(val)],
      fee: FEE,
    })
    const block = (a: typeof app, height: bigint, txs: Uint8Array[] = []) =>
      a.finalizeBlock({
        height,
        time: { seconds: TEST_TIME.seconds + 5n * height, nanos: 0 },
        proposerAddress: new Uint8Array(20),
        hash: new Uint8Array(32),
        txs,
        lastCommitVotes: [],
        misbehavior: [],
      })
    const hist = (a: typeof app, height: bigint) =>
      a.query({
        path: '/cosmos.staking.v1beta1.Query/HistoricalInfo',
        data: Q.QueryHistoricalInfoRequest.encode({ height }).finish(),
        height: 0n,
        prove: false,
      })
    block(app, 1n, [tx])
    await app.commit()
    for (const h of [2n, 3n]) {
      block(app, h)
      await app.commit()
    }
    expect(hist(app, 3n).code).toBe(0)
    const exported = JSON.parse(JSON.stringify(app.exportAppState()))
    expect(JSON.stringify(exported.staking)).not.toMatch(/historical_info|"hist"/)

    const temp2 = await openTempStore(datumStoreKeys())
    try {
      const restarted = createDatumApp({
        chainId: TEST_CHAIN_ID,
        store: temp2.store,
        minGasPrices: '0udatum',
      })
      const res = restarted.initChain({ ...init, appState: exported })
      expect(res.validators).toEqual([{ pubKey: consKey, power: 5n }])
      block(restarted, 1n)
      await restarted.commit()
      // Block 1 of the new chain: the exported bonded set is the last set, so it is recorded at once.
      const one = hist(restarted, 1n)
      expect(one.code).toBe(0)
      const entry = Q.QueryHistoricalInfoResponse.decode(one.value).hist!
      expect(entry.header.height).toBe(1n)
      expect(entry.valset.map((v) => [v.operatorAddress, v.status])).toEqual([
        [val, BondStatus.BOND_STATUS_BONDED],
      ])
      // The old chain's heights were not carried over.
      const old = hist(restarted, 3n)
      expect([old.codespace, old.code]).toEqual(['sdk', 22])
      expect(old.log).toMatch(/NotFound desc = historical info for height 3 not found/)
      expect(restarted.checkInvariants()).toEqual([])
    } finally {
      await temp2.cleanup()
    }
  })

  it('serves the staking, distribution, slashing and mint REST routes Keplr calls', async () => {
    temp = await openTempStore(datumStoreKeys())
    const app = createDatumApp({ chainId: TEST_CHAIN_ID, store: temp.store, minGasPrices: '0udatum' })
    const appState = defaultAppState(buildModules().modules)
    addGenesisAccount(appState, operator.address, [{ denom: 'udatum', amount: 20_000_000n }])
    app.initChain({
      chainId: TEST_CHAIN_ID,
      time: TEST_TIME,
      initialHeight: 1n,
      consensusParams: DEFAULT_CONSENSUS_PARAMS,
      validators: [{ pubKey: genesisKey, power: 10n, name: 'genesis' }],
      appState,
    })
    const val = valoperOf(operator.address)
    const create = createValidatorMsg(val)
    app.finalizeBlock({
      height: 1n,
      time: TEST_TIME,
      proposerAddress: new Uint8Array(20),
      hash: new Uint8Array(32),
      txs: [
        signTx(operator, {
          chainId: TEST_CHAIN_ID,
          accountNumber: 0n,
          sequence: 0n,
          msgs: [create],
          fee: FEE,
        }),
      ],
      lastCommitVotes: [],
      misbehavior: [],
    })
    await app.commit()
    const backend = { abciQuery: (req: QueryRequest) => app.query(req) } as unknown as RpcBackend
    const server = await createRestServer(backend)
    try {
      const base = `http://127.0.0.1:${await server.listen(0)}`
      const get = async (path: string) => {
        const res = await fetch(`${base}${path}`)
        return { status: res.status, body: (await res.json()) as Json }
      }
      const vals = await get('/cosmos/staking/v1beta1/validators?status=BOND_STATUS_BONDED')
      expect(vals.status).toBe(200)
      expect(vals.body.validators).toHaveLength(1)
      expect(vals.body.validators[0]).toMatchObject({
        operator_address: val,
        status: 'BOND_STATUS_BONDED',
        tokens: '5000000',
        delegator_shares: '5000000.000000000000000000',
        commission: { commission_rates: { rate: '0.100000000000000000', max_rate: '0.200000000000000000' } },
        consensus_pubkey: {
          '@type': '/cosmos.crypto.ed25519.PubKey',
          key: Buffer.from(consKey).toString('base64'),
        },
      })
      const dels = await get(`/cosmos/staking/v1beta1/delegations/${operator.address}`)
      expect(dels.body.delegation_responses).toEqual([
        {
          delegation: {
            delegator_address: operator.address,
            validator_address: val,
            shares: '5000000.000000000000000000',
          },
          balance: { denom: 'udatum', amount: '5000000' },
        },
      ])
      expect((await get('/cosmos/staking/v1beta1/pool')).body).toEqual({
        pool: { not_bonded_tokens: '0', bonded_tokens: '5000000' },
      })
      expect((await get('/cosmos/staking/v1beta1/params')).body.params.unbonding_time).toBe('1814400s')
      expect((await get(`/cosmos/distribution/v1beta1/delegators/${operator.address}/rewards`)).body).toEqual(
        {
          rewards: [{ validator_address: val, reward: [] }],
          total: [],
        },
      )
      expect((await get('/cosmos/distribution/v1beta1/params')).body.params.community_tax).toBe(
        '0.020000000000000000',
      )
      expect((await get('/cosmos/slashing/v1beta1/signing_infos')).body.info).toHaveLength(1)
      // The default minter starts at 0.13; block 1 ran with nothing bonded (ratio 0), so it rose by one block's
      // share of 0.13 a year: 0.13 / 31,557,600 = 0.000000004119451415 (truncated).
      expect((await get('/cosmos/mint/v1beta1/inflation')).body).toEqual({
        inflation: '0.130000004119451415',
      })
      const missing = await get(`/cosmos/staking/v1beta1/validators/${valoperOf(delegator.address)}`)
      expect(missing.status).toBe(404)

      // Block 2: staking's begin-block records block 2's header and the validator bonded at the end of block 1.
      const appHash1 = app.info().lastBlockAppHash
      const nextValidatorsHash = new Uint8Array(32).fill(5)
      const proposer = consAddress(consKey)
      app.finalizeBlock({
        height: 2n,
        time: { seconds: TEST_TIME.seconds + 5n, nanos: 250_000_000 },
        proposerAddress: proposer,
        nextValidatorsHash,
        hash: new Uint8Array(32),
        txs: [],
        lastCommitVotes: [],
        misbehavior: [],
      })
      await app.commit()
      const hist = await get('/cosmos/staking/v1beta1/historical_info/2')
      expect(hist.status).toBe(200)
      const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64')
      expect(hist.body.hist.header).toMatchObject({
        version: { block: '0', app: '0' },
        chain_id: TEST_CHAIN_ID,
        height: '2',
        time: new Date(Number(TEST_TIME.seconds + 5n) * 1000).toISOString().replace('.000Z', '.25Z'),
        next_validators_hash: b64(nextValidatorsHash),
        app_hash: b64(appHash1),
        proposer_address: b64(proposer),
        validators_hash: '',
      })
      expect(hist.body.hist.valset).toHaveLength(1)
      expect(hist.body.hist.valset[0]).toMatchObject({
        operator_address: val,
        status: 'BOND_STATUS_BONDED',
        tokens: '5000000',
        consensus_pubkey: { '@type': '/cosmos.crypto.ed25519.PubKey', key: b64(consKey) },
      })
      // block 1's entry: staking bonded nobody before its end-block (the genesis validator is not staking's)
      expect((await get('/cosmos/staking/v1beta1/historical_info/1')).body.hist.valset).toEqual([])
      const notKept = await get('/cosmos/staking/v1beta1/historical_info/3')
      expect(notKept.status).toBe(404)
      expect(notKept.body.message).toMatch(/historical info for height 3 not found/)
      expect((await get('/cosmos/staking/v1beta1/historical_info/-1')).status).toBe(400)
      expect((await get('/cosmos/staking/v1beta1/historical_info/two')).status).toBe(400)
    } finally {
      await server.close()
    }
  })
})
