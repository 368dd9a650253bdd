// What the event bus carries: CometBFT's five node events with typed payloads, plus the flattened events
// (`type.key -> values`, including the reserved `tm.event`, `tx.hash`, `tx.height`) that queries match against.
import type { Block } from 'cosmjs-types/tendermint/types/block'
import type { BlockID, Header } from 'cosmjs-types/tendermint/types/types'
import type { AbciEvent } from '../../modules/sdk/events.js'
import type { ValidatorUpdate } from '../../modules/sdk/module.js'
import type { FinalizeBlockResult, TxResult } from '../types/abci.js'

export interface NewBlockData {
  block: Block
  blockId: BlockID
  result: FinalizeBlockResult
}

export interface NewBlockHeaderData {
  header: Header
}

export interface TxData {
  height: bigint
  index: number
  tx: Uint8Array
  result: TxResult
  /** sha256 of `tx`, when the publisher has it. */
  hash?: Uint8Array
}

export interface NewBlockEventsData {
  height: bigint
  events: AbciEvent[]
  numTxs: number
}

export interface ValidatorSetUpdatesData {
  validatorUpdates: ValidatorUpdate[]
}

export type BusMessage =
  | { kind: 'NewBlock'; data: NewBlockData; events: ReadonlyMap<string, string[]> }
  | { kind: 'NewBlockHeader'; data: NewBlockHeaderData; events: ReadonlyMap<string, string[]> }
  | { kind: 'Tx'; data: TxData; events: ReadonlyMap<string, string[]> }
  | { kind: 'NewBlockEvents'; data: NewBlockEventsData; events: ReadonlyMap<string, string[]> }
  | { kind: 'ValidatorSetUpdates'; data: ValidatorSetUpdatesData; events: ReadonlyMap<string, string[]> }

export type EventKind = BusMessage['kind']

/** The `data.type` string CometBFT's websocket uses for each kind (Keplr dispatches on it). */
export const EVENT_TYPE_NAMES: Record<EventKind, string> = {
  NewBlock: 'tendermint/event/NewBlock',
  NewBlockHeader: 'tendermint/event/NewBlockHeader',
  Tx: 'tendermint/event/Tx',
  NewBlockEvents: 'tendermint/event/NewBlockEvents',
  ValidatorSetUpdates: 'tendermint/event/ValidatorSetUpdates',
}
