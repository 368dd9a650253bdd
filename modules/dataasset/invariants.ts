// Module invariants (README §Invariants), checked by tests and by the app's crisis-style sweep.
import type { Context, Invariant } from '../sdk/index.js'
import { budgetProblem } from './budget.js'
import type { DataAssetKeeper } from './keeper.js'
import { isLive } from './lifecycle.js'
import { WEIGHT_TOTAL_BPS } from './limits.js'
import { checkFeatureModule } from './validate.js'

export function dataAssetInvariants(k: DataAssetKeeper): Invariant[] {
  return [
    {
      name: 'dataasset/contributor-weights',
      check: (ctx: Context) => {
        for (const a of k.assets.all(ctx)) {
          const sum = a.contributors.reduce((s, c) => s + c.weightBps, 0)
          if (a.contributors.length > 0 && sum !== WEIGHT_TOTAL_BPS)
            return `asset ${a.id} weights sum to ${sum}`
        }
        return undefined
      },
    },
    {
      name: 'dataasset/unique-live-content-hash',
      check: (ctx: Context) => {
        const seen = new Map<string, string>()
        for (const a of k.assets.all(ctx)) {
          if (!isLive(a.state)) continue
          const other = seen.get(a.contentHash)
          if (other) return `assets ${other} and ${a.id} share content hash ${a.contentHash}`
          seen.set(a.contentHash, a.id)
          if (k.assets.idByContentHash(ctx, a.contentHash) !== a.id)
            return `content hash index does not point at live asset ${a.id}`
        }
        return undefined
      },
    },
    {
      name: 'dataasset/privacy-budget',
      check: (ctx: Context) => {
        for (const b of k.ledger.budgets(ctx)) {
          const problem = budgetProblem(b)
          if (problem) return `asset ${b.assetId} v${b.version}: ${problem}`
        }
        return undefined
      },
    },
    {
      name: 'dataasset/feature-modules',
      check: (ctx: Context) => {
        for (const m of k.featureModules.all(ctx)) {
          if (!k.getAsset(ctx, m.assetId))
            return `feature module ${m.moduleHash} of missing asset ${m.assetId}`
          try {
            checkFeatureModule(m)
          } catch (e) {
            return `feature module ${m.moduleHash} of ${m.assetId}: ${(e as Error).message}`
          }
        }
        return undefined
      },
    },
  ]
}
