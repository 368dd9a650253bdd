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

export function encodeFinalizeBlockResult(r: FinalizeBlockResult): Uint8Array {
  return ResponseFinalizeBlock.encode({
    events: r.events,
    txResults: r.txResults.map(toExecTxResult),
    validatorUpdates: r.validatorUpdates.map((v) => ({ pubKey: { ed25519: v.pubKey }, power: v.power })),
    consensusParamUpdates: r.consensusParamUpdates ? toProtoParams(r.consensusParamUpdates) : undefined,
    appHash: r.appHash,
  }).finish()
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
