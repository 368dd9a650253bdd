// Test support: turns TxRaw bytes into the DecodedTx the app hands the ante chain, and signs txs with
// the real CosmJS clients (DirectSecp256k1HdWallet / Secp256k1HdWallet through SigningStargateClient).

import { Secp256k1HdWallet } from '@cosmjs/amino'
import { DirectSecp256k1HdWallet, type EncodeObject, type OfflineSigner } from '@cosmjs/proto-signing'
import { SigningStargateClient, type StdFee } from '@cosmjs/stargate'
import { sha256 } from '@noble/hashes/sha2.js'
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import type { DecodedTx, MsgDefinition } from '../../sdk/index.js'

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
