// Joins the attestation module to the keepers it depends on: computeright's view for attestation (whose rules
// live in modules/computeright/attestation-view.ts), dataasset, bank and distribution's community pool (unpaid
// slashed bonds), and registers attestation's expiry hook and the read-backs computeright and dataasset take
// from it. Kept apart from app-wiring.ts so the module list stays readable.
import {
  AttestationKeeper,
  AttestationModule,
  type CommunityPoolApi,
  onJobExpired,
} from '../../modules/attestation/index.js'
import type { BankKeeper } from '../../modules/bank/index.js'
import { attestationView, type ComputeRightKeeper } from '../../modules/computeright/index.js'
import type { DataAssetKeeper } from '../../modules/dataasset/keeper.js'

export function attestationModule(
  cr: ComputeRightKeeper,
  assets: DataAssetKeeper,
  bank: BankKeeper,
  communityPool: CommunityPoolApi,
  moduleAddress: string,
): AttestationModule {
  const keeper = new AttestationKeeper({
    bank,
    dataAsset: assets,
    computeRight: attestationView(cr),
    communityPool,
  })
  cr.addHooks({ afterJobExpired: (ctx, jobId) => onJobExpired(keeper, ctx, jobId) })
  // Grants are wrapped to the encryption key an executor registered here; licences that name jurisdictions
  // read the account audits kept here.
  assets.setExecutorKeys({ encryptionKey: (ctx, operator) => keeper.encryptionKey(ctx, operator) })
  cr.setAccountAudits({ attestedJurisdictions: (ctx, account) => keeper.attestedJurisdictions(ctx, account) })
  return new AttestationModule(keeper, {
    moduleBalance: (ctx, denom) => bank.getBalance(ctx, moduleAddress, denom).amount,
  })
}
