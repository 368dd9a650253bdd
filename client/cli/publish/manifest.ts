// The dataset manifest: every file's relative path, size and sha256, in sorted order. The asset's content
// hash is sha256 of the manifest's canonical JSON, so it names the plaintext without revealing it.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import { basename, join, relative, sep } from 'node:path'
import { CliError } from '../errors.js'

export interface ManifestFile {
  path: string
  size: number
  sha256: string
}

export interface Manifest {
  version: 1
  files: ManifestFile[]
}

export interface BuiltManifest {
  manifest: Manifest
  /** Canonical JSON bytes (fixed key order, no spaces). */
  bytes: Uint8Array
  contentHash: string
  /** Absolute paths in manifest order. */
  sources: string[]
}

export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256')
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer)
  return h.digest('hex')
}

async function walk(dir: string, root: string, out: string[]): Promise<void> {
  for (const name of (await readdir(dir)).sort()) {
    const p = join(dir, name)
    const st = await lstat(p)
    if (st.isSymbolicLink()) throw new CliError('UNSUPPORTED_FILE', `${relative(root, p)} is a symbolic link`)
    if (st.isDirectory()) await walk(p, root, out)
    else if (st.isFile()) out.push(p)
    else throw new CliError('UNSUPPORTED_FILE', `${relative(root, p)} is not a regular file`)
  }
}

export function canonicalManifest(m: Manifest): Uint8Array {
  const files = m.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 }))
  return new TextEncoder().encode(JSON.stringify({ version: m.version, files }))
}

export const manifestHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

export async function buildManifest(input: string): Promise<BuiltManifest> {
  let st: Awaited<ReturnType<typeof lstat>>
  try {
    st = await lstat(input)
  } catch {
    throw new CliError('INPUT_NOT_FOUND', `${input} does not exist`)
  }
  const sources: string[] = []
  let names: string[]
  if (st.isDirectory()) {
    await walk(input, input, sources)
    if (sources.length === 0) throw new CliError('EMPTY_DATASET', `${input} holds no files`)
    names = sources.map((p) => relative(input, p).split(sep).join('/'))
  } else if (st.isFile()) {
    sources.push(input)
    names = [basename(input)]
  } else throw new CliError('UNSUPPORTED_FILE', `${input} is neither a file nor a directory`)
  // sort by the manifest path (byte order) so the hash does not depend on the platform's directory order
  const order = names.map((n, i) => [n, i] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
  const files: ManifestFile[] = []
  for (const [path, i] of order) {
    const src = sources[i]!
    files.push({ path, size: (await lstat(src)).size, sha256: await sha256File(src) })
  }
  const manifest: Manifest = { version: 1, files }
  const bytes = canonicalManifest(manifest)
  return { manifest, bytes, contentHash: manifestHash(bytes), sources: order.map(([, i]) => sources[i]!) }
}
