// `npm run bench:dataasset`: one real datumd process whose genesis already holds DATAASSET_BENCH_ASSETS
// (default 100,000) registered assets of one owner, then
//   - asset query latency: random `Query/Asset` over RPC (abci_query), p50 and p99;
//   - list latency: `Query/AssetsByOwner` pages of 100 walked by next_key, p50;
//   - registrations per second committed: DATAASSET_BENCH_TXS (default 2,000) pre-signed MsgRegisterAsset txs,
//     one per funded account (so no tx waits on another's sequence), broadcast with broadcast_tx_sync in
//     batches of 50, timed until the last one is in a block.
// Prints one `dataasset.<figure>: <n>` line per figure.
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { DirectSecp256k1Wallet } from '@cosmjs/proto-signing'
import { QueryClient, SigningStargateClient, StargateClient } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { dataAssetMsgs } from '../../client/sdk/dataasset/messages.js'
import { setupDataAssetExtension } from '../../client/sdk/dataasset/queries.js'
import { createDatumRegistry } from '../../client/sdk/registry.js'
import { withTermsId } from '../../modules/dataasset/license.js'
import { loadGenesis, saveGenesis } from '../../node/config/genesis.js'
import { addGenesisAccount } from '../../node/daemon/genesis-tools.js'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { NodeProcess } from '../../testnet/harness/node-process.js'
import { waitFor } from '../../testnet/harness/wait.js'

const ASSETS = Number(process.env.DATAASSET_BENCH_ASSETS ?? 100_000)
const TXS = Number(process.env.DATAASSET_BENCH_TXS ?? 2_000)
const SENDERS = TXS
const BATCH = 50
const QUERIES = 500
const LIST_PAGES = 200
const FEE = { amount: [{ denom: 'udatum', amount: '1000' }], gas: '400000' }

const log = (msg: string) => process.stderr.write(`${msg}\n`)
const sha = (s: string) => createHash('sha256').update(s).digest('hex')
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!

/** A compact asset as genesis JSON (proto field names). */
function genesisAsset(i: number, owner: string, termsId: string): T.DataAsset {
  const contentHash = sha(`bench-content-${i}`)
  return T.DataAsset.fromPartial({
    id: sha(`bench-asset-${i}`),
    owner,
    version: 1,
    state: T.AssetState.ASSET_STATE_ACTIVE,
    contentHash,
    storage: { uri: `https://store.example/${contentHash}.datum.enc`, encryptionScheme: 'aes-256-gcm' },
    metadata: { name: `dataset ${i}`, tags: [i % 2 ? 'odd' : 'even'] },
    licenseTermsId: termsId,
    computePolicy: { mechanisms: [T.Mechanism.MECHANISM_DP], minExecutors: 1 },
    privacyPolicy: { epsilonTotalMicro: 1_000_000n },
    createdHeight: 1n,
  })
}

async function main(): Promise<void> {
  const { node, address: owner } = await NodeProcess.init()
  const wallets = await Promise.all(
    Array.from({ length: SENDERS }, (_, i) =>
      DirectSecp256k1Wallet.fromKey(createHash('sha256').update(`bench-sender-${i}`).digest(), 'datum'),
    ),
  )
  const senders = await Promise.all(wallets.map(async (w) => (await w.getAccounts())[0]!.address))
  try {
    const genesisFile = join(node.home, 'config/genesis.json')
    const doc = loadGenesis(genesisFile)
    for (const s of senders)
      addGenesisAccount(doc.appState as Record<string, unknown>, s, [{ denom: 'udatum', amount: 10n ** 12n }])
    const terms = withTermsId(T.LicenseTerms.fromPartial({ purposes: [1], outputOwnership: 1 }))
    const assets = Array.from({ length: ASSETS }, (_, i) => genesisAsset(i, owner, terms.id))
    const state = T.GenesisState.fromPartial({
      params: { maxContributors: 64, maxAllowlistEntries: 256, maxRegions: 64, maxTags: 16 },
      licenseTerms: [terms],
      assets,
      budgets: assets.map((a) => ({ assetId: a.id, version: 1, totalMicro: 1_000_000n })),
      assetSequence: BigInt(ASSETS),
    })
    ;(doc.appState as Record<string, unknown>).dataasset = T.GenesisState.toJson(state)
    saveGenesis(genesisFile, doc)
    log(`genesis: ${ASSETS} assets, ${SENDERS} funded senders; starting the node (InitChain imports them)`)
    const t0 = performance.now()
    await node.start({ timeoutMs: 900_000 })
    log(`node up after ${((performance.now() - t0) / 1000).toFixed(1)} s`)

    const comet = await Comet38Client.connect(node.rpcUrl)
    const q = QueryClient.withExtensions(comet, setupDataAssetExtension).dataasset

    await waitFor('queryable state', async () => (await q.params()) !== undefined, { timeoutMs: 120_000 })
    const queryMs: number[] = []
    for (let i = 0; i < QUERIES; i++) {
      const id = assets[(i * 7919) % ASSETS]!.id
      const s = performance.now()
      await q.asset(id)
      queryMs.push(performance.now() - s)
    }
    const listMs: number[] = []
    let key: Uint8Array | undefined
    for (let i = 0; i < LIST_PAGES; i++) {
      const s = performance.now()
      const page = await q.assetsByOwner(owner, { key, limit: 100n })
      listMs.push(performance.now() - s)
      key = page.pagination?.nextKey
      if (!key || key.length === 0) key = undefined
    }

    console.log(`dataasset.assets_in_state: ${ASSETS}`)
    console.log(`dataasset.query_p50_ms: ${percentile(queryMs, 0.5).toFixed(2)}`)
    console.log(`dataasset.query_p99_ms: ${percentile(queryMs, 0.99).toFixed(2)}`)
    console.log(`dataasset.list_p50_ms: ${percentile(listMs, 0.5).toFixed(2)}`)
    console.log('dataasset.list_page_size: 100')

    const reader = await StargateClient.connect(node.rpcUrl)
    const chainId = await reader.getChainId()
    const txs: Uint8Array[] = []
    for (const [i, w] of wallets.entries()) {
      const acc = await reader.getAccount(senders[i]!)
      const signer = await SigningStargateClient.offline(w, { registry: createDatumRegistry() })
      const msg = dataAssetMsgs.registerAsset({
        owner: senders[i],
        contentHash: sha(`bench-new-${i}`),
        storage: { uri: 'https://store.example/new.enc', encryptionScheme: 'aes-256-gcm' },
        metadata: { name: `new ${i}` },
        licenseTermsId: terms.id,
      })
      const signed = await signer.sign(senders[i]!, [msg], FEE, '', {
        accountNumber: BigInt(acc!.accountNumber),
        sequence: acc!.sequence,
        chainId,
      })
      txs.push(TxRaw.encode(signed).finish())
    }
    log(`pre-signed ${txs.length} registrations; broadcasting`)
    const startHeight = Number(await node.height())
    const s = performance.now()
    for (let i = 0; i < txs.length; i += BATCH) {
      const results = await Promise.all(txs.slice(i, i + BATCH).map((tx) => comet.broadcastTxSync({ tx })))
      const bad = results.find((r) => r.code !== 0)
      if (bad) throw new Error(`CheckTx refused a registration: code ${bad.code} ${bad.log}`)
    }
    // count committed registrations block by block (cheap, unlike a countTotal scan over 100k index entries)
    let committed = 0
    let height = startHeight + 1
    while (committed < txs.length) {
      // results appear once the block is committed; the probe retries until then (bounded)
      const results = await waitFor(
        `results of block ${height}`,
        async () => (await comet.blockResults(height)).results,
        {
          timeoutMs: 300_000,
          intervalMs: 50,
        },
      )
      const failed = results.find((r) => r.code !== 0)
      if (failed) throw new Error(`a registration failed in block ${height}: ${failed.code} ${failed.log}`)
      committed += results.length
      height++
    }
    const seconds = (performance.now() - s) / 1000
    const blocks = height - 1 - startHeight
    reader.disconnect()
    comet.disconnect()
    console.log(`dataasset.register_tps: ${(txs.length / seconds).toFixed(1)}`)
    console.log(`dataasset.register_blocks: ${blocks}`)
  } catch (e) {
    log(`node output tail:\n${node.output.slice(-3000)}`)
    throw e
  } finally {
    await node.destroy()
  }
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
