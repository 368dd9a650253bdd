// The `cosmos.upgrade.v1beta1.Query` service: CurrentPlan, AppliedPlan, ModuleVersions, Authority.
import * as q from 'cosmjs-types/cosmos/upgrade/v1beta1/query'
import { notFound, protoQuery, type QueryHandler } from '../sdk/index.js'
import type { UpgradeKeeper } from './keeper.js'

const SERVICE = '/cosmos.upgrade.v1beta1.Query'

export function upgradeQueryHandlers(k: UpgradeKeeper): Record<string, QueryHandler> {
  return {
    [`${SERVICE}/CurrentPlan`]: protoQuery(q.QueryCurrentPlanRequest, q.QueryCurrentPlanResponse, (ctx) => ({
      plan: k.getPlan(ctx),
    })),
    [`${SERVICE}/AppliedPlan`]: protoQuery(
      q.QueryAppliedPlanRequest,
      q.QueryAppliedPlanResponse,
      (ctx, req) => ({
        height: k.getDoneHeight(ctx, req.name),
      }),
    ),
    [`${SERVICE}/ModuleVersions`]: protoQuery(
      q.QueryModuleVersionsRequest,
      q.QueryModuleVersionsResponse,
      (ctx, req) => {
        const all = [...k.getVersionMap(ctx)].map(([name, version]) => ({ name, version }))
        if (req.moduleName === '') return { moduleVersions: all }
        const one = all.filter((v) => v.name === req.moduleName)
        if (one.length === 0)
          throw notFound(`x/upgrade: QueryModuleVersions module ${req.moduleName} not found`)
        return { moduleVersions: one }
      },
    ),
    [`${SERVICE}/Authority`]: protoQuery(q.QueryAuthorityRequest, q.QueryAuthorityResponse, () => ({
      address: k.authority,
    })),
  }
}
