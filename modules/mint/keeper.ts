// MintKeeper: the minter state and params, and the begin-block that mints this block's provision into the
// fee collector (distribution then pays it to bonded stake like fees).
import { Minter as MinterProto, Params as ParamsProto } from 'cosmjs-types/cosmos/mint/v1beta1/mint'
import { type Context, decFromAtomics, decToAtomics, decToString, type KVStore } from '../sdk/index.js'
import type { MintBankKeeper, MintStakingKeeper } from './expected-keepers.js'
import { MINTER_KEY, MODULE_NAME, PARAMS_KEY, STORE_KEY } from './keys.js'
import {
  blockProvision,
  bondedRatio,
  type Minter,
  nextAnnualProvisions,
  nextInflationRate,
} from './minter.js'
import { DEFAULT_MINT_PARAMS, type MintParams, paramsFromProto, paramsToProto } from './params.js'

export class MintKeeper {
  constructor(
    readonly bank: MintBankKeeper,
    readonly staking: MintStakingKeeper,
    readonly feeCollectorName: string,
  ) {}

  store(ctx: Context): KVStore {
    return ctx.kvStore(STORE_KEY)
  }

  getParams(ctx: Context): MintParams {
    const raw = this.store(ctx).get(PARAMS_KEY)
    if (!raw) return DEFAULT_MINT_PARAMS
    return paramsFromProto(ParamsProto.decode(raw))
  }

  setParams(ctx: Context, p: MintParams): void {
    this.store(ctx).set(PARAMS_KEY, ParamsProto.encode(paramsToProto(p)).finish())
  }

  getMinter(ctx: Context): Minter {
    const raw = this.store(ctx).get(MINTER_KEY)
    if (!raw) return { inflation: 0n, annualProvisions: 0n }
    const m = MinterProto.decode(raw)
    return { inflation: decFromAtomics(m.inflation), annualProvisions: decFromAtomics(m.annualProvisions) }
  }

  setMinter(ctx: Context, m: Minter): void {
    this.store(ctx).set(
      MINTER_KEY,
      MinterProto.encode({
        inflation: decToAtomics(m.inflation),
        annualProvisions: decToAtomics(m.annualProvisions),
      }).finish(),
    )
  }

  /** cosmos x/mint BeginBlocker. */
  beginBlock(ctx: Context): void {
    const params = this.getParams(ctx)
    const minter = this.getMinter(ctx)
    const supply = this.bank.getSupply(ctx, params.mintDenom).amount
    const ratio = bondedRatio(this.staking.bondedTokens(ctx), supply)
    minter.inflation = nextInflationRate(minter, params, ratio)
    minter.annualProvisions = nextAnnualProvisions(minter, supply)
    this.setMinter(ctx, minter)
    const amount = blockProvision(minter, params)
    if (amount > 0n) {
      const coins = [{ denom: params.mintDenom, amount }]
      this.bank.mintCoins(ctx, MODULE_NAME, coins)
      this.bank.sendCoinsFromModuleToModule(ctx, MODULE_NAME, this.feeCollectorName, coins)
    }
    ctx.events.emit('mint', [
      ['bonded_ratio', decToString(ratio)],
      ['inflation', decToString(minter.inflation)],
      ['annual_provisions', decToString(minter.annualProvisions)],
      ['amount', amount.toString()],
    ])
  }
}
