// Puts the encrypted package where the owner said: a local directory (file:// URI) or an HTTP(S) PUT.
import { createReadStream, existsSync } from 'node:fs'
import { mkdir, rename, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CliError } from '../errors.js'
import { packagePath } from './decrypt.js'

/** Moves the package into `dir` as `<content-hash>.datum.enc`; returns its file:// URI. */
export async function storeInDirectory(
  tmpPackage: string,
  dir: string,
  contentHash: string,
): Promise<string> {
  await mkdir(dir, { recursive: true })
  const target = resolve(packagePath(dir, contentHash))
  // another package of the same content is encrypted under another key: never replace it
  if (existsSync(target)) throw new CliError('PACKAGE_EXISTS', `${target} already exists`)
  await rename(tmpPackage, target)
  return pathToFileURL(target).href
}

/** PUTs the package to `url` (streamed); returns the URL. Any non-2xx answer is an error. */
export async function storeByHttpPut(tmpPackage: string, url: string, timeoutMs = 600_000): Promise<string> {
  if (!/^https?:\/\//.test(url)) throw new CliError('BAD_URL', `--put-url must be http(s), got ${url}`)
  const size = (await stat(tmpPackage)).size
  let res: Response
  try {
    res = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
      body: createReadStream(tmpPackage) as unknown as ReadableStream,
      duplex: 'half',
      signal: AbortSignal.timeout(timeoutMs),
    } as RequestInit)
  } catch (e) {
    throw new CliError('UPLOAD_FAILED', `PUT ${url} failed: ${(e as Error).message}`)
  }
  if (!res.ok) throw new CliError('UPLOAD_FAILED', `PUT ${url} answered ${res.status} ${res.statusText}`)
  return url
}
