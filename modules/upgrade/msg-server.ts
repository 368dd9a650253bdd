// The `cosmos.upgrade.v1beta1.Msg` service: MsgSoftwareUpgrade and MsgCancelUpgrade, authority = gov.
import {
  MsgCancelUpgrade,
  MsgCancelUpgradeResponse,
  MsgSoftwareUpgrade,
  MsgSoftwareUpgradeResponse,
} from 'cosmjs-types/cosmos/upgrade/v1beta1/tx'
import { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade'
import { fromBech32, invalidAuthority, type MsgDefinition, sdkErrors } from '../sdk/index.js'
import type { UpgradeKeeper } from './keeper.js'
import { validatePlan } from './plan.js'

function checkAuthorityAddress(authority: string): void {
  try {
    fromBech32(authority)
  } catch (e) {
    throw sdkErrors.invalidAddress.wrap(`authority: ${(e as Error).message}`)
  }
}

function requireGov(k: UpgradeKeeper, authority: string): void {
  if (authority !== k.authority) throw invalidAuthority.wrap(`expected ${k.authority} got ${authority}`)
}

export function msgSoftwareUpgradeDefinition(k: UpgradeKeeper): MsgDefinition<MsgSoftwareUpgrade> {
  return {
    typeUrl: '/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade',
    aminoName: 'cosmos-sdk/MsgSoftwareUpgrade',
    decode: (b) => MsgSoftwareUpgrade.decode(b),
    encode: (m) => MsgSoftwareUpgrade.encode(m).finish(),
    toAmino: (m) => ({ authority: m.authority, plan: Plan.toJSON(m.plan) }),
    signers: (m) => [m.authority],
    validateBasic(m) {
      checkAuthorityAddress(m.authority)
      validatePlan(m.plan)
    },
    handle(ctx, m) {
      requireGov(k, m.authority)
      k.scheduleUpgrade(ctx, m.plan)
      return {
        typeUrl: '/cosmos.upgrade.v1beta1.MsgSoftwareUpgradeResponse',
        value: MsgSoftwareUpgradeResponse.encode({}).finish(),
      }
    },
  }
}

export function msgCancelUpgradeDefinition(k: UpgradeKeeper): MsgDefinition<MsgCancelUpgrade> {
  return {
    typeUrl: '/cosmos.upgrade.v1beta1.MsgCancelUpgrade',
    aminoName: 'cosmos-sdk/MsgCancelUpgrade',
    decode: (b) => MsgCancelUpgrade.decode(b),
    encode: (m) => MsgCancelUpgrade.encode(m).finish(),
    toAmino: (m) => ({ authority: m.authority }),
    signers: (m) => [m.authority],
    validateBasic: (m) => checkAuthorityAddress(m.authority),
    handle(ctx, m) {
      requireGov(k, m.authority)
      k.clearPlan(ctx)
      return {
        typeUrl: '/cosmos.upgrade.v1beta1.MsgCancelUpgradeResponse',
        value: MsgCancelUpgradeResponse.encode({}).finish(),
      }
    },
  }
}
