// Issue 5 end to end: a real datumd process, the Datum client over unmodified CosmJS (DIRECT and AMINO_JSON),
// and the `datum` CLI: register, query, version, pause, transfer, revoke, with every change found by tx_search.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Secp256k1HdWallet } from '@cosmjs/amino'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { NodeProcess } from '../../testnet/harness/node-process.js'
import { main } from '../cli/datum.js'
import { DatumClient } from '../sdk/client.js'
import { isNotFound } from '../web/src/wallet/asset-owner.js'

let node: NodeProcess
let mnemonic: string
let owner: string
let direct: DatumClient
let amino: DatumClient
const dir = mkdtempSync(join(tmpdir(), 'datum-e2e-dataasset-'))
const hash = (n: number) => n.toString(16).padStart(64, '0')

beforeAll(async () => {
  ;({ node, mnemonic, address: owner } = await NodeProcess.init())
  await node.start()
  direct = await DatumClient.connectWithSigner(
    node.rpcUrl,
    await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' }),
  )
  amino = await DatumClient.connectWithSigner(
    node.rpcUrl,
    await Secp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' }),
  )
}, 120_000)

afterAll(async () => {
  direct?.disconnect()
  amino?.disconnect()
  await node?.destroy()
  rmSync(dir, { recursive: true, force: true })
})

async function cli(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

/** tx_search for a typed event attribute (values are JSON, so strings carry their quotes). */
async function search(event: string, attr: string, value: string): Promise<number[]> {
  const res = await direct.comet.txSearchAll({ query: `datum.dataasset.v1.${event}.${attr}='"${value}"'` })
  return res.txs.map((t) => t.height)
}

// each step waits for blocks on a shared 2-core machine: generous, bounded per-test timeouts
describe('dataasset on a real node', { timeout: 180_000 }, () => {
  let termsId: string
  let assetA: string
  let assetB: string

  it('registers terms and assets in DIRECT and AMINO_JSON mode and queries them', async () => {
    const terms = {
      purposes: [T.Purpose.PURPOSE_RESEARCH],
      outputOwnership: T.OutputOwnership.OUTPUT_OWNERSHIP_REQUESTER,
    }
    const t = await direct.dataasset.registerLicenseTerms(owner, terms)
    termsId = t.response.id
    expect(t.response.created).toBe(true)
    expect((await amino.dataasset.registerLicenseTerms(owner, terms)).response).toEqual({
      id: termsId,
      created: false,
    })

    const base = {
      storage: { uri: 'https://store.example/a.enc', encryptionScheme: 'aes-256-gcm' },
      metadata: { name: 'city sensors', tags: ['iot'] },
      licenseTermsId: termsId,
      computePolicy: { mechanisms: [T.Mechanism.MECHANISM_DP], minExecutors: 1 },
      privacyPolicy: { epsilonTotalMicro: 5_000_000n, epsilonPerJobMaxMicro: 500_000n, deltaNano: 10n },
      residencyPolicy: { allowedRegions: ['DE'] },
      transferable: true,
    }
    assetA = (await direct.dataasset.registerAsset(owner, { ...base, contentHash: hash(1) })).response.id
    assetB = (await amino.dataasset.registerAsset(owner, { ...base, contentHash: hash(2) })).response.id

    const q = direct.query.dataasset
    expect(await q.asset(assetA)).toMatchObject({ owner, version: 1, state: T.AssetState.ASSET_STATE_ACTIVE })
    expect((await q.assetByContentHash(hash(2))).id).toBe(assetB)
    const mine = await q.assetsByOwner(owner, { countTotal: true })
    expect(mine.pagination!.total).toBe(2n)
    expect((await q.assetsByTag('iot')).assets).toHaveLength(2)
    expect((await q.privacyBudget(assetA)).remainingMicro).toBe(5_000_000n)
    expect((await q.usageLedger(assetA)).records).toEqual([])
    expect((await q.licenseTerms(termsId)).purposes).toEqual([T.Purpose.PURPOSE_RESEARCH])
    await expect(q.asset(hash(99))).rejects.toThrow(/not found/)
    expect(await search('EventAssetRegistered', 'id', assetA)).toHaveLength(1)
  })

  it('versions, pauses, transfers and revokes; failures carry dataasset codes and change nothing', async () => {
    const storage = { uri: 'https://store.example/a2.enc', encryptionScheme: 'aes-256-gcm' }
    const v = await direct.dataasset.publishVersion(owner, { assetId: assetA, contentHash: hash(3), storage })
    expect(v.response.version).toBe(2)
    await amino.dataasset.setAssetState(owner, {
      assetId: assetA,
      state: T.AssetState.ASSET_STATE_ORDERING_PAUSED,
    })
    const recipient = (
      await (await DirectSecp256k1HdWallet.generate(12, { prefix: 'datum' })).getAccounts()
    )[0]!.address
    await direct.dataasset.transferAsset(owner, assetA, recipient)
    await amino.dataasset.setAssetState(owner, {
      assetId: assetB,
      state: T.AssetState.ASSET_STATE_REVOKED,
      reason: 'consent withdrawn',
    })

    const a = await direct.query.dataasset.asset(assetA)
    expect(a).toMatchObject({
      owner: recipient,
      version: 2,
      state: T.AssetState.ASSET_STATE_ORDERING_PAUSED,
      contentHash: hash(3),
    })
    expect((await direct.query.dataasset.asset(assetB)).state).toBe(T.AssetState.ASSET_STATE_REVOKED)
    const gone = await direct.query.dataasset.assetByContentHash(hash(2)).catch((e: unknown) => e)
    expect(gone).toBeInstanceOf(Error)
    expect((gone as Error).message).toMatch(/no live asset/)
    // the web wallet reads this refusal as "no owner on chain" when it moves old cleartext data keys
    expect(isNotFound(gone), (gone as Error).message).toBe(true)
    expect(isNotFound(new Error('fetch failed'))).toBe(false)

    // the old owner may no longer change A; simulation refuses with the module's error
    await expect(direct.dataasset.burnAsset(owner, assetA)).rejects.toThrow(
      /signer may not change this asset/,
    )
    // an explicit fee skips simulation: the tx lands in a block and fails with codespace dataasset, code 3
    const fee = { amount: [{ denom: 'udatum', amount: '1000' }], gas: '300000' }
    await expect(direct.dataasset.burnAsset(owner, assetA, fee)).rejects.toMatchObject({
      codespace: 'dataasset',
      abciCode: 3,
    })
    expect((await direct.query.dataasset.asset(assetA)).owner).toBe(recipient)

    expect(await search('EventAssetVersionPublished', 'id', assetA)).toHaveLength(1)
    expect(await search('EventAssetStateChanged', 'id', assetA)).toHaveLength(1)
    expect(await search('EventAssetTransferred', 'to', recipient)).toHaveLength(1)
    expect(await search('EventAssetStateChanged', 'to', 'ASSET_STATE_REVOKED')).toHaveLength(1)
  })

  it('drives the same chain from the datum CLI, including asset publish', async () => {
    const keyring = join(dir, 'keyring.json')
    const mfile = join(dir, 'mnemonic')
    writeFileSync(mfile, mnemonic)
    expect(
      (await cli('keys', 'add', 'owner', '--keyring-file', keyring, '--mnemonic-file', mfile)).code,
    ).toBe(0)
    const tx = [
      '--node',
      node.rpcUrl,
      '--keyring-file',
      keyring,
      '--from',
      'owner',
      '--chain-id',
      'datum-local-1',
    ]

    const data = join(dir, 'data.csv')
    writeFileSync(data, 'region,count\nDE,12\nNL,7\n')
    const pub = await cli(
      'asset',
      'publish',
      data,
      '--out-dir',
      join(dir, 'store'),
      '--key-file',
      join(dir, 'k.json'),
      '--terms',
      termsId,
      '--name',
      'counts',
      '--tags',
      'cli',
      '--mechanisms',
      'dp',
      '--epsilon-total',
      '2.5',
      '--regions',
      'DE,NL',
      ...tx,
    )
    expect(pub.code, pub.err).toBe(0)
    const published = JSON.parse(pub.out)
    expect(published.asset_id).toMatch(/^[0-9a-f]{64}$/)

    const shown = await cli('query', 'dataasset', 'asset', published.asset_id, '--node', node.rpcUrl)
    expect(JSON.parse(shown.out)).toMatchObject({
      asset: { content_hash: published.content_hash, storage: { uri: published.storage_uri } },
    })
    const budget = JSON.parse(
      (await cli('query', 'dataasset', 'budget', published.asset_id, '--node', node.rpcUrl)).out,
    )
    expect(budget.remaining_micro).toBe('2500000')

    const paused = await cli(
      'tx',
      'dataasset',
      'set-state',
      published.asset_id,
      'unlisted',
      '--sign-mode',
      'amino',
      ...tx,
    )
    expect(paused.code, paused.err).toBe(0)
    const table = await cli(
      'query',
      'dataasset',
      'by-state',
      'unlisted',
      '--node',
      node.rpcUrl,
      '--output',
      'table',
    )
    expect(table.out).toContain(published.asset_id)
    const raise = await cli(
      'tx',
      'dataasset',
      'set-privacy-policy',
      published.asset_id,
      '--epsilon-total',
      '3',
      ...tx,
    )
    expect([raise.code, raise.err]).toEqual([1, expect.stringContaining('privacy policy may only decrease')])
    const wrongChain = await cli(
      'tx',
      'dataasset',
      'burn',
      published.asset_id,
      ...tx.slice(0, -1),
      'other-chain',
    )
    expect([wrongChain.code, wrongChain.err]).toEqual([1, expect.stringContaining('CHAIN_ID_MISMATCH')])
  })
})
