// Test fixtures: real auth, bank, dataasset and computeright keepers over one real temp store, funded
// accounts, one registered asset, and helpers that run Msgs as the app does and check failures change nothing.

import { makeTestContext, type TestContext } from '../../node/testing/test-context.js'
import { testAccount } from '../../node/testing/test-signer.js'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { AccountKeeper } from '../auth/keeper.js'
import { BankKeeper } from '../bank/keeper.js'
import { exportGenesis as exportAssets } from '../dataasset/genesis.js'
import { DataAssetKeeper } from '../dataasset/keeper.js'
import { dataAssetMsgs } from '../dataasset/msgs.js'
import { digest, hash, other, owner, registerAssetMsg, TERMS, third } from '../dataasset/test-env.js'
import { AbciError, type Coin, type Context, type ErrorDef, type MsgDefinition } from '../sdk/index.js'
import { exportGenesis } from './genesis.js'
import { ComputeRightKeeper } from './keeper.js'
import { ESCROW_MODULE } from './keys.js'
import { trainingJobsView } from './model-view.js'
import { computeRightMsgs } from './msgs.js'
import { QUERY_SERVICE } from './query-paths.js'
import { computeRightQueryHandlers } from './query-server.js'

export { digest, hash, other, owner, third }
export const buyer = testAccount(4).address
export const DENOM = 'udatum'
export const FUNDS = 1_000_000_000n
export const udatum = (n: bigint | number): Coin[] => [{ denom: DENOM, amount: BigInt(n) }]

export const TERMS_DEFAULT: T.OfferingTermsInput = {
  pricePerUse: { denom: DENOM, amount: '1001' },
  usesPerRight: 3,
  validitySeconds: 1000n,
  epsilonPerUseMicro: 100_000n,
  maxSupply: 0n,
  perBuyerCap: 0,
  buyerAllowlist: [],
  transferPolicy: { mode: T.TransferMode.TRANSFER_MODE_NONE, holdSeconds: 0n, royaltyBps: 0 },
}

export const JOB: T.JobRequestInput = {
  algorithm: { codeHash: hash(10), imageDigest: digest(11), paramsHash: '', params: '' },
  mechanism: 3,
  epsilonMicro: 50_000n,
  maxComputeFee: { denom: DENOM, amount: '777' },
  outputKey: new Uint8Array(33).fill(2),
  viewers: [],
  purpose: DA.Purpose.PURPOSE_RESEARCH,
}

/** A failed Msg's error; `is` compares codespace and code with a registered error. */
export type FailedMsg = AbciError & { is(def: ErrorDef): boolean }

export interface Env {
  tc: TestContext
  accounts: AccountKeeper
  bank: BankKeeper
  assets: DataAssetKeeper
  keeper: ComputeRightKeeper
  assetId: string
  /** Jurisdictions attested per account (a double of attestation's account audits; everyone starts in DE). */
  jurisdictions: Map<string, string[]>
  ctx(): Context
  run<R>(name: string, msg: unknown, response?: { decode(b: Uint8Array): R }): R
  fail(name: string, msg: unknown): FailedMsg
  balance(address: string): bigint
  state(): string
  cleanup(): Promise<void>
}

export async function makeEnv(): Promise<Env> {
  const tc = await makeTestContext({ storeKeys: ['acc', 'bank', 'dataasset', 'computeright'] })
  const accounts = new AccountKeeper({
    moduleAccountPermissions: { mint: ['minter'], fee_collector: [], [ESCROW_MODULE]: [] },
  })
  const bank = new BankKeeper(accounts)
  const assets = new DataAssetKeeper()
  const keeper = new ComputeRightKeeper({ bank, accounts, assets, protocolFeeModule: 'fee_collector' })
  assets.setTrainingJobs(trainingJobsView(keeper))
  const jurisdictions = new Map<string, string[]>()
  keeper.setAccountAudits({ attestedJurisdictions: (_ctx, a) => jurisdictions.get(a) ?? [] })
  const defs = new Map<string, MsgDefinition>()
  for (const d of [...dataAssetMsgs(assets), ...computeRightMsgs(keeper)])
    defs.set(d.typeUrl.split('.').pop()!, d)
  const exec = (name: string, msg: unknown) => {
    const def = defs.get(name)
    if (!def) throw new Error(`no Msg ${name}`)
    const decoded = def.decode(def.encode(msg))
    def.validateBasic(decoded)
    return def.handle(tc.ctx, decoded)
  }
  const people = [owner, other, third, buyer]
  for (const p of people) jurisdictions.set(p, ['DE'])
  const state = () =>
    JSON.stringify({
      cr: T.GenesisState.toJson(exportGenesis(tc.ctx, keeper)),
      da: DA.GenesisState.toJson(exportAssets(tc.ctx, assets)),
      bal: [...people, keeper.escrowAddress()].map((a) =>
        bank.getBalance(tc.ctx, a, DENOM).amount.toString(),
      ),
    })
  const env: Env = {
    tc,
    accounts,
    bank,
    assets,
    keeper,
    assetId: '',
    jurisdictions,
    ctx: () => tc.ctx,
    run: (name, msg, response) => {
      const out = exec(name, msg)
      return (response ? response.decode(out.value) : undefined) as never
    },
    fail: (name, msg) => {
      const before = state()
      try {
        exec(name, msg)
      } catch (e) {
        if (!(e instanceof AbciError)) throw e
        if (state() !== before) throw new Error(`${name} failed but changed state: ${e.message}`)
        return Object.assign(e, {
          is: (def: ErrorDef) => e.codespace === def.codespace && e.code === def.code,
        })
      }
      throw new Error(`${name} unexpectedly succeeded`)
    },
    balance: (a) => bank.getBalance(tc.ctx, a, DENOM).amount,
    state,
    cleanup: () => tc.cleanup(),
  }
  bank.mintCoins(tc.ctx, 'mint', udatum(FUNDS * BigInt(people.length)))
  for (const p of people) bank.sendCoinsFromModuleToAccount(tc.ctx, 'mint', p, udatum(FUNDS))
  const { id: termsId } = env.run(
    'MsgRegisterLicenseTerms',
    { creator: owner, terms: TERMS },
    DA.MsgRegisterLicenseTermsResponse,
  )
  env.assetId = env.run('MsgRegisterAsset', registerAssetMsg(termsId), DA.MsgRegisterAssetResponse).id
  return env
}

export function createOffering(env: Env, over: Partial<T.OfferingTermsInput> = {}): bigint {
  return env.run(
    'MsgCreateOffering',
    { owner, assetId: env.assetId, terms: { ...TERMS_DEFAULT, ...over } },
    T.MsgCreateOfferingResponse,
  ).id
}

export function purchase(env: Env, offeringId: bigint, who = buyer): bigint {
  return env.run('MsgPurchaseRight', { buyer: who, offeringId }, T.MsgPurchaseRightResponse).rightId
}

export function requestJob(
  env: Env,
  rightIds: bigint[],
  who = buyer,
  over: Partial<T.JobRequestInput> = {},
): bigint {
  return env.run(
    'MsgRequestJob',
    { requester: who, rightIds, job: { ...JOB, ...over } },
    T.MsgRequestJobResponse,
  ).jobId
}

/** Moves block time forward (a new block over everything written so far). */
export function advance(env: Env, seconds: bigint): void {
  const block = env.tc.ctx.block as { time: { seconds: bigint; nanos: number } }
  block.time = { seconds: env.tc.ctx.unixSeconds + seconds, nanos: 0 }
}

/** Runs one Query method of the module against the env's state, as the node's query router would. */
export function askQuery<R>(
  env: Env,
  method: string,
  req: { encode(v: never): Uint8Array },
  value: unknown,
  res: { decode(b: Uint8Array): R },
): R {
  const h = computeRightQueryHandlers(env.keeper)[`/${QUERY_SERVICE}/${method}`]!
  return res.decode(h(env.ctx(), req.encode(value as never)))
}
