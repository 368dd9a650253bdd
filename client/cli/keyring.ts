// A file keyring like cosmos `--keyring-backend test`: mnemonics in a JSON file readable only by its owner.
// It is meant for development and scripts; keep real funds in a hardware or encrypted wallet.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { Secp256k1HdWallet } from '@cosmjs/amino'
import { DirectSecp256k1HdWallet, type OfflineSigner } from '@cosmjs/proto-signing'
import { ACCOUNT_PREFIX } from '../../modules/sdk/address.js'
import { CliError } from './errors.js'

export interface KeyEntry {
  name: string
  address: string
  mnemonic: string
}

interface KeyringFile {
  version: 1
  keys: KeyEntry[]
}

export function defaultKeyringPath(): string {
  return join(process.env.DATUM_HOME ?? join(homedir(), '.datum'), 'keyring-test.json')
}

export class Keyring {
  constructor(readonly path: string) {}

  private load(): KeyringFile {
    if (!existsSync(this.path)) return { version: 1, keys: [] }
    try {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as KeyringFile
      if (parsed.version !== 1 || !Array.isArray(parsed.keys)) throw new Error('unexpected format')
      return parsed
    } catch (e) {
      throw new CliError('KEYRING_CORRUPT', `keyring ${this.path} is unreadable: ${(e as Error).message}`)
    }
  }

  private save(file: KeyringFile): void {
    mkdirSync(dirname(this.path), { recursive: true })
    const tmp = `${this.path}.tmp`
    writeFileSync(tmp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 })
    chmodSync(tmp, 0o600)
    renameSync(tmp, this.path)
  }

  list(): KeyEntry[] {
    return this.load().keys
  }

  get(name: string): KeyEntry {
    const key = this.load().keys.find((k) => k.name === name || k.address === name)
    if (!key) throw new CliError('KEY_NOT_FOUND', `no key named ${JSON.stringify(name)} in ${this.path}`)
    return key
  }

  /** Adds a key from `mnemonic` (a fresh 24-word one when undefined). */
  async add(name: string, mnemonic?: string): Promise<KeyEntry> {
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(name))
      throw new CliError(
        'INVALID_KEY_NAME',
        'key names are 1-64 letters, digits, dots, dashes or underscores',
      )
    const file = this.load()
    if (file.keys.some((k) => k.name === name)) throw new CliError('KEY_EXISTS', `key ${name} already exists`)
    let wallet: DirectSecp256k1HdWallet
    try {
      wallet = mnemonic
        ? await DirectSecp256k1HdWallet.fromMnemonic(mnemonic.trim().split(/\s+/).join(' '), {
            prefix: ACCOUNT_PREFIX,
          })
        : await DirectSecp256k1HdWallet.generate(24, { prefix: ACCOUNT_PREFIX })
    } catch (e) {
      throw new CliError('INVALID_MNEMONIC', `invalid mnemonic: ${(e as Error).message}`)
    }
    const [account] = await wallet.getAccounts()
    const entry = { name, address: account!.address, mnemonic: wallet.mnemonic }
    file.keys.push(entry)
    this.save(file)
    return entry
  }

  delete(name: string): void {
    const file = this.load()
    const kept = file.keys.filter((k) => k.name !== name)
    if (kept.length === file.keys.length)
      throw new CliError('KEY_NOT_FOUND', `no key named ${JSON.stringify(name)}`)
    this.save({ ...file, keys: kept })
  }

  /** A CosmJS signer for the key: DIRECT by default, LEGACY_AMINO_JSON when `amino`. */
  async signer(name: string, amino = false): Promise<{ signer: OfflineSigner; address: string }> {
    const key = this.get(name)
    const signer = amino
      ? await Secp256k1HdWallet.fromMnemonic(key.mnemonic, { prefix: ACCOUNT_PREFIX })
      : await DirectSecp256k1HdWallet.fromMnemonic(key.mnemonic, { prefix: ACCOUNT_PREFIX })
    return { signer, address: key.address }
  }
}
