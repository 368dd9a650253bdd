// The ante chain in cosmos-sdk order (x/auth/ante NewAnteHandler). Each step throws a registered
// error; the app runs the chain on a branch it drops on failure, so a rejected tx changes nothing.
import type { AnteHandler, AnteResult, Context, DecodedTx, SignaturePrecheck } from '../../sdk/index.js'
import {
  checkGasLimit,
  checkMemo,
  checkTimeoutHeight,
  consumeTxSizeGas,
  rejectExtensionOptions,
  validateBasic,
} from './basic.js'
import { checkMinGasPrice, deductFee, txPriority } from './fee.js'
import { parseGasPrices } from './gas-price.js'
import type { AnteOptions } from './options.js'
import { checkSigCount, consumeSigGas, setPubKeys } from './pubkeys.js'
import type { AnteRun } from './run.js'
import { SigVerifyCache } from './sig-cache.js'
import { newSignaturePrecheck } from './sig-claims.js'
import { incrementSequences, verifySignatures } from './verify.js'

export function newAnteHandler(options: AnteOptions): AnteHandler {
  return newAnte(options).ante
}

/** The ante chain and its signature precheck, sharing one signature cache. */
export function newAnte(options: AnteOptions): { ante: AnteHandler; signaturePrecheck: SignaturePrecheck } {
  const sigCache = new SigVerifyCache(options.sigCacheSize)
  return {
    ante: anteChain(options, sigCache),
    signaturePrecheck: newSignaturePrecheck(options.accountKeeper, sigCache),
  }
}

function anteChain(options: AnteOptions, sigCache: SigVerifyCache): AnteHandler {
  const minGasPrices = parseGasPrices(options.minGasPrices ?? '')
  const priorityDenom = options.priorityDenom ?? minGasPrices[0]?.denom ?? 'udatum'
  const { accountKeeper, bankKeeper } = options

  return (ctx: Context, tx: DecodedTx, simulate: boolean): AnteResult => {
    const blockMaxGas = options.blockMaxGas?.(ctx) ?? 0n
    const gasLimit = checkGasLimit(ctx, tx, simulate, blockMaxGas)
    rejectExtensionOptions(tx)
    const fee = validateBasic(tx)
    const run: AnteRun = {
      ctx,
      tx,
      simulate,
      get params() {
        return accountKeeper.getParams(ctx)
      },
      fee,
      gasLimit,
      accounts: [],
      pubKeys: [],
    }
    checkTimeoutHeight(run)
    checkMemo(run)
    consumeTxSizeGas(run, accountKeeper)
    checkMinGasPrice(run, minGasPrices)
    deductFee(run, accountKeeper, bankKeeper, priorityDenom)
    setPubKeys(run, accountKeeper)
    checkSigCount(run)
    consumeSigGas(run, accountKeeper)
    verifySignatures(run, accountKeeper, sigCache)
    incrementSequences(run, accountKeeper)
    return { priority: txPriority(run, priorityDenom) }
  }
}
