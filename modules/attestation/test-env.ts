// Test harness: real auth, bank, dataasset and distribution keepers (distribution over a real staking keeper,
// for its community pool) over a real temp store, and a small computeright double that keeps jobs in memory and
// records every markJob and settleJob call (its keeper API is declared in expected-keepers.ts; the double
// follows that contract).
import { makeTestContext, type TestContext } from '../../node/testing/test-context.js'
import { testAccount } from '../../node/testing/test-signer.js'
import * as T from '../../proto/gen/datum/attestation/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { AccountKeeper } from '../auth/keeper.js'
import { BankKeeper } from '../bank/keeper.js'
import { DataAssetKeeper } from '../dataasset/keeper.js'
import { dataAssetMsgs } from '../dataasset/msgs.js'
import { registerAssetMsg, TERMS } from '../dataasset/test-env.js'
import { DistributionKeeper } from '../distribution/keeper.js'
import { MODULE_NAME as DISTRIBUTION_MODULE } from '../distribution/keys.js'
import { AbciError, type Context, DEC_ONE, moduleAddress, toBech32 } from '../sdk/index.js'
import { StakingKeeper } from '../staking/keeper.js'
import type { ComputeRightKeeperApi, JobPhase, JobView, SettlementOutcome } from './expected-keepers.js'
import { exportGenesis } from './genesis.js'
import { AttestationKeeper } from './keeper.js'
import { MODULE_NAME, STORE_KEY } from './keys.js'
import { attestationMsgs } from './msgs.js'
import { DEFAULT_PARAMS } from './params.js'

export const owner = testAccount(1).address
export const requester = testAccount(4).address
export const auditor = testAccount(5).address
export const arbiter = testAccount(6).address
export const challenger = testAccount(7).address
export const execs = [testAccount(8).address, testAccount(9).address, testAccount(10).address]
export const PUBKEY = `02${'11'.repeat(32)}`
export const moduleAddr = toBech32(moduleAddress(MODULE_NAME))
export const distributionAddr = toBech32(moduleAddress(DISTRIBUTION_MODULE))

export class ComputeRightDouble implements ComputeRightKeeperApi {
  jobs = new Map<bigint, JobView>()
  phases: { jobId: bigint; phase: JobPhase }[] = []
  settlements: { jobId: bigint; outcome: SettlementOutcome }[] = []

  /** DEFAULT computeright windows scaled by 1/1200 (challenge 3 s, arbiter 72 s). */
  windows = { challengeSeconds: 3n, arbiterSeconds: 72n }

  getJobView(_ctx: Context, jobId: bigint): JobView | undefined {
    return this.jobs.get(jobId)
  }
  timeline(_ctx: Context) {
    return this.windows
  }
  markJob(_ctx: Context, jobId: bigint, phase: JobPhase): void {
    this.phases.push({ jobId, phase })
    const job = this.jobs.get(jobId)
    if (job && (phase === 'ATTESTED' || phase === 'FINALIZED' || phase === 'FAILED'))
      job.awaitingAttestation = false
  }
  constructor(private readonly assets: DataAssetKeeper) {}

  /** As computeright's contract says: success debits ε and appends one usage entry per input; a fault releases. */
  settleJob(ctx: Context, jobId: bigint, outcome: SettlementOutcome): void {
    if (this.settlements.some((s) => s.jobId === jobId)) throw new Error(`job ${jobId} settled twice`)
    this.settlements.push({ jobId, outcome })
    const job = this.jobs.get(jobId)!
    for (const i of job.inputs) {
      if (outcome.fault !== 'NONE') {
        this.assets.releaseEpsilon(ctx, i.assetId, i.assetVersion, job.epsilonMicro)
        continue
      }
      this.assets.spendEpsilon(ctx, i.assetId, i.assetVersion, job.epsilonMicro, job.epsilonMicro)
      this.assets.appendUsage(ctx, {
        assetId: i.assetId,
        assetVersion: i.assetVersion,
        jobId: jobId.toString(),
        rightId: i.rightId.toString(),
        requester: job.requester,
        codeHash: job.codeHash,
        mechanism: job.mechanism,
        epsilonMicro: job.epsilonMicro,
        executors: outcome.executors.map((e) => e.address),
        feePaid: [],
      })
    }
  }
}

export interface Env {
  tc: TestContext
  keeper: AttestationKeeper
  bank: BankKeeper
  distribution: DistributionKeeper
  dataAsset: DataAssetKeeper
  cr: ComputeRightDouble
  assetId: string
  run<R>(name: string, msg: unknown, response?: { decode(b: Uint8Array): R }): R
  fail(name: string, msg: unknown): AbciError
  balance(address: string): bigint
  /** The community pool's udatum; throws on a fraction (slashed bonds arrive as whole coins only). */
  communityPool(): bigint
  /** Commits n blocks (each moves block time by one second). */
  advance(n: number): Promise<void>
  addJob(id: bigint, over?: Partial<JobView>): JobView
  /** Runs a dataasset Msg (the owner's grants). */
  runAsset(name: string, msg: unknown): void
  cleanup(): Promise<void>
}

export async function env(params: Partial<T.Params> = {}): Promise<Env> {
  const tc = await makeTestContext({
    storeKeys: ['acc', 'bank', 'dataasset', 'staking', 'distribution', STORE_KEY],
  })
  const accounts = new AccountKeeper({
    moduleAccountPermissions: { mint: ['minter'], [MODULE_NAME]: [], [DISTRIBUTION_MODULE]: [] },
  })
  const bank = new BankKeeper(accounts)
  const distribution = new DistributionKeeper(
    new StakingKeeper(bank, accounts),
    bank,
    accounts,
    'fee_collector',
  )
  const dataAsset = new DataAssetKeeper()
  const cr = new ComputeRightDouble(dataAsset)
  const keeper = new AttestationKeeper({ bank, dataAsset, computeRight: cr, communityPool: distribution })
  dataAsset.setExecutorKeys({ encryptionKey: (ctx, op) => keeper.encryptionKey(ctx, op) })
  keeper.store.setParams(tc.ctx, {
    ...DEFAULT_PARAMS,
    auditors: [auditor],
    arbiters: [arbiter],
    unbondingPeriodSeconds: 3n,
    ...params,
  })
  for (const a of [owner, requester, challenger, ...execs]) {
    bank.mintCoins(tc.ctx, 'mint', [{ denom: 'udatum', amount: 10_000_000n }])
    bank.sendCoinsFromModuleToAccount(tc.ctx, 'mint', a, [{ denom: 'udatum', amount: 10_000_000n }])
  }
  const daDefs = new Map(dataAssetMsgs(dataAsset).map((d) => [d.typeUrl.split('.').pop()!, d]))
  const daRun = <R>(name: string, msg: unknown, res: { decode(b: Uint8Array): R }): R => {
    const def = daDefs.get(name)!
    return res.decode(def.handle(tc.ctx, def.decode(def.encode(msg))).value)
  }
  const { id: termsId } = daRun(
    'MsgRegisterLicenseTerms',
    { creator: owner, terms: TERMS },
    DA.MsgRegisterLicenseTermsResponse,
  )
  const { id: assetId } = daRun('MsgRegisterAsset', registerAssetMsg(termsId), DA.MsgRegisterAssetResponse)
  dataAsset.reserveEpsilon(tc.ctx, assetId, 1, 1_000_000n)

  const defs = new Map(attestationMsgs(keeper).map((d) => [d.typeUrl.split('.').pop()!, d]))
  const exec = (name: string, msg: unknown) => {
    const def = defs.get(name)
    if (!def) throw new Error(`no Msg ${name}`)
    const decoded = def.decode(def.encode(msg))
    def.validateBasic(decoded)
    return def.handle(tc.ctx, decoded)
  }
  const state = () =>
    JSON.stringify(T.GenesisState.toJson(exportGenesis(tc.ctx, keeper))) +
    [owner, requester, challenger, moduleAddr, distributionAddr, ...execs]
      .map((a) => e.balance(a))
      .join(',') +
    distribution
      .getCommunityPool(tc.ctx)
      .map((c) => `${c.amount}${c.denom}`)
      .join(',')
  const e: Env = {
    tc,
    keeper,
    bank,
    distribution,
    dataAsset,
    cr,
    assetId,
    run: (name, msg, response) => {
      const out = exec(name, msg)
      return (response ? response.decode(out.value) : undefined) as never
    },
    fail: (name, msg) => {
      const before = state()
      try {
        exec(name, msg)
      } catch (err) {
        if (!(err instanceof AbciError)) throw err
        if (state() !== before) throw new Error(`${name} failed but changed state`)
        return err
      }
      throw new Error(`${name} unexpectedly succeeded`)
    },
    balance: (a) => bank.getBalance(tc.ctx, a, 'udatum').amount,
    communityPool: () => {
      const c = distribution.getCommunityPool(tc.ctx).find((d) => d.denom === 'udatum')
      if (!c) return 0n
      if (c.amount % DEC_ONE !== 0n) throw new Error(`community pool holds a fraction: ${c.amount}`)
      return c.amount / DEC_ONE
    },
    advance: async (n) => {
      for (let i = 0; i < n; i++) await tc.commit()
    },
    addJob: (id, over = {}) => {
      const now = tc.ctx.unixSeconds
      const job: JobView = {
        id,
        requester,
        inputs: [{ assetId, assetVersion: 1, rightId: id }],
        codeHash: `${'0'.repeat(63)}a`,
        imageDigest: `sha256:${'0'.repeat(63)}b`,
        mechanism: DA.Mechanism.MECHANISM_DP,
        epsilonMicro: 1_000_000n,
        minExecutors: 2,
        commitBy: now + 10n,
        revealBy: now + 20n,
        maxComputeFee: 1000n,
        awaitingAttestation: true,
        training: false,
        attribution: false,
        ...over,
      }
      cr.jobs.set(id, job)
      return job
    },
    runAsset: (name, msg) => {
      const def = daDefs.get(name)!
      const decoded = def.decode(def.encode(msg))
      def.validateBasic(decoded)
      def.handle(tc.ctx, decoded)
    },
    cleanup: () => tc.cleanup(),
  }
  return e
}

/** The shape of an ECIES envelope of a 32-byte key (the chain checks only the shape; it never opens it). */
export const WRAPPED_KEY = Uint8Array.from({ length: 94 }, (_, i) => (i === 0 ? 1 : i === 1 ? 2 : i))

/** The owner grants the test asset to the executor, wrapped to its registered key. */
export function grant(e: Env, operator: string, encryptionKey = PUBKEY): void {
  e.runAsset('MsgGrantExecutors', {
    owner,
    assetId: e.assetId,
    grants: [{ executor: operator, encryptionKey, wrappedKey: WRAPPED_KEY }],
  })
}

export const registerMsg = (operator: string, region = 'DE'): T.MsgRegisterExecutorInput => ({
  operator,
  bond: { denom: 'udatum', amount: '1000000' },
  kind: T.ExecutorKind.EXECUTOR_KIND_PLAIN,
  measurement: '',
  declared: { region, country: region, capabilities: ['csv'] },
  pubKey: PUBKEY,
  endpoint: 'http://127.0.0.1:9000',
})

/** Registers an executor, has the auditor attest its region and the owner grant it the test asset. */
export function onboard(e: Env, operator: string, region = 'DE'): void {
  e.run('MsgRegisterExecutor', registerMsg(operator, region))
  e.run('MsgAuditExecutor', { auditor, executor: operator, region, country: region })
  grant(e, operator)
}
