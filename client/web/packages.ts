// Encrypted dataset packages uploaded by the web app's publish page, kept where `datum asset publish
// --out-dir` keeps them (`<dir>/<content-hash>.datum.enc`) and served back over HTTP for executors to fetch.
// The browser encrypts before uploading: the server only ever sees ciphertext, and checks the package
// header, the name and the size; it never replaces a stored package (another key encrypts the same content).
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import type { FastifyInstance } from 'fastify'
import { packagePath } from '../cli/publish/decrypt.js'
import { FORMAT_VERSION, HEADER_BYTES, MAGIC, TAG_BYTES } from '../cli/publish/package-format.js'

export const MAX_PACKAGE_BYTES = 64 * 1024 * 1024
const NAME = /^([0-9a-f]{64})\.datum\.enc$/

export function servePackages(app: FastifyInstance, dir: string): void {
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_PACKAGE_BYTES },
    (_req, body, done) => done(null, body),
  )
  app.put<{ Params: { name: string } }>(
    '/packages/:name',
    { bodyLimit: MAX_PACKAGE_BYTES },
    async (req, reply) => {
      const m = NAME.exec(req.params.name)
      if (!m)
        return reply
          .code(400)
          .send({ error: 'bad_request', message: 'name must be <content-hash>.datum.enc' })
      const body = req.body as Buffer | undefined
      if (
        !Buffer.isBuffer(body) ||
        body.length < HEADER_BYTES + TAG_BYTES ||
        !body.subarray(0, MAGIC.length).equals(MAGIC) ||
        body[MAGIC.length] !== FORMAT_VERSION
      )
        return reply.code(400).send({ error: 'bad_request', message: 'not an encrypted Datum package' })
      await mkdir(dir, { recursive: true })
      const target = packagePath(dir, m[1]!)
      if (existsSync(target))
        return reply.code(409).send({ error: 'exists', message: `a package for ${m[1]} is already stored` })
      const tmp = `${target}.${process.pid}.${Date.now()}.part`
      await writeFile(tmp, body, { flag: 'wx' })
      await rename(tmp, target)
      return reply.code(201).send({ name: req.params.name, bytes: body.length })
    },
  )
  app.get<{ Params: { name: string } }>('/packages/:name', async (req, reply) => {
    const m = NAME.exec(req.params.name)
    if (!m)
      return reply.code(400).send({ error: 'bad_request', message: 'name must be <content-hash>.datum.enc' })
    const target = packagePath(dir, m[1]!)
    if (!existsSync(target)) return reply.code(404).send({ error: 'not_found', message: 'no such package' })
    return reply.type('application/octet-stream').send(await readFile(target))
  })
}
