// Opens a package with the owner's key: authenticates it, restores every file under `outDir`, and checks
// each file's sha256. Returns the manifest and its content hash. Nothing is left behind when any check fails.
import { createDecipheriv } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, open, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import { CliError } from '../errors.js'
import { type Manifest, manifestHash, sha256File } from './manifest.js'
import { FORMAT_VERSION, HEADER_BYTES, IV_BYTES, MAGIC, SCHEME, TAG_BYTES } from './package-format.js'

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

/** Plaintext -> manifest bytes and one slice per file; sizes must account for every byte. */
function split(plain: Buffer): { manifest: Manifest; manifestBytes: Buffer; files: Buffer[] } {
  if (plain.length < 4) throw new CliError('BAD_PACKAGE', 'package holds no manifest')
  const len = plain.readUInt32BE(0)
  if (plain.length < 4 + len) throw new CliError('BAD_PACKAGE', 'manifest is truncated')
  const manifestBytes = plain.subarray(4, 4 + len)
  let manifest: Manifest
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest
  } catch (e) {
    throw new CliError('BAD_PACKAGE', `manifest is not JSON: ${(e as Error).message}`)
  }
  let off = 4 + len
  const files = manifest.files.map((f) => {
    const slice = plain.subarray(off, off + f.size)
    off += f.size
    return slice
  })
  if (off !== plain.length) throw new CliError('BAD_PACKAGE', 'file sizes do not match the package length')
  return { manifest, manifestBytes, files }
}

function safeTarget(outDir: string, path: string): string {
  const target = resolve(outDir, path)
  if (!target.startsWith(resolve(outDir) + sep))
    throw new CliError('UNSAFE_PATH', `manifest path ${path} escapes the output dir`)
  return target
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
  // GCM authenticates only at the end, so plaintext is held until then and never released unverified
  const parts: Buffer[] = []
  try {
    for await (const chunk of createReadStream(pkgPath, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 }))
      parts.push(decipher.update(chunk as Buffer))
    parts.push(decipher.final())
  } catch (e) {
    throw new CliError(
      'DECRYPT_FAILED',
      `cannot decrypt ${pkgPath} (wrong key or tampered data): ${(e as Error).message}`,
    )
  }
  const { manifest, manifestBytes, files } = split(Buffer.concat(parts))
  const written: string[] = []
  try {
    for (const [i, f] of manifest.files.entries()) {
      const target = safeTarget(outDir, f.path)
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, files[i]!)
      written.push(target)
      if ((await sha256File(target)) !== f.sha256)
        throw new CliError('HASH_MISMATCH', `${f.path} does not match its sha256`)
    }
  } catch (e) {
    for (const p of written) await rm(p, { force: true })
    throw e
  }
  return { contentHash: manifestHash(manifestBytes), manifest }
}

export const packagePath = (dir: string, contentHash: string): string => join(dir, `${contentHash}.datum.enc`)
