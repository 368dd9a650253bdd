// Signing a tx in DIRECT mode the way CosmJS's SigningStargateClient does (signDirect, simulate), without it:
// that client pulls in CosmJS's default registry and amino converters (every cosmos module's types). The
// registry here knows only the Msgs the page sends (page-msgs.ts). Both wallets sign DIRECT: the development
// key's DirectSecp256k1HdWallet and Keplr's OfflineSigner.
import { encodeSecp256k1Pubkey, type StdFee } from '@cosmjs/amino'
import { fromBase64 } from '@cosmjs/encoding'
import { Int53 } from '@cosmjs/math'
import {
  type EncodeObject,
  encodePubkey,
  isOfflineDirectSigner,
  makeAuthInfoBytes,
  makeSignDoc,
  type OfflineSigner,
  type Registry,
} from '@cosmjs/proto-signing'
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'

export interface SignerData {
  accountNumber: number | bigint
  sequence: number
  chainId: string
}

async function accountPubkey(signer: OfflineSigner, address: string): Promise<Uint8Array> {
  const account = (await signer.getAccounts()).find((a) => a.address === address)
  if (!account) throw new Error(`the wallet holds no account ${address}`)
  return account.pubkey
}

/** The signed tx, byte for byte what SigningStargateClient.sign makes in DIRECT mode for the same input. */
export async function signDirect(
  signer: OfflineSigner,
  registry: Registry,
  address: string,
  messages: readonly EncodeObject[],
  fee: StdFee,
  memo: string,
  { accountNumber, sequence, chainId }: SignerData,
): Promise<TxRaw> {
  if (!isOfflineDirectSigner(signer)) throw new Error('the wallet cannot sign in DIRECT mode')
  const pubkey = encodePubkey(encodeSecp256k1Pubkey(await accountPubkey(signer, address)))
  const bodyBytes = registry.encode({ typeUrl: '/cosmos.tx.v1beta1.TxBody', value: { messages, memo } })
  const gasLimit = Int53.fromString(fee.gas).toNumber()
  const authInfoBytes = makeAuthInfoBytes(
    [{ pubkey, sequence }],
    fee.amount,
    gasLimit,
    fee.granter,
    fee.payer,
  )
  const doc = makeSignDoc(bodyBytes, authInfoBytes, chainId, accountNumber)
  const { signature, signed } = await signer.signDirect(address, doc)
  return TxRaw.fromPartial({
    bodyBytes: signed.bodyBytes,
    authInfoBytes: signed.authInfoBytes,
    signatures: [fromBase64(signature.signature)],
  })
}

/** What `simulate` sends with the Msgs: the Anys and the signer's public key (as SigningStargateClient). */
export async function simulationInput(
  signer: OfflineSigner,
  registry: Registry,
  address: string,
  messages: readonly EncodeObject[],
) {
  return {
    anys: messages.map((m) => registry.encodeAsAny(m)),
    pubkey: encodeSecp256k1Pubkey(await accountPubkey(signer, address)),
  }
}
