// The node side of the indexer: block times and block_results over CometBFT JSON-RPC, the records the events
// name read through the client SDK's query extensions AT THAT HEIGHT (so a replay after a crash writes the
// same rows), (the follower's BlockWatch wakes it on each NewBlock).
import { QueryClient } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import type * as A from '../../proto/gen/datum/attestation/v1/index.js'
import type * as C from '../../proto/gen/datum/computeright/v1/index.js'
import type * as D from '../../proto/gen/datum/dataasset/v1/index.js'
import { setupAttestationExtension } from '../sdk/attestation/queries.js'
import { setupComputeRightExtension } from '../sdk/computeright/queries.js'
import { setupDataAssetExtension } from '../sdk/dataasset/queries.js'
import { type ChainEvent, readEvent, type Touched } from './events.js'

export interface BlockData {
  height: bigint
  time: Date
  txCount: number
  events: ChainEvent[]
}

/** Every record a height's events touched, as the chain held it after that height (undefined = gone). */
export interface Records {
  assets: Map<string, { asset?: D.DataAsset; budget?: D.QueryPrivacyBudgetResponse }>
  terms: Map<string, D.LicenseTerms>
  offerings: Map<bigint, C.Offering>
  rights: Map<bigint, C.ComputeRight>
  jobs: Map<bigint, C.Job>
  executors: Map<string, A.Executor | undefined>
}

const notFound = (e: unknown) => /NotFound|not found/i.test((e as Error).message)
async function maybe<R>(p: Promise<R>): Promise<R | undefined> {
  try {
    return await p
  } catch (e) {
    if (notFound(e)) return undefined
    throw e
  }
}

export class ChainSource {
  private constructor(
    readonly rpcUrl: string,
    private readonly comet: Comet38Client,
    private readonly base: QueryClient,
  ) {}

  static async connect(rpcUrl: string): Promise<ChainSource> {
    const comet = await Comet38Client.connect(rpcUrl)
    return new ChainSource(rpcUrl, comet, QueryClient.withExtensions(comet))
  }

  async latestHeight(): Promise<bigint> {
    return BigInt((await this.comet.status()).syncInfo.latestBlockHeight)
  }

  async block(height: bigint): Promise<BlockData> {
    const h = Number(height)
    const [block, results] = await Promise.all([this.comet.block(h), this.comet.blockResults(h)])
    const events: ChainEvent[] = []
    // a failed tx wrote nothing, so its events (if any) describe nothing that happened
    for (const r of results.results) if (r.code === 0) for (const e of r.events) events.push(readEvent(e))
    for (const e of results.finalizeBlockEvents ?? []) events.push(readEvent(e))
    return {
      height,
      time: new Date(block.block.header.time.getTime()),
      txCount: results.results.length,
      events,
    }
  }

  /** Reads every touched record at `height`. */
  async records(t: Touched, height: bigint): Promise<Records> {
    const at = this.at(height)
    const out: Records = {
      assets: new Map(),
      terms: new Map(),
      offerings: new Map(),
      rights: new Map(),
      jobs: new Map(),
      executors: new Map(),
    }
    const jobs = await Promise.all(
      [...t.jobs].map(async (id) => [id, await maybe(at.computeright.job(id))] as const),
    )
    for (const [id, job] of jobs) if (job) out.jobs.set(id, job)
    const rights = new Set(t.rights)
    for (const job of out.jobs.values()) for (const r of job.rightIds) rights.add(BigInt(r))
    for (const id of rights) {
      const right = await maybe(at.computeright.right(id))
      if (right) out.rights.set(id, right)
    }
    const assets = new Set(t.assets)
    for (const r of out.rights.values()) assets.add(r.assetId)
    for (const id of t.offerings) {
      const o = await maybe(at.computeright.offering(id))
      if (o) out.offerings.set(id, o)
    }
    for (const id of assets) {
      const asset = await maybe(at.dataasset.asset(id))
      const budget = asset ? await maybe(at.dataasset.privacyBudget(id)) : undefined
      out.assets.set(id, { asset, budget })
      if (asset) t.terms.add(asset.licenseTermsId)
    }
    for (const id of t.terms) {
      const terms = await maybe(at.dataasset.licenseTerms(id))
      if (terms) out.terms.set(id, terms)
    }
    for (const op of t.executors) out.executors.set(op, await maybe(at.attestation.executor(op)))
    return out
  }

  /** The SDK's query extensions, every abci_query pinned to `height`. */
  private at(height: bigint) {
    const pinned = {
      queryAbci: (path: string, data: Uint8Array) => this.base.queryAbci(path, data, Number(height)),
    } as unknown as QueryClient
    return {
      ...setupDataAssetExtension(pinned),
      ...setupComputeRightExtension(pinned),
      ...setupAttestationExtension(pinned),
    }
  }

  disconnect(): void {
    this.comet.disconnect()
  }
}
