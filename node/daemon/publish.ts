// After a block is durable: tell subscribers, in CometBFT's order (NewBlock, NewBlockHeader,
// NewBlockEvents, each Tx, ValidatorSetUpdates).
import type { Block } from 'cosmjs-types/tendermint/types/block'
import type { BlockID } from 'cosmjs-types/tendermint/types/types'
import type { EventBus } from '../events/bus.js'
import type { FinalizeBlockResult } from '../types/abci.js'

export function publishCommitted(
  bus: EventBus,
  block: Block,
  blockId: BlockID,
  result: FinalizeBlockResult,
  txHashes?: readonly Uint8Array[],
): void {
  const height = block.header.height
  bus.publishNewBlock({ block, blockId, result })
  bus.publishNewBlockHeader({ header: block.header })
  bus.publishNewBlockEvents({ height, events: result.events, numTxs: block.data.txs.length })
  block.data.txs.forEach((tx, index) => {
    bus.publishTx({ height, index, tx, result: result.txResults[index]!, hash: txHashes?.[index] })
  })
  if (result.validatorUpdates.length > 0)
    bus.publishValidatorSetUpdates({ validatorUpdates: result.validatorUpdates })
}
