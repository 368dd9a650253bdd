// The consensus network of a node without peers: the driver handles its own messages itself, so a lone
// validator needs no transport at all.
import type { Block } from 'cosmjs-types/tendermint/types/block'
import type { ConsensusNetwork } from '../consensus/driver-types.js'

export function loopbackNetwork(): ConsensusNetwork<Block> {
  return {
    broadcastProposal() {},
    broadcastVote() {},
    broadcastEvidence() {},
  }
}
