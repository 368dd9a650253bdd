// `datumd genesis gentx` and `collect-gentxs` (cosmos x/genutil client): an operator signs a
// MsgCreateValidator for its home's consensus key with its account key; the coordinator puts every gentx into
// genesis `app_state.genutil.gen_txs`, where InitChain delivers them and staking derives the validator set.
// As simd, the gentx memo carries the node's peer address and collect-gentxs makes the other operators' memos
// the home's persistent peers (`gentx-peers.ts`).
// The operator's account key lives in the home's test keyring (`<home>/keyring-test.json`, the file the
// `datum` CLI uses with DATUM_HOME=<home>); the consensus key is the home's priv_validator_key.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { encodeSecp256k1Pubkey } from '@cosmjs/amino'
import { fromBase64 } from '@cosmjs/encoding'
import { encodePubkey, makeAuthInfoBytes, makeSignDoc, Registry } from '@cosmjs/proto-signing'
import { defaultRegistryTypes } from '@cosmjs/stargate'
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import { MsgCreateValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { Keyring } from '../../client/cli/keyring.js'
import { gentxBytes, gentxJson, MSG_CREATE_VALIDATOR } from '../../modules/genutil/index.js'
import { type Coin, decFromString, decToAtomics } from '../../modules/sdk/index.js'
import { valoperOf } from '../../modules/staking/index.js'
import { ConfigError } from '../config/errors.js'
import { loadGenesis, saveGenesis } from '../config/genesis.js'
import { homePaths } from '../config/home.js'
import { loadNodeConfig, saveNodeConfig } from '../config/node-config.js'
import { loadValidatorKey } from '../config/validator-key.js'
import { gentxMemo, peersFromGentxs } from './gentx-peers.js'

/** SDK defaults of `gentx` / `create-validator` (cosmos x/staking client flags). */
export const DEFAULT_COMMISSION = { rate: '0.1', maxRate: '0.2', maxChangeRate: '0.01' }
export const GENTX_GAS = 200_000n

export interface GentxOptions {
  home: string
  keyName: string
  amount: Coin
  /** Default: the chain id of the home's genesis. */
  chainId?: string
  moniker?: string
  commission?: { rate?: string; maxRate?: string; maxChangeRate?: string }
  minSelfDelegation?: bigint
  /** Default `<home>/keyring-test.json`. */
  keyringFile?: string
  /** Default `<home>/config/gentx`. */
  outputDir?: string
  /** The IP (or host name) the memo names; default the host of the home's p2p.laddr (0.0.0.0: external IPv4). */
  ip?: string
}

export function homeKeyringFile(home: string): string {
  return join(home, 'keyring-test.json')
}

export function gentxDir(home: string): string {
  return join(homePaths(home).root, 'config', 'gentx')
}

/** Signs and writes `gentx-<operator>.json`; returns its path. The account must be funded in genesis. */
export async function createGentx(opts: GentxOptions): Promise<string> {
  const paths = homePaths(opts.home)
  const genesis = loadGenesis(paths.genesisFile)
  const chainId = opts.chainId ?? genesis.chainId
  if (chainId !== genesis.chainId)
    throw new ConfigError('GENESIS_INVALID', `--chain-id ${chainId} differs from genesis ${genesis.chainId}`)
  const keyring = new Keyring(opts.keyringFile ?? homeKeyringFile(opts.home))
  const key = keyring.get(opts.keyName)
  checkFunded(genesis.appState, key.address, opts.amount)
  const consKey = loadValidatorKey(paths.validatorKeyFile)
  const given = opts.commission ?? {}
  const c = {
    rate: given.rate ?? DEFAULT_COMMISSION.rate,
    maxRate: given.maxRate ?? DEFAULT_COMMISSION.maxRate,
    maxChangeRate: given.maxChangeRate ?? DEFAULT_COMMISSION.maxChangeRate,
  }
  const msg = MsgCreateValidator.fromPartial({
    description: {
      moniker: opts.moniker ?? readMoniker(opts.home),
      identity: '',
      website: '',
      securityContact: '',
      details: '',
    },
    commission: {
      rate: atomics(c.rate),
      maxRate: atomics(c.maxRate),
      maxChangeRate: atomics(c.maxChangeRate),
    },
    minSelfDelegation: (opts.minSelfDelegation ?? 1n).toString(),
    delegatorAddress: '',
    validatorAddress: valoperOf(key.address),
    pubkey: {
      typeUrl: '/cosmos.crypto.ed25519.PubKey',
      value: Ed25519PubKey.encode({ key: consKey.pubKey }).finish(),
    },
    value: { denom: opts.amount.denom, amount: opts.amount.amount.toString() },
  })
  const { signer } = await keyring.signer(opts.keyName)
  const [account] = await signer.getAccounts()
  const bodyBytes = new Registry(defaultRegistryTypes).encodeTxBody({
    messages: [{ typeUrl: MSG_CREATE_VALIDATOR, value: msg }],
    memo: await gentxMemo(opts.home, opts.ip),
  })
  const pubkey = encodePubkey(encodeSecp256k1Pubkey(account!.pubkey))
  const authInfoBytes = makeAuthInfoBytes(
    [{ pubkey, sequence: 0 }],
    [],
    Number(GENTX_GAS),
    undefined,
    undefined,
  )
  // Account number 0: at genesis the ante handler verifies with 0, as the SDK does at height 0.
  const signDoc = makeSignDoc(bodyBytes, authInfoBytes, chainId, 0)
  if (!('signDirect' in signer))
    throw new ConfigError('GENESIS_INVALID', 'the keyring signer cannot sign direct')
  const signed = await signer.signDirect(key.address, signDoc)
  const json = gentxJson({
    bodyBytes: signed.signed.bodyBytes,
    authInfoBytes: signed.signed.authInfoBytes,
    signatures: [fromBase64(signed.signature.signature)],
  })
  const dir = opts.outputDir ?? gentxDir(opts.home)
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `gentx-${msg.validatorAddress}.json`)
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`)
  return file
}

/**
 * Puts every `*.json` gentx of `dir` (sorted by file name) into the home's genesis and empties
 * `validators`: the set now comes from staking at InitChain. As simd, the home's `p2p.persistentPeers` becomes
 * the peers the other gentxs' memos name. Returns how many gentxs were collected and the peers written.
 */
export function collectGentxs(home: string, dir = gentxDir(home)): { gentxs: number; peers: string[] } {
  const paths = homePaths(home)
  const genesis = loadGenesis(paths.genesisFile)
  let files: string[]
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  } catch {
    throw new ConfigError('GENESIS_INVALID', `no gentx directory ${dir}`)
  }
  if (files.length === 0) throw new ConfigError('GENESIS_INVALID', `no gentx files in ${dir}`)
  const txs = files.map((f) => {
    const json = JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown
    try {
      gentxBytes(json)
    } catch (e) {
      throw new ConfigError('GENESIS_INVALID', `${f}: ${(e as Error).message}`)
    }
    return json
  })
  const peers = peersFromGentxs(
    files.map((file, i) => ({ file, json: txs[i] })),
    loadValidatorKey(paths.validatorKeyFile).pubKey,
  )
  genesis.appState.genutil = { gen_txs: txs }
  genesis.validators = []
  saveGenesis(paths.genesisFile, genesis)
  const cfg = loadNodeConfig(paths.configFile)
  cfg.p2p.persistentPeers = peers
  saveNodeConfig(paths.configFile, cfg)
  return { gentxs: txs.length, peers }
}

function atomics(rate: string): string {
  try {
    return decToAtomics(decFromString(rate))
  } catch (e) {
    throw new ConfigError('GENESIS_INVALID', `invalid commission rate ${rate}: ${(e as Error).message}`)
  }
}

function readMoniker(home: string): string {
  const cfg = JSON.parse(readFileSync(homePaths(home).configFile, 'utf8')) as { moniker?: string }
  return cfg.moniker ?? 'datum-node'
}

/** As the SDK's gentx: the self-delegation must be covered by the account's genesis balance. */
function checkFunded(appState: Record<string, unknown>, address: string, amount: Coin): void {
  const bank = appState.bank as {
    balances?: { address: string; coins: { denom: string; amount: string }[] }[]
  }
  const bal = bank?.balances?.find((b) => b.address === address)
  const have = BigInt(bal?.coins.find((c) => c.denom === amount.denom)?.amount ?? '0')
  if (have < amount.amount)
    throw new ConfigError(
      'GENESIS_INVALID',
      `account ${address} has ${have}${amount.denom} in genesis, the self-delegation needs ${amount.amount}${amount.denom} (run datumd genesis add-account first)`,
    )
}
