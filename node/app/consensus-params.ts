// CometBFT 0.38 default consensus params (types/params.go), used until genesis provides its own.
import type { Context } from '../../modules/sdk/index.js'
import type { ConsensusParams } from '../types/abci.js'

export const DEFAULT_CONSENSUS_PARAMS: ConsensusParams = {
  block: { maxBytes: 22_020_096n, maxGas: -1n },
  evidence: { maxAgeNumBlocks: 100_000n, maxAgeDurationSeconds: 172_800n, maxBytes: 1_048_576n },
  validator: { pubKeyTypes: ['ed25519'] },
}

/** Where the app keeps consensus params in state so governance can change them (cosmos baseapp ParamStore). */
export interface ConsensusParamStore {
  get(ctx: Context): ConsensusParams | undefined
  set(ctx: Context, params: ConsensusParams): void
}

export function sameConsensusParams(a: ConsensusParams, b: ConsensusParams): boolean {
  return (
    a.block.maxBytes === b.block.maxBytes &&
    a.block.maxGas === b.block.maxGas &&
    a.evidence.maxAgeNumBlocks === b.evidence.maxAgeNumBlocks &&
    a.evidence.maxAgeDurationSeconds === b.evidence.maxAgeDurationSeconds &&
    a.evidence.maxBytes === b.evidence.maxBytes &&
    a.validator.pubKeyTypes.join(',') === b.validator.pubKeyTypes.join(',')
  )
}
