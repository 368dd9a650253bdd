// Opens a package with the owner's key: authenticates it, restores every file under `outDir`, and checks
// each file's sha256. Returns the manifest and its content hash. Nothing is left behind when any check fails.
// The package is streamed: plaintext goes to files in a private staging dir inside `outDir` as it is
// decrypted (memory stays flat whatever the dataset's size: a 1 GB CSV is never held in memory), and the
// files are moved to their places only after GCM has authenticated the whole package and every file matched
// its sha256. A package that fails authentication is DECRYPT_FAILED even when its garbled plaintext also
// looks malformed, as when the whole plaintext was held until the tag was checked.
import { createDecipheriv, createHash, type Hash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { type FileHandle, mkdir, mkdtemp, open, rename, rm, stat } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import { CliError } from '../errors.js'
import { type Manifest, manifestHash } from './manifest.js'
import { FORMAT_VERSION, HEADER_BYTES, IV_BYTES, MAGIC, SCHEME, TAG_BYTES } from './package-format.js'

/** A manifest is a few hundred bytes per file; a longer length prefix is a garbled or hostile package. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024

async function readRange(path: string, start: number, length: number): Promise<Buffer> {
  const fh = await open(path, 'r')
  try {
    const b = Buffer.alloc(length)
    await fh.read(b, 0, length, start)
    return b
  } finally {
    await fh.close()
  }
}

function safeTarget(outDir: string, path: string): string {
  const target = resolve(outDir, path)
  if (!target.startsWith(resolve(outDir) + sep))
    throw new CliError('UNSAFE_PATH', `manifest path ${path} escapes the output dir`)
  return target
}

/**
 * Routes the plaintext as it is decrypted: the uint32 BE manifest length, the manifest, then each file's bytes
 * in manifest order into `<staging>/<index>`, hashing as it writes. The first structural error is kept and
 * everything after it discarded, so the caller still reaches the authentication tag.
 */
class PlaintextSink {
  private head = Buffer.alloc(0)
  private manifestLength = -1
  manifest?: Manifest
  manifestBytes?: Buffer
  private file = 0
  private written = 0
  private handle?: FileHandle
  private hash?: Hash
  readonly sha256: string[] = []
  error?: CliError

  constructor(
    private readonly outDir: string,
    private readonly staging: string,
  ) {}

  async write(chunk: Buffer): Promise<void> {
    if (this.error || chunk.length === 0) return
    try {
      await this.route(chunk)
    } catch (e) {
      await this.handle?.close()
      this.handle = undefined
      if (e instanceof CliError) this.error = e
      else throw e
    }
  }

  private async route(chunk: Buffer): Promise<void> {
    let rest = chunk
    if (!this.manifest) {
      this.head = Buffer.concat([this.head, rest])
      if (this.manifestLength < 0) {
        if (this.head.length < 4) return
        this.manifestLength = this.head.readUInt32BE(0)
        if (this.manifestLength > MAX_MANIFEST_BYTES)
          throw new CliError('BAD_PACKAGE', 'manifest is truncated')
      }
      if (this.head.length < 4 + this.manifestLength) return
      this.manifestBytes = this.head.subarray(4, 4 + this.manifestLength)
      try {
        this.manifest = JSON.parse(this.manifestBytes.toString('utf8')) as Manifest
      } catch (e) {
        throw new CliError('BAD_PACKAGE', `manifest is not JSON: ${(e as Error).message}`)
      }
      const files = this.manifest?.files
      if (
        !Array.isArray(files) ||
        !files.every((f) => typeof f?.path === 'string' && Number.isSafeInteger(f.size) && f.size >= 0)
      )
        throw new CliError('BAD_PACKAGE', 'manifest does not list files with paths and sizes')
      for (const f of files) safeTarget(this.outDir, f.path)
      rest = this.head.subarray(4 + this.manifestLength)
      this.head = Buffer.alloc(0)
    }
    const files = this.manifest.files
    while (rest.length > 0 || (this.file < files.length && files[this.file]!.size === this.written)) {
      if (this.file >= files.length)
        throw new CliError('BAD_PACKAGE', 'file sizes do not match the package length')
      if (!this.handle) {
        this.handle = await open(join(this.staging, String(this.file)), 'w', 0o600)
        this.hash = createHash('sha256')
      }
      const take = Math.min(rest.length, files[this.file]!.size - this.written)
      const part = rest.subarray(0, take)
      if (take > 0) {
        await this.handle.write(part)
        this.hash!.update(part)
        this.written += take
        rest = rest.subarray(take)
      }
      if (this.written === files[this.file]!.size) {
        await this.handle.close()
        this.handle = undefined
        this.sha256.push(this.hash!.digest('hex'))
        this.file++
        this.written = 0
      }
    }
  }

  /** After the tag verified: every byte accounted for, or the package is malformed. */
  async end(): Promise<void> {
    if (!this.error && !this.manifest)
      this.error = new CliError(
        'BAD_PACKAGE',
        this.manifestLength < 0 ? 'package holds no manifest' : 'manifest is truncated',
      )
    await this.handle?.close()
    if (!this.error && this.file !== this.manifest!.files.length)
      this.error = new CliError('BAD_PACKAGE', 'file sizes do not match the package length')
    if (this.error) throw this.error
  }
}

function decipherOrFail(pkgPath: string, step: () => Buffer): Buffer {
  try {
    return step()
  } catch (e) {
    throw new CliError(
      'DECRYPT_FAILED',
      `cannot decrypt ${pkgPath} (wrong key or tampered data): ${(e as Error).message}`,
    )
  }
}

export async function decryptPackage(
  pkgPath: string,
  key: Uint8Array,
  outDir: string,
): Promise<{ contentHash: string; manifest: Manifest }> {
  const size = (await stat(pkgPath)).size
  if (size < HEADER_BYTES + TAG_BYTES)
    throw new CliError('BAD_PACKAGE', `${pkgPath} is too short to be a package`)
  const head = await readRange(pkgPath, 0, HEADER_BYTES)
  if (!head.subarray(0, MAGIC.length).equals(MAGIC) || head[MAGIC.length] !== FORMAT_VERSION)
    throw new CliError('BAD_PACKAGE', `${pkgPath} is not a Datum package (format ${FORMAT_VERSION})`)
  const iv = head.subarray(MAGIC.length + 1, MAGIC.length + 1 + IV_BYTES)
  const decipher = createDecipheriv(SCHEME, key, iv)
  decipher.setAuthTag(await readRange(pkgPath, size - TAG_BYTES, TAG_BYTES))
  const created = await mkdir(outDir, { recursive: true })
  const staging = await mkdtemp(join(outDir, '.datum-staging-'))
  const moved: string[] = []
  try {
    const sink = new PlaintextSink(outDir, staging)
    const source = createReadStream(pkgPath, {
      start: HEADER_BYTES,
      end: size - TAG_BYTES - 1,
      highWaterMark: 1 << 20,
    })
    // only the cipher's refusal is DECRYPT_FAILED; a disk error while writing stays what it is
    for await (const chunk of source)
      await sink.write(decipherOrFail(pkgPath, () => decipher.update(chunk as Buffer)))
    await sink.write(decipherOrFail(pkgPath, () => decipher.final()))
    // authenticated: now the plaintext's structure and the files' hashes decide
    await sink.end()
    const manifest = sink.manifest!
    for (const [i, f] of manifest.files.entries())
      if (sink.sha256[i] !== f.sha256)
        throw new CliError('HASH_MISMATCH', `${f.path} does not match its sha256`)
    for (const [i, f] of manifest.files.entries()) {
      const target = safeTarget(outDir, f.path)
      await mkdir(dirname(target), { recursive: true })
      await rename(join(staging, String(i)), target)
      moved.push(target)
    }
    return { contentHash: manifestHash(sink.manifestBytes!), manifest }
  } catch (e) {
    for (const p of moved) await rm(p, { force: true })
    if (created) await rm(created, { recursive: true, force: true })
    throw e
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

export const packagePath = (dir: string, contentHash: string): string => join(dir, `${contentHash}.datum.enc`)
