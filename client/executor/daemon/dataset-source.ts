// Gets a job's input: the encrypted package from the asset's storage uri (file:// or http(s)://, cached by
// content hash), opened with the granted data key, its manifest hash checked against the asset's content
// hash on chain, and the CSV the job names read out. Plaintext lives only in a temp dir removed right after.
// A package that opens but does not match the asset (another content hash, or a file that fails its manifest
// sha256) is the owner's fault, not ours: it throws `JobFault('DATA')`, which the daemon reports on chain.
import { createWriteStream, existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { CliError } from '../../cli/errors.js'
import { decryptPackage } from '../../cli/publish/decrypt.js'
import type { ManifestFile } from '../../cli/publish/manifest.js'
import { JobFault } from '../faults.js'

export class DatasetError extends Error {
  constructor(
    readonly code: 'UNSUPPORTED_URI' | 'FETCH_FAILED' | 'HASH_MISMATCH' | 'NO_CSV' | 'TOO_LARGE',
    message: string,
  ) {
    super(message)
    this.name = 'DatasetError'
  }
}

export interface DatasetRef {
  contentHash: string
  storageUri: string
}

/** Bytes of CSV the built-in algorithms read into memory at most. */
const MAX_CSV_BYTES = 512 * 1024 * 1024

export class DatasetSource {
  private readonly packages: string

  constructor(
    private readonly dataDir: string,
    private readonly fetchTimeoutMs = 120_000,
  ) {
    this.packages = join(dataDir, 'packages')
  }

  /** The text of the dataset's CSV file `file` (or its only .csv file). */
  async csv(ref: DatasetRef, dataKey: Uint8Array, file?: string): Promise<string> {
    return this.withCsvFile(ref, dataKey, file, async (path, size, name) => {
      if (size > MAX_CSV_BYTES) throw new DatasetError('TOO_LARGE', `${name} is over 512 MiB`)
      return await readFile(path, 'utf8')
    })
  }

  /**
   * Runs `use` on the path of the dataset's CSV file `file` (or its only .csv file), opened in a private temp
   * dir that is removed when `use` settles. For readers that stream (training): no size cap.
   */
  async withCsvFile<T>(
    ref: DatasetRef,
    dataKey: Uint8Array,
    file: string | undefined,
    use: (path: string, size: number, name: string) => Promise<T>,
  ): Promise<T> {
    return this.withPackage(ref, dataKey, async (dir, files) => {
      const csvs = files.filter((f) => (file ? f.path === file : f.path.toLowerCase().endsWith('.csv')))
      if (csvs.length !== 1)
        throw new DatasetError(
          'NO_CSV',
          file ? `dataset has no file ${file}` : 'dataset does not hold exactly one .csv',
        )
      return await use(join(dir, csvs[0]!.path), csvs[0]!.size, csvs[0]!.path)
    })
  }

  /**
   * Runs `use` on the package opened in a private temp dir (its manifest's files under `dir`), removed when
   * `use` settles. The package is checked against the asset's content hash first.
   */
  async withPackage<T>(
    ref: DatasetRef,
    dataKey: Uint8Array,
    use: (dir: string, files: readonly ManifestFile[]) => Promise<T>,
  ): Promise<T> {
    const pkg = await this.fetchPackage(ref)
    const out = await mkdtemp(join(this.dataDir, 'open-'))
    try {
      const { contentHash, manifest } = await decryptPackage(pkg, dataKey, out).catch(async (e) => {
        await rm(pkg, { force: true }) // a bad download must not poison the cache
        if (e instanceof CliError && e.code === 'HASH_MISMATCH')
          throw new JobFault('DATA', `package at ${ref.storageUri}: ${e.message}`)
        throw e
      })
      if (contentHash !== ref.contentHash) {
        await rm(pkg, { force: true })
        throw new JobFault(
          'DATA',
          `package at ${ref.storageUri} holds content ${contentHash}, the asset names ${ref.contentHash}`,
        )
      }
      return await use(out, manifest.files)
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  }

  /** Deletes the cached packages of these content hashes; returns the ones that were there. */
  async purge(contentHashes: readonly string[]): Promise<string[]> {
    const deleted: string[] = []
    for (const h of contentHashes) {
      if (!/^[0-9a-f]{64}$/.test(h)) continue
      const target = join(this.packages, `${h}.datum.enc`)
      if (!existsSync(target)) continue
      await rm(target, { force: true })
      deleted.push(h)
    }
    return deleted
  }

  private async fetchPackage(ref: DatasetRef): Promise<string> {
    if (!/^[0-9a-f]{64}$/.test(ref.contentHash)) throw new DatasetError('HASH_MISMATCH', 'bad content hash')
    await mkdir(this.packages, { recursive: true })
    const target = join(this.packages, `${ref.contentHash}.datum.enc`)
    if (existsSync(target)) return target
    const tmp = `${target}.part`
    const uri = ref.storageUri
    try {
      if (uri.startsWith('file://')) await copyFile(fileURLToPath(uri), tmp)
      else if (/^https?:\/\//.test(uri)) {
        const res = await fetch(uri, { signal: AbortSignal.timeout(this.fetchTimeoutMs) })
        if (!res.ok || !res.body) throw new Error(`answered ${res.status}`)
        await pipeline(Readable.fromWeb(res.body as never), createWriteStream(tmp))
      } else throw new DatasetError('UNSUPPORTED_URI', `storage uri ${uri} is neither file:// nor http(s)://`)
    } catch (e) {
      await rm(tmp, { force: true })
      if (e instanceof DatasetError) throw e
      throw new DatasetError('FETCH_FAILED', `cannot fetch ${uri}: ${(e as Error).message}`)
    }
    await rename(tmp, target)
    return target
  }
}
