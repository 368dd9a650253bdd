// The attestation keeper: its store plus the keepers of the modules it calls (through expected interfaces).
import type { Params } from '../../proto/gen/datum/attestation/v1/index.js'
import type { Context } from '../sdk/index.js'
import { attestedJurisdictions } from './account-audit-server.js'
import type { BankApi, CommunityPoolApi, ComputeRightKeeperApi, DataAssetApi } from './expected-keepers.js'
import { MODULE_NAME } from './keys.js'
import { AttestationStore } from './store.js'

export interface AttestationDeps {
  bank: BankApi
  dataAsset: DataAssetApi
  computeRight: ComputeRightKeeperApi
  /** distribution's community pool, which receives slashed bonds no challenger is owed. */
  communityPool: CommunityPoolApi
}

export class AttestationKeeper {
  readonly store = new AttestationStore()
  /** The module account holding bonds (job stakes are locked parts of them) and open challenge bonds. */
  readonly moduleName = MODULE_NAME

  constructor(readonly deps: AttestationDeps) {}

  params(ctx: Context): Params {
    return this.store.params(ctx)
  }

  /** The executor's registered encryption key (owners wrap data keys to it), for dataasset's grants. */
  encryptionKey(ctx: Context, operator: string): string | undefined {
    let e: ReturnType<AttestationStore['executor']>
    try {
      e = this.store.executor(ctx, operator)
    } catch {
      return undefined
    }
    return e?.pubKey || undefined
  }

  /** Jurisdictions current auditors attested for the account, for computeright's licence check. */
  attestedJurisdictions(ctx: Context, account: string): string[] {
    return attestedJurisdictions(this, ctx, account)
  }
}
