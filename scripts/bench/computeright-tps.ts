// computeright.tps: MsgPurchaseAndRequest transactions committed per second on ONE real datumd process.
// Many buyers are funded in genesis; after the owner registers an asset and an offering over RPC, each buyer
// pre-signs a run of purchase-and-request txs (consecutive sequences) and the load process sends them as
// bench:node does. Only txs whose job exists afterwards count (JobsByState REQUESTED, count_total).
import '../../node/polyfills.js'
import { DirectSecp256k1HdWallet, DirectSecp256k1Wallet } from '@cosmjs/proto-signing'
import { DatumClient } from '../../client/sdk/client.js'
import * as T from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { initFundedNode } from './funded-node.js'
import { runLoad } from './load.js'
import { loadAccounts, signTx } from './presign.js'

const BUYERS = Number(process.env.CR_BENCH_BUYERS ?? 200)
const TXS_PER_BUYER = Number(process.env.CR_BENCH_TXS_PER_BUYER ?? 25)
const GAS_PRICE_MICRO = 2500n // 0.0025udatum, the node's default minimum gas price, ×10^6
const hash = (n: number) => n.toString(16).padStart(64, '0')
const log = (m: string) => process.stderr.write(`${m}\n`)

export interface TpsResult {
  tps: number
  jobs: bigint
  committed: number
  sent: number
  rejected: number
  blockTimeMs: number
  latencyP50Ms: number
  gas: bigint
}

const JOB: T.JobRequestInput = {
  algorithm: { codeHash: hash(10), imageDigest: `sha256:${hash(11)}`, paramsHash: '', params: '' },
  mechanism: DA.Mechanism.MECHANISM_DP,
  epsilonMicro: 10n,
  purpose: DA.Purpose.PURPOSE_RESEARCH,
  maxComputeFee: { denom: 'udatum', amount: '777' },
  outputKey: new Uint8Array(33).fill(2),
  viewers: [],
}

/** The owner's asset (its allowlist holds JOB's algorithm) and one offering of one-use rights. */
async function offer(owner: DatumClient, address: string): Promise<bigint> {
  const terms = await owner.dataasset.registerLicenseTerms(address, {
    purposes: [DA.Purpose.PURPOSE_RESEARCH],
    outputOwnership: DA.OutputOwnership.OUTPUT_OWNERSHIP_REQUESTER,
  })
  const asset = await owner.dataasset.registerAsset(address, {
    contentHash: hash(1),
    storage: { uri: 'https://store.example/bench.enc', encryptionScheme: 'aes-256-gcm' },
    metadata: { name: 'bench' },
    licenseTermsId: terms.response.id,
    computePolicy: {
      mechanisms: [DA.Mechanism.MECHANISM_DP],
      algorithmAllowlist: [{ codeHash: hash(10), imageDigest: `sha256:${hash(11)}`, label: 'count' }],
      minExecutors: 1,
    },
    privacyPolicy: { epsilonTotalMicro: 1_000_000_000n, epsilonPerJobMaxMicro: 1_000n, deltaNano: 10n },
    residencyPolicy: { allowedRegions: ['DE'] },
  })
  const created = await owner.broadcastOne(
    address,
    {
      typeUrl: '/datum.computeright.v1.MsgCreateOffering',
      value: {
        owner: address,
        assetId: asset.response.id,
        terms: {
          pricePerUse: { denom: 'udatum', amount: '1000' },
          usesPerRight: 1,
          validitySeconds: 1_000_000n,
          epsilonPerUseMicro: 10n,
          maxSupply: 0n,
          perBuyerCap: 0,
          buyerAllowlist: [],
          transferPolicy: { mode: T.TransferMode.TRANSFER_MODE_NONE, holdSeconds: 0n, royaltyBps: 0 },
        },
      },
    },
    T.MsgCreateOfferingResponse,
  )
  return created.response.id
}

export async function purchaseAndRequestTps(): Promise<TpsResult> {
  const buyers = loadAccounts(BUYERS, 1n)
  const { node, mnemonic, address: owner, genesis } = await initFundedNode(buyers.map((b) => b.address))
  try {
    await node.start({ timeoutMs: 120_000 })
    const ownerClient = await DatumClient.connectWithSigner(
      node.rpcUrl,
      await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' }),
    )
    const offeringId = await offer(ownerClient, owner)
    const msgOf = (buyer: string) => ({ buyer, offeringId, job: JOB })
    // Gas from one simulation by the first buyer, with headroom for a growing store.
    const first = await DirectSecp256k1Wallet.fromKey(buyers[0]!.privKey, 'datum')
    const buyerClient = await DatumClient.connectWithSigner(node.rpcUrl, first)
    const simulated = await buyerClient.signing.simulate(
      buyers[0]!.address,
      [{ typeUrl: '/datum.computeright.v1.MsgPurchaseAndRequest', value: msgOf(buyers[0]!.address) }],
      '',
    )
    buyerClient.disconnect()
    const gas = (BigInt(simulated) * 3n) / 2n + 20_000n
    const fee = ((gas * GAS_PRICE_MICRO + 999_999n) / 1_000_000n).toString()
    const t0 = performance.now()
    const lanes = buyers.map((b) =>
      Array.from({ length: TXS_PER_BUYER }, (_, seq) =>
        signTx(
          b,
          [
            {
              typeUrl: '/datum.computeright.v1.MsgPurchaseAndRequest',
              value: T.MsgPurchaseAndRequest.encode(msgOf(b.address)),
            },
          ],
          BigInt(seq),
          genesis.chainId,
          { gas, fee },
        ),
      ),
    )
    log(
      `signed ${BUYERS * TXS_PER_BUYER} purchase-and-request txs (gas ${gas}) in ${Math.round(performance.now() - t0)} ms`,
    )
    const r = await runLoad([node.rpcUrl], lanes, { concurrency: BUYERS, timeoutMs: 300_000 })
    const jobs = await ownerClient.query.computeright.jobsByState(T.JobState.JOB_STATE_REQUESTED, {
      limit: 1n,
      countTotal: true,
    })
    ownerClient.disconnect()
    const ok = jobs.pagination?.total ?? 0n
    // Only transactions that opened their job count: the load's committed-per-second scaled by the success share.
    const tps = r.committed > 0 ? (r.tps * Number(ok)) / r.committed : 0
    return {
      tps,
      jobs: ok,
      committed: r.committed,
      sent: r.sent,
      rejected: r.rejected,
      blockTimeMs: r.blockTimeMs,
      latencyP50Ms: r.latencyP50Ms,
      gas,
    }
  } finally {
    await node.destroy()
  }
}
