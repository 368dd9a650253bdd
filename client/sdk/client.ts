// DatumClient: SigningStargateClient with the Datum registry and amino converters, a query client with the
// Datum extensions, and typed helpers that return each Msg's decoded response.
import { fromHex } from '@cosmjs/encoding'
import type { OfflineSigner } from '@cosmjs/proto-signing'
import {
  type AuthExtension,
  type BankExtension,
  calculateFee,
  type DeliverTxResponse,
  GasPrice,
  QueryClient,
  SigningStargateClient,
  type StdFee,
  setupAuthExtension,
  setupBankExtension,
} from '@cosmjs/stargate'
import { Comet38Client, type CometClient } from '@cosmjs/tendermint-rpc'
import { createDatumAminoTypes } from './amino.js'
import { type AttestationExtension, setupAttestationExtension } from './attestation/queries.js'
import { type ComputeRightExtension, setupComputeRightExtension } from './computeright/queries.js'
import { dataAssetTx } from './dataasset/helpers.js'
import { type DataAssetExtension, setupDataAssetExtension } from './dataasset/queries.js'
import { DatumResponseError, DatumTxError } from './errors.js'
import { DEFAULT_GAS_MULTIPLIER, DEFAULT_GAS_PRICE } from './gas.js'
import { createDatumRegistry } from './registry.js'

export type DatumQueryClient = QueryClient &
  AuthExtension &
  BankExtension &
  DataAssetExtension &
  ComputeRightExtension &
  AttestationExtension

export { DEFAULT_GAS_MULTIPLIER, DEFAULT_GAS_PRICE } from './gas.js'

export interface DatumClientOptions {
  gasPrice?: string
  /** Gas estimate multiplier for fee "auto" (default DEFAULT_GAS_MULTIPLIER). */
  gasMultiplier?: number
  /** How often to look for a broadcast tx in a block (CosmJS's 3 s default is several Datum blocks). */
  broadcastPollIntervalMs?: number
}

export const DEFAULT_BROADCAST_POLL_MS = 500

export type Fee = StdFee | 'auto' | number

export interface Decoder<R> {
  decode(bytes: Uint8Array): R
}

export class DatumClient {
  /** Typed dataasset Msg helpers, e.g. `client.dataasset.registerAsset(owner, {...})`. */
  readonly dataasset = dataAssetTx(this)

  private readonly gasPrice: GasPrice

  protected constructor(
    readonly comet: CometClient,
    readonly signing: SigningStargateClient,
    readonly query: DatumQueryClient,
    readonly options: DatumClientOptions,
  ) {
    this.gasPrice = GasPrice.fromString(options.gasPrice ?? DEFAULT_GAS_PRICE)
  }

  static async connectWithSigner(endpoint: string, signer: OfflineSigner, options: DatumClientOptions = {}) {
    // Datum nodes speak CometBFT 0.38; connecting directly skips CosmJS's version probe
    const comet = await Comet38Client.connect(endpoint)
    const signing = SigningStargateClient.createWithSigner(comet, signer, {
      registry: createDatumRegistry(),
      aminoTypes: createDatumAminoTypes(),
      gasPrice: GasPrice.fromString(options.gasPrice ?? DEFAULT_GAS_PRICE),
      broadcastPollIntervalMs: options.broadcastPollIntervalMs ?? DEFAULT_BROADCAST_POLL_MS,
    })
    const query = QueryClient.withExtensions(
      comet,
      setupAuthExtension,
      setupBankExtension,
      setupDataAssetExtension,
      setupComputeRightExtension,
      setupAttestationExtension,
    )
    return new DatumClient(comet, signing, query, options)
  }

  /**
   * The fee for `msgs`: simulated gas × multiplier, priced at the client's gas price, as CosmJS's "auto" (the
   * node's simulation includes the fee deduction, so no headroom is needed; node/app/README.md "Gas schedule").
   */
  async estimateFee(
    sender: string,
    msgs: { typeUrl: string; value: unknown }[],
    multiplier: number,
    memo = '',
  ) {
    const simulated = await this.signing.simulate(sender, msgs, memo)
    return calculateFee(Math.ceil(simulated * multiplier), this.gasPrice)
  }

  /**
   * Signs and broadcasts; throws DatumTxError when the tx was included but failed. `fee` is an explicit fee,
   * "auto", or a gas multiplier (a number) for the simulated estimate.
   */
  async broadcast(sender: string, msgs: { typeUrl: string; value: unknown }[], fee: Fee = 'auto', memo = '') {
    const multiplier = fee === 'auto' ? (this.options.gasMultiplier ?? DEFAULT_GAS_MULTIPLIER) : fee
    const resolved =
      typeof multiplier === 'number' ? await this.estimateFee(sender, msgs, multiplier, memo) : multiplier
    const res: DeliverTxResponse = await this.signing.signAndBroadcast(sender, msgs, resolved, memo)
    if (res.code !== 0) {
      // CosmJS's DeliverTxResponse carries no codespace; the tx result in the block does
      const included = await this.comet.tx({ hash: fromHex(res.transactionHash) })
      const codespace = included.result.codespace ?? ''
      throw new DatumTxError(res.transactionHash, res.height, codespace, res.code, res.rawLog ?? '')
    }
    return res
  }

  /** Broadcasts one Msg and decodes its response from the tx result's msg_responses. */
  async broadcastOne<R>(
    sender: string,
    msg: { typeUrl: string; value: unknown },
    response: Decoder<R>,
    fee?: Fee,
    memo?: string,
  ) {
    const tx = await this.broadcast(sender, [msg], fee, memo)
    const first = tx.msgResponses[0]
    if (!first) throw new DatumResponseError(`tx ${tx.transactionHash} returned no msg response`)
    return { response: response.decode(first.value), tx }
  }

  disconnect(): void {
    this.signing.disconnect()
  }
}
