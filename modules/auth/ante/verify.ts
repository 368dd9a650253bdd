// cosmos SigVerificationDecorator and IncrementSequenceDecorator: every signer's sequence must match
// its account; its signature must verify over the sign bytes of its sign mode with the account's
// number and the node's chain id; then each sequence goes up by one.

import type { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing'
import { sdkErrors } from '../../sdk/index.js'
import type { AccountKeeper } from '../keeper.js'
import { loadSigners } from './pubkeys.js'
import type { AnteRun } from './run.js'
import type { SigVerifyCache } from './sig-cache.js'
import { signBytesOf } from './sign-bytes.js'
import { signatureData, verifySignatureData } from './signature-data.js'

export function verifySignatures(run: AnteRun, keeper: AccountKeeper, cache: SigVerifyCache): void {
  loadSigners(run, keeper)
  const { ctx, tx, simulate } = run
  for (let i = 0; i < run.accounts.length; i++) {
    const acc = run.accounts[i]!
    const pubKey = run.pubKeys[i]
    if (!pubKey && !simulate) throw sdkErrors.invalidPubKey.wrap('pubkey on account is not set')
    const sequence = tx.authInfo.signerInfos[i]!.sequence
    if (sequence !== acc.sequence)
      throw sdkErrors.wrongSequence.wrap(
        `account sequence mismatch, expected ${acc.sequence}, got ${sequence}`,
      )
    if (simulate || ctx.mode === 'recheck') continue
    // Genesis txs are signed with account number 0, as cosmos does at block height 0.
    const accountNumber = ctx.mode === 'genesis' ? 0n : acc.accountNumber
    const info = tx.authInfo.signerInfos[i]!
    const data = signatureData(info.modeInfo, tx.signatures[i]!)
    if (pubKey!.type === 'secp256k1' && data.type === 'multi')
      throw sdkErrors.unauthorized.wrap('signature verification failed; unsupported sign mode multi')
    // Sign bytes are the same for every member of a multisig; build each mode's once.
    const byMode = new Map<SignMode | undefined, Uint8Array>()
    const bytesFor = (mode: SignMode | undefined) => {
      const cached = byMode.get(mode)
      if (cached) return cached
      const bytes = signBytesOf(tx, ctx.chainId, mode, accountNumber, sequence)
      byMode.set(mode, bytes)
      return bytes
    }
    // CheckTx remembers a good signature for the same tx's DeliverTx; every other mode verifies.
    const remember = ctx.mode === 'check'
    if (!verifySignatureData(pubKey!, data, bytesFor, (b, sig, pk) => cache.verify(b, sig, pk, remember)))
      throw sdkErrors.unauthorized.wrap(
        `signature verification failed; please verify account number (${accountNumber}), sequence (${acc.sequence}) and chain-id (${ctx.chainId})`,
      )
  }
}

export function incrementSequences(run: AnteRun, keeper: AccountKeeper): void {
  loadSigners(run, keeper)
  for (const acc of run.accounts) {
    acc.sequence += 1n
    keeper.setAccount(run.ctx, acc)
  }
}
