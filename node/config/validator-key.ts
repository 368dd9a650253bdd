// The validator's consensus key (ed25519) in CometBFT's priv_validator_key.json format.
// Address = first 20 bytes of sha256(pubkey), as CometBFT derives it.
import { readFileSync, writeFileSync } from 'node:fs'
import { ed25519 } from '@noble/curves/ed25519.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { toHex } from '../../modules/sdk/bytes.js'
import { ConfigError } from './errors.js'

export interface ValidatorKey {
  address: Uint8Array
  pubKey: Uint8Array
  /** 32-byte seed. */
  privKey: Uint8Array
}

export function validatorAddress(pubKey: Uint8Array): Uint8Array {
  return sha256(pubKey).subarray(0, 20)
}

export function generateValidatorKey(seed: Uint8Array = ed25519.utils.randomSecretKey()): ValidatorKey {
  const pubKey = ed25519.getPublicKey(seed)
  return { address: validatorAddress(pubKey), pubKey, privKey: seed }
}

export function saveValidatorKey(file: string, key: ValidatorKey): void {
  const json = {
    address: toHex(key.address).toUpperCase(),
    pub_key: { type: 'tendermint/PubKeyEd25519', value: Buffer.from(key.pubKey).toString('base64') },
    priv_key: {
      type: 'tendermint/PrivKeyEd25519',
      value: Buffer.concat([key.privKey, key.pubKey]).toString('base64'),
    },
  }
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`, { mode: 0o600 })
}

export function loadValidatorKey(file: string): ValidatorKey {
  let json: { priv_key?: { type?: string; value?: string } }
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new ConfigError('KEY_INVALID', `cannot read validator key ${file}: ${(e as Error).message}`)
  }
  if (json.priv_key?.type !== 'tendermint/PrivKeyEd25519' || typeof json.priv_key.value !== 'string') {
    throw new ConfigError('KEY_INVALID', `${file}: priv_key must be a tendermint/PrivKeyEd25519`)
  }
  const raw = Buffer.from(json.priv_key.value, 'base64')
  if (raw.length !== 64)
    throw new ConfigError('KEY_INVALID', `${file}: priv_key must be 64 bytes (seed ‖ pubkey)`)
  const key = generateValidatorKey(new Uint8Array(raw.subarray(0, 32)))
  if (!Buffer.from(key.pubKey).equals(raw.subarray(32)))
    throw new ConfigError('KEY_INVALID', `${file}: public half does not match the seed`)
  return key
}
