// Pre-signed MsgSend txs for load tests: many funded accounts, each with a run of consecutive sequences,
// signed SIGN_MODE_DIRECT with the native secp256k1 binding (low-S), so the load process spends its time
// sending, not signing.
import { createHash } from 'node:crypto'
import { toBech32 } from '@cosmjs/encoding'
import { StargateClient } from '@cosmjs/stargate'
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys'
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing'
import { AuthInfo, SignDoc, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import secp from 'secp256k1'

export interface LoadAccount {
  privKey: Uint8Array
  pubKey: Uint8Array
  address: string
  accountNumber: bigint
}

const sha256 = (b: Uint8Array) => new Uint8Array(createHash('sha256').update(b).digest())
const ripemd160 = (b: Uint8Array) => new Uint8Array(createHash('ripemd160').update(b).digest())

/** Deterministic keys: sha256("datum-load-<i>"), valid secp256k1 scalars for any realistic i. */
export function loadAccounts(count: number, firstAccountNumber: bigint): LoadAccount[] {
  return Array.from({ length: count }, (_, i) => {
    const privKey = sha256(new TextEncoder().encode(`datum-load-${i}`))
    const pubKey = secp.publicKeyCreate(privKey, true)
    return {
      privKey,
      pubKey,
      address: toBech32('datum', ripemd160(sha256(pubKey))),
      accountNumber: firstAccountNumber + BigInt(i),
    }
  })
}

export function signSend(
  from: LoadAccount,
  to: string,
  sequence: bigint,
  chainId: string,
  opts: { amount?: string; fee?: string; gas?: bigint; denom?: string } = {},
): Uint8Array {
  const denom = opts.denom ?? 'udatum'
  const value = MsgSend.encode({
    fromAddress: from.address,
    toAddress: to,
    amount: [{ denom, amount: opts.amount ?? '1' }],
  }).finish()
  return signTx(from, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value }], sequence, chainId, opts)
}

/** One tx of already-encoded messages, signed SIGN_MODE_DIRECT by `from` at `sequence`. */
export function signTx(
  from: LoadAccount,
  messages: { typeUrl: string; value: Uint8Array }[],
  sequence: bigint,
  chainId: string,
  opts: { fee?: string; gas?: bigint; denom?: string } = {},
): Uint8Array {
  const denom = opts.denom ?? 'udatum'
  const body = TxBody.encode(TxBody.fromPartial({ messages })).finish()
  const authInfo = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: [
        {
          publicKey: {
            typeUrl: '/cosmos.crypto.secp256k1.PubKey',
            value: PubKey.encode({ key: from.pubKey }).finish(),
          },
          modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
          sequence,
        },
      ],
      fee: { amount: [{ denom, amount: opts.fee ?? '500' }], gasLimit: opts.gas ?? 150_000n },
    }),
  ).finish()
  const signDoc = SignDoc.encode({
    bodyBytes: body,
    authInfoBytes: authInfo,
    chainId,
    accountNumber: from.accountNumber,
  }).finish()
  const { signature } = secp.ecdsaSign(sha256(signDoc), from.privKey)
  return TxRaw.encode({ bodyBytes: body, authInfoBytes: authInfo, signatures: [signature] }).finish()
}

/**
 * The account numbers genesis gave the load accounts (they follow whatever accounts genesis lists first, such
 * as a gentx validator's operator), read from the node; they must be consecutive for the pre-signing child.
 */
export async function withChainAccountNumbers(
  rpcUrl: string,
  accounts: LoadAccount[],
): Promise<LoadAccount[]> {
  const client = await StargateClient.connect(rpcUrl)
  try {
    const numberOf = async (a: LoadAccount) => {
      const acc = await client.getAccount(a.address)
      if (!acc) throw new Error(`load account ${a.address} is not in genesis`)
      return BigInt(acc.accountNumber)
    }
    const first = await numberOf(accounts[0]!)
    const last = await numberOf(accounts[accounts.length - 1]!)
    if (last - first !== BigInt(accounts.length - 1))
      throw new Error(`load accounts' numbers are not consecutive (${first}..${last} for ${accounts.length})`)
    return loadAccounts(accounts.length, first)
  } finally {
    client.disconnect()
  }
}
