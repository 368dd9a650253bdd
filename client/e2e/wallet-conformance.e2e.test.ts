// Issue 12 end to end, as a wallet developer tries a chain: our own versions of the checks in CosmJS 0.39's
// stargate specs (stargateclient, signingstargateclient with its modifying signers, multisignature, the auth,
// bank and tx query modules) and its tendermint-rpc comet38 spec that apply to a chain with auth, bank and
// tx, run with unmodified CosmJS against one real datumd process; and every Msg of
// the client registry sent with "auto" fees at Keplr's 1.3×, simulate within 1.2× of what delivery used
// (the job-protocol Msgs, which need deadlines to pass, in wallet-jobs.e2e.test.ts; the MsgUpdateParams only
// gov may send, in the gov tests named by GOV_AUTHORITY_MSGS).
import {
  createMultisigThresholdPubkey,
  encodeSecp256k1Pubkey,
  makeCosmoshubPath,
  pubkeyToAddress,
  Secp256k1HdWallet,
  type StdSignDoc,
} from '@cosmjs/amino'
import { fromBase64, toBase64, toHex } from '@cosmjs/encoding'
import {
  DirectSecp256k1HdWallet,
  decodeTxRaw,
  encodePubkey,
  makeAuthInfoBytes,
  makeSignDoc,
  type OfflineSigner,
  Registry,
  type TxBodyEncodeObject,
} from '@cosmjs/proto-signing'
import {
  assertIsDeliverTxFailure,
  assertIsDeliverTxSuccess,
  BroadcastTxError,
  defaultRegistryTypes,
  GasPrice,
  makeMultisignedTxBytes,
  QueryClient,
  SigningStargateClient,
  StargateClient,
  setupAuthExtension,
  setupBankExtension,
  setupTxExtension,
} from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { AuthInfo, type SignDoc, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as CR from '../../proto/gen/datum/computeright/v1/index.js'
import * as DA from '../../proto/gen/datum/dataasset/v1/index.js'
import { NodeProcess } from '../../testnet/harness/node-process.js'
import { encryptTo } from '../executor/ecies.js'
import { DatumClient } from '../sdk/client.js'
import { DATUM_MSG_TYPES } from '../sdk/msg-types.js'
import { AutoFee, GOV_AUTHORITY_MSGS, JOB_PROTOCOL_MSGS, responseOf, TRAINING_MSGS } from './auto-fee.js'

const DENOM = 'udatum'
const GAS_PRICE = GasPrice.fromString('0.0025udatum')
const hash = (n: number) => n.toString(16).padStart(64, '0')
const coins = (amount: number | string) => [{ denom: DENOM, amount: `${amount}` }]
const FEE = { amount: coins(5000), gas: '300000' }

let node: NodeProcess
let mnemonic: string
let owner: string
let buyer: string
let ownerClient: DatumClient
let buyerClient: DatumClient

/** What a wallet that rewrites the tx it is asked to sign (as Keplr does with fees) changes: the chain must take it. */
const MODIFIED = { memo: 'changed by the wallet', fee: coins(7000), gas: 333_333 }

/** The upstream spec's "modifying signer", ours: DIRECT signs a doc with another memo, fee and gas limit. */
function modifyingDirect(wallet: DirectSecp256k1HdWallet): OfflineSigner {
  return {
    getAccounts: () => wallet.getAccounts(),
    signDirect: (address: string, doc: SignDoc) => {
      const body = TxBody.decode(doc.bodyBytes)
      const authInfo = AuthInfo.decode(doc.authInfoBytes)
      const fee = { ...authInfo.fee!, amount: MODIFIED.fee, gasLimit: BigInt(MODIFIED.gas) }
      return wallet.signDirect(address, {
        ...doc,
        bodyBytes: TxBody.encode({ ...body, memo: MODIFIED.memo }).finish(),
        authInfoBytes: AuthInfo.encode({ ...authInfo, fee }).finish(),
      })
    },
  }
}

/** The same for amino JSON: the signed StdSignDoc carries the wallet's memo and fee. */
function modifyingAmino(wallet: Secp256k1HdWallet): OfflineSigner {
  return {
    getAccounts: () => wallet.getAccounts(),
    signAmino: (address: string, doc: StdSignDoc) =>
      wallet.signAmino(address, {
        ...doc,
        memo: MODIFIED.memo,
        fee: { ...doc.fee, amount: MODIFIED.fee, gas: String(MODIFIED.gas) },
      }),
  }
}

const fresh = async () =>
  (await (await DirectSecp256k1HdWallet.generate(12, { prefix: 'datum' })).getAccounts())[0]!.address

beforeAll(async () => {
  ;({ node, mnemonic, address: owner } = await NodeProcess.init())
  await node.start()
  ownerClient = await DatumClient.connectWithSigner(
    node.rpcUrl,
    await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' }),
  )
  const buyerWallet = await DirectSecp256k1HdWallet.generate(12, { prefix: 'datum' })
  buyer = (await buyerWallet.getAccounts())[0]!.address
  buyerClient = await DatumClient.connectWithSigner(node.rpcUrl, buyerWallet)
  const funded = await ownerClient.signing.signAndBroadcast(
    owner,
    [
      {
        typeUrl: '/cosmos.bank.v1beta1.MsgSend',
        value: { fromAddress: owner, toAddress: buyer, amount: coins(50_000_000) },
      },
    ],
    FEE,
  )
  assertIsDeliverTxSuccess(funded)
}, 120_000)

afterAll(async () => {
  ownerClient?.disconnect()
  buyerClient?.disconnect()
  await node?.destroy()
})

// one node for the file; each step waits for blocks on a shared machine: bounded, generous timeouts
describe('CosmJS 0.39 stargate and tendermint-rpc checks against a Datum node', { timeout: 180_000 }, () => {
  it('StargateClient: chain id, height, accounts, sequences, blocks, balances', async () => {
    const client = await StargateClient.connect(node.rpcUrl)
    try {
      expect(await client.getChainId()).toBe('datum-local-1')
      const h1 = await client.getHeight()
      expect(h1).toBeGreaterThan(0)
      const unused = await fresh()
      expect(await client.getAccount(unused)).toBeNull()
      await expect(client.getSequence(unused)).rejects.toThrow(/account '.*' does not exist on chain/i)
      const account = await client.getAccount(owner)
      expect(account).toMatchObject({ address: owner })
      expect(account!.pubkey).not.toBeNull()
      const latest = await client.getBlock()
      expect(latest.header.chainId).toBe('datum-local-1')
      expect(latest.id).toMatch(/^[0-9A-F]{64}$/)
      const byHeight = await client.getBlock(latest.header.height - 1)
      expect(byHeight.header.height).toBe(latest.header.height - 1)
      // the latest header is recent and in the past (the spec allows 5 s; a shared machine gets 30 s)
      const age = Date.now() - new Date(latest.header.time).getTime()
      expect(age).toBeGreaterThanOrEqual(0)
      expect(age).toBeLessThan(30_000)
      expect(await client.getBalance(unused, DENOM)).toEqual({ denom: DENOM, amount: '0' })
      expect(await client.getAllBalances(unused)).toEqual([])
      expect(Number((await client.getBalance(buyer, DENOM)).amount)).toBeGreaterThan(0)
      // a denom the account does not hold reads as 0, not an error
      expect(await client.getBalance(buyer, 'gintonic')).toEqual({ denom: 'gintonic', amount: '0' })
      // the height moves on (bounded wait: blocks come about every second)
      const deadline = Date.now() + 30_000
      while ((await client.getHeight()) <= h1 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200))
      expect(await client.getHeight()).toBeGreaterThan(h1)
      const comet = await Comet38Client.connect(node.rpcUrl)
      const status = await comet.status()
      expect(status.nodeInfo.version).toMatch(/^0\.38\./)
      expect((await comet.block()).block.header.height).toBeGreaterThanOrEqual(h1)
      comet.disconnect()
    } finally {
      client.disconnect()
    }
  })

  it('query extensions (auth, bank, tx): account, balances, supply, denom metadata, simulate with a pubkey', async () => {
    const q = QueryClient.withExtensions(
      ownerClient.comet,
      setupAuthExtension,
      setupBankExtension,
      setupTxExtension,
    )
    const account = await q.auth.account(owner)
    expect(account?.typeUrl).toBe('/cosmos.auth.v1beta1.BaseAccount')
    // the raw extension surfaces NotFound (22) as the SDK does; StargateClient.getAccount maps it to null
    await expect(q.auth.account(await fresh())).rejects.toThrow(/Query failed with \(22\).*key not found/)
    expect(Number((await q.bank.balance(owner, DENOM)).amount)).toBeGreaterThan(0)
    expect((await q.bank.allBalances(owner)).map((c) => c.denom)).toContain(DENOM)
    // The default mint schedule grows the supply every block, so the total is read between two supplyOf reads.
    const supply = await q.bank.supplyOf(DENOM)
    expect(BigInt(supply.amount)).toBeGreaterThan(0n)
    const total = (await q.bank.totalSupply()).supply.find((c) => c.denom === DENOM)!
    const later = await q.bank.supplyOf(DENOM)
    expect(BigInt(total.amount)).toBeGreaterThanOrEqual(BigInt(supply.amount))
    expect(BigInt(total.amount)).toBeLessThanOrEqual(BigInt(later.amount))
    expect((await q.bank.denomMetadata(DENOM)).base).toBe(DENOM)
    expect((await q.bank.denomsMetadata()).map((m) => m.base)).toContain(DENOM)
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' })
    const [{ pubkey }] = await wallet.getAccounts()
    const msg = new Registry(defaultRegistryTypes).encodeAsAny({
      typeUrl: '/cosmos.bank.v1beta1.MsgSend',
      value: { fromAddress: owner, toAddress: buyer, amount: coins(1) },
    })
    const { sequence } = await ownerClient.signing.getSequence(owner)
    const sim = await q.tx.simulate([msg], 'foo', encodeSecp256k1Pubkey(pubkey), sequence)
    expect(sim.gasInfo?.gasWanted).toBe(BigInt('0xffffffffffffffff'))
    expect(Number(sim.gasInfo?.gasUsed)).toBeGreaterThan(40_000)
  })

  it('broadcastTx: a bad signature with an invalid recipient fails CheckTx with code 4 (SDK 0.50)', async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' })
    const [{ pubkey }] = await wallet.getAccounts()
    const client = await StargateClient.connect(node.rpcUrl)
    const registry = new Registry()
    const body: TxBodyEncodeObject = {
      typeUrl: '/cosmos.tx.v1beta1.TxBody',
      value: {
        messages: [
          {
            typeUrl: '/cosmos.bank.v1beta1.MsgSend',
            value: {
              fromAddress: owner,
              toAddress: 'tgrade1z363ulwcrxged4z5jswyt5dn5v3lzsemwz9ewj',
              amount: coins(1234567),
            },
          },
        ],
      },
    }
    const bodyBytes = registry.encode(body)
    const { accountNumber, sequence } = await client.getSequence(owner)
    const authInfoBytes = makeAuthInfoBytes(
      [{ pubkey: encodePubkey({ type: 'tendermint/PubKeySecp256k1', value: toBase64(pubkey) }), sequence }],
      coins(2000),
      200000,
      undefined,
      undefined,
    )
    const doc = makeSignDoc(bodyBytes, authInfoBytes, await client.getChainId(), accountNumber)
    const { signature } = await wallet.signDirect(owner, doc)
    const sig = fromBase64(signature.signature)
    sig[10]! ^= 1
    const raw = TxRaw.encode(TxRaw.fromPartial({ bodyBytes, authInfoBytes, signatures: [sig] })).finish()
    const error = await client.broadcastTx(raw).catch((e) => e)
    expect(error).toBeInstanceOf(BroadcastTxError)
    expect([error.code, error.codespace]).toEqual([4, 'sdk'])
    expect(error.message).toMatch(/Broadcasting transaction failed with code 4/)
    client.disconnect()
  })

  it('signAndBroadcast: a failing MsgSend (DeliverTx) uses more than 40,000 gas of 99,000', async () => {
    const result = await ownerClient.signing.signAndBroadcast(
      owner,
      [
        {
          typeUrl: '/cosmos.bank.v1beta1.MsgSend',
          value: {
            fromAddress: owner,
            toAddress: await fresh(),
            amount: [{ denom: 'ustake', amount: `${Number.MAX_SAFE_INTEGER}` }],
          },
        },
      ],
      { amount: coins(2000), gas: '99000' },
    )
    assertIsDeliverTxFailure(result)
    expect(result.code).toBeGreaterThan(0)
    expect(result.gasWanted).toBe(99_000n)
    expect(Number(result.gasUsed)).toBeGreaterThan(40_000)
    expect(Number(result.gasUsed)).toBeLessThanOrEqual(99_000)
  })

  it('amino signer, special characters in the memo, past timeout height (30), non-canonical amount (10)', async () => {
    const amino = await SigningStargateClient.connectWithSigner(
      node.rpcUrl,
      await Secp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' }),
      { gasPrice: GAS_PRICE },
    )
    try {
      const send = (amount = '1234') => ({
        typeUrl: '/cosmos.bank.v1beta1.MsgSend',
        value: { fromAddress: owner, toAddress: buyer, amount: [{ denom: DENOM, amount }] },
      })
      assertIsDeliverTxSuccess(await amino.signAndBroadcast(owner, [send()], 1.3, 'a&b<c> "quoted" ü'))
      const height = await amino.getHeight()
      await expect(
        amino.signAndBroadcast(owner, [send()], FEE, '', BigInt(height - 1)),
      ).rejects.toMatchObject({
        code: 30,
      })
      const direct = ownerClient.signing
      await expect(direct.signAndBroadcast(owner, [send('01')], FEE)).rejects.toMatchObject({ code: 10 })
    } finally {
      amino.disconnect()
    }
  })

  it('a signer that rewrites memo, fee and gas (DIRECT and amino): the chain takes the tx as signed', async () => {
    const send = (amount: number) => ({
      typeUrl: '/cosmos.bank.v1beta1.MsgSend',
      value: { fromAddress: owner, toAddress: buyer, amount: coins(amount) },
    })
    for (const signer of [
      modifyingDirect(await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' })),
      modifyingAmino(await Secp256k1HdWallet.fromMnemonic(mnemonic, { prefix: 'datum' })),
    ]) {
      const client = await SigningStargateClient.connectWithSigner(node.rpcUrl, signer)
      try {
        const before = BigInt((await client.getBalance(owner, DENOM)).amount)
        // signAndBroadcast, as the spec's signAndBroadcast test does
        const sent = await client.signAndBroadcast(owner, [send(11)], FEE, 'asked for')
        assertIsDeliverTxSuccess(sent)
        expect(sent.gasWanted).toBe(BigInt(MODIFIED.gas))
        const found = await client.getTx(sent.transactionHash)
        const tx = decodeTxRaw(found!.tx)
        expect(tx.body.memo).toBe(MODIFIED.memo)
        expect(tx.authInfo.fee!.amount).toEqual(MODIFIED.fee)
        expect(tx.authInfo.fee!.gasLimit).toBe(BigInt(MODIFIED.gas))
        expect(before - BigInt((await client.getBalance(owner, DENOM)).amount)).toBe(11n + 7000n)
        // sign, then broadcastTx, as the spec's sign test does: the signature covers the rewritten doc
        const signed = await client.sign(owner, [send(12)], FEE, 'asked for')
        expect(TxBody.decode(signed.bodyBytes).memo).toBe(MODIFIED.memo)
        assertIsDeliverTxSuccess(await client.broadcastTx(TxRaw.encode(signed).finish()))
      } finally {
        client.disconnect()
      }
    }
  })

  it('getTx through tx_search and through abci_query (/cosmos.tx.v1beta1.Service/GetTx)', async () => {
    const memo = `find me ${Date.now()}`
    const sent = await ownerClient.signing.signAndBroadcast(
      owner,
      [
        {
          typeUrl: '/cosmos.bank.v1beta1.MsgSend',
          value: { fromAddress: owner, toAddress: buyer, amount: coins(1) },
        },
      ],
      FEE,
      memo,
    )
    assertIsDeliverTxSuccess(sent)
    const indexed = await ownerClient.signing.getTx(sent.transactionHash)
    expect(indexed?.height).toBe(sent.height)
    const queries = QueryClient.withExtensions(ownerClient.comet, setupTxExtension)
    const found = await queries.tx.getTx(sent.transactionHash)
    expect(found.tx?.body?.memo).toBe(memo)
    expect(found.txResponse?.height).toBe(BigInt(sent.height))
    const searched = await ownerClient.signing.searchTx(`tx.hash='${sent.transactionHash}'`)
    expect(searched.map((t) => t.hash)).toEqual([sent.transactionHash])
  })

  it('a 2-of-3 multisig account sends with makeMultisignedTxBytes', async () => {
    const members = await Promise.all(
      [0, 1, 2].map((i) =>
        Secp256k1HdWallet.fromMnemonic(mnemonic, { hdPaths: [makeCosmoshubPath(i + 10)], prefix: 'datum' }),
      ),
    )
    const accounts = await Promise.all(members.map(async (w) => (await w.getAccounts())[0]!))
    const multisig = createMultisigThresholdPubkey(
      accounts.map((a) => encodeSecp256k1Pubkey(a.pubkey)),
      2,
    )
    const address = pubkeyToAddress(multisig, 'datum')
    assertIsDeliverTxSuccess(
      await ownerClient.signing.signAndBroadcast(
        owner,
        [
          {
            typeUrl: '/cosmos.bank.v1beta1.MsgSend',
            value: { fromAddress: owner, toAddress: address, amount: coins(100_000) },
          },
        ],
        FEE,
      ),
    )
    const onChain = (await ownerClient.signing.getAccount(address))!
    const signerData = {
      accountNumber: BigInt(onChain.accountNumber),
      sequence: onChain.sequence,
      chainId: await ownerClient.signing.getChainId(),
    }
    const msg = {
      typeUrl: '/cosmos.bank.v1beta1.MsgSend',
      value: { fromAddress: address, toAddress: buyer, amount: coins(1234) },
    }
    const signatures = new Map<string, Uint8Array>()
    let bodyBytes: Uint8Array = new Uint8Array()
    for (const i of [0, 2]) {
      const offline = await SigningStargateClient.offline(members[i]!)
      const signed = await offline.sign(
        accounts[i]!.address,
        [msg],
        FEE,
        'Use your tokens wisely',
        signerData,
      )
      bodyBytes = signed.bodyBytes
      signatures.set(accounts[i]!.address, signed.signatures[0]!)
    }
    const tx = makeMultisignedTxBytes(multisig, onChain.sequence, FEE, bodyBytes, signatures)
    const broadcaster = await StargateClient.connect(node.rpcUrl)
    assertIsDeliverTxSuccess(await broadcaster.broadcastTx(tx))
    broadcaster.disconnect()
  })

  it('Comet38Client (tendermint-rpc comet38 spec): info, genesis, commit, validators, blockchain, results, tx, search, commit broadcast, ws headers', async () => {
    const comet = await Comet38Client.connect(node.rpcUrl)
    try {
      expect((await comet.abciInfo()).lastBlockHeight).toBeGreaterThan(0)
      expect((await comet.genesis()).chainId).toBe('datum-local-1')
      const height = (await comet.status()).syncInfo.latestBlockHeight
      const commit = await comet.commit(height - 1)
      expect(commit.header.height).toBe(height - 1)
      expect(commit.commit.signatures.length).toBeGreaterThan(0)
      const validators = await comet.validators({})
      expect(validators.count).toBe(1)
      expect((await comet.validatorsAll()).validators).toHaveLength(1)
      expect((await comet.numUnconfirmedTxs()).total).toBeGreaterThanOrEqual(0)
      expect((await comet.blockResults(height - 1)).height).toBe(height - 1)
      const chain = await comet.blockchain()
      const heights = chain.blockMetas.map((m) => m.header.height)
      expect(heights).toEqual([...heights].sort((a, b) => b - a))
      const limited = await comet.blockchain(2, 3)
      expect(limited.blockMetas.map((m) => m.header.height)).toEqual([3, 2])
      // a signed bank tx through broadcast_tx_commit, then tx and tx_search find it with the same hash
      const signed = await ownerClient.signing.sign(
        owner,
        [
          {
            typeUrl: '/cosmos.bank.v1beta1.MsgSend',
            value: { fromAddress: owner, toAddress: buyer, amount: coins(5) },
          },
        ],
        FEE,
        'commit',
      )
      const tx = TxRaw.encode(signed).finish()
      const committed = await comet.broadcastTxCommit({ tx })
      expect([committed.checkTx.code, committed.txResult?.code]).toEqual([0, 0])
      const byHash = await comet.tx({ hash: committed.hash })
      expect(byHash.height).toBe(committed.height)
      const searched = await comet.txSearchAll({ query: `tx.height=${committed.height}` })
      expect(searched.txs.map((t) => toBase64(t.hash))).toContain(toBase64(committed.hash))
      const blocks = await comet.blockSearchAll({ query: `block.height>=${committed.height}` })
      expect(blocks.blocks.length).toBeGreaterThan(0)
    } finally {
      comet.disconnect()
    }
    const ws = await Comet38Client.connect(node.rpcUrl.replace('http://', 'ws://'))
    try {
      const header = await new Promise<{ height: number }>((resolve, reject) => {
        const sub = ws.subscribeNewBlockHeader().subscribe({
          next: (h) => {
            sub.unsubscribe()
            resolve(h)
          },
          error: reject,
        })
      })
      expect(header.height).toBeGreaterThan(0)
    } finally {
      ws.disconnect()
    }
  })

  it('REST: broadcasting bytes that are no tx answers HTTP 200 with tx_response.code 2', async () => {
    const res = await fetch(`${node.restUrl}/cosmos/tx/v1beta1/txs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tx_bytes: 'bm90IGEgdHg=', mode: 'BROADCAST_MODE_SYNC' }),
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { tx_response: unknown }).tx_response).toMatchObject({
      code: 2,
      codespace: 'sdk',
    })
  })
})

describe('"auto" fees at 1.3× for every registry Msg', { timeout: 300_000 }, () => {
  const fees = new AutoFee()
  const auto = (client: DatumClient, sender: string, typeUrl: string, value: unknown, label = '') =>
    fees.send(client, sender, typeUrl, value, label)

  it('bank MsgSend and MsgMultiSend to existing and fresh recipients', async () => {
    const send = (to: string) => ({ fromAddress: owner, toAddress: to, amount: coins(1000) })
    await auto(ownerClient, owner, '/cosmos.bank.v1beta1.MsgSend', send(buyer), ' existing')
    await auto(ownerClient, owner, '/cosmos.bank.v1beta1.MsgSend', send(await fresh()), ' fresh')
    const multi = (to: string) => ({
      inputs: [{ address: owner, coins: coins(2000) }],
      outputs: [
        { address: buyer, coins: coins(1000) },
        { address: to, coins: coins(1000) },
      ],
    })
    await auto(ownerClient, owner, '/cosmos.bank.v1beta1.MsgMultiSend', multi(await fresh()), ' fresh')
    await auto(ownerClient, owner, '/cosmos.bank.v1beta1.MsgMultiSend', multi(owner), ' existing')
  })

  let assetId = ''
  let termsId = ''
  it('every dataasset Msg', async () => {
    const D = '/datum.dataasset.v1.'
    const terms = await auto(ownerClient, owner, `${D}MsgRegisterLicenseTerms`, {
      creator: owner,
      terms: {
        purposes: [DA.Purpose.PURPOSE_RESEARCH],
        outputOwnership: DA.OutputOwnership.OUTPUT_OWNERSHIP_REQUESTER,
      },
    })
    termsId = responseOf(terms, DA.MsgRegisterLicenseTermsResponse).id
    const asset = (contentHash: string) => ({
      owner,
      contentHash,
      storage: { uri: 'https://store.example/a.enc', encryptionScheme: 'aes-256-gcm' },
      metadata: { name: 'sensors', tags: ['iot'] },
      licenseTermsId: termsId,
      computePolicy: {
        mechanisms: [DA.Mechanism.MECHANISM_DP],
        algorithmAllowlist: [{ codeHash: hash(10), imageDigest: `sha256:${hash(11)}`, label: 'count' }],
        minExecutors: 1,
      },
      privacyPolicy: { epsilonTotalMicro: 5_000_000n, epsilonPerJobMaxMicro: 500_000n, deltaNano: 10n },
      residencyPolicy: { allowedRegions: ['DE'] },
      transferable: true,
    })
    assetId = responseOf(
      await auto(ownerClient, owner, `${D}MsgRegisterAsset`, asset(hash(1))),
      DA.MsgRegisterAssetResponse,
    ).id
    const other = responseOf(
      await auto(ownerClient, owner, `${D}MsgRegisterAsset`, asset(hash(2))),
      DA.MsgRegisterAssetResponse,
    ).id
    await auto(ownerClient, owner, `${D}MsgUpdateMetadata`, {
      owner,
      assetId: other,
      metadata: { name: 'renamed', tags: ['x'] },
    })
    await auto(ownerClient, owner, `${D}MsgPublishVersion`, {
      owner,
      assetId: other,
      contentHash: hash(3),
      storage: { uri: 'https://store.example/b.enc', encryptionScheme: 'aes-256-gcm' },
    })
    await auto(ownerClient, owner, `${D}MsgSetContributors`, {
      owner,
      assetId: other,
      contributors: [
        { address: owner, weightBps: 6000 },
        { address: await fresh(), weightBps: 4000 },
      ],
    })
    await auto(ownerClient, owner, `${D}MsgAllowAlgorithm`, {
      sender: owner,
      assetId: other,
      algorithm: { codeHash: hash(12), imageDigest: `sha256:${hash(13)}`, label: 'mean' },
    })
    await auto(ownerClient, owner, `${D}MsgDisallowAlgorithm`, {
      sender: owner,
      assetId: other,
      codeHash: hash(12),
      imageDigest: `sha256:${hash(13)}`,
    })
    await auto(ownerClient, owner, `${D}MsgApproveFeatureModule`, {
      owner,
      assetId: other,
      moduleHash: hash(14),
      featureCount: 1,
      bounds: [{ lowerMicro: 0n, upperMicro: 1_000_000n }],
      fuelPerRow: 100_000n,
      maxMemoryPages: 16,
    })
    expect(
      (await ownerClient.query.dataasset.featureModules(other)).modules.map((m) => m.moduleHash),
    ).toEqual([hash(14)])
    await auto(ownerClient, owner, `${D}MsgRevokeFeatureModule`, {
      owner,
      assetId: other,
      moduleHash: hash(14),
    })
    await auto(ownerClient, owner, `${D}MsgSetComputePolicy`, {
      owner,
      assetId: other,
      computePolicy: {
        mechanisms: [DA.Mechanism.MECHANISM_DP],
        algorithmAllowlist: [{ codeHash: hash(10), imageDigest: `sha256:${hash(11)}`, label: 'count' }],
        minExecutors: 2,
      },
    })
    await auto(ownerClient, owner, `${D}MsgSetPrivacyPolicy`, {
      owner,
      assetId: other,
      privacyPolicy: { epsilonTotalMicro: 4_000_000n, epsilonPerJobMaxMicro: 500_000n, deltaNano: 10n },
    })
    await auto(ownerClient, owner, `${D}MsgSetResidencyPolicy`, {
      owner,
      assetId: other,
      residencyPolicy: { allowedRegions: ['DE'], requireAuditedRegion: true },
    })
    await auto(ownerClient, owner, `${D}MsgSetAssetState`, {
      owner,
      assetId: other,
      state: DA.AssetState.ASSET_STATE_ORDERING_PAUSED,
    })
    await auto(
      ownerClient,
      owner,
      `${D}MsgTransferAsset`,
      { owner, assetId: other, recipient: await fresh() },
      ' fresh',
    )
    const third = responseOf(
      await auto(ownerClient, owner, `${D}MsgRegisterAsset`, asset(hash(4))),
      DA.MsgRegisterAssetResponse,
    ).id
    await auto(
      ownerClient,
      owner,
      `${D}MsgTransferAsset`,
      { owner, assetId: third, recipient: buyer },
      ' existing',
    )
    const fourth = responseOf(
      await auto(ownerClient, owner, `${D}MsgRegisterAsset`, asset(hash(5))),
      DA.MsgRegisterAssetResponse,
    ).id
    await auto(ownerClient, owner, `${D}MsgBurnAsset`, { owner, assetId: fourth })
  })

  it('computeright Msgs (offer, buy, gift, list, buy listed, request and cancel jobs)', async () => {
    const C = '/datum.computeright.v1.'
    const offeringTerms = {
      pricePerUse: { denom: DENOM, amount: '1001' },
      usesPerRight: 3,
      validitySeconds: 3600n,
      epsilonPerUseMicro: 100_000n,
      transferPolicy: { mode: CR.TransferMode.TRANSFER_MODE_RESALE, holdSeconds: 0n, royaltyBps: 100 },
    }
    const offeringId = responseOf(
      await auto(ownerClient, owner, `${C}MsgCreateOffering`, { owner, assetId, terms: offeringTerms }),
      CR.MsgCreateOfferingResponse,
    ).id
    await auto(ownerClient, owner, `${C}MsgUpdateOffering`, {
      owner,
      offeringId,
      terms: { ...offeringTerms, pricePerUse: { denom: DENOM, amount: '1002' } },
    })
    await auto(ownerClient, owner, `${C}MsgSetOfferingState`, {
      owner,
      offeringId,
      state: CR.OfferingState.OFFERING_STATE_PAUSED,
    })
    await auto(ownerClient, owner, `${C}MsgSetOfferingState`, {
      owner,
      offeringId,
      state: CR.OfferingState.OFFERING_STATE_ACTIVE,
    })
    const rightId = responseOf(
      await auto(buyerClient, buyer, `${C}MsgPurchaseRight`, { buyer, offeringId }),
      CR.MsgPurchaseRightResponse,
    ).rightId
    const second = responseOf(
      await auto(buyerClient, buyer, `${C}MsgPurchaseRight`, { buyer, offeringId }),
      CR.MsgPurchaseRightResponse,
    ).rightId
    await auto(
      buyerClient,
      buyer,
      `${C}MsgGiftRight`,
      { holder: buyer, rightId: second, recipient: await fresh() },
      ' fresh',
    )
    await auto(buyerClient, buyer, `${C}MsgListRight`, {
      holder: buyer,
      rightId,
      price: { denom: DENOM, amount: '5000' },
    })
    await auto(ownerClient, owner, `${C}MsgBuyListedRight`, {
      buyer: owner,
      rightId,
      maxPrice: { denom: DENOM, amount: '5000' },
    })
    await auto(
      ownerClient,
      owner,
      `${C}MsgGiftRight`,
      { holder: owner, rightId, recipient: buyer },
      ' existing',
    )
    const job = {
      algorithm: { codeHash: hash(10), imageDigest: `sha256:${hash(11)}`, label: 'count' },
      mechanism: DA.Mechanism.MECHANISM_DP,
      epsilonMicro: 50_000n,
      // the asset's licence lists research only (dataasset 30 refuses any other purpose, UNSPECIFIED too)
      purpose: DA.Purpose.PURPOSE_RESEARCH,
      maxComputeFee: { denom: DENOM, amount: '777' },
      outputKey: new Uint8Array(33).fill(2),
      viewers: [],
    }
    const jobId = responseOf(
      await auto(buyerClient, buyer, `${C}MsgRequestJob`, { requester: buyer, rightIds: [rightId], job }),
      CR.MsgRequestJobResponse,
    ).jobId
    await auto(buyerClient, buyer, `${C}MsgCancelJob`, { requester: buyer, jobId })
    await auto(buyerClient, buyer, `${C}MsgPurchaseAndRequest`, { buyer, offeringId, job })
  })

  it('attestation executor lifecycle Msgs (register, update, top up, unbond), grants and account audits', async () => {
    const A = '/datum.attestation.v1.'
    const D = '/datum.dataasset.v1.'
    // a real encryption key: the owner's grant wraps the asset's data key to it (ECIES)
    const encryptionKey = secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), true)
    await auto(buyerClient, buyer, `${A}MsgRegisterExecutor`, {
      operator: buyer,
      bond: { denom: DENOM, amount: '1000000' },
      kind: 1,
      measurement: '',
      declared: { region: 'DE', country: 'DE', capabilities: ['csv'] },
      pubKey: toHex(encryptionKey),
      endpoint: 'http://127.0.0.1:9000',
    })
    await auto(buyerClient, buyer, `${A}MsgUpdateExecutor`, {
      operator: buyer,
      measurement: '',
      declared: { region: 'DE', country: 'DE', capabilities: ['csv', 'parquet'] },
      endpoint: 'http://127.0.0.1:9001',
    })
    await auto(buyerClient, buyer, `${A}MsgTopUpBond`, {
      operator: buyer,
      amount: { denom: DENOM, amount: '1000' },
    })
    // the owner grants its asset to the registered executor, then withdraws the grant
    await auto(ownerClient, owner, `${D}MsgGrantExecutors`, {
      owner,
      assetId,
      grants: [
        {
          executor: buyer,
          encryptionKey: toHex(encryptionKey),
          wrappedKey: encryptTo(encryptionKey, new Uint8Array(32).fill(7)),
        },
      ],
    })
    expect((await ownerClient.query.dataasset.grants(assetId)).grants.map((g) => g.executor)).toEqual([buyer])
    await auto(ownerClient, owner, `${D}MsgRevokeGrant`, { owner, assetId, executor: buyer })
    // the dev account is the genesis auditor: it attests the buyer's jurisdiction, then withdraws it
    await auto(ownerClient, owner, `${A}MsgAuditAccount`, {
      auditor: owner,
      account: buyer,
      jurisdiction: 'DE',
    })
    await auto(ownerClient, owner, `${A}MsgRevokeAccountAudit`, { auditor: owner, account: buyer })
    await auto(buyerClient, buyer, `${A}MsgUnbondExecutor`, { operator: buyer })
  })

  it('covers every registry Msg but the job protocol ones (wallet-jobs.e2e.test.ts) and the gov-only ones', () => {
    console.log(fees.ratios.join('\n'))
    const registry = [
      '/cosmos.bank.v1beta1.MsgSend',
      '/cosmos.bank.v1beta1.MsgMultiSend',
      ...DATUM_MSG_TYPES.map((t) => t.typeUrl),
    ]
    const missing = registry.filter((u) => !fees.covered.has(u)).sort()
    // the job-protocol Msgs are sent by wallet-jobs.e2e.test.ts; the MsgUpdateParams of each module only by the
    // gov module account inside a passed proposal (see GOV_AUTHORITY_MSGS for the tests that carry them)
    expect(missing).toEqual([...JOB_PROTOCOL_MSGS, ...GOV_AUTHORITY_MSGS, ...TRAINING_MSGS].sort())
  })
})
