// Deterministic test accounts and SIGN_MODE_DIRECT signing, byte for byte what CosmJS's
// DirectSecp256k1Wallet produces (SignDoc over the exact body and auth_info bytes, low-S r‖s).
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys'
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing'
import { AuthInfo, SignDoc, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { addressFromPubkey, type Coin, toBech32, utf8 } from '../../modules/sdk/index.js'

export interface TestAccount {
  address: string
  privKey: Uint8Array
  pubKey: Uint8Array
}

export function testAccount(seed: number): TestAccount {
  const privKey = sha256(utf8.encode(`datum-test-account-${seed}`))
  const pubKey = secp256k1.getPublicKey(privKey, true)
  return { address: toBech32(addressFromPubkey(pubKey)), privKey, pubKey }
}

export function pubKeyAny(pubKey: Uint8Array): Any {
  return { typeUrl: '/cosmos.crypto.secp256k1.PubKey', value: PubKey.encode({ key: pubKey }).finish() }
}

export interface SignOptions {
  chainId: string
  accountNumber: bigint
  sequence: bigint
  msgs: Any[]
  fee?: { amount: Coin[]; gasLimit: bigint; payer?: string }
  memo?: string
  timeoutHeight?: bigint
}

export const DEFAULT_TEST_FEE = { amount: [{ denom: 'udatum', amount: 2_000n }], gasLimit: 200_000n }

/** The signed parts; `encodeTx` turns them into TxRaw bytes (tests tamper with the parts in between). */
export function signTxParts(account: TestAccount, o: SignOptions): TxRaw {
  const bodyBytes = TxBody.encode(
    TxBody.fromPartial({ messages: o.msgs, memo: o.memo ?? '', timeoutHeight: o.timeoutHeight ?? 0n }),
  ).finish()
  const fee: NonNullable<SignOptions['fee']> = o.fee ?? DEFAULT_TEST_FEE
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: [
        {
          publicKey: pubKeyAny(account.pubKey),
          modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
          sequence: o.sequence,
        },
      ],
      fee: {
        amount: fee.amount.map((c) => ({ denom: c.denom, amount: c.amount.toString() })),
        gasLimit: fee.gasLimit,
        payer: fee.payer ?? '',
      },
    }),
  ).finish()
  const signBytes = SignDoc.encode({
    bodyBytes,
    authInfoBytes,
    chainId: o.chainId,
    accountNumber: o.accountNumber,
  }).finish()
  const signature = secp256k1.sign(signBytes, account.privKey)
  return TxRaw.fromPartial({ bodyBytes, authInfoBytes, signatures: [signature] })
}

export function encodeTx(raw: TxRaw): Uint8Array {
  return TxRaw.encode(raw).finish()
}

export function signTx(account: TestAccount, o: SignOptions): Uint8Array {
  return encodeTx(signTxParts(account, o))
}
