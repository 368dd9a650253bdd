// Joins the app's signature precheck to the worker pool: before a new tx's CheckTx, the signatures it
// would verify go to a worker and the proven ones wait in the app's signature cache, so CheckTx on the main
// thread finds them there. A tx already pooled, or with nothing to claim, goes straight to CheckTx.
import type { BaseApp } from '../app/base-app.js'
import type { SignatureVerifierPool } from '../app/sig-verify-pool.js'
import type { PrepareTx } from '../mempool/admission.js'
import type { Mempool } from '../mempool/mempool.js'

export function preverifySignatures(
  app: Pick<BaseApp, 'signatureClaims' | 'admitSignatures'>,
  mempool: Pick<Mempool, 'has'>,
  pool: Pick<SignatureVerifierPool, 'verify'>,
): PrepareTx {
  return (tx, hash) => {
    if (mempool.has(hash)) return undefined
    const claims = app.signatureClaims(tx, hash)
    if (claims.length === 0) return undefined
    return pool.verify(claims).then((verified) => app.admitSignatures(claims, verified))
  }
}
