// `npm run bench:computeright`:
//   - computeright.tps: purchase-and-request transactions committed per second on one real datumd process
//     (computeright-tps.ts; CR_BENCH_BUYERS × CR_BENCH_TXS_PER_BUYER pre-signed txs);
// then in process over the real store (LevelDB, IAVL) with the real keepers:
//   - end-block time with CR_BENCH_RIGHTS (default 100,000) live rights and CR_BENCH_JOBS (default 10,000) open
//     jobs, in blocks where max_expiries_per_block rights are due (median of CR_BENCH_BLOCKS blocks);
//   - purchase-and-request messages per second through validateBasic + handler at keeper level (no consensus,
//     no signatures: an upper bound for the node, not committed transactions).
// Prints `computeright.tps`, `computeright.endblock_ms` and `computeright.keeper_msgs_per_s`, and the load
// average. CR_BENCH_ONLY=tps or CR_BENCH_ONLY=endblock runs one half.

import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { AccountKeeper } from '../../modules/auth/keeper.js'
import { BankKeeper } from '../../modules/bank/keeper.js'
import {
  ComputeRightKeeper,
  ComputeRightModule,
  computeRightMsgs,
  ESCROW_MODULE,
} from '../../modules/computeright/index.js'
import { KIND_JOB, KIND_RIGHT } from '../../modules/computeright/keys.js'
import { DataAssetKeeper } from '../../modules/dataasset/keeper.js'
import { withTermsId } from '../../modules/dataasset/license.js'
import { makeTestContext } from '../../node/testing/test-context.js'
import { testAccount } from '../../node/testing/test-signer.js'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { purchaseAndRequestTps } from './computeright-tps.js'

const RIGHTS = Number(process.env.CR_BENCH_RIGHTS ?? 100_000)
const JOBS = Number(process.env.CR_BENCH_JOBS ?? 10_000)
const BLOCKS = Number(process.env.CR_BENCH_BLOCKS ?? 20)
const MSGS = Number(process.env.CR_BENCH_MSGS ?? 2_000)
const PRICE = 1001n
const log = (m: string) => process.stderr.write(`${m}\n`)
const hash = (n: number) => n.toString(16).padStart(64, '0')

const ONLY = process.env.CR_BENCH_ONLY

async function tps() {
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')
  log(`load average before the node run: ${load()}`)
  const r = await purchaseAndRequestTps()
  log(`load average after the node run: ${load()}`)
  process.stdout.write(`computeright.tps: ${r.tps.toFixed(1)}\n`)
  process.stdout.write(
    `computeright.tps_detail: ${r.jobs} jobs opened; ${r.committed}/${r.sent} txs committed (rejected ${r.rejected}); ` +
      `block time ${r.blockTimeMs.toFixed(0)} ms; latency p50 ${r.latencyP50Ms.toFixed(0)} ms; gas/tx ${r.gas}\n`,
  )
}

async function keeperLevel() {
  const tc = await makeTestContext({ storeKeys: ['acc', 'bank', 'dataasset', 'computeright'] })
  try {
    const accounts = new AccountKeeper({
      moduleAccountPermissions: { mint: ['minter'], fee_collector: [], [ESCROW_MODULE]: [] },
    })
    const bank = new BankKeeper(accounts)
    const assets = new DataAssetKeeper()
    const keeper = new ComputeRightKeeper({ bank, accounts, assets, protocolFeeModule: 'fee_collector' })
    const owner = testAccount(1).address
    const buyer = testAccount(2).address
    const assetId = hash(0xa55e7)
    // Jobs declare a purpose the licence must allow (research; no jurisdictions named).
    const licence = withTermsId(DA.LicenseTerms.fromPartial({ purposes: [1], outputOwnership: 1 }))
    assets.assets.putTerms(tc.ctx, licence)
    const asset = DA.DataAsset.fromPartial({
      licenseTermsId: licence.id,
      id: assetId,
      owner,
      contentHash: hash(1),
      version: 1,
      state: DA.AssetState.ASSET_STATE_ACTIVE,
      computePolicy: {
        mechanisms: [DA.Mechanism.MECHANISM_DP],
        algorithmAllowlist: [{ codeHash: hash(10), imageDigest: `sha256:${hash(11)}` }],
      },
      privacyPolicy: { epsilonTotalMicro: 10n ** 12n, epsilonPerJobMaxMicro: 0n },
    })
    assets.assets.put(tc.ctx, asset)
    const live = BigInt(RIGHTS + JOBS)
    assets.ledger.putBudget(tc.ctx, {
      assetId,
      version: 1,
      totalMicro: 10n ** 12n,
      reservedMicro: live,
      spentMicro: 0n,
    })
    const owed = PRICE * 3n * BigInt(RIGHTS) + (PRICE + 777n) * BigInt(JOBS)
    bank.mintCoins(tc.ctx, 'mint', [{ denom: 'udatum', amount: owed + 10n ** 12n }])
    bank.sendCoinsFromModuleToModule(tc.ctx, 'mint', ESCROW_MODULE, [{ denom: 'udatum', amount: owed }])
    bank.sendCoinsFromModuleToAccount(tc.ctx, 'mint', buyer, [{ denom: 'udatum', amount: 10n ** 12n }])
    const now = tc.ctx.unixSeconds
    const offering = {
      id: 1n,
      assetId,
      assetVersion: 1,
      owner,
      state: T.OfferingState.OFFERING_STATE_ACTIVE,
      sold: 0n,
      createdAt: now,
    }
    const terms = T.OfferingTerms.fromPartial({
      pricePerUse: { denom: 'udatum', amount: PRICE.toString() },
      usesPerRight: 3,
      validitySeconds: 10n ** 6n,
      epsilonPerUseMicro: 1n,
    })
    keeper.store.putOffering(tc.ctx, { ...offering, terms })
    keeper.store.setSequence(tc.ctx, 1, 1n)
    log(`seeding ${RIGHTS} rights and ${JOBS} open jobs`)
    for (let i = 1; i <= RIGHTS + JOBS; i++) {
      const id = BigInt(i)
      const isJobRight = i > RIGHTS
      // Rights expire one per second from now + 100 s, so each later block finds plenty due.
      keeper.store.putRight(tc.ctx, {
        id,
        offeringId: 1n,
        assetId,
        assetVersion: 1,
        holder: buyer,
        purchasedAt: now,
        acquiredAt: now,
        expiresAt: isJobRight ? now + 10n ** 6n : now + 100n + id / 200n,
        usesTotal: isJobRight ? 1 : 3,
        usesRemaining: isJobRight ? 0 : 3,
        usesInJobs: isJobRight ? 1 : 0,
        pricePerUse: terms.pricePerUse,
        epsilonPerUseMicro: 1n,
        policyHash: hash(2),
        state: T.RightState.RIGHT_STATE_ACTIVE,
        ask: { denom: '', amount: '0' },
        trainFamilies: [],
      })
      if (isJobRight) {
        const jobId = BigInt(i - RIGHTS)
        keeper.store.putJob(
          tc.ctx,
          T.Job.fromPartial({
            id: jobId,
            requester: buyer,
            rightIds: [id],
            algorithm: { codeHash: hash(10), imageDigest: `sha256:${hash(11)}` },
            mechanism: 3,
            epsilonMicro: 1n,
            dataFee: [{ denom: 'udatum', amount: PRICE.toString() }],
            maxComputeFee: { denom: 'udatum', amount: '777' },
            deadlines: {
              acceptBy: now + 600n,
              commitBy: now + 1200n,
              revealBy: now + 1800n,
              finalBy: now + 2400n,
            },
            state: T.JobState.JOB_STATE_REQUESTED,
          }),
          [assetId],
        )
      }
      if (i % 10_000 === 0) await tc.commit()
    }
    keeper.store.setSequence(tc.ctx, KIND_RIGHT, BigInt(RIGHTS + JOBS))
    keeper.store.setSequence(tc.ctx, KIND_JOB, BigInt(JOBS))
    await tc.commit()

    const module = new ComputeRightModule(keeper)
    const times: number[] = []
    let expired = 0
    for (let b = 0; b < BLOCKS; b++) {
      const block = tc.ctx.block as { time: { seconds: bigint; nanos: number } }
      block.time = { seconds: now + 100n + BigInt(b + 1) * 10n, nanos: 0 }
      const t0 = performance.now()
      module.endBlock(tc.ctx)
      times.push(performance.now() - t0)
      expired += Number(keeper.store.params(tc.ctx).maxExpiriesPerBlock)
      await tc.commit()
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]!

    const defs = new Map(computeRightMsgs(keeper).map((d) => [d.typeUrl.split('.').pop()!, d]))
    const par = defs.get('MsgPurchaseAndRequest')!
    keeper.store.setParams(tc.ctx, { ...keeper.store.params(tc.ctx) })
    const msg = T.MsgPurchaseAndRequest.encode({
      buyer,
      offeringId: 1n,
      job: {
        algorithm: { codeHash: hash(10), imageDigest: `sha256:${hash(11)}`, paramsHash: '', params: '' },
        mechanism: 3,
        epsilonMicro: 1n,
        purpose: 1,
        maxComputeFee: { denom: 'udatum', amount: '777' },
        outputKey: new Uint8Array(33),
        viewers: [],
      },
    })
    const t0 = performance.now()
    for (let i = 0; i < MSGS; i++) {
      const m = par.decode(msg)
      par.validateBasic(m)
      par.handle(tc.ctx, m)
    }
    const perSecond = MSGS / ((performance.now() - t0) / 1000)
    await tc.commit()
    log(`${expired} rights expired over ${BLOCKS} blocks; load average ${os.loadavg()[0]!.toFixed(1)}`)
    process.stdout.write(`computeright.endblock_ms: ${median.toFixed(2)}\n`)
    process.stdout.write(`computeright.keeper_msgs_per_s: ${perSecond.toFixed(0)}\n`)
  } finally {
    await tc.cleanup()
  }
}

if (ONLY !== 'endblock') await tps()
if (ONLY !== 'tps') await keeperLevel()
process.stdout.write(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model}, node ${process.version}\n`)
