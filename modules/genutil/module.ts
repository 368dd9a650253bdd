// The genutil AppModule (cosmos x/genutil): genesis transactions. At InitChain, after every other module's
// genesis, each gentx (a signed MsgCreateValidator) is delivered through the normal tx path (ante handler:
// signature with account number 0, sequence, fee; then the message server), and the validator set handed to
// consensus is the one staking derives from them.
import type { AppModule, Context, ValidatorUpdate } from '../sdk/index.js'
import type { GenesisTxDeliverer, GenutilStakingKeeper } from './expected-keepers.js'
import { gentxBytes } from './gentx-json.js'

export const MODULE_NAME = 'genutil'

export interface GenutilGenesis {
  gen_txs: unknown[]
}

export function parseGenutilGenesis(genesis: unknown): Uint8Array[] {
  const g = (genesis ?? {}) as Partial<GenutilGenesis>
  if (typeof g !== 'object' || Array.isArray(g)) throw new Error('genutil genesis must be an object')
  const txs = g.gen_txs ?? []
  if (!Array.isArray(txs)) throw new Error('gen_txs must be a list')
  return txs.map((tx, i) => {
    try {
      return gentxBytes(tx)
    } catch (e) {
      throw new Error(`gen_txs[${i}]: ${(e as Error).message}`)
    }
  })
}

export class GenutilModule implements AppModule {
  readonly name = MODULE_NAME
  readonly storeKeys = [] as const
  private deliver: GenesisTxDeliverer | undefined

  constructor(private readonly staking: GenutilStakingKeeper) {}

  /** Set by the app once it exists (the tx path belongs to the app, as in the SDK's `deliverTx` argument). */
  setDeliverTx(deliver: GenesisTxDeliverer): void {
    this.deliver = deliver
  }

  registerServices(): void {}

  defaultGenesis(): GenutilGenesis {
    return { gen_txs: [] }
  }

  validateGenesis(genesis: unknown): void {
    parseGenutilGenesis(genesis)
  }

  /** A failing gentx stops the chain from starting (the SDK panics): a genesis must be fixed, not skipped. */
  initGenesis(ctx: Context, genesis: unknown): ValidatorUpdate[] {
    const txs = parseGenutilGenesis(genesis)
    if (txs.length === 0) return []
    if (!this.deliver) throw new Error('genutil: no tx deliverer wired')
    txs.forEach((tx, i) => {
      const err = this.deliver!(tx)
      if (err) throw new Error(`gen_txs[${i}] failed: ${err}`)
    })
    return this.staking.applyAndReturnValidatorSetUpdates(ctx)
  }

  /** Gentxs are consumed at InitChain; an exported state carries their effects, not the txs (as the SDK). */
  exportGenesis(): GenutilGenesis {
    return { gen_txs: [] }
  }
}
