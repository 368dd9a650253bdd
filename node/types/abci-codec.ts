// Persisted forms of the app's results: the node's plain TS shapes (node/app/application.ts) to and from the
// CometBFT ABCI protobufs, so stored results are compact, versionless and readable by standard tooling.
import { Duration } from 'cosmjs-types/google/protobuf/duration'
import { ExecTxResult, ResponseFinalizeBlock } from 'cosmjs-types/tendermint/abci/types'
import type { ConsensusParams as ProtoConsensusParams } from 'cosmjs-types/tendermint/types/params'
import type { ConsensusParams, FinalizeBlockResult, TxResult } from './abci.js'
import { BlockDataError } from './errors.js'

export function toExecTxResult(r: TxResult): ExecTxResult {
  return {
    code: r.code,
    data: r.data,
    log: r.log,
    info: r.info,
    gasWanted: r.gasWanted,
    gasUsed: r.gasUsed,
    events: r.events,
    codespace: r.codespace,
  }
}

export function fromExecTxResult(r: ExecTxResult): TxResult {
  return {
    code: r.code,
    codespace: r.codespace,
    log: r.log,
    info: r.info,
    data: r.data,
    gasWanted: r.gasWanted,
    gasUsed: r.gasUsed,
    events: r.events.map((e) => ({
      type: e.type,
      attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })),
    })),
  }
}

function toProtoParams(p: ConsensusParams): ProtoConsensusParams {
  return {
    block: { maxBytes: p.block.maxBytes, maxGas: p.block.maxGas },
    evidence: {
      maxAgeNumBlocks: p.evidence.maxAgeNumBlocks,
      maxAgeDuration: Duration.fromPartial({ seconds: p.evidence.maxAgeDurationSeconds }),
      maxBytes: p.evidence.maxBytes,
    },
    validator: { pubKeyTypes: [...p.validator.pubKeyTypes] },
  }
}

function fromProtoParams(p: ProtoConsensusParams): ConsensusParams {
  return {
    block: { maxBytes: p.block?.maxBytes ?? 0n, maxGas: p.block?.maxGas ?? 0n },
    evidence: {
      maxAgeNumBlocks: p.evidence?.maxAgeNumBlocks ?? 0n,
      maxAgeDurationSeconds: p.evidence?.maxAgeDuration?.seconds ?? 0n,
      maxBytes: p.evidence?.maxBytes ?? 0n,
    },
    validator: { pubKeyTypes: [...(p.validator?.pubKeyTypes ?? [])] },
  }
}

/** Each tx result's ExecTxResult bytes, by result object: the results store and the tx index embed the same. */
const execTxResultBytes = new WeakMap<TxResult, Uint8Array>()

/**
 * A tx result's ExecTxResult encoding, computed once per result object (FinalizeBlock's results are not
 * changed after it returns them): the block store's results and the tx index both embed these bytes.
 */
export function encodeExecTxResult(r: TxResult): Uint8Array {
  let bytes = execTxResultBytes.get(r)
  if (!bytes) {
    bytes = ExecTxResult.encode(toExecTxResult(r)).finish()
    execTxResultBytes.set(r, bytes)
  }
  return bytes
}

/**
 * Concatenates protobuf fragments, with `embedded[i]` (encoded messages) written as length-delimited field
 * `field` between `head` and `tail`. A message's encoding is the concatenation of its fields in field-number
 * order, which is how the generated encoders write them, so this equals one encode of the whole message when
 * `head` holds the lower fields and `tail` the higher ones.
 */
export function spliceEmbedded(
  head: Uint8Array,
  field: number,
  embedded: readonly Uint8Array[],
  tail: Uint8Array,
): Uint8Array {
  const tag = (field << 3) | 2
  if (tag > 0x7f) throw new RangeError(`field ${field} needs a multi-byte tag`)
  let total = head.length + tail.length
  for (const e of embedded) total += 1 + varintSize(e.length) + e.length
  const out = new Uint8Array(total)
  out.set(head, 0)
  let at = head.length
  for (const e of embedded) {
    out[at++] = tag
    let n = e.length
    while (n > 0x7f) {
      out[at++] = (n & 0x7f) | 0x80
      n >>>= 7
    }
    out[at++] = n
    out.set(e, at)
    at += e.length
  }
  out.set(tail, at)
  return out
}

function varintSize(n: number): number {
  let size = 1
  while (n > 0x7f) {
    n >>>= 7
    size++
  }
  return size
}

const NO_BYTES = new Uint8Array(0)

export function encodeFinalizeBlockResult(r: FinalizeBlockResult): Uint8Array {
  // events (field 1), then tx_results (2) from encodeExecTxResult, then fields 3–5.
  const head = ResponseFinalizeBlock.encode({
    events: r.events,
    txResults: [],
    validatorUpdates: [],
    consensusParamUpdates: undefined,
    appHash: NO_BYTES,
  }).finish()
  const tail = ResponseFinalizeBlock.encode({
    events: [],
    txResults: [],
    validatorUpdates: r.validatorUpdates.map((v) => ({ pubKey: { ed25519: v.pubKey }, power: v.power })),
    consensusParamUpdates: r.consensusParamUpdates ? toProtoParams(r.consensusParamUpdates) : undefined,
    appHash: r.appHash,
  }).finish()
  return spliceEmbedded(head, 2, r.txResults.map(encodeExecTxResult), tail)
}

export function decodeFinalizeBlockResult(bytes: Uint8Array): FinalizeBlockResult {
  let p: ResponseFinalizeBlock
  try {
    p = ResponseFinalizeBlock.decode(bytes)
  } catch (e) {
    throw new BlockDataError('INVALID_BLOCK', `cannot decode finalize-block result: ${(e as Error).message}`)
  }
  return {
    events: fromExecTxResult({ ...ExecTxResult.fromPartial({}), events: p.events }).events,
    txResults: p.txResults.map(fromExecTxResult),
    validatorUpdates: p.validatorUpdates.map((v) => ({
      pubKey: v.pubKey.ed25519 ?? new Uint8Array(0),
      power: v.power,
    })),
    consensusParamUpdates: p.consensusParamUpdates ? fromProtoParams(p.consensusParamUpdates) : undefined,
    appHash: p.appHash,
  }
}
