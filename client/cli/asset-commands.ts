// The owner tool: `datum asset publish` hashes, encrypts, stores and registers a dataset;
// `datum asset decrypt` opens a package again with the owner's key file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { dataAssetMsgs as M } from '../sdk/dataasset/messages.js'
import { bool, type ParsedArgs, positional, str } from './args.js'
import { type Command, TX_FLAGS } from './command.js'
import { CliError, UsageError } from './errors.js'
import { decryptPackage } from './publish/decrypt.js'
import { encryptPackage, newKey } from './publish/encrypt.js'
import { buildManifest } from './publish/manifest.js'
import { SCHEME } from './publish/package-format.js'
import { storeByHttpPut, storeInDirectory } from './publish/storage.js'
import { REGISTER_ASSET_FLAGS, registerAssetMsgOf } from './tx-dataasset.js'
import { runTx } from './tx-run.js'

interface KeyFile {
  scheme: string
  key: string
  content_hash: string
  storage_uri: string
}

function writeKeyFile(path: string, k: KeyFile): void {
  writeFileSync(path, `${JSON.stringify(k, null, 2)}\n`, { mode: 0o600, flag: 'wx' })
}

function readKeyFile(path: string): KeyFile {
  try {
    const k = JSON.parse(readFileSync(path, 'utf8')) as KeyFile
    if (k.scheme !== SCHEME || !/^[0-9a-f]{64}$/.test(k.key)) throw new Error(`not an ${SCHEME} key file`)
    return k
  } catch (e) {
    throw new CliError('BAD_KEY_FILE', `${path}: ${(e as Error).message}`)
  }
}

async function publish(a: ParsedArgs) {
  const input = positional(a, 0, 'file-or-dir')
  const keyFile = str(a, 'key-file')!
  const outDir = str(a, 'out-dir')
  const putUrl = str(a, 'put-url')
  const dryRun = bool(a, 'dry-run')
  if ((outDir === undefined) === (putUrl === undefined))
    throw new UsageError('give exactly one of --out-dir or --put-url')
  if (!dryRun && (str(a, 'from') === undefined || str(a, 'terms') === undefined))
    throw new UsageError('--from and --terms are required to register (or use --dry-run)')
  if (existsSync(keyFile))
    throw new CliError('KEY_FILE_EXISTS', `${keyFile} exists; the tool never overwrites a key`)
  const built = await buildManifest(input)
  const key = newKey()
  if (outDir) await mkdir(outDir, { recursive: true })
  const work = await mkdtemp(join(outDir ?? tmpdir(), '.datum-publish-'))
  try {
    const tmp = join(work, 'package')
    const packageBytes = await encryptPackage(built, key, tmp)
    const stored = outDir
      ? await storeInDirectory(tmp, outDir, built.contentHash)
      : await storeByHttpPut(tmp, putUrl!)
    const storageUri = str(a, 'storage-uri') ?? stored
    // the key is saved before anything goes on chain, so a registered asset always has its key
    writeKeyFile(keyFile, {
      scheme: SCHEME,
      key: key.toString('hex'),
      content_hash: built.contentHash,
      storage_uri: storageUri,
    })
    const result = {
      content_hash: built.contentHash,
      storage_uri: storageUri,
      package_bytes: packageBytes,
      files: built.manifest.files.length,
      key_file: keyFile,
    }
    if (dryRun) return result
    const tx = await runTx(
      a,
      (owner) =>
        M.registerAsset({
          ...registerAssetMsgOf(a, owner),
          contentHash: built.contentHash,
          storage: { uri: storageUri, encryptionScheme: SCHEME },
        }),
      T.MsgRegisterAssetResponse,
    )
    return {
      ...result,
      asset_id: tx.response.id,
      txhash: tx.txhash,
      height: tx.height,
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

export const assetCommands: Command[] = [
  {
    path: ['asset', 'publish'],
    summary: 'hash, encrypt (AES-256-GCM), store and register a dataset file or directory',
    args: '<file-or-dir>',
    kind: 'local',
    details:
      'The content hash is sha256 of a manifest listing each file path, size and sha256. The ciphertext goes to\n' +
      '--out-dir as <content-hash>.datum.enc or is PUT to --put-url; the key is written to --key-file (mode 0600)\n' +
      'and never leaves your machine. --storage-uri overrides the pointer registered on chain.',
    flags: {
      ...TX_FLAGS,
      from: { ...TX_FLAGS.from!, required: false },
      'key-file': {
        type: 'string',
        description: 'where to save the new key (must not exist)',
        required: true,
        value: '<path>',
      },
      'out-dir': { type: 'string', description: 'directory for the encrypted package', value: '<dir>' },
      'put-url': {
        type: 'string',
        description: 'HTTP(S) URL to PUT the encrypted package to',
        value: '<url>',
      },
      'storage-uri': {
        type: 'string',
        description: 'storage pointer to register (default: where it was stored)',
        value: '<uri>',
      },
      'dry-run': { type: 'boolean', description: 'encrypt and store, but do not register' },
      ...REGISTER_ASSET_FLAGS,
      terms: { ...REGISTER_ASSET_FLAGS.terms, required: false },
    },
    run: publish,
  },
  {
    path: ['asset', 'decrypt'],
    summary: 'decrypt a package with its key file and check every file hash',
    args: '<package-file>',
    kind: 'local',
    flags: {
      'key-file': {
        type: 'string',
        description: 'key file written by publish',
        required: true,
        value: '<path>',
      },
      'out-dir': {
        type: 'string',
        description: 'where to restore the files',
        required: true,
        value: '<dir>',
      },
    },
    run: async (a) => {
      const k = readKeyFile(str(a, 'key-file')!)
      const { contentHash, manifest } = await decryptPackage(
        positional(a, 0, 'package-file'),
        Buffer.from(k.key, 'hex'),
        str(a, 'out-dir')!,
      )
      if (contentHash !== k.content_hash)
        throw new CliError(
          'HASH_MISMATCH',
          `package content hash ${contentHash} is not the key file's ${k.content_hash}`,
        )
      return { content_hash: contentHash, files: manifest.files }
    },
    listKey: 'files',
  },
]
