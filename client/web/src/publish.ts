// `#/publish`: an owner drops a CSV; the page reads its header, encrypts it (AES-256-GCM, the package format
// of `datum asset publish`), uploads only the ciphertext to the server's package store, keeps the data key
// in this browser (downloadable as the CLI's key file), then registers licence terms, the asset with its
// policies, an offering, and grants to the chosen executors, each tx with its progress.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import * as CR from '../../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../../proto/gen/datum/dataasset/v1/index.js'
import type { DpAlgorithm } from '../../executor/dp-aggregates.js'
import { builtinAllowlistEntry } from '../../executor/job-params.js'
import { type Executor, get } from './api.js'
import { sendTx } from './chain.js'
import { encryptCsv, SCHEME } from './crypto/package.js'
import { grantMsg, keyFileUrl, saveDataKey } from './data-keys.js'
import { h } from './dom.js'
import { txProgress } from './tx-progress.js'
import { currentWallet } from './wallet/wallet.js'
import { walletNeeded } from './wallet-badge.js'
import { microOf, short } from './words.js'

const BUILTINS: DpAlgorithm[] = ['dp-mean', 'dp-sum', 'dp-count', 'dp-histogram']
const PURPOSES = ['RESEARCH', 'COMMERCIAL', 'TRAINING', 'INFERENCE']
const MAX_BYTES = 64 * 1024 * 1024

/** The header row of a CSV: its column names (quotes removed). */
export function csvColumns(text: string): string[] {
  const first = text.split(/\r?\n/, 1)[0] ?? ''
  return first
    .split(',')
    .map((c) => c.trim().replace(/^"(.*)"$/, '$1'))
    .filter(Boolean)
}

/** Column names as the indexer reads them: a data: URI on chain, pinned by its sha256. */
function columnsDoc(columns: string[]): { uri: string; hash: string } {
  const json = JSON.stringify({ columns })
  const uri = `data:application/json,${encodeURIComponent(json)}`
  if (uri.length > 512) return { uri: '', hash: '' }
  return { uri, hash: bytesToHex(sha256(new TextEncoder().encode(json))) }
}

const list = (v: string) =>
  v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)

export function publishPage(root: HTMLElement): void {
  let file: { name: string; bytes: Uint8Array; columns: string[] } | undefined
  const input = h('input', { type: 'file', id: 'csv', accept: '.csv,text/csv' }) as HTMLInputElement
  const fileInfo = h('p', { id: 'file-info', role: 'status' }, 'No file yet.')
  const zone = h(
    'label',
    { for: 'csv', class: 'dropzone', id: 'dropzone' },
    'Drop a CSV file here, or choose one: ',
    input,
  )
  const take = async (f: File) => {
    if (f.size > MAX_BYTES) {
      fileInfo.textContent = `${f.name} is larger than 64 MiB.`
      return
    }
    const bytes = new Uint8Array(await f.arrayBuffer())
    const columns = csvColumns(new TextDecoder().decode(bytes.subarray(0, 64 * 1024)))
    file = { name: f.name, bytes, columns }
    fileInfo.textContent = `${f.name}: ${bytes.length} bytes, columns ${columns.join(', ') || 'none found'}. It is encrypted in this browser before anything is sent.`
    if (!name.value) name.value = f.name.replace(/\.csv$/i, '')
  }
  input.addEventListener('change', () => input.files?.[0] && void take(input.files[0]))
  zone.addEventListener('dragover', (e) => {
    e.preventDefault()
    zone.classList.add('over')
  })
  zone.addEventListener('dragleave', () => zone.classList.remove('over'))
  zone.addEventListener('drop', (e) => {
    e.preventDefault()
    zone.classList.remove('over')
    const f = (e as DragEvent).dataTransfer?.files?.[0]
    if (f) void take(f)
  })

  const text = (id: string, value = '', attrs: Record<string, string> = {}) =>
    h('input', { id, value, autocomplete: 'off', ...attrs }) as HTMLInputElement
  const check = (id: string, checked: boolean) =>
    h('input', { type: 'checkbox', id, ...(checked ? { checked: true } : {}) }) as HTMLInputElement
  const field = (el: HTMLElement, label: string) => h('label', { for: el.id }, label, el)
  const tick = (el: HTMLElement, label: string) => h('label', { for: el.id, class: 'check' }, el, label)
  const name = text('name')
  const description = text('description')
  const tags = text('tags', '', { placeholder: 'comma-separated' })
  const regions = text('regions', 'DE', { placeholder: 'e.g. DE,FR' })
  const purposes = PURPOSES.map((p) => check(`purpose-${p.toLowerCase()}`, p === 'RESEARCH'))
  const commercial = check('commercial', false)
  const derivatives = check('derivatives', false)
  const attribution = check('attribution', true)
  const algorithms = BUILTINS.map((a) => check(`algo-${a}`, true))
  const epsTotal = text('eps-total', '10', { inputmode: 'decimal' })
  const epsJob = text('eps-job', '1', { inputmode: 'decimal' })
  const minExecutors = text('min-executors', '1', { inputmode: 'numeric' })
  const price = text('price', '1000', { inputmode: 'numeric' })
  const uses = text('uses', '3', { inputmode: 'numeric' })
  const epsUse = text('eps-use', '0.5', { inputmode: 'decimal' })
  const validity = text('validity', '86400', { inputmode: 'numeric' })
  const executors = h(
    'fieldset',
    { id: 'executors' },
    h('legend', {}, 'Grant the data key to executors'),
    h('p', { class: 'muted' }, 'Loading executors…'),
  )
  const progress = h('div', { id: 'publish-progress' })
  const error = h('p', { role: 'alert', id: 'publish-error', class: 'error' })
  const done = h('div', { id: 'published' })
  void get<{ executors: Executor[] }>('/api/executors?limit=100').then(
    (r) => {
      const active = r.executors.filter((e) => e.state === 'EXECUTOR_STATE_ACTIVE')
      executors.replaceChildren(
        executors.firstChild!,
        ...(active.length
          ? active.map((e, i) =>
              tick(
                h('input', { type: 'checkbox', id: `exec-${i}`, value: e.operator, checked: true }),
                ` ${short(e.operator)} (${e.region}, reputation ${e.reputation})`,
              ),
            )
          : [
              h(
                'p',
                { class: 'muted' },
                'No active executor is registered yet; grant one later from your assets page.',
              ),
            ]),
      )
    },
    (e: Error) => executors.append(h('p', { role: 'alert' }, e.message)),
  )

  const publish = async () => {
    error.textContent = ''
    progress.replaceChildren()
    const w = currentWallet()
    if (!w) throw new Error(`${walletNeeded()} first (Wallet, at the top).`)
    if (!file) throw new Error('Drop a CSV file first.')
    const say = (t: string) => progress.append(h('p', { role: 'status' }, t))
    say('Encrypting in this browser…')
    const pkg = await encryptCsv(file.name, file.bytes)
    const storageUri = `${location.origin}/packages/${pkg.contentHash}.datum.enc`
    say(`Uploading the ciphertext (${pkg.bytes.length} bytes; the plain file never leaves this browser)…`)
    const put = await fetch(`/packages/${pkg.contentHash}.datum.enc`, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array(pkg.bytes),
    })
    // a 409 is a package of the same content stored earlier under another key: registering ours would point
    // executors at bytes this key cannot open
    if (!put.ok)
      throw new Error(
        `the upload was refused: ${((await put.json().catch(() => ({}))) as { message?: string }).message ?? put.status}`,
      )
    const keyFile = { scheme: SCHEME, key: pkg.key, content_hash: pkg.contentHash, storage_uri: storageUri }
    await saveDataKey(w, keyFile)
    const chosen = [...executors.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map(
      (c) => c.value,
    )
    const terms = await sendTx(
      w,
      [
        {
          typeUrl: '/datum.dataasset.v1.MsgRegisterLicenseTerms',
          value: {
            creator: w.address,
            terms: {
              purposes: PURPOSES.filter((_, i) => purposes[i]!.checked).map(
                (p) => DA.Purpose[`PURPOSE_${p}` as keyof typeof DA.Purpose],
              ),
              commercialUse: commercial.checked,
              derivativesAllowed: derivatives.checked,
              attributionRequired: attribution.checked,
              outputOwnership: DA.OutputOwnership.OUTPUT_OWNERSHIP_REQUESTER,
            },
          },
        },
      ],
      txProgress(progress, 'Registering the licence terms'),
    )
    const termsId = DA.MsgRegisterLicenseTermsResponse.decode(terms.responses[0]!).id
    const reg = await sendTx(
      w,
      [
        {
          typeUrl: '/datum.dataasset.v1.MsgRegisterAsset',
          value: {
            owner: w.address,
            contentHash: pkg.contentHash,
            storage: { uri: storageUri, encryptionScheme: SCHEME },
            metadata: {
              name: name.value.trim(),
              description: description.value.trim(),
              tags: list(tags.value),
              ...columnsDoc(file.columns),
            },
            licenseTermsId: termsId,
            computePolicy: {
              mechanisms: [DA.Mechanism.MECHANISM_DP],
              algorithmAllowlist: BUILTINS.filter((_, i) => algorithms[i]!.checked).map(
                builtinAllowlistEntry,
              ),
              minExecutors: Number(minExecutors.value),
            },
            privacyPolicy: {
              epsilonTotalMicro: microOf(epsTotal.value),
              epsilonPerJobMaxMicro: microOf(epsJob.value),
              deltaNano: 0n,
            },
            residencyPolicy: { allowedRegions: list(regions.value.toUpperCase()) },
          },
        },
      ],
      txProgress(progress, 'Registering the asset'),
    )
    const assetId = DA.MsgRegisterAssetResponse.decode(reg.responses[0]!).id
    const msgs = [
      {
        typeUrl: '/datum.computeright.v1.MsgCreateOffering',
        value: {
          owner: w.address,
          assetId,
          terms: {
            pricePerUse: { denom: 'udatum', amount: String(BigInt(price.value.trim())) },
            usesPerRight: Number(uses.value),
            validitySeconds: BigInt(validity.value.trim()),
            epsilonPerUseMicro: microOf(epsUse.value),
            transferPolicy: { mode: CR.TransferMode.TRANSFER_MODE_GIFT, holdSeconds: 0n, royaltyBps: 0 },
          },
        },
      },
      ...(chosen.length ? [await grantMsg(w.address, assetId, chosen, pkg.key)] : []),
    ]
    await sendTx(
      w,
      msgs,
      txProgress(
        progress,
        chosen.length ? 'Opening the offering and granting executors' : 'Opening the offering',
      ),
    )
    done.replaceChildren(
      h('h2', {}, 'Published'),
      h(
        'p',
        {},
        'Asset ',
        h('a', { href: `#/asset/${assetId}`, id: 'asset-link' }, name.value || assetId),
        ` (content hash ${short(pkg.contentHash)}) is registered and on sale.`,
      ),
      h(
        'p',
        {},
        h(
          'a',
          {
            class: 'button',
            href: keyFileUrl(keyFile),
            download: `${pkg.contentHash.slice(0, 12)}.key.json`,
          },
          'Download the data key file',
        ),
        ' Keep it: it is the only way to grant more executors from another browser.',
      ),
    )
  }

  root.replaceChildren(
    h('h1', {}, 'Publish a dataset'),
    h(
      'form',
      {
        class: 'form',
        'aria-label': 'publish',
        onsubmit: (e: Event) => {
          e.preventDefault()
          void publish().catch((err: Error) => {
            progress.append(h('p', {}, 'Stopped.'))
            error.textContent = err.message
          })
        },
      },
      zone,
      fileInfo,
      h(
        'fieldset',
        {},
        h('legend', {}, 'About the dataset'),
        field(name, 'Name'),
        field(description, 'Description'),
        field(tags, 'Tags'),
        field(regions, 'Regions where it may be computed'),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Licence'),
        ...PURPOSES.map((p, i) => tick(purposes[i]!, ` ${p.toLowerCase()}`)),
        tick(commercial, ' commercial use'),
        tick(derivatives, ' derived works'),
        tick(attribution, ' attribution required'),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Policies'),
        ...BUILTINS.map((a, i) => tick(algorithms[i]!, ` ${a}`)),
        field(epsTotal, 'Total ε budget'),
        field(epsJob, 'Max ε per job'),
        field(minExecutors, 'Executors per job'),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Offering'),
        field(price, 'Price per use (udatum)'),
        field(uses, 'Uses per right'),
        field(epsUse, 'ε per use'),
        field(validity, 'Right valid for (seconds)'),
      ),
      executors,
      h('button', { type: 'submit', id: 'publish' }, 'Encrypt, upload and register'),
    ),
    progress,
    error,
    done,
  )
}
