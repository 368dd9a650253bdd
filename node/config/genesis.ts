// genesis.json in CometBFT's format: chain id, time, initial height, consensus params, validators, app_state.
// Loading validates every field and names the one that is wrong.
import { readFileSync, writeFileSync } from 'node:fs'
import { toHex } from '../../modules/sdk/bytes.js'
import type { Timestamp } from '../../modules/sdk/context.js'
import type { ConsensusParams, GenesisValidator } from '../types/abci.js'
import { ConfigError } from './errors.js'
import { formatRfc3339, parseRfc3339 } from './time.js'
import { validatorAddress } from './validator-key.js'

export interface GenesisDoc {
  genesisTime: Timestamp
  chainId: string
  initialHeight: bigint
  consensusParams: ConsensusParams
  validators: GenesisValidator[]
  appState: Record<string, unknown>
}

// max_gas: 1e9 fits ~10,000 MsgSends (~100k gas each with a 1.3 margin), more than two cores execute in a
// block interval, so CPU binds before the gas cap does (100M capped a block at 666 of the benchmark's txs).
export const DEFAULT_CONSENSUS_PARAMS: ConsensusParams = {
  block: { maxBytes: 22_020_096n, maxGas: 1_000_000_000n },
  evidence: { maxAgeNumBlocks: 100_000n, maxAgeDurationSeconds: 172_800n, maxBytes: 1_048_576n },
  validator: { pubKeyTypes: ['ed25519'] },
}

const CHAIN_ID = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,49}$/

const bad = (field: string, why: string): ConfigError =>
  new ConfigError('GENESIS_INVALID', `genesis ${field}: ${why}`)

function int(field: string, v: unknown, min = 0n): bigint {
  if (typeof v !== 'string' && typeof v !== 'number') throw bad(field, 'expected an integer string')
  const s = String(v)
  if (!/^-?\d{1,19}$/.test(s)) throw bad(field, `expected an integer, got ${JSON.stringify(v)}`)
  const n = BigInt(s)
  if (n < min) throw bad(field, `must be >= ${min}`)
  return n
}

export function parseGenesis(raw: unknown): GenesisDoc {
  if (!raw || typeof raw !== 'object') throw bad('', 'expected a JSON object')
  const g = raw as Record<string, unknown>
  if (typeof g.chain_id !== 'string' || !CHAIN_ID.test(g.chain_id))
    throw bad('chain_id', 'expected 1-50 chars [a-zA-Z0-9._-]')
  let genesisTime: Timestamp
  try {
    genesisTime = parseRfc3339(String(g.genesis_time))
  } catch (e) {
    throw bad('genesis_time', (e as Error).message)
  }
  const initialHeight = g.initial_height === undefined ? 1n : int('initial_height', g.initial_height, 1n)
  const cp = (g.consensus_params ?? {}) as Record<string, Record<string, unknown>>
  const consensusParams: ConsensusParams = {
    block: {
      maxBytes: int('consensus_params.block.max_bytes', cp.block?.max_bytes ?? '22020096', 1n),
      maxGas: int('consensus_params.block.max_gas', cp.block?.max_gas ?? '-1', -1n),
    },
    evidence: {
      maxAgeNumBlocks: int(
        'consensus_params.evidence.max_age_num_blocks',
        cp.evidence?.max_age_num_blocks ?? '100000',
        1n,
      ),
      maxAgeDurationSeconds:
        int(
          'consensus_params.evidence.max_age_duration',
          cp.evidence?.max_age_duration ?? '172800000000000',
          1n,
        ) / 1_000_000_000n,
      maxBytes: int('consensus_params.evidence.max_bytes', cp.evidence?.max_bytes ?? '1048576', 0n),
    },
    validator: { pubKeyTypes: ['ed25519'] },
  }
  if (!Array.isArray(g.validators)) throw bad('validators', 'expected a list')
  const validators = g.validators.map((v: Record<string, unknown>, i: number) => parseValidator(v, i))
  if (
    g.app_state === undefined ||
    typeof g.app_state !== 'object' ||
    Array.isArray(g.app_state) ||
    g.app_state === null
  ) {
    throw bad('app_state', 'expected an object')
  }
  return {
    genesisTime,
    chainId: g.chain_id,
    initialHeight,
    consensusParams,
    validators,
    appState: g.app_state as Record<string, unknown>,
  }
}

function parseValidator(v: Record<string, unknown>, i: number): GenesisValidator {
  const pk = v?.pub_key as { type?: string; value?: string } | undefined
  if (pk?.type !== 'tendermint/PubKeyEd25519' || typeof pk.value !== 'string') {
    throw bad(`validators[${i}].pub_key`, 'expected {type: tendermint/PubKeyEd25519, value: base64}')
  }
  const pubKey = new Uint8Array(Buffer.from(pk.value, 'base64'))
  if (pubKey.length !== 32) throw bad(`validators[${i}].pub_key`, 'ed25519 keys are 32 bytes')
  if (
    v.address !== undefined &&
    String(v.address).toUpperCase() !== toHex(validatorAddress(pubKey)).toUpperCase()
  ) {
    throw bad(`validators[${i}].address`, 'does not match pub_key')
  }
  return {
    pubKey,
    power: int(`validators[${i}].power`, v.power, 1n),
    name: typeof v.name === 'string' ? v.name : '',
  }
}

export function genesisToJson(doc: GenesisDoc): Record<string, unknown> {
  return {
    genesis_time: formatRfc3339(doc.genesisTime),
    chain_id: doc.chainId,
    initial_height: doc.initialHeight.toString(),
    consensus_params: {
      block: {
        max_bytes: doc.consensusParams.block.maxBytes.toString(),
        max_gas: doc.consensusParams.block.maxGas.toString(),
      },
      evidence: {
        max_age_num_blocks: doc.consensusParams.evidence.maxAgeNumBlocks.toString(),
        max_age_duration: (doc.consensusParams.evidence.maxAgeDurationSeconds * 1_000_000_000n).toString(),
        max_bytes: doc.consensusParams.evidence.maxBytes.toString(),
      },
      validator: { pub_key_types: ['ed25519'] },
      version: { app: '0' },
      abci: { vote_extensions_enable_height: '0' },
    },
    validators: doc.validators.map((v) => ({
      address: toHex(validatorAddress(v.pubKey)).toUpperCase(),
      pub_key: { type: 'tendermint/PubKeyEd25519', value: Buffer.from(v.pubKey).toString('base64') },
      power: v.power.toString(),
      name: v.name,
    })),
    app_hash: '',
    app_state: doc.appState,
  }
}

export function loadGenesis(file: string): GenesisDoc {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new ConfigError('GENESIS_NOT_FOUND', `genesis file not found: ${file}`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw new ConfigError('GENESIS_INVALID', `${file}: invalid JSON: ${(e as Error).message}`)
  }
  return parseGenesis(raw)
}

export function saveGenesis(file: string, doc: GenesisDoc): void {
  writeFileSync(file, `${JSON.stringify(genesisToJson(doc), null, 2)}\n`)
}
