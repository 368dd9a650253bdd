// What the ante's signature step would verify for a tx, read from the state ahead of CheckTx so the curve
// arithmetic can run on another thread first (`SignaturePrecheck`). The same key choice (the account's stored
// key, else the tx's), sign bytes (account number, sequence, chain id, each entry's mode) and multisig
// walk as `verifySignatures`; none of its checks are made here. A tx it cannot read gives what it read so
// far: a claim is only a hint, and CheckTx decides everything again.
import type { Context, DecodedTx, SignatureClaim, SignaturePrecheck } from '../../sdk/index.js'
import type { AccountKeeper } from '../keeper.js'
import type { SigVerifyCache } from './sig-cache.js'
import { signBytesOf } from './sign-bytes.js'
import { signatureData, verifySignatureData } from './signature-data.js'
import { signerKeyFromAny } from './signer-key.js'

export function signatureClaims(ctx: Context, tx: DecodedTx, keeper: AccountKeeper): SignatureClaim[] {
  const claims: SignatureClaim[] = []
  const collect = (signBytes: Uint8Array, signature: Uint8Array, pubKey: Uint8Array) => {
    claims.push({ signBytes, signature, pubKey })
    return true
  }
  try {
    tx.signers.forEach((signer, i) => {
      const acc = keeper.getAccount(ctx, signer)
      const info = tx.authInfo.signerInfos[i]
      const any = acc?.pubKey ?? info?.publicKey
      if (!acc || !info || !any) return
      const key = signerKeyFromAny(any)
      const data = signatureData(info.modeInfo, tx.signatures[i]!)
      const bytes = (mode: Parameters<typeof signBytesOf>[2]) =>
        signBytesOf(tx, ctx.chainId, mode, acc.accountNumber, info.sequence)
      verifySignatureData(key, data, bytes, collect)
    })
  } catch {
    // A malformed key, signature or mode: CheckTx will reject the tx with the right error.
  }
  return claims
}

export function newSignaturePrecheck(keeper: AccountKeeper, cache: SigVerifyCache): SignaturePrecheck {
  return {
    claims: (ctx, tx) => signatureClaims(ctx, tx, keeper),
    admit(claims, verified) {
      claims.forEach((claim, i) => {
        if (verified[i] === true) cache.admit(claim)
      })
    },
  }
}
