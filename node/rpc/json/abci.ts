// ABCI structs as CometBFT renders them with gogo jsonpb (EmitDefaults, EnumsAsInts): int64 strings,
// uint32 numbers, bytes base64 or null, events with plain-string attributes.
import type { AbciEvent } from '../../../modules/sdk/events.js'
import type { ValidatorUpdate } from '../../../modules/sdk/index.js'
import type { ConsensusParams, QueryResult, TxResult } from '../../types/abci.js'
import type { IndexedTx } from '../backend.js'
import { base64, base64OrNull, hex, int } from './encode.js'

export function eventJson(e: AbciEvent) {
  return {
    type: e.type,
    attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })),
  }
}

export function txResultJson(r: TxResult) {
  return {
    code: r.code,
    data: base64OrNull(r.data),
    log: r.log,
    info: r.info,
    gas_wanted: int(r.gasWanted),
    gas_used: int(r.gasUsed),
    events: r.events.map(eventJson),
    codespace: r.codespace,
  }
}

/** One `tx` / `tx_search` entry; `proof` stays absent (CosmJS rejects an empty one). */
export function indexedTxJson(t: IndexedTx) {
  return {
    hash: hex(t.hash),
    height: int(t.height),
    index: t.index,
    tx_result: txResultJson(t.result),
    tx: base64(t.tx),
  }
}

export function queryResultJson(q: QueryResult) {
  return {
    code: q.code,
    log: q.log,
    info: q.info,
    index: int(q.index),
    key: base64OrNull(q.key),
    value: base64OrNull(q.value),
    proofOps:
      q.proofOps.length > 0
        ? { ops: q.proofOps.map((op) => ({ type: op.type, key: base64(op.key), data: base64(op.data) })) }
        : null,
    height: int(q.height),
    codespace: q.codespace,
  }
}

/** ABCI `ValidatorUpdate` as jsonpb renders the `PublicKey` oneof. */
export function validatorUpdateJson(u: ValidatorUpdate) {
  return {
    pub_key: { Sum: { type: 'tendermint.crypto.PublicKey_Ed25519', value: { ed25519: base64(u.pubKey) } } },
    power: int(u.power),
  }
}

/** Durations in CometBFT JSON are nanoseconds as a decimal string. */
export function consensusParamsJson(p: ConsensusParams) {
  return {
    block: { max_bytes: int(p.block.maxBytes), max_gas: int(p.block.maxGas) },
    evidence: {
      max_age_num_blocks: int(p.evidence.maxAgeNumBlocks),
      max_age_duration: int(p.evidence.maxAgeDurationSeconds * 1_000_000_000n),
      max_bytes: int(p.evidence.maxBytes),
    },
    validator: { pub_key_types: p.validator.pubKeyTypes },
    version: { app: '0' },
    abci: { vote_extensions_enable_height: '0' },
  }
}
