// The chain state CometBFT keeps beside the app (state.State): what the next block's header must carry
// and which validators sign it. It is written in the same fsync'd batch as the app's commit, so the app
// height and the chain state height never disagree after a crash.
import type { BlockID } from 'cosmjs-types/tendermint/types/types'
import type { Timestamp } from '../../modules/sdk/context.js'
import type { ValidatorSchedule } from '../consensus/validator-schedule.js'
import { addressOf, type Validator, ValidatorSet } from '../consensus/validator-set.js'
import type { ConsensusParams } from '../types/abci.js'

export interface ChainState {
  chainId: string
  initialHeight: bigint
  /** 0 before the first block. */
  lastBlockHeight: bigint
  lastBlockId: BlockID
  /** Genesis time before the first block. */
  lastBlockTime: Timestamp
  /** App hash after lastBlockHeight: header lastBlockHeight+1 carries it. */
  appHash: Uint8Array
  lastResultsHash: Uint8Array
  consensusParams: ConsensusParams
  /** Validator sets for height lastBlockHeight+1. */
  schedule: ValidatorSchedule
}

const STATE_KEY = Uint8Array.from(Buffer.from('Schain'))
const VALSET_PREFIX = Buffer.from('Vset')

/** Key of the validator set that signs `height` (kept for the `validators` RPC). */
export function validatorSetKey(height: bigint): Uint8Array {
  const out = Buffer.alloc(VALSET_PREFIX.length + 8)
  VALSET_PREFIX.copy(out)
  out.writeBigUInt64BE(height, VALSET_PREFIX.length)
  return new Uint8Array(out)
}

export const chainStateKey = (): Uint8Array => STATE_KEY

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const unhex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'))

export function encodeValidatorSet(set: ValidatorSet): Uint8Array {
  const json = set.validators.map((v) => ({
    pubKey: hex(v.pubKey),
    power: v.power.toString(),
    priority: v.proposerPriority.toString(),
  }))
  return new TextEncoder().encode(JSON.stringify(json))
}

export function decodeValidatorSet(bytes: Uint8Array): ValidatorSet {
  const json = JSON.parse(new TextDecoder().decode(bytes)) as {
    pubKey: string
    power: string
    priority: string
  }[]
  return setFromJson(json)
}

function setFromJson(json: { pubKey: string; power: string; priority: string }[]): ValidatorSet {
  const validators: Validator[] = json.map((v) => {
    const pubKey = unhex(v.pubKey)
    return {
      pubKey,
      address: addressOf(pubKey),
      power: BigInt(v.power),
      proposerPriority: BigInt(v.priority),
    }
  })
  return ValidatorSet.restore(validators)
}

function setToJson(set: ValidatorSet) {
  return JSON.parse(new TextDecoder().decode(encodeValidatorSet(set)))
}

export function encodeChainState(s: ChainState): Uint8Array {
  const json = {
    chainId: s.chainId,
    initialHeight: s.initialHeight.toString(),
    lastBlockHeight: s.lastBlockHeight.toString(),
    lastBlockId: {
      hash: hex(s.lastBlockId.hash),
      partSetHeader: {
        total: s.lastBlockId.partSetHeader.total,
        hash: hex(s.lastBlockId.partSetHeader.hash),
      },
    },
    lastBlockTime: { seconds: s.lastBlockTime.seconds.toString(), nanos: s.lastBlockTime.nanos },
    appHash: hex(s.appHash),
    lastResultsHash: hex(s.lastResultsHash),
    consensusParams: {
      block: {
        maxBytes: s.consensusParams.block.maxBytes.toString(),
        maxGas: s.consensusParams.block.maxGas.toString(),
      },
      evidence: {
        maxAgeNumBlocks: s.consensusParams.evidence.maxAgeNumBlocks.toString(),
        maxAgeDurationSeconds: s.consensusParams.evidence.maxAgeDurationSeconds.toString(),
        maxBytes: s.consensusParams.evidence.maxBytes.toString(),
      },
      validator: s.consensusParams.validator,
    },
    schedule: {
      height: s.schedule.height.toString(),
      lastValidators: s.schedule.lastValidators ? setToJson(s.schedule.lastValidators) : null,
      validators: setToJson(s.schedule.validators),
      nextValidators: setToJson(s.schedule.nextValidators),
      lastHeightValidatorsChanged: s.schedule.lastHeightValidatorsChanged.toString(),
    },
  }
  return new TextEncoder().encode(JSON.stringify(json))
}

export function decodeChainState(bytes: Uint8Array): ChainState {
  const j = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>
  const cp = j.consensusParams as unknown as Record<string, Record<string, string>> & {
    validator: { pubKeyTypes: string[] }
  }
  const sch = j.schedule as Record<string, unknown>
  const lbid = j.lastBlockId as { hash: string; partSetHeader: { total: number; hash: string } }
  const t = j.lastBlockTime as { seconds: string; nanos: number }
  type SetJson = { pubKey: string; power: string; priority: string }[]
  return {
    chainId: String(j.chainId),
    initialHeight: BigInt(String(j.initialHeight)),
    lastBlockHeight: BigInt(String(j.lastBlockHeight)),
    lastBlockId: {
      hash: unhex(lbid.hash),
      partSetHeader: { total: lbid.partSetHeader.total, hash: unhex(lbid.partSetHeader.hash) },
    },
    lastBlockTime: { seconds: BigInt(t.seconds), nanos: t.nanos },
    appHash: unhex(String(j.appHash)),
    lastResultsHash: unhex(String(j.lastResultsHash)),
    consensusParams: {
      block: { maxBytes: BigInt(cp.block!.maxBytes!), maxGas: BigInt(cp.block!.maxGas!) },
      evidence: {
        maxAgeNumBlocks: BigInt(cp.evidence!.maxAgeNumBlocks!),
        maxAgeDurationSeconds: BigInt(cp.evidence!.maxAgeDurationSeconds!),
        maxBytes: BigInt(cp.evidence!.maxBytes!),
      },
      validator: cp.validator,
    },
    schedule: {
      height: BigInt(String(sch.height)),
      lastValidators: sch.lastValidators ? setFromJson(sch.lastValidators as SetJson) : undefined,
      validators: setFromJson(sch.validators as SetJson),
      nextValidators: setFromJson(sch.nextValidators as SetJson),
      lastHeightValidatorsChanged: BigInt(String(sch.lastHeightValidatorsChanged)),
    },
  }
}
