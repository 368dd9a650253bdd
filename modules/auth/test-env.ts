// Test support: keepers run over the real store (IAVL on LevelDB in a temp dir, node/testing). Each
// `ctx()` flushes the previous context's branch and opens a new one with its own gas meter and events.
// For the ante chain: TxRaw bytes turned into the DecodedTx the app hands it, and txs signed by the real
// CosmJS clients (DirectSecp256k1HdWallet / Secp256k1HdWallet through SigningStargateClient).

import { Secp256k1HdWallet } from '@cosmjs/amino'
import { DirectSecp256k1HdWallet, type EncodeObject, type OfflineSigner } from '@cosmjs/proto-signing'
import { SigningStargateClient, type StdFee } from '@cosmjs/stargate'
import { sha256 } from '@noble/hashes/sha2.js'
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { expect } from 'vitest'
import { makeTestContext, type TestContext } from '../../node/testing/test-context.js'
import {
  AbciError,
  type Context,
  type DecodedTx,
  type ExecMode,
  type MsgDefinition,
  QueryError,
} from '../sdk/index.js'
import { STORE_KEY } from './keys.js'

export interface StoreEnv {
  tc: TestContext
  ctx(mode?: ExecMode, gasLimit?: number): Context
  cleanup(): Promise<void>
}

export async function storeEnv(opts: { height?: bigint; chainId?: string } = {}): Promise<StoreEnv> {
  const tc = await makeTestContext({ storeKeys: [STORE_KEY, 'bank'], ...opts })
  return {
    tc,
    ctx: (mode, gasLimit) => tc.fresh({ mode, gasLimit }),
    cleanup: () => tc.cleanup(),
  }
}

/** Asserts `fn` throws the registered error (codespace, code), optionally with text in its message. */
export function expectAbciError(
  fn: () => unknown,
  codespace: string,
  code: number,
  text?: string | RegExp,
): void {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(AbciError)
    expect([(e as AbciError).codespace, (e as AbciError).code]).toEqual([codespace, code])
    if (text) expect((e as AbciError).message).toMatch(text)
    return
  }
  expect.unreachable(`expected ${codespace}/${code}`)
}

/** Asserts `fn` throws a gRPC-style query error with this code and text. */
export function expectQueryError(fn: () => unknown, grpcCode: string, text: string | RegExp): void {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(QueryError)
    expect((e as QueryError).grpcCode).toBe(grpcCode)
    expect((e as QueryError).message).toMatch(text)
    return
  }
  expect.unreachable(`expected ${grpcCode}`)
}

export function decodeTestTx(raw: Uint8Array, defs: MsgDefinition[]): DecodedTx {
  const txRaw = TxRaw.decode(raw)
  const body = TxBody.decode(txRaw.bodyBytes)
  const authInfo = AuthInfo.decode(txRaw.authInfoBytes)
  const msgs = body.messages.map((any) => {
    const def = defs.find((d) => d.typeUrl === any.typeUrl)
    if (!def) throw new Error(`no definition for ${any.typeUrl}`)
    return { typeUrl: any.typeUrl, value: any.value, msg: def.decode(any.value), def }
  })
  const signers: string[] = []
  for (const m of msgs) for (const s of m.def.signers(m.msg)) if (!signers.includes(s)) signers.push(s)
  return {
    raw,
    hash: sha256(raw),
    bodyBytes: txRaw.bodyBytes,
    authInfoBytes: txRaw.authInfoBytes,
    body,
    authInfo,
    signatures: txRaw.signatures,
    msgs,
    signers,
  }
}

export const TEST_MNEMONIC =
  'economy stock theory fatal elder harbor betray wasp final emotion task crumble siren bottom lizard educate guess current outdoor pair theory focus wife stone'

export interface TestSigner {
  address: string
  signer: OfflineSigner
}

export async function directSigner(index = 0): Promise<TestSigner> {
  const { stringToPath } = await import('@cosmjs/crypto')
  const signer = await DirectSecp256k1HdWallet.fromMnemonic(TEST_MNEMONIC, {
    prefix: 'datum',
    hdPaths: [stringToPath(`m/44'/118'/0'/0/${index}`)],
  })
  return { address: (await signer.getAccounts())[0]!.address, signer }
}

export async function aminoSigner(index = 0): Promise<TestSigner> {
  const { stringToPath } = await import('@cosmjs/crypto')
  const signer = await Secp256k1HdWallet.fromMnemonic(TEST_MNEMONIC, {
    prefix: 'datum',
    hdPaths: [stringToPath(`m/44'/118'/0'/0/${index}`)],
  })
  return { address: (await signer.getAccounts())[0]!.address, signer }
}

export interface SignArgs {
  messages: EncodeObject[]
  fee: StdFee
  memo?: string
  accountNumber: bigint
  sequence: bigint
  chainId: string
  timeoutHeight?: bigint
}

/** Signs with CosmJS's own registry and amino converters: the bytes a real wallet would broadcast. */
export async function signTx(s: TestSigner, args: SignArgs): Promise<Uint8Array> {
  const client = await SigningStargateClient.offline(s.signer)
  const txRaw = await client.sign(
    s.address,
    args.messages,
    args.fee,
    args.memo ?? '',
    { accountNumber: args.accountNumber, sequence: Number(args.sequence), chainId: args.chainId },
    args.timeoutHeight,
  )
  return TxRaw.encode(txRaw).finish()
}
