// What the sync server needs from the node: its block store heights, stored blocks with commits, and the votes
// of the consensus round in progress. The integrator implements it over the block store and consensus state.
import type { BlockWithCommit, SyncStatus } from './messages.js'

export interface SyncProvider {
  status(): SyncStatus | Promise<SyncStatus>
  /** The block at `height` with its commit, or undefined when this node does not have it. */
  block(height: number): BlockWithCommit | undefined | Promise<BlockWithCommit | undefined>
  /** Encoded votes this node holds for (height, round); empty when none. */
  votes(height: number, round: number): Uint8Array[] | Promise<Uint8Array[]>
}
