// Issue 17 in a real browser: Debian's Chromium (never a downloaded one) driven by playwright-core against
// `npm run web`'s server (indexer + built app) following a real datumd. The catalogue's instant search finds
// a published asset, its page renders, the executors page renders, axe-core finds no serious or critical
// violation on any page, at desktop and phone width; screenshots go to client/web/artifacts/ (gitignored).
import { existsSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { NodeProcess } from '../../testnet/harness/node-process.js'
import { indexedHeight } from '../indexer/follower.js'
import type { RunningIndexer } from '../indexer/service.js'
import { DatumClient } from '../sdk/client.js'
import { startWeb } from '../web/serve.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARTIFACTS = join(import.meta.dirname, '../web/artifacts')
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const hash = (n: number) => n.toString(16).padStart(64, '0')

let node: NodeProcess
let client: DatumClient
let web: RunningIndexer
let browser: Browser
let assetId: string

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does)`)
  mkdirSync(ARTIFACTS, { recursive: true })
  let mnemonic: string
  let owner: string
  ;({ node, mnemonic, address: owner } = await NodeProcess.init())
  await node.start()
  client = await DatumClient.connectWithSigner(
    node.rpcUrl,
    await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' }),
  )
  const terms = await client.dataasset.registerLicenseTerms(owner, {
    purposes: [T.Purpose.PURPOSE_RESEARCH],
    outputOwnership: T.OutputOwnership.OUTPUT_OWNERSHIP_REQUESTER,
  })
  const reg = await client.dataasset.registerAsset(owner, {
    contentHash: hash(7),
    storage: { uri: 'https://store.example/w.enc', encryptionScheme: 'aes-256-gcm' },
    metadata: {
      name: 'Bicycle counters',
      description: 'Daily bicycle counts per street',
      tags: ['mobility'],
    },
    licenseTermsId: terms.response.id,
    computePolicy: { mechanisms: [T.Mechanism.MECHANISM_DP], minExecutors: 1 },
    privacyPolicy: { epsilonTotalMicro: 3_000_000n, epsilonPerJobMaxMicro: 500_000n, deltaNano: 10n },
    residencyPolicy: { allowedRegions: ['FR'] },
  })
  assetId = reg.response.id
  web = await startWeb({ node: node.rpcUrl, host: '127.0.0.1', port: 0, pollMs: 300 })
  const end = Date.now() + 60_000
  while ((await indexedHeight(web.db)) < BigInt(reg.tx.height)) {
    if (Date.now() > end) throw new Error('the indexer did not reach the registration')
    await new Promise((r) => setTimeout(r, 200))
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await web?.stop()
  client?.disconnect()
  await node?.destroy()
})

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; help: string }[] }> }
      }
    ).axe
    return axe.run()
  })
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`)
}

describe.each([
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
])('the marketplace in Chromium (%s)', { timeout: 120_000 }, (label, viewport) => {
  let page: Page
  beforeAll(async () => {
    page = await browser.newPage({ viewport })
  })
  afterAll(() => page?.close())

  it('finds the published asset with the search box', async () => {
    await page.goto(web.url!)
    await page.getByLabel('Search datasets').fill('bicyc')
    const link = page.getByRole('link', { name: 'Bicycle counters' })
    await link.waitFor({ timeout: 15_000 })
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/1 dataset\b/)
    await page.getByLabel('Search datasets').fill('no such thing anywhere')
    await page.getByText('0 datasets').waitFor({ timeout: 15_000 })
    await page.getByLabel('Search datasets').fill('')
    await page.getByLabel('Regions').fill('FR')
    await link.waitFor({ timeout: 15_000 })
    await page.screenshot({ path: join(ARTIFACTS, `catalogue-${label}.png`), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])
  })

  it('renders the asset page: owner, content hash, licence in words, budget, plots', async () => {
    await page.goto(`${web.url}/#/asset/${assetId}`)
    await page.getByRole('heading', { name: 'Bicycle counters' }).waitFor({ timeout: 15_000 })
    await expect(page.locator('#licence').textContent()).resolves.toMatch(
      /May be used for research\. No commercial use\./,
    )
    await expect(page.getByText(hash(7)).first().isVisible()).resolves.toBe(true)
    await expect(page.getByText(/3 ε in total, 3 ε left/).isVisible()).resolves.toBe(true)
    await expect(page.getByRole('img', { name: 'ε spent over time' }).isVisible()).resolves.toBe(true)
    await page.screenshot({ path: join(ARTIFACTS, `asset-${label}.png`), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])
  })

  it('renders the executors page', async () => {
    await page.goto(`${web.url}/#/executors`)
    await page.getByText(/registered$/).waitFor({ timeout: 15_000 })
    await page.screenshot({ path: join(ARTIFACTS, `executors-${label}.png`), fullPage: true })
    expect(await seriousViolations(page)).toEqual([])
  })
})
