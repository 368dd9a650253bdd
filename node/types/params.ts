// ConsensusHash as CometBFT 0.38 `ConsensusParams.Hash`: sha256 of `HashedParams` (block max bytes and max gas
// only), so changing evidence or validator params does not change the header.
import { HashedParams } from 'cosmjs-types/tendermint/types/params'
import { sha256 } from './hash.js'

export function consensusParamsHash(block: { maxBytes: bigint; maxGas: bigint }): Uint8Array {
  return sha256(HashedParams.encode({ blockMaxBytes: block.maxBytes, blockMaxGas: block.maxGas }).finish())
}
