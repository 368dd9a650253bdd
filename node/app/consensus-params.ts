// CometBFT 0.38 default consensus params (types/params.go), used until genesis provides its own.
import type { ConsensusParams } from '../types/abci.js'

export const DEFAULT_CONSENSUS_PARAMS: ConsensusParams = {
  block: { maxBytes: 22_020_096n, maxGas: -1n },
  evidence: { maxAgeNumBlocks: 100_000n, maxAgeDurationSeconds: 172_800n, maxBytes: 1_048_576n },
  validator: { pubKeyTypes: ['ed25519'] },
}
