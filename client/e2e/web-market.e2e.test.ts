// Issue 17, the write side in a real browser: Debian's Chromium (playwright-core, nothing downloaded) against
// `npm run web`'s server following a real datumd, with a real `datum executor start` daemon. An owner imports
// a development key, drops a CSV on the publish page (encrypted in the page, only ciphertext uploaded), and
// the asset appears in search; a buyer's purchase with too much ε is refused and the page says why in words;
// the buyer then previews the settlement, buys and requests in one tx, watches the job through its states to
// FINALIZED (the buyer's page sends the finalize once the challenge window closes) and the result is fetched
// by the signed read, decrypted in the page and checked against the attested digest; the owner sees the
// earnings and revokes the executor's grant. The development keys are imported under a passphrase and typed
// again after each reload (a cleartext key from an older version is sealed at its first unlock; a wrong
// passphrase is refused in words), and the owner's data key is kept sealed, not in clear; the buyer runs a third job on a held right's remaining uses (MsgRequestJob);
// the asset page, opened without a wallet, loads under 100 kB of JavaScript. Every page is screenshotted (client/web/artifacts) and checked
// with axe-core at desktop and phone width. Every time window of the job timeline is the default divided by
// one factor (120, the demo's), ratios kept.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { type Browser, type BrowserContext, chromium, type Page, type Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_TIMELINE_FACTOR, scaledWindows, windowParams } from '../../testnet/flows/chain-params.js'
import { type ExecutorDaemon, stopAllDaemons } from '../../testnet/flows/daemon-process.js'
import type { NodeProcess } from '../../testnet/harness/node-process.js'
import { freePorts } from '../../testnet/harness/ports.js'
import { waitFor } from '../../testnet/harness/wait.js'
import { Keyring } from '../cli/keyring.js'
import { indexedHeight } from '../indexer/follower.js'
import type { RunningIndexer } from '../indexer/service.js'
import { startWeb } from '../web/serve.js'
import { fundAccounts, registerAuditedExecutor, startExecutorDaemon, startJobNode } from './job-node.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARTIFACTS = join(import.meta.dirname, '../web/artifacts')
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const SCALE = DEMO_TIMELINE_FACTOR
const ROWS = 400
const TRUE_MEAN = 44.5 // ages 20..69, evenly
const PASSPHRASE = 'the e2e passphrase'

let node: NodeProcess
let dir: string
let keyring: Keyring
let web: RunningIndexer
let browser: Browser
let daemon: ExecutorDaemon
let execAddress: string
let ownerMnemonic: string
let buyerMnemonic: string
let execUrl: string
const contexts: BrowserContext[] = []

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does)`)
  mkdirSync(ARTIFACTS, { recursive: true })
  dir = mkdtempSync(join(tmpdir(), 'datum-web-market-'))
  const chain = await startJobNode(windowParams(scaledWindows(SCALE)))
  node = chain.node
  ownerMnemonic = chain.mnemonic
  keyring = new Keyring(join(dir, 'keyring.json'))
  await keyring.add('owner', chain.mnemonic)
  const exec = await keyring.add('exec')
  execAddress = exec.address
  const buyer = await DirectSecp256k1HdWallet.generate(24, { prefix: 'datum' })
  buyerMnemonic = buyer.mnemonic
  const buyerAddress = (await buyer.getAccounts())[0]!.address
  await fundAccounts(chain, [exec.address, buyerAddress])
  const [port] = await freePorts(1)
  execUrl = `http://127.0.0.1:${port}`
  const ctx = { keyringFile: keyring.path, node: node.rpcUrl }
  const { audit } = await registerAuditedExecutor(ctx, 'exec', execUrl)
  daemon = startExecutorDaemon(ctx, 'exec', join(dir, 'exec-data'), execUrl)
  await daemon.waitForEvent('ready', (e) => e.event === 'ready')
  web = await startWeb({
    node: node.rpcUrl,
    rest: node.restUrl,
    packagesDir: join(dir, 'packages'),
    host: '127.0.0.1',
    port: 0,
    pollMs: 300,
  })
  await waitFor(
    'the indexer to reach the audit',
    async () => (await indexedHeight(web.db)) >= BigInt(audit.height),
    {
      timeoutMs: 60_000,
      intervalMs: 200,
    },
  )
  writeFileSync(
    join(dir, 'clinic-visits.csv'),
    `id,age\n${Array.from({ length: ROWS }, (_, i) => `${i},${20 + (i % 50)}`).join('\n')}\n`,
  )
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
}, 240_000)

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {})
  await browser?.close()
  await stopAllDaemons()
  await web?.stop()
  await node?.destroy()
  if (dir) rmSync(dir, { recursive: true, force: true })
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

async function pageWithKey(mnemonic: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport })
  contexts.push(context)
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`))
  await page.goto(`${web.url}/#/wallet`)
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE)
  await page.getByLabel('Or import a mnemonic').fill(mnemonic)
  await page.getByRole('button', { name: 'Import' }).click()
  await page.locator('#address').waitFor({ timeout: 30_000 })
  return page
}

/** After a reload the stored key is sealed again: type its passphrase on the wallet page, then go to `hash`. */
async function unlock(page: Page, hash: string): Promise<void> {
  await page.goto(`${web.url}/#/wallet`)
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Unlock', exact: true }).click()
  await page.locator('#address').waitFor({ timeout: 30_000 })
  await page.goto(`${web.url}/${hash}`)
}

async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })
  expect(await seriousViolations(page), name).toEqual([])
}

describe('the marketplace write side in Chromium', { timeout: 600_000 }, () => {
  let owner: Page
  let buyer: Page
  let assetUrl: string

  it('an owner imports a development key and publishes a CSV through the page; it appears in search', async () => {
    owner = await pageWithKey(ownerMnemonic)
    await expect(
      owner
        .getByText(/Development only/)
        .first()
        .isVisible(),
    ).resolves.toBe(true)
    await snap(owner, 'wallet-desktop')
    await owner.goto(`${web.url}/#/publish`)
    await owner.locator('#csv').setInputFiles(join(dir, 'clinic-visits.csv'))
    await owner.getByText(/columns id, age/).waitFor({ timeout: 15_000 })
    await owner.getByLabel('Name').fill('Clinic visits')
    await owner.getByLabel('Description', { exact: true }).fill('Ages of patients per visit')
    await owner.getByLabel('Tags').fill('health,visits')
    await owner.locator(`#executors input[value="${execAddress}"]`).waitFor({ timeout: 30_000 })
    await snap(owner, 'publish-desktop')
    await owner.getByRole('button', { name: 'Encrypt, upload and register' }).click()
    await owner.locator('#asset-link').waitFor({ timeout: 120_000 })
    const error = await owner.locator('#publish-error').textContent()
    expect(error).toBe('')
    assetUrl = `${web.url}/${await owner.locator('#asset-link').getAttribute('href')}`
    // only ciphertext reached the server's package store, under the content hash
    const stored = readFileSync(join(dir, 'packages', readdirSync(join(dir, 'packages'))[0]!))
    expect(stored.subarray(0, 8).toString()).toBe('DATUMENC')
    expect(stored.includes(Buffer.from('id,age'))).toBe(false)
    // the data key stays in this browser sealed in the owner's vault, never in clear
    const kept = await owner.evaluate<Record<string, string>>('({ ...localStorage })')
    expect(Object.keys(kept)).not.toContain('datum.data-keys')
    const sealedKeys = Object.keys(kept).filter((k) => k.startsWith('datum.data-keys.sealed.'))
    expect(sealedKeys).toHaveLength(1)
    expect(JSON.parse(kept[sealedKeys[0]!]!)).toMatchObject({ format: 'datum-sealed-secret', version: 1 })
    await snap(owner, 'published-desktop')

    // A search answers from what the indexer holds when it is typed: wait until the indexer has the block the
    // publish landed in (under load it trails the node by a few blocks), as a user would search again.
    const published = await node.height()
    await waitFor(
      'the indexer to reach the publish',
      async () => (await indexedHeight(web.db)) >= published,
      {
        timeoutMs: 120_000,
        intervalMs: 200,
      },
    )
    await owner.goto(web.url!)
    await owner.getByLabel('Search datasets').fill('clinic')
    await owner.getByRole('link', { name: 'Clinic visits' }).waitFor({ timeout: 30_000 })
    await snap(owner, 'catalogue-search-desktop')
  })

  it('a refused purchase is shown in words; then the buyer buys, runs, watches the job finalize and decrypts the result', async () => {
    buyer = await pageWithKey(buyerMnemonic)
    // the JavaScript the asset page loads for a visitor without an open wallet: the write side (SDK, CosmJS,
    // crypto) stays out until the buy form is opened
    const js: Promise<number>[] = []
    const onJs = (r: Response) => {
      if (new URL(r.url()).pathname.endsWith('.js'))
        js.push(
          r.body().then(
            (b) => b.length,
            () => 0,
          ),
        )
    }
    buyer.on('response', onJs)
    // the offering is indexed a block or two after the asset: reload until the page sells it
    await waitFor(
      'the offering on the asset page',
      async () => {
        await buyer.goto('about:blank')
        js.length = 0
        await buyer.goto(assetUrl)
        await buyer.getByRole('heading', { name: 'Buy and run' }).waitFor({ timeout: 15_000 })
        return (await buyer.locator('#open-buy').count()) > 0
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    )
    await buyer.waitForTimeout(500)
    buyer.off('response', onJs)
    const assetJs = (await Promise.all(js)).reduce((a, b) => a + b, 0)
    expect(assetJs, `the asset page loaded ${assetJs} bytes of JavaScript`).toBeLessThan(100_000)
    // the reloads left the key sealed: the panel asks for it to be unlocked
    await buyer.getByRole('link', { name: 'Unlock your development key to buy' }).waitFor()
    await unlock(buyer, assetUrl.slice(assetUrl.indexOf('#')))
    await buyer.getByText(/^Buying as datum/).waitFor({ timeout: 15_000 })
    await buyer.getByLabel('Column', { exact: true }).fill('age')
    // more ε than the offering sells per use: the chain refuses, and the page names the registered error
    await buyer.getByLabel('ε for this job').fill('2')
    await buyer.getByRole('button', { name: 'Preview the settlement' }).click()
    await buyer.getByRole('button', { name: 'Sign and buy' }).click()
    await buyer
      .locator('#buy-error')
      .getByText(/The chain refused this/)
      .waitFor({ timeout: 30_000 })
    await expect(buyer.locator('#buy-error').textContent()).resolves.toMatch(
      /\(computeright error 13: epsilon above the per-job maximum\)\. The ε you asked for is more than this asset allows for one job\./,
    )
    await snap(buyer, 'refused-purchase-desktop')

    await buyer.getByLabel('ε for this job').fill('0.5')
    await buyer.getByRole('button', { name: 'Preview the settlement' }).click()
    const preview = buyer.locator('#preview')
    await buyer
      .locator('#preview-epsilon', { hasText: /^this job spends 0\.5 ε/ })
      .waitFor({ timeout: 15_000 })
    await expect(preview.textContent()).resolves.toMatch(
      /3000 udatum for a right of 3 uses at 1000 udatum each/,
    )
    await expect(preview.textContent()).resolves.toMatch(/Protocol fee per use20 udatum/)
    await expect(preview.textContent()).resolves.toMatch(/\(the owner\)/)
    await expect(buyer.locator('#preview-epsilon').textContent()).resolves.toMatch(
      /^this job spends 0\.5 ε; the right reserves 3 × 0\.5 = 1\.5 ε of the 10 ε left \(8\.5 ε after\)/,
    )
    await snap(buyer, 'settlement-preview-desktop')
    await buyer.getByRole('button', { name: 'Sign and buy' }).click()
    await buyer
      .locator('#buy-progress')
      .getByText(/Included \(block \d+\)/)
      .waitFor({ timeout: 60_000 })
    const mean = buyer.locator('section[aria-label="job 1"]')
    await mean.locator('ol.steps li[aria-current="step"]').waitFor({ timeout: 15_000 })
    // a second job, a histogram, runs alongside (a second right bought in its own purchase-and-request)
    await buyer.getByLabel('Algorithm').selectOption('dp-histogram')
    await buyer.getByLabel('Histogram buckets').fill('20,30,40,50')
    await buyer.getByRole('button', { name: 'Preview the settlement' }).click()
    await buyer
      .locator('#preview-epsilon', { hasText: /^this job spends 0\.5 ε/ })
      .waitFor({ timeout: 15_000 })
      .catch(async (e: Error) => {
        throw new Error(`${e.message}; the page says: ${await buyer.locator('#buy-error').textContent()}`)
      })
    // the budget is read from the chain: the first right has reserved its 3 uses' ε
    const second = (await buyer.locator('#preview-epsilon').textContent()) ?? ''
    expect(second, second).toMatch(/1\.5 ε of the 8\.5 ε left \(7 ε after\)$/)
    await buyer.getByRole('button', { name: 'Sign and buy' }).click()
    const histogram = buyer.locator('section[aria-label="job 2"]')
    await histogram.waitFor({ timeout: 60_000 })
    // the executor accepts, commits and reveals; the page shows the challenge window, then finalizes
    await mean.getByText(/challenge window closes in \d+ s/).waitFor({ timeout: 120_000 })
    await snap(buyer, 'job-attested-desktop')
    await mean
      .getByText(/decrypted in this page and matches the attested digest/)
      .waitFor({ timeout: 180_000 })
    const value = Number((await mean.locator('.result-value').textContent())!.replaceAll(',', ''))
    // the discrete Laplace noise of the mean at ε 0.5 over 400 rows stays far inside ±10 (p < 1e-6)
    expect(Math.abs(value - TRUE_MEAN)).toBeLessThan(10)
    await expect(mean.getByText(/within ±[\d.,]+ with 95 % probability/).isVisible()).resolves.toBe(true)
    await histogram
      .getByText(/decrypted in this page and matches the attested digest/)
      .waitFor({ timeout: 120_000 })
    await expect(histogram.getByRole('img', { name: 'Histogram of age' }).isVisible()).resolves.toBe(true)
    // 8 rows per listed age; discrete Laplace noise at ε 0.5 (scale 2) stays inside ±20 (p < 1e-4 per bucket)
    const counts = await histogram.locator('.result-value li').allTextContents()
    expect(counts.map((c) => c.split(':')[0])).toEqual(['20', '30', '40', '50'])
    for (const c of counts) expect(Math.abs(Number(c.split(':')[1]) - 8)).toBeLessThan(20)
    const download = buyer.waitForEvent('download')
    await mean.getByRole('link', { name: 'Download the result (JSON)' }).click()
    const saved = join(dir, 'result.json')
    await (await download).saveAs(saved)
    const downloaded = JSON.parse(readFileSync(saved, 'utf8'))
    expect(downloaded).toMatchObject({ algorithm: 'dp-mean', column: 'age', epsilonMicro: '500000' })
    // the page shows the value to 6 decimals; the file holds it whole
    expect(downloaded.value).toBeCloseTo(value, 5)
    await snap(buyer, 'job-finalized-desktop')

    // a third job on the mean's right, which has 2 of its 3 uses left: MsgRequestJob, nothing bought
    const payWith = buyer.getByLabel('Pay with')
    const firstRight = buyer.locator('#pay-with option', { hasText: /^right #\d+: 2 of 3 uses left/ }).first()
    const rightId = (await firstRight.getAttribute('value'))!
    await payWith.selectOption(rightId)
    await buyer.getByLabel('Algorithm').selectOption('dp-mean')
    await buyer.getByLabel('ε for this job').fill('0.5')
    await buyer.getByRole('button', { name: 'Preview the settlement' }).click()
    await buyer
      .locator('#preview-epsilon', {
        hasText: new RegExp(`^this job spends 0\\.5 ε of the 0\\.5 ε per use right #${rightId} reserved`),
      })
      .waitFor({ timeout: 15_000 })
    await expect(preview.textContent()).resolves.toMatch(
      new RegExp(
        `You pay nownothing for the data: this job spends 1 of the 2 uses left on right #${rightId}`,
      ),
    )
    await snap(buyer, 'use-right-preview-desktop')
    await buyer.getByRole('button', { name: 'Sign and request' }).click()
    await buyer
      .locator('#buy-progress')
      .getByText(/Included \(block \d+\)/)
      .waitFor({ timeout: 60_000 })
    const third = buyer.locator('section[aria-label="job 3"]')
    await third.waitFor({ timeout: 30_000 })
    // the right now has one use left; the chain locked the other in the job
    await buyer
      .locator('#pay-with option', { hasText: new RegExp(`^right #${rightId}: 1 of 3 uses left`) })
      .waitFor({ state: 'attached', timeout: 30_000 })
    await third
      .getByText(/decrypted in this page and matches the attested digest/)
      .waitFor({ timeout: 240_000 })
    const again = Number((await third.locator('.result-value').textContent())!.replaceAll(',', ''))
    expect(Math.abs(again - TRUE_MEAN)).toBeLessThan(10)
    await snap(buyer, 'job-on-held-right-finalized-desktop')
  })

  it('the owner sees the earnings, revokes the executor grant and withdraws consent', async () => {
    // the catalogue's page load sealed the key again
    await unlock(owner, '#/owner')
    await waitFor(
      'the indexer to record the use',
      async () => {
        // two hash changes re-read the page without a reload (a reload would seal the key again)
        await owner.goto(`${web.url}/#/`)
        await owner.goto(`${web.url}/#/owner`)
        await owner.locator('#earnings').waitFor({ timeout: 15_000 })
        const t = (await owner.locator('#earnings').textContent()) ?? ''
        return /Uses3/.test(t) ? t : undefined
      },
      { timeoutMs: 60_000, intervalMs: 1000 },
    )
    await expect(owner.locator('#earnings').textContent()).resolves.toMatch(/Earned[1-9]\d* udatum/)
    await owner.getByRole('button', { name: /^Revoke datum/ }).click()
    await owner.getByText(/No executor holds the data key/).waitFor({ timeout: 60_000 })
    await snap(owner, 'owner-desktop')
    await daemon.waitForEvent('the grant revocation', (e) => e.event === 'grant-revoked', 60_000)
    // withdrawing consent revokes the asset on chain (the confirmation dialog accepted)
    owner.once('dialog', (d) => void d.accept())
    await owner.getByRole('button', { name: 'Withdraw consent (revoke the asset)' }).click()
    await owner.getByText('Consent withdrawn: the asset is revoked.').waitFor({ timeout: 60_000 })
    await expect(owner.locator('.error').first().textContent()).resolves.toBe('')
    const assetId = assetUrl.slice(assetUrl.lastIndexOf('/') + 1)
    await waitFor(
      'the indexer to see the asset revoked',
      async () =>
        ((await (await fetch(`${web.url}/api/assets/${assetId}`)).json()) as { state: string }).state ===
        'ASSET_STATE_REVOKED',
      { timeoutMs: 30_000, intervalMs: 300 },
    )
  })

  it('a key an older version left in clear is encrypted at its first unlock; a wrong passphrase is refused in words', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(`${web.url}/#/`)
    await page.evaluate(`localStorage.setItem('datum.dev-key.mnemonic', ${JSON.stringify(buyerMnemonic)})`)
    await page.goto(`${web.url}/#/wallet`)
    await page.getByText(/stored a development key here unencrypted/).waitFor({ timeout: 15_000 })
    await page.getByLabel('New passphrase').fill(PASSPHRASE)
    await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE)
    await page.getByRole('button', { name: 'Encrypt and unlock' }).click()
    await page.locator('#address').waitFor({ timeout: 30_000 })
    const buyerAddress = (
      await (await DirectSecp256k1HdWallet.fromMnemonic(buyerMnemonic, { prefix: 'datum' })).getAccounts()
    )[0]!.address
    await expect(page.locator('#address').textContent()).resolves.toBe(buyerAddress)
    const stored = await page.evaluate<Record<string, string>>('({ ...localStorage })')
    expect(Object.keys(stored)).not.toContain('datum.dev-key.mnemonic')
    expect(JSON.parse(stored['datum.dev-key.sealed']!)).toMatchObject({
      format: 'datum-sealed-key',
      version: 1,
    })
    expect(JSON.stringify(stored)).not.toContain(buyerMnemonic.split(' ').slice(0, 3).join(' '))
    // a reload seals it again: the header says so, and a wrong passphrase is refused in words
    await page.reload()
    await page.getByRole('link', { name: 'dev key locked: unlock' }).waitFor({ timeout: 15_000 })
    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase')
    await page.getByRole('button', { name: 'Unlock', exact: true }).click()
    await page
      .getByRole('alert')
      .getByText('That passphrase does not unlock this key.')
      .waitFor({ timeout: 30_000 })
    await snap(page, 'wallet-locked-desktop')
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
    await page.getByRole('button', { name: 'Unlock', exact: true }).click()
    await expect(page.locator('#address').textContent({ timeout: 30_000 })).resolves.toBe(buyerAddress)
  })

  it('every page works at phone width with no serious accessibility violation', async () => {
    const phone = await pageWithKey(buyerMnemonic, { width: 390, height: 844 })
    for (const [name, route] of [
      ['wallet', '#/wallet'],
      ['catalogue', '#/'],
      ['asset', assetUrl.slice(assetUrl.indexOf('#'))],
      ['publish', '#/publish'],
      ['owner', '#/owner'],
      ['executors', '#/executors'],
    ] as const) {
      await phone.goto(`${web.url}/${route}`)
      await phone.locator('main h1').first().waitFor({ timeout: 15_000 })
      await phone.waitForTimeout(500)
      // nothing wider than the phone's screen forces a horizontal scroll of the page (the message names the
      // widest elements when something does)
      const overflow = await phone.evaluate<{ by: number; widest: string[] }>(`(() => {
        const by = document.documentElement.scrollWidth - window.innerWidth
        const widest = [...document.querySelectorAll('main *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .filter((e) => e.parentElement.getBoundingClientRect().right <= window.innerWidth + 1)
          .slice(0, 3)
          .map((e) => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width))
        return { by, widest }
      })()`)
      expect(
        overflow.by,
        `${name} overflows the phone width: ${overflow.widest.join(', ')}`,
      ).toBeLessThanOrEqual(0)
      await snap(phone, `${name}-phone`)
    }
  })
})
