// cosmos SetPubKeyDecorator, ValidateSigCountDecorator and SigGasConsumeDecorator: load each signer's
// account, bind the tx's pubkey to it on first use (it must hash to the signer's address), cap the
// number of keys, and charge verification gas per key.
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { bytesEqual, fromBech32, sdkErrors } from '../../sdk/index.js'
import { secp256k1PubKeyAny } from '../account.js'
import { ATTRIBUTE, EVENT_TYPE_TX } from '../events.js'
import type { AccountKeeper } from '../keeper.js'
import type { AnteRun } from './run.js'
import { signatureData, verificationGas } from './signature-data.js'
import { countSubKeys, type SignerKey, signerKeyAddress, signerKeyFromAny } from './signer-key.js'

/** The Any an account stores: a secp256k1 key re-encoded canonically, a multisig's Any as the tx sent it. */
function keyAny(key: SignerKey): Any {
  return key.type === 'secp256k1' ? secp256k1PubKeyAny(key.key) : key.any
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
    const stored = acc.pubKey ? signerKeyFromAny(acc.pubKey) : undefined
    const info = tx.authInfo.signerInfos[i]!
    if (!info.publicKey) return stored
    const key = signerKeyFromAny(info.publicKey)
    if (!bytesEqual(signerKeyAddress(key), fromBech32(tx.signers[i]!)))
      throw sdkErrors.invalidPubKey.wrap(
        `pubKey does not match signer address ${tx.signers[i]} with signer index: ${i}`,
      )
    if (stored) return stored
    acc.pubKey = keyAny(key)
    keeper.setAccount(ctx, acc)
    return key
  })
  for (let i = 0; i < tx.signers.length; i++) {
    const sequence = tx.authInfo.signerInfos[i]!.sequence
    ctx.events.emit(EVENT_TYPE_TX, [[ATTRIBUTE.accountSequence, `${tx.signers[i]}/${sequence}`]])
    const sig = tx.signatures[i]!
    // A view of the signature's bytes, not a copy (Buffer.from(uint8Array) copies into the shared pool).
    const base64 = Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64')
    ctx.events.emit(EVENT_TYPE_TX, [[ATTRIBUTE.signature, base64]])
  }
}

/** cosmos ValidateSigCountDecorator: every key of the tx's pubkeys counts, a multisig's members each. */
export function checkSigCount(run: AnteRun): void {
  let keys = 0
  for (const info of run.tx.authInfo.signerInfos)
    if (info.publicKey) keys += countSubKeys(signerKeyFromAny(info.publicKey))
  const count = BigInt(keys)
  const limit = run.params.txSigLimit
  if (count > limit) throw sdkErrors.tooManySignatures.wrap(`signatures: ${count}, limit: ${limit}`)
}

/**
 * cosmos SigGasConsumeDecorator: `sig_verify_cost_secp256k1` per signature that will be verified, so a
 * multisig pays for each member signature present. A simulated multisig (no multi signature data yet)
 * pays for every member, the most a real one can cost.
 */
export function consumeSigGas(run: AnteRun, keeper: AccountKeeper): void {
  loadSigners(run, keeper)
  const cost = Number(run.params.sigVerifyCostSecp256k1)
  for (let i = 0; i < run.accounts.length; i++) {
    const key = run.pubKeys[i]
    let gas = cost
    if (key?.type === 'multisig') {
      const info = run.tx.authInfo.signerInfos[i]!
      gas =
        run.simulate && !info.modeInfo?.multi
          ? cost * countSubKeys(key)
          : verificationGas(key, signatureData(info.modeInfo, run.tx.signatures[i]!), cost)
    }
    run.ctx.gasMeter.consume(gas, 'ante verify: secp256k1')
  }
}
