// The indexer's JSON API for the web app: paginated, bounded, read-only; a bad parameter is a 400 naming it.
import Fastify, { type FastifyInstance } from 'fastify'
import { assetDetail, jobDetail, listExecutors, searchAssets, usageLedger, usageSeries } from './catalogue.js'
import type { Db } from './db.js'
import { indexedHeight } from './follower.js'
import { SCHEMA_VERSION } from './migrations.js'
import { BadParam, bool, HEX64, int, list, oneOf, type Query, str, tsPrefixQuery } from './params.js'

export const MAX_LIMIT = 100
export const MAX_OFFSET = 10_000

const page = (q: Query, fallback = 20) => ({
  limit: int(q, 'limit', 1, MAX_LIMIT, fallback),
  offset: int(q, 'offset', 0, MAX_OFFSET, 0),
})
const CODE = /^[A-Za-z0-9_:.-]{1,80}$/

export function createApi(db: Db, opts: { logger?: boolean } = {}): FastifyInstance {
  const app = Fastify({
    logger: opts.logger ?? false,
    routerOptions: { maxParamLength: 100 },
    bodyLimit: 1024,
  })

  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof BadParam)
      return reply.code(400).send({ error: 'bad_request', param: err.param, message: err.message })
    const status = (err as { statusCode?: number }).statusCode
    if (status && status < 500)
      return reply.code(status).send({ error: 'bad_request', message: (err as Error).message })
    app.log.error(err)
    return reply.code(500).send({ error: 'internal', message: 'the indexer could not answer' })
  })
  app.addHook('onSend', async (_req, reply) => {
    reply.header('access-control-allow-origin', '*')
  })

  app.get('/api/status', async () => ({
    height: (await indexedHeight(db)).toString(),
    schema: SCHEMA_VERSION,
    db: db.kind,
  }))

  app.get('/api/assets', async (req) => {
    const q = req.query as Query
    const text = str(q, 'q', 200)
    return searchAssets(
      db,
      {
        q: text,
        states: list(q, 'state', /^ASSET_STATE_[A-Z_]+$|^BURNED$/),
        regions: list(q, 'region', /^[A-Z]{2}$/, 64),
        algorithms: list(q, 'algorithm', CODE),
        mechanisms: list(q, 'mechanism', /^MECHANISM_[A-Z_]+$/),
        purposes: list(q, 'purpose', /^PURPOSE_[A-Z_]+$/),
        commercial: bool(q, 'commercial'),
        maxPrice: amountParam(q, 'max_price'),
        minEpsilon: amountParam(q, 'min_epsilon_micro'),
        owner: str(q, 'owner', 128),
        tag: str(q, 'tag', 32),
        sort: oneOf(q, 'sort', ['relevance', 'usage', 'recent'] as const, 'relevance')!,
        ...page(q),
      },
      text === undefined ? undefined : tsPrefixQuery(text),
    )
  })

  app.get('/api/assets/:id', async (req, reply) => {
    const id = assetId(req.params)
    const a = await assetDetail(db, id)
    return a ?? reply.code(404).send({ error: 'not_found', message: `no asset ${id}` })
  })

  app.get('/api/assets/:id/usage', async (req) => {
    const id = assetId(req.params)
    const { limit, offset } = page(req.query as Query, 50)
    return usageLedger(db, id, limit, offset)
  })

  app.get('/api/assets/:id/series', async (req) => {
    const id = assetId(req.params)
    return usageSeries(
      db,
      id,
      oneOf(req.query as Query, 'bucket', ['minute', 'hour', 'day'] as const, 'hour')!,
    )
  })

  app.get('/api/executors', async (req) => {
    const { limit, offset } = page(req.query as Query)
    return listExecutors(db, limit, offset)
  })

  app.get('/api/jobs/:id', async (req, reply) => {
    const id = str(req.params as Query, 'id', 20)
    if (!id || !/^[0-9]{1,20}$/.test(id)) throw new BadParam('id', 'a job id (a whole number)')
    const j = await jobDetail(db, id)
    return j ?? reply.code(404).send({ error: 'not_found', message: `no job ${id}` })
  })

  return app
}

function assetId(params: unknown): string {
  const id = str(params as Query, 'id', 64)
  if (!id || !HEX64.test(id)) throw new BadParam('id', 'an asset id (64 lower-case hex characters)')
  return id
}

function amountParam(q: Query, name: string): string | undefined {
  const v = str(q, name, 30)
  if (v === undefined) return undefined
  if (!/^[0-9]{1,30}$/.test(v)) throw new BadParam(name, 'a non-negative whole number')
  return v
}
