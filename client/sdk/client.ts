// DatumClient: SigningStargateClient with the Datum registry and amino converters, a query client with the
// Datum extensions, and typed helpers that return each Msg's decoded response.
import type { OfflineSigner } from '@cosmjs/proto-signing'
import {
  type AuthExtension,
  type BankExtension,
  type DeliverTxResponse,
  GasPrice,
  QueryClient,
  SigningStargateClient,
  type StdFee,
  setupAuthExtension,
  setupBankExtension,
} from '@cosmjs/stargate'
import { type CometClient, connectComet } from '@cosmjs/tendermint-rpc'
import { createDatumAminoTypes } from './amino.js'
import { dataAssetTx } from './dataasset/helpers.js'
import { type DataAssetExtension, setupDataAssetExtension } from './dataasset/queries.js'
import { DatumResponseError, DatumTxError } from './errors.js'
import { createDatumRegistry } from './registry.js'

export type DatumQueryClient = QueryClient & AuthExtension & BankExtension & DataAssetExtension

/** Matches the node's default minimum (node/config): `0.0025udatum`. */
export const DEFAULT_GAS_PRICE = '0.0025udatum'

export interface DatumClientOptions {
  gasPrice?: string
  /** Gas estimate multiplier for fee "auto" (CosmJS default 1.4). */
  gasMultiplier?: number
}

export type Fee = StdFee | 'auto' | number

export interface Decoder<R> {
  decode(bytes: Uint8Array): R
}

export class DatumClient {
  /** Typed dataasset Msg helpers, e.g. `client.dataasset.registerAsset(owner, {...})`. */
  readonly dataasset = dataAssetTx(this)

  protected constructor(
    readonly comet: CometClient,
    readonly signing: SigningStargateClient,
    readonly query: DatumQueryClient,
    readonly options: DatumClientOptions,
  ) {}

  static async connectWithSigner(endpoint: string, signer: OfflineSigner, options: DatumClientOptions = {}) {
    const comet = await connectComet(endpoint)
    const signing = SigningStargateClient.createWithSigner(comet, signer, {
      registry: createDatumRegistry(),
      aminoTypes: createDatumAminoTypes(),
      gasPrice: GasPrice.fromString(options.gasPrice ?? DEFAULT_GAS_PRICE),
    })
    const query = QueryClient.withExtensions(
      comet,
      setupAuthExtension,
      setupBankExtension,
      setupDataAssetExtension,
    )
    return new DatumClient(comet, signing, query, options)
  }

  /** Signs and broadcasts; throws DatumTxError when the tx was included but failed. */
  async broadcast(sender: string, msgs: { typeUrl: string; value: unknown }[], fee: Fee = 'auto', memo = '') {
    const resolved = fee === 'auto' && this.options.gasMultiplier ? this.options.gasMultiplier : fee
    const res: DeliverTxResponse = await this.signing.signAndBroadcast(sender, msgs, resolved, memo)
    if (res.code !== 0) {
      const codespace = (res as { codespace?: string }).codespace ?? ''
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
