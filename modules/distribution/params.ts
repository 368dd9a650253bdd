// x/distribution params. SDK 0.50 deprecated the proposer rewards (always 0, never paid); they are kept for
// the wire format only.
import type { Params as ParamsProto } from 'cosmjs-types/cosmos/distribution/v1beta1/distribution'
import { DEC_ONE, type Dec, decFromAtomics, decFromString, decToAtomics } from '../sdk/index.js'

export interface DistributionParams {
  communityTax: Dec
  baseProposerReward: Dec
  bonusProposerReward: Dec
  withdrawAddrEnabled: boolean
}

export const DEFAULT_DISTRIBUTION_PARAMS: DistributionParams = {
  communityTax: decFromString('0.02'),
  baseProposerReward: 0n,
  bonusProposerReward: 0n,
  withdrawAddrEnabled: true,
}

export const paramsToProto = (p: DistributionParams): ParamsProto => ({
  communityTax: decToAtomics(p.communityTax),
  baseProposerReward: decToAtomics(p.baseProposerReward),
  bonusProposerReward: decToAtomics(p.bonusProposerReward),
  withdrawAddrEnabled: p.withdrawAddrEnabled,
})

export const paramsFromProto = (p: ParamsProto): DistributionParams => ({
  communityTax: decFromAtomics(p.communityTax),
  baseProposerReward: decFromAtomics(p.baseProposerReward),
  bonusProposerReward: decFromAtomics(p.bonusProposerReward),
  withdrawAddrEnabled: p.withdrawAddrEnabled,
})

export function validateDistributionParams(p: DistributionParams): void {
  if (p.communityTax < 0n || p.communityTax > DEC_ONE)
    throw new Error(`community tax must be between 0 and 1: ${p.communityTax}`)
  if (p.baseProposerReward < 0n || p.bonusProposerReward < 0n)
    throw new Error('proposer rewards must be positive')
}
