// Read-only views of the chain a flow checks: balances, jobs, attestations, executors, budgets, the usage
// ledger, the settlement preview, and block time (deadlines are in block time, not wall time).
import { QueryClient, setupBankExtension } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import { setupComputeRightExtension } from '../../client/sdk/computeright/queries.js'
import { setupDataAssetExtension } from '../../client/sdk/dataasset/queries.js'
import * as AT from '../../proto/gen/datum/attestation/v1/index.js'
import { waitFor } from '../harness/wait.js'

const ATT = '/datum.attestation.v1.Query'

export class ChainView {
  private constructor(
    private readonly comet: Comet38Client,
    readonly q: ReturnType<typeof ChainView.extend>,
  ) {}

  private static extend(comet: Comet38Client) {
    return QueryClient.withExtensions(
      comet,
      setupBankExtension,
      setupDataAssetExtension,
      setupComputeRightExtension,
    )
  }

  static async connect(rpc: string): Promise<ChainView> {
    const comet = await Comet38Client.connect(rpc)
    return new ChainView(comet, ChainView.extend(comet))
  }

  async balance(address: string): Promise<bigint> {
    return BigInt((await this.q.bank.balance(address, 'udatum')).amount)
  }

  async attestation(jobId: bigint): Promise<AT.Attestation | undefined> {
    try {
      const { value } = await this.q.queryAbci(
        `${ATT}/Attestation`,
        AT.QueryAttestationRequest.encode({ jobId }),
      )
      return AT.QueryAttestationResponse.decode(value).attestation
    } catch (e) {
      if (/not found/i.test((e as Error).message)) return undefined
      throw e
    }
  }

  async executor(operator: string): Promise<AT.Executor> {
    const { value } = await this.q.queryAbci(`${ATT}/Executor`, AT.QueryExecutorRequest.encode({ operator }))
    const e = AT.QueryExecutorResponse.decode(value).executor
    if (!e) throw new Error(`executor ${operator} not found`)
    return e
  }

  async attestationParams(): Promise<AT.Params> {
    const { value } = await this.q.queryAbci(`${ATT}/Params`, AT.QueryParamsRequest.encode({}))
    return AT.QueryParamsResponse.decode(value).params!
  }

  /** The chain's one challenge window (computeright's `challenge_seconds`; attestation reads it there). */
  async challengeWindowSeconds(): Promise<bigint> {
    return (await this.q.computeright.params()).challengeSeconds
  }

  /** udatum each recipient got from the bank `transfer` events of one tx (fees are not transfers). */
  async transfersIn(txhash: string): Promise<Map<string, bigint>> {
    const r = await this.comet.tx({ hash: Buffer.from(txhash, 'hex') })
    const got = new Map<string, bigint>()
    for (const ev of r.result.events) {
      if (ev.type !== 'transfer') continue
      const attr = (k: string) => ev.attributes.find((a) => a.key === k)?.value ?? ''
      const m = /^(\d+)udatum$/.exec(attr('amount'))
      if (m) got.set(attr('recipient'), (got.get(attr('recipient')) ?? 0n) + BigInt(m[1]!))
    }
    return got
  }

  /** Hash of the tx that settled a job (its computeright `EventJobSettled`; event values are JSON). */
  async settlementTx(jobId: bigint): Promise<string> {
    const r = await this.comet.txSearchAll({
      query: `datum.computeright.v1.EventJobSettled.job_id='"${jobId}"'`,
    })
    const tx = r.txs[0]
    if (!tx) throw new Error(`no tx settled job ${jobId}`)
    return Buffer.from(tx.hash).toString('hex').toUpperCase()
  }

  /** Unix seconds of the latest block. */
  async blockTime(): Promise<bigint> {
    const b = await this.comet.block()
    return BigInt(Math.floor(b.block.header.time.getTime() / 1000))
  }

  /** Waits until a block's time is strictly after `unixSeconds`. */
  async waitForBlockTimeAfter(what: string, unixSeconds: bigint, timeoutMs = 120_000): Promise<void> {
    await waitFor(what, async () => (await this.blockTime()) > unixSeconds, { timeoutMs, intervalMs: 250 })
  }

  /**
   * Waits until the job's attestation is in `state`; fails at once when it can no longer get there (FAILED,
   * or the job's reveal deadline passed while still OPEN) instead of waiting out the timeout.
   */
  async waitForAttestation(
    jobId: bigint,
    state: AT.AttestationState,
    timeoutMs = 90_000,
  ): Promise<AT.Attestation> {
    const revealBy = (await this.q.computeright.job(jobId)).deadlines?.revealBy ?? 0n
    const r = await waitFor(
      `job ${jobId} ${AT.AttestationState[state]}`,
      async () => {
        const a = await this.attestation(jobId)
        if (a?.state === state) return { a }
        if (a?.state === AT.AttestationState.ATTESTATION_STATE_FAILED) return { fatal: 'the job FAILED' }
        const open = !a || a.state === AT.AttestationState.ATTESTATION_STATE_OPEN
        if (open && revealBy > 0n && (await this.blockTime()) > revealBy + 1n)
          return { fatal: `the reveal deadline ${revealBy} passed without a quorum` }
        return undefined
      },
      { timeoutMs, intervalMs: 200 },
    )
    if (!r.a) throw new Error(`job ${jobId} will not be ${AT.AttestationState[state]}: ${r.fatal}`)
    return r.a
  }

  close(): void {
    this.comet.disconnect()
  }
}
