// The block header hash exactly as CometBFT 0.38 `Header.Hash` (types/block.go): a simple merkle root over the
// 14 fields in proto order, scalars cdc-encoded, version/time/last block id proto-encoded.
import { Timestamp } from 'cosmjs-types/google/protobuf/timestamp'
import { BlockID, type Header } from 'cosmjs-types/tendermint/types/types'
import { Consensus } from 'cosmjs-types/tendermint/version/types'
import { cdcBytes, cdcInt64, cdcString } from './cdc.js'
import { BlockDataError } from './errors.js'
import { hashFromByteSlices } from './merkle.js'

/** CometBFT 0.38's block protocol version (`version.BlockProtocol`); CosmJS reads it as `version.block`. */
export const BLOCK_PROTOCOL = 11n

export function headerHash(header: Header): Uint8Array {
  // CometBFT returns nil for a header without a validators hash; such a header is never valid here.
  if (header.validatorsHash.length === 0) {
    throw new BlockDataError('INVALID_HEADER', `header at height ${header.height} has no validators hash`)
  }
  return hashFromByteSlices([
    Consensus.encode(header.version).finish(),
    cdcString(header.chainId),
    cdcInt64(header.height),
    Timestamp.encode(header.time).finish(),
    BlockID.encode(header.lastBlockId).finish(),
    cdcBytes(header.lastCommitHash),
    cdcBytes(header.dataHash),
    cdcBytes(header.validatorsHash),
    cdcBytes(header.nextValidatorsHash),
    cdcBytes(header.consensusHash),
    cdcBytes(header.appHash),
    cdcBytes(header.lastResultsHash),
    cdcBytes(header.evidenceHash),
    cdcBytes(header.proposerAddress),
  ])
}
