// Issue 17: `datum indexer` against a real datumd process, on embedded PGlite and on a real PostgreSQL server:
// search with ranking and filters, asset pages, bounded API with 400s, and a crash inside a height's
// transaction followed by a restart that indexes every height exactly once.
import { type ChildProcess, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as C from '../../proto/gen/datum/computeright/v1/index.js'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { NodeProcess } from '../../testnet/harness/node-process.js'
import { openPglite } from '../indexer/db.js'
import { indexedHeight } from '../indexer/follower.js'
import { type RunningIndexer, startIndexer } from '../indexer/service.js'
import { startTestPostgres, type TestPostgres } from '../indexer/test-postgres.js'
import { DatumClient } from '../sdk/client.js'

let node: NodeProcess
let owner: string
let client: DatumClient
let pg: TestPostgres
let published: bigint
let air: string
let visits: string
const dir = mkdtempSync(join(tmpdir(), 'datum-e2e-indexer-'))
const hash = (n: number) => n.toString(16).padStart(64, '0')

function dataUri(doc: unknown) {
  const bytes = Buffer.from(JSON.stringify(doc))
  return {
    uri: `data:application/json;base64,${bytes.toString('base64')}`,
    hash: createHash('sha256').update(bytes).digest('hex'),
  }
}

async function until<T>(what: string, f: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = await f().catch(() => undefined)
    if (v !== undefined) return v
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

beforeAll(async () => {
  let mnemonic: string
  ;({ node, mnemonic, address: owner } = await NodeProcess.init())
  await node.start()
  client = await DatumClient.connectWithSigner(
    node.rpcUrl,
    await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' }),
  )
  pg = await startTestPostgres()
  const terms = await client.dataasset.registerLicenseTerms(owner, {
    purposes: [T.Purpose.PURPOSE_RESEARCH, T.Purpose.PURPOSE_COMMERCIAL],
    commercialUse: true,
    outputOwnership: T.OutputOwnership.OUTPUT_OWNERSHIP_REQUESTER,
  })
  const base = {
    storage: { uri: 'https://store.example/a.enc', encryptionScheme: 'aes-256-gcm' },
    licenseTermsId: terms.response.id,
    computePolicy: {
      mechanisms: [T.Mechanism.MECHANISM_DP],
      algorithmAllowlist: [{ codeHash: hash(10), imageDigest: `sha256:${hash(11)}`, label: 'count' }],
      minExecutors: 1,
    },
    privacyPolicy: { epsilonTotalMicro: 5_000_000n, epsilonPerJobMaxMicro: 500_000n, deltaNano: 10n },
  }
  air = (
    await client.dataasset.registerAsset(owner, {
      ...base,
      contentHash: hash(1),
      metadata: {
        name: 'City air quality sensors',
        description: 'Hourly particulate readings from street sensors',
        tags: ['iot', 'environment'],
        ...dataUri({ columns: ['pm25_level', 'station_id'] }),
      },
      residencyPolicy: { allowedRegions: ['DE'] },
    })
  ).response.id
  const v = await client.dataasset.registerAsset(owner, {
    ...base,
    contentHash: hash(2),
    metadata: { name: 'Hospital visits', description: 'Admissions per ward', tags: ['health'] },
    residencyPolicy: { allowedRegions: ['NL'] },
  })
  visits = v.response.id
  const offering = await client.broadcastOne(
    owner,
    {
      typeUrl: '/datum.computeright.v1.MsgCreateOffering',
      value: C.MsgCreateOffering.fromPartial({
        owner,
        assetId: air,
        terms: {
          pricePerUse: { denom: 'udatum', amount: '1500' },
          usesPerRight: 3,
          validitySeconds: 600n,
          epsilonPerUseMicro: 100_000n,
          transferPolicy: { mode: C.TransferMode.TRANSFER_MODE_NONE, holdSeconds: 0n, royaltyBps: 0 },
        },
      }),
    },
    C.MsgCreateOfferingResponse,
  )
  published = BigInt(offering.tx.height)
}, 240_000)

afterAll(async () => {
  client?.disconnect()
  await node?.destroy()
  await pg?.stop()
  rmSync(dir, { recursive: true, force: true })
})

async function api(ix: RunningIndexer, path: string) {
  const res = await fetch(`${ix.url}${path}`)
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & { assets?: { id: string }[] },
  }
}

describe.each([
  ['PGlite', () => ({})],
  ['PostgreSQL', () => ({ databaseUrl: pg.url })],
])('indexer on %s', { timeout: 180_000 }, (_name, dbOpts) => {
  let ix: RunningIndexer

  beforeAll(async () => {
    ix = await startIndexer({ node: node.rpcUrl, port: 0, pollMs: 300, ...dbOpts() })
    await until('the published height', async () =>
      (await indexedHeight(ix.db)) >= published ? true : undefined,
    )
  }, 180_000)
  afterAll(() => ix?.stop())

  it('finds assets by title prefix, tag and column name, ranked', async () => {
    expect((await api(ix, '/api/assets?q=air%20qual')).body.assets!.map((a) => a.id)).toEqual([air])
    expect((await api(ix, '/api/assets?q=pm25')).body.assets!.map((a) => a.id)).toEqual([air])
    expect((await api(ix, '/api/assets?q=health')).body.assets!.map((a) => a.id)).toEqual([visits])
    expect((await api(ix, '/api/assets?q=nothing-like-this')).body.total).toBe(0)
    const all = await api(ix, '/api/assets?sort=recent')
    expect(all.body.total).toBe(2)
    expect(all.body.assets!.map((a) => a.id)).toEqual([visits, air])
  })

  it('filters on regions, algorithms, licence, price and remaining epsilon', async () => {
    const ids = async (q: string) => (await api(ix, `/api/assets?${q}`)).body.assets!.map((a) => a.id).sort()
    expect(await ids('region=NL')).toEqual([visits])
    expect(await ids('region=FR')).toEqual([])
    expect(await ids('algorithm=count')).toEqual([air, visits].sort())
    expect(await ids('purpose=PURPOSE_COMMERCIAL&commercial=true')).toEqual([air, visits].sort())
    expect(await ids('max_price=1500')).toEqual([air])
    expect(await ids('max_price=1499')).toEqual([])
    expect(await ids('min_epsilon_micro=5000000')).toEqual([air, visits].sort())
    expect(await ids('min_epsilon_micro=5000001')).toEqual([])
  })

  it('serves the asset page: versions, licence, offerings, columns, usage and series', async () => {
    const { status, body } = await api(ix, `/api/assets/${air}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({
      owner,
      content_hash: hash(1),
      tags: ['environment', 'iot'],
      columns: ['pm25_level', 'station_id'],
      regions: ['DE'],
      licence: { commercial_use: true, purposes: ['PURPOSE_RESEARCH', 'PURPOSE_COMMERCIAL'] },
      epsilon_remaining_micro: '5000000',
    })
    expect(body.versions).toMatchObject([{ version: 1, content_hash: hash(1) }])
    expect(body.offerings).toMatchObject([
      { price_amount: '1500', price_denom: 'udatum', state: 'OFFERING_STATE_ACTIVE' },
    ])
    expect((await api(ix, `/api/assets/${air}/usage`)).body).toMatchObject({ total: 0, records: [] })
    expect((await api(ix, `/api/assets/${air}/series?bucket=day`)).body).toMatchObject({
      bucket: 'day',
      points: [],
    })
    expect((await api(ix, `/api/assets/${hash(99)}`)).status).toBe(404)
  })

  it('answers bad parameters with a 400 naming the parameter', async () => {
    for (const [q, param] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['offset=-1', 'offset'],
      ['offset=10001', 'offset'],
      ['sort=price', 'sort'],
      ['region=germany', 'region'],
      ['max_price=1.5', 'max_price'],
      ['commercial=yes', 'commercial'],
      ['limit=1&limit=2', 'limit'],
    ]) {
      const r = await api(ix, `/api/assets?${q}`)
      expect([r.status, r.body.param], q).toEqual([400, param])
    }
    expect((await api(ix, '/api/assets/not-an-id')).status).toBe(400)
    expect((await api(ix, `/api/assets/${air}/series?bucket=week`)).status).toBe(400)
    expect((await api(ix, '/api/jobs/abc')).status).toBe(400)
    const page = await api(ix, '/api/assets?limit=1&offset=1&sort=recent')
    expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 1 })
    expect(page.body.assets!.map((a) => a.id)).toEqual([air])
  })
})

describe('crash inside a height', { timeout: 240_000 }, () => {
  const children: ChildProcess[] = []
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  })

  function runIndexer(dataDir: string, env: Record<string, string> = {}) {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'client/cli/datum.ts',
        'indexer',
        '--node',
        node.rpcUrl,
        '--data-dir',
        dataDir,
        '--listen',
        '127.0.0.1:0',
      ],
      { env: { ...process.env, ...env, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    children.push(child)
    let out = ''
    child.stdout!.on('data', (d) => (out += d))
    child.stderr!.on('data', (d) => (out += d))
    const exited = new Promise<number | null>((r) =>
      child.once('exit', (code, signal) => r(signal ? -1 : code)),
    )
    return { child, exited, out: () => out }
  }

  it('resumes after the last committed height and never writes a height twice', async () => {
    const dataDir = join(dir, 'pglite')
    const crashAt = 4n
    const first = runIndexer(dataDir, { DATUM_INDEXER_TEST_CRASH_AT: crashAt.toString() })
    const timer = setTimeout(() => first.child.kill('SIGTERM'), 90_000)
    const code = await first.exited
    clearTimeout(timer)
    expect(code, first.out()).toBe(-1)
    let db = await openPglite(dataDir)
    expect(await indexedHeight(db)).toBe(crashAt - 1n)
    expect(await db.query('select height from blocks where height >= $1', [crashAt.toString()])).toEqual([])
    await db.close()

    const target = (await client.comet.status()).syncInfo.latestBlockHeight
    const second = runIndexer(dataDir)
    await until(
      'the restarted indexer to pass the tip',
      async () => (second.out().includes(`"height":"${target}"`) ? true : undefined),
      120_000,
    ).catch((e) => {
      throw new Error(`${(e as Error).message}: ${second.out()}`)
    })
    second.child.kill('SIGTERM')
    expect(await second.exited, second.out()).toBe(0)
    db = await openPglite(dataDir)
    const h = await indexedHeight(db)
    expect(h).toBeGreaterThanOrEqual(BigInt(target))
    const [row] = await db.query<{ n: number; lo: number; hi: number }>(
      'select count(*)::int as n, min(height)::int as lo, max(height)::int as hi from blocks',
    )
    expect(row).toEqual({ n: Number(h), lo: 1, hi: Number(h) })
    const [assets] = await db.query<{ n: number }>('select count(*)::int as n from assets')
    expect(assets!.n).toBe(2)
    await db.close()
  })
})
