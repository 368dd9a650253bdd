// Test wiring of the whole job path on a real store: bank, dataasset, computeright and attestation keepers
// joined as the app joins them (attestation-wiring.ts; distribution's community pool takes unpaid slashed
// bonds, over a real staking keeper with no validators), one DP asset with an offering, audited executors,
// every module's invariants, and a snapshot of all state to prove a failed Msg changed nothing.
import { AccountKeeper } from '../../modules/auth/keeper.js'
import { BankKeeper } from '../../modules/bank/keeper.js'
import {
  ComputeRightKeeper,
  ComputeRightModule,
  computeRightMsgs,
  ESCROW_MODULE,
  trainingJobsView,
} from '../../modules/computeright/index.js'
import { TERMS_DEFAULT } from '../../modules/computeright/test-env.js'
import { scaledTimeline } from '../../modules/computeright/timeline.js'
import { DataAssetKeeper, DataAssetModule } from '../../modules/dataasset/index.js'
import { dataAssetMsgs } from '../../modules/dataasset/msgs.js'
import { registerAssetMsg, TERMS } from '../../modules/dataasset/test-env.js'
import { DISTRIBUTION_MODULE, DistributionKeeper } from '../../modules/distribution/index.js'
import { AbciError, type AppModule, type Invariant, type MsgDefinition } from '../../modules/sdk/index.js'
import { StakingKeeper } from '../../modules/staking/index.js'
import * as AT from '../../proto/gen/datum/attestation/v1/index.js'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { makeTestContext, type TestContext } from '../testing/test-context.js'
import { testAccount } from '../testing/test-signer.js'
import { attestationModule } from './attestation-wiring.js'

export const owner = testAccount(1).address
export const contributor = testAccount(2).address
export const buyers = [testAccount(4).address, testAccount(6).address]
export const auditor = testAccount(5).address
export const FUNDS = 10_000_000n
/** Executors: three plain ones, then a buyer and the owner (who must never execute their own jobs). */
export const executors = [
  testAccount(8).address,
  testAccount(9).address,
  testAccount(10).address,
  buyers[1]!,
  owner,
]

/** The executors' registered encryption key (all share one in this env; the chain only compares keys). */
export const EXECUTOR_KEY = `02${'11'.repeat(32)}`
/** The shape of an ECIES envelope of a 32-byte data key: the chain stores it and never opens it. */
export const WRAPPED_KEY = Uint8Array.from({ length: 94 }, (_, i) => (i === 0 ? 1 : i === 1 ? 2 : i))
export const grantEntry = (executor: string) => ({
  executor,
  encryptionKey: EXECUTOR_KEY,
  wrappedKey: WRAPPED_KEY,
})
/** Per-buyer cap of the env's offering, which allows gifts after a 2 s hold. */
export const PER_BUYER_CAP = 3
/** Every default window divided by this (a block is one second). */
export const TIME_SCALE = 600n

const MODULE_ACCOUNTS = ['mint', 'fee_collector', ESCROW_MODULE, 'attestation', DISTRIBUTION_MODULE]

export type Outcome = { ok: true; value: Uint8Array } | { ok: false; error: AbciError }

export async function jobsTestEnv() {
  const tc: TestContext = await makeTestContext({
    storeKeys: ['acc', 'bank', 'dataasset', 'computeright', 'attestation', 'staking', 'distribution'],
  })
  const accounts = new AccountKeeper({
    moduleAccountPermissions: {
      mint: ['minter'],
      fee_collector: [],
      [ESCROW_MODULE]: [],
      attestation: [],
      [DISTRIBUTION_MODULE]: [],
    },
  })
  const bank = new BankKeeper(accounts)
  const assets = new DataAssetKeeper()
  const cr = new ComputeRightKeeper({ bank, accounts, assets, protocolFeeModule: 'fee_collector' })
  // As app-wiring.ts: a model is registered from a finalized training job, which computeright keeps.
  assets.setTrainingJobs(trainingJobsView(cr))
  const distribution = new DistributionKeeper(
    new StakingKeeper(bank, accounts),
    bank,
    accounts,
    'fee_collector',
  )
  const att = attestationModule(cr, assets, bank, distribution, accounts.getModuleAddress('attestation')!)
  const modules: AppModule[] = [new DataAssetModule(assets), new ComputeRightModule(cr), att]
  att.keeper.store.setParams(tc.ctx, {
    ...att.keeper.params(tc.ctx),
    auditors: [auditor],
    arbiters: [auditor],
    maxExecutorsPerJob: 3,
  })
  // The DEFAULT timeline scaled by one factor (1/600), never by changing its ratios.
  cr.store.setParams(tc.ctx, scaledTimeline(cr.store.params(tc.ctx), TIME_SCALE))
  const defs = new Map<string, MsgDefinition>()
  const attMsgs: MsgDefinition[] = []
  att.registerServices({ msg: (d) => attMsgs.push(d as MsgDefinition), query: () => {} })
  for (const d of [...dataAssetMsgs(assets), ...computeRightMsgs(cr), ...attMsgs])
    defs.set(d.typeUrl.split('.').pop()!, d)

  const addresses = [owner, contributor, auditor, ...buyers, ...executors.slice(0, 3)]
  const allAccounts = [...addresses, ...MODULE_ACCOUNTS.map((m) => accounts.getModuleAddress(m)!)]
  const balance = (a: string) => bank.getBalance(tc.ctx, a, 'udatum').amount
  const totalSupply = () => allAccounts.reduce((s, a) => s + balance(a), 0n)
  const snapshot = () =>
    JSON.stringify([
      modules.map((m) => m.exportGenesis(tc.ctx)),
      allAccounts.map((a) => balance(a).toString()),
    ])

  /** Runs one Msg: decode, validateBasic, handle. Handlers check before they write, so a failure changes nothing. */
  const attempt = (name: string, msg: unknown): Outcome => {
    const def = defs.get(name)
    if (!def) throw new Error(`no Msg ${name}`)
    try {
      const decoded = def.decode(def.encode(msg))
      def.validateBasic(decoded)
      return { ok: true, value: def.handle(tc.ctx, decoded).value }
    } catch (e) {
      if (!(e instanceof AbciError)) throw e
      return { ok: false, error: e }
    }
  }
  const run = <R>(name: string, msg: unknown, res?: { decode(b: Uint8Array): R }): R => {
    const r = attempt(name, msg)
    if (!r.ok) throw new Error(`${name} failed: ${r.error.message}`)
    return (res ? res.decode(r.value) : undefined) as R
  }

  for (const a of addresses) {
    bank.mintCoins(tc.ctx, 'mint', [{ denom: 'udatum', amount: FUNDS }])
    bank.sendCoinsFromModuleToAccount(tc.ctx, 'mint', a, [{ denom: 'udatum', amount: FUNDS }])
  }
  const { id: termsId } = run(
    'MsgRegisterLicenseTerms',
    { creator: owner, terms: TERMS },
    DA.MsgRegisterLicenseTermsResponse,
  )
  const { id: assetId } = run(
    'MsgRegisterAsset',
    registerAssetMsg(termsId, {
      contributors: [
        { address: owner, weightBps: 7000 },
        { address: contributor, weightBps: 3000 },
      ],
    }),
    DA.MsgRegisterAssetResponse,
  )
  const { id: offeringId } = run(
    'MsgCreateOffering',
    {
      owner,
      assetId,
      terms: {
        ...TERMS_DEFAULT,
        usesPerRight: 1,
        perBuyerCap: PER_BUYER_CAP,
        transferPolicy: { mode: CR.TransferMode.TRANSFER_MODE_GIFT, holdSeconds: 2n, royaltyBps: 0 },
      },
    },
    CR.MsgCreateOfferingResponse,
  )
  // The licence names jurisdictions (DE, FR): an auditor attests both buyers to DE.
  for (const b of buyers) run('MsgAuditAccount', { auditor, account: b, jurisdiction: 'DE' })
  for (const x of executors) {
    run('MsgRegisterExecutor', {
      operator: x,
      bond: { denom: 'udatum', amount: '1000000' },
      kind: AT.ExecutorKind.EXECUTOR_KIND_PLAIN,
      measurement: '',
      declared: { region: 'DE', country: 'DE', capabilities: [] },
      pubKey: EXECUTOR_KEY,
      endpoint: '',
    })
    run('MsgAuditExecutor', { auditor, executor: x, region: 'DE', country: 'DE' })
  }
  // The owner grants the asset on chain to every executor but itself (it may not execute its own jobs).
  const grants = executors.filter((x) => x !== owner).map((x) => grantEntry(x))
  run('MsgGrantExecutors', { owner, assetId, grants })

  return {
    tc,
    cr,
    att,
    distribution,
    distributionAddress: accounts.getModuleAddress(DISTRIBUTION_MODULE)!,
    assets,
    assetId,
    offeringId,
    attempt,
    run,
    balance,
    totalSupply,
    snapshot,
    /** Ends the block as the app does (expiries, unbondings), commits it; block time moves 1 s. */
    async nextBlock() {
      for (const m of modules) m.endBlock?.(tc.ctx)
      await tc.commit()
    },
    brokenInvariants(): string[] {
      const invs: Invariant[] = modules.flatMap((m) => m.invariants?.() ?? [])
      return invs.flatMap((i) => {
        const broken = i.check(tc.ctx)
        return broken === undefined ? [] : [`${i.name}: ${broken}`]
      })
    },
    cleanup: () => tc.cleanup(),
  }
}

export type JobsTestEnv = Awaited<ReturnType<typeof jobsTestEnv>>
