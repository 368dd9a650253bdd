// cosmos SetPubKeyDecorator, ValidateSigCountDecorator and SigGasConsumeDecorator: load each signer's
// account, bind the tx's pubkey to it on first use (it must hash to the signer's address), cap the
// number of keys, and charge verification gas per key.
import { PubKey as Secp256k1PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { addressFromPubkey, bytesEqual, fromBech32, sdkErrors } from '../../sdk/index.js'
import { secp256k1PubKeyAny } from '../account.js'
import { ATTRIBUTE, EVENT_TYPE_TX } from '../events.js'
import type { AccountKeeper } from '../keeper.js'
import { TYPE_URL } from '../keys.js'
import type { AnteRun } from './run.js'
import { isValidCompressedPubKey } from './secp256k1.js'

/** The 33 key bytes of a secp256k1 pubkey Any; other key types are rejected with code 8. */
export function secp256k1KeyFromAny(any: Any): Uint8Array {
  if (any.typeUrl === TYPE_URL.ed25519PubKey)
    throw sdkErrors.invalidPubKey.wrap('ED25519 public keys are unsupported')
  if (any.typeUrl !== TYPE_URL.secp256k1PubKey)
    throw sdkErrors.invalidPubKey.wrap(`unsupported public key type ${any.typeUrl}`)
  let key: Uint8Array
  try {
    key = Secp256k1PubKey.decode(any.value).key
  } catch (e) {
    throw sdkErrors.invalidPubKey.wrap(`malformed secp256k1 public key: ${(e as Error).message}`)
  }
  if (!isValidCompressedPubKey(key))
    throw sdkErrors.invalidPubKey.wrap('secp256k1 public key must be a 33-byte compressed curve point')
  return key
}

/** An account's stored key was validated when it was set; only decode it. */
function storedKey(any: Any): Uint8Array {
  return any.typeUrl === TYPE_URL.secp256k1PubKey
    ? Secp256k1PubKey.decode(any.value).key
    : secp256k1KeyFromAny(any)
}

/**
 * Reads every signer's account from the store, as each SDK decorator does (`GetSignerAcc`) rather than
 * carrying it over: each read costs its gas, so a tx costs here what it costs on the SDK.
 */
export function loadSigners(run: AnteRun, keeper: AccountKeeper): void {
  run.accounts = run.tx.signers.map((signer) => {
    const acc = keeper.getAccount(run.ctx, signer)
    if (!acc) throw sdkErrors.unknownAddress.wrap(`account ${signer} does not exist`)
    return acc
  })
}

export function setPubKeys(run: AnteRun, keeper: AccountKeeper): void {
  const { ctx, tx } = run
  loadSigners(run, keeper)
  run.pubKeys = run.accounts.map((acc, i) => {
    const stored = acc.pubKey ? storedKey(acc.pubKey) : undefined
    const info = tx.authInfo.signerInfos[i]!
    if (!info.publicKey) return stored
    const key = secp256k1KeyFromAny(info.publicKey)
    if (!bytesEqual(addressFromPubkey(key), fromBech32(tx.signers[i]!)))
      throw sdkErrors.invalidPubKey.wrap(
        `pubKey does not match signer address ${tx.signers[i]} with signer index: ${i}`,
      )
    if (stored) return stored
    acc.pubKey = secp256k1PubKeyAny(key)
    keeper.setAccount(ctx, acc)
    return key
  })
  for (let i = 0; i < tx.signers.length; i++) {
    const sequence = tx.authInfo.signerInfos[i]!.sequence
    ctx.events.emit(EVENT_TYPE_TX, [[ATTRIBUTE.accountSequence, `${tx.signers[i]}/${sequence}`]])
    ctx.events.emit(EVENT_TYPE_TX, [[ATTRIBUTE.signature, Buffer.from(tx.signatures[i]!).toString('base64')]])
  }
}

export function checkSigCount(run: AnteRun): void {
  const count = BigInt(run.tx.authInfo.signerInfos.filter((s) => s.publicKey).length)
  if (count > run.params.txSigLimit)
    throw sdkErrors.tooManySignatures.wrap(`signatures: ${count}, limit: ${run.params.txSigLimit}`)
}

export function consumeSigGas(run: AnteRun, keeper: AccountKeeper): void {
  loadSigners(run, keeper)
  const cost = Number(run.params.sigVerifyCostSecp256k1)
  for (let i = 0; i < run.accounts.length; i++) run.ctx.gasMeter.consume(cost, 'ante verify: secp256k1')
}
