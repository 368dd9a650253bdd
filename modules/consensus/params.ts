// Consensus params (block size and gas, evidence age, validator key types) as the app and the consensus
// engine use them, their proto form (tendermint.types.ConsensusParams) and CometBFT 0.38's validation.
import type { ConsensusParams as ParamsProto } from 'cosmjs-types/tendermint/types/params'
import { sdkErrors } from '../sdk/index.js'

export interface ConsensusParamsValue {
  block: { maxBytes: bigint; maxGas: bigint }
  evidence: { maxAgeNumBlocks: bigint; maxAgeDurationSeconds: bigint; maxBytes: bigint }
  validator: { pubKeyTypes: string[] }
}

/** CometBFT `types.MaxBlockSizeBytes`. */
export const MAX_BLOCK_SIZE_BYTES = 104_857_600n
const KNOWN_KEY_TYPES = new Set(['ed25519'])

const bad = (detail: string) => sdkErrors.invalidRequest.wrap(detail)

/** CometBFT `ConsensusParams.ValidateBasic` for the parts Datum uses (sdk 18). */
export function validateConsensusParams(p: ConsensusParamsValue): void {
  const b = p.block
  if (b.maxBytes === 0n) throw bad('block.MaxBytes cannot be 0')
  if (b.maxBytes < -1n) throw bad(`block.MaxBytes must be -1 or greater than 0. Got ${b.maxBytes}`)
  if (b.maxBytes > MAX_BLOCK_SIZE_BYTES)
    throw bad(`block.MaxBytes is too big. ${b.maxBytes} > ${MAX_BLOCK_SIZE_BYTES}`)
  if (b.maxGas < -1n) throw bad(`block.MaxGas must be greater or equal to -1. Got ${b.maxGas}`)
  const e = p.evidence
  if (e.maxAgeNumBlocks <= 0n)
    throw bad(`evidence.MaxAgeNumBlocks must be greater than 0. Got ${e.maxAgeNumBlocks}`)
  if (e.maxAgeDurationSeconds <= 0n)
    throw bad(`evidence.MaxAgeDuration must be greater than 0 if provided, Got ${e.maxAgeDurationSeconds}s`)
  const maxBytes = b.maxBytes === -1n ? MAX_BLOCK_SIZE_BYTES : b.maxBytes
  if (e.maxBytes > maxBytes)
    throw bad(`evidence.MaxBytesEvidence is greater than upper bound, ${e.maxBytes} > ${maxBytes}`)
  if (e.maxBytes < 0n) throw bad(`evidence.MaxBytes must be non negative. Got: ${e.maxBytes}`)
  if (p.validator.pubKeyTypes.length === 0) throw bad('len(Validator.PubKeyTypes) must be greater than 0')
  for (const t of p.validator.pubKeyTypes)
    if (!KNOWN_KEY_TYPES.has(t))
      throw bad(`params.Validator.PubKeyTypes contains an unknown pubkey type ${t}`)
}

export function consensusParamsToProto(p: ConsensusParamsValue): ParamsProto {
  return {
    block: { maxBytes: p.block.maxBytes, maxGas: p.block.maxGas },
    evidence: {
      maxAgeNumBlocks: p.evidence.maxAgeNumBlocks,
      maxAgeDuration: { seconds: p.evidence.maxAgeDurationSeconds, nanos: 0 },
      maxBytes: p.evidence.maxBytes,
    },
    validator: { pubKeyTypes: [...p.validator.pubKeyTypes] },
  }
}

/** All of block, evidence and validator must be present (cosmos `ToProtoConsensusParams`). */
export function consensusParamsFromProto(p: Partial<ParamsProto>): ConsensusParamsValue {
  if (!p.block || !p.evidence || !p.validator) throw bad('all parameters must be present')
  const age = p.evidence.maxAgeDuration
  if (age?.nanos !== 0) throw bad('evidence.MaxAgeDuration must be whole seconds')
  return {
    block: { maxBytes: p.block.maxBytes, maxGas: p.block.maxGas },
    evidence: {
      maxAgeNumBlocks: p.evidence.maxAgeNumBlocks,
      maxAgeDurationSeconds: age.seconds,
      maxBytes: p.evidence.maxBytes,
    },
    validator: { pubKeyTypes: [...p.validator.pubKeyTypes] },
  }
}

export function sameConsensusParams(a: ConsensusParamsValue, b: ConsensusParamsValue): boolean {
  return (
    a.block.maxBytes === b.block.maxBytes &&
    a.block.maxGas === b.block.maxGas &&
    a.evidence.maxAgeNumBlocks === b.evidence.maxAgeNumBlocks &&
    a.evidence.maxAgeDurationSeconds === b.evidence.maxAgeDurationSeconds &&
    a.evidence.maxBytes === b.evidence.maxBytes &&
    a.validator.pubKeyTypes.join(',') === b.validator.pubKeyTypes.join(',')
  )
}
