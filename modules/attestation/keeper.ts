// The attestation keeper: its store plus the keepers of the modules it calls (through expected interfaces).
import type { Params } from '../../proto/gen/datum/attestation/v1/index.js'
import type { Context } from '../sdk/index.js'
import type { BankApi, ComputeRightKeeperApi, DataAssetApi } from './expected-keepers.js'
import { MODULE_NAME } from './keys.js'
import { AttestationStore } from './store.js'

export interface AttestationDeps {
  bank: BankApi
  dataAsset: DataAssetApi
  computeRight: ComputeRightKeeperApi
}

export class AttestationKeeper {
  readonly store = new AttestationStore()
  /** The module account holding bonds, job stakes, challenge bonds and the slashed pool. */
  readonly moduleName = MODULE_NAME

  constructor(readonly deps: AttestationDeps) {}

  params(ctx: Context): Params {
    return this.store.params(ctx)
  }
}
