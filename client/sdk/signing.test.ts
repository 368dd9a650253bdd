// The client's Registry and AminoTypes against the real app: CosmJS wallets sign dataasset Msgs in DIRECT
// and AMINO_JSON mode, the app's ante chain verifies the signatures (amino sign bytes rebuilt with the
// module's toAmino) and executes them.
import { Secp256k1HdWallet } from '@cosmjs/amino'
import { DirectSecp256k1HdWallet, type OfflineSigner } from '@cosmjs/proto-signing'
import { SigningStargateClient } from '@cosmjs/stargate'
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci'
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  AccountKeeper,
  AuthModule,
  defaultAuthGenesisJson,
  FEE_COLLECTOR_NAME,
  newAnteHandler,
} from '../../modules/auth/index.js'
import { BankKeeper, BankModule, defaultBankGenesisJson } from '../../modules/bank/index.js'
import { DataAssetModule } from '../../modules/dataasset/module.js'
import { toBech32 } from '../../modules/sdk/index.js'
import { BaseApp } from '../../node/app/base-app.js'
import { DEFAULT_CONSENSUS_PARAMS } from '../../node/app/consensus-params.js'
import { openTempStore, type TempStore } from '../../node/testing/temp-store.js'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { createDatumAminoTypes } from './amino.js'
import { dataAssetMsgs } from './dataasset/messages.js'
import { createDatumRegistry } from './registry.js'

const CHAIN_ID = 'datum-sign-test-1'
const MNEMONIC =
  'surround miss nominee dream gap cross assault thank captain prosper drop duty group candy wealth weather scale put'
const FEE = { amount: [{ denom: 'udatum', amount: '5000' }], gas: '2000000' }
const hash = (n: number) => n.toString(16).padStart(64, '0')

let temp: TempStore
let app: BaseApp
let height = 0n
let direct: DirectSecp256k1HdWallet
let amino: Secp256k1HdWallet
let address: string
let sequence = 0

beforeAll(async () => {
  direct = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'datum' })
  amino = await Secp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'datum' })
  address = (await direct.getAccounts())[0]!.address
  const auth = new AccountKeeper({ moduleAccountPermissions: { [FEE_COLLECTOR_NAME]: [] } })
  const bank = new BankKeeper(auth, { blockedAddresses: [] })
  const modules = [new AuthModule(auth), new BankModule(bank), new DataAssetModule()]
  temp = await openTempStore(BaseApp.storeKeysOf(modules))
  app = new BaseApp({
    chainId: CHAIN_ID,
    store: temp.store,
    modules,
    consensusParams: DEFAULT_CONSENSUS_PARAMS,
    ante: newAnteHandler({ accountKeeper: auth, bankKeeper: bank, minGasPrices: '', blockMaxGas: () => -1n }),
  })
  app.initChain({
    chainId: CHAIN_ID,
    time: { seconds: 1_700_000_000n, nanos: 0 },
    initialHeight: 1n,
    consensusParams: DEFAULT_CONSENSUS_PARAMS,
    validators: [],
    appState: {
      auth: {
        ...(defaultAuthGenesisJson() as object),
        accounts: [
          { '@type': '/cosmos.auth.v1beta1.BaseAccount', address, account_number: '0', sequence: '0' },
        ],
      },
      bank: {
        ...(defaultBankGenesisJson() as object),
        balances: [{ address, coins: [{ denom: 'udatum', amount: '1000000000' }] }],
      },
    },
  })
  await block([])
})
afterAll(() => temp?.cleanup())

async function block(txs: Uint8Array[]) {
  height++
  const res = app.finalizeBlock({
    height,
    time: { seconds: 1_700_000_000n + height, nanos: 0 },
    proposerAddress: new Uint8Array(20),
    hash: new Uint8Array(32),
    txs,
    lastCommitVotes: [],
    misbehavior: [],
  })
  await app.commit()
  return res
}

/** Signs offline with a real CosmJS client (mode follows the wallet) and runs the tx in the next block. */
async function run(signer: OfflineSigner, msg: { typeUrl: string; value: unknown }) {
  const client = await SigningStargateClient.offline(signer, {
    registry: createDatumRegistry(),
    aminoTypes: createDatumAminoTypes(),
  })
  const signed = await client.sign(address, [msg], FEE, '', {
    accountNumber: 0n,
    sequence,
    chainId: CHAIN_ID,
  })
  const result = (await block([TxRaw.encode(signed).finish()])).txResults[0]!
  if (result.code === 0) sequence++
  return result
}

function query<R>(method: string, req: Uint8Array, res: { decode(b: Uint8Array): R }): R {
  const out = app.query({ path: `/datum.dataasset.v1.Query/${method}`, data: req, height: 0n, prove: false })
  expect(out.code, out.log).toBe(0)
  return res.decode(out.value)
}

function response<R>(result: { data: Uint8Array }, res: { decode(b: Uint8Array): R }): R {
  return res.decode(TxMsgData.decode(result.data).msgResponses[0]!.value)
}

describe('dataasset Msgs signed by CosmJS with the Datum registry', () => {
  it('registers terms and an asset (DIRECT), then versions, pauses, transfers and revokes (AMINO_JSON)', async () => {
    const terms = { purposes: [1, 3], outputOwnership: 1, jurisdictions: ['DE'], attributionRequired: true }
    const r1 = await run(direct, dataAssetMsgs.registerLicenseTerms({ creator: address, terms }))
    expect(r1.code, r1.log).toBe(0)
    const { id: termsId } = response(r1, T.MsgRegisterLicenseTermsResponse)

    const register = dataAssetMsgs.registerAsset({
      owner: address,
      contentHash: hash(1),
      storage: { uri: 'https://store.example/a.enc', encryptionScheme: 'aes-256-gcm' },
      metadata: { name: 'signed & sealed <data>', tags: ['health'] },
      licenseTermsId: termsId,
      computePolicy: { mechanisms: [3], minExecutors: 1, outputPolicy: { maxBytes: 2n ** 40n } },
      privacyPolicy: { epsilonTotalMicro: 2n ** 39n, epsilonPerJobMaxMicro: 1n, deltaNano: 0n },
      transferable: true,
    })
    const r2 = await run(direct, register)
    expect(r2.code, r2.log).toBe(0)
    const { id: assetId } = response(r2, T.MsgRegisterAssetResponse)

    // the same kind of message in amino mode: sign bytes must match the node's toAmino exactly
    const r3 = await run(amino, { ...register, value: { ...register.value, contentHash: hash(2) } })
    expect(r3.code, r3.log).toBe(0)

    const storage = { uri: 'https://store.example/a2.enc', encryptionScheme: 'aes-256-gcm' }
    const steps = [
      dataAssetMsgs.publishVersion({ owner: address, assetId, contentHash: hash(3), storage }),
      dataAssetMsgs.setAssetState({
        owner: address,
        assetId,
        state: T.AssetState.ASSET_STATE_ORDERING_PAUSED,
      }),
      dataAssetMsgs.allowAlgorithm({
        sender: address,
        assetId,
        algorithm: { codeHash: hash(7), imageDigest: `sha256:${hash(8)}`, label: 'count' },
      }),
      dataAssetMsgs.setPrivacyPolicy({
        owner: address,
        assetId,
        privacyPolicy: { epsilonTotalMicro: 1_000n, epsilonPerJobMaxMicro: 1n },
      }),
      dataAssetMsgs.setResidencyPolicy({
        owner: address,
        assetId,
        residencyPolicy: { allowedRegions: ['NL'] },
      }),
      dataAssetMsgs.setContributors({
        owner: address,
        assetId,
        contributors: [{ address, weightBps: 10000 }],
      }),
      dataAssetMsgs.updateMetadata({ owner: address, assetId, metadata: { name: 'renamed' } }),
      dataAssetMsgs.setComputePolicy({
        owner: address,
        assetId,
        computePolicy: { mechanisms: [1], minExecutors: 2 },
      }),
    ]
    for (const msg of steps) {
      const r = await run(amino, msg)
      expect(r.code, `${msg.typeUrl}: ${r.log}`).toBe(0)
    }
    const recipient = toBech32(new Uint8Array(20).fill(7))
    const r4 = await run(direct, dataAssetMsgs.transferAsset({ owner: address, assetId, recipient }))
    expect(r4.code, r4.log).toBe(0)
    // now another owner: the chain refuses with the module's code, and the tx still consumes the sequence
    const r5 = await run(amino, dataAssetMsgs.burnAsset({ owner: address, assetId }))
    expect([r5.codespace, r5.code]).toEqual(['dataasset', 3])
    sequence++

    const asset = query('Asset', T.QueryAssetRequest.encode({ id: assetId }), T.QueryAssetResponse).asset!
    expect(asset).toMatchObject({
      owner: recipient,
      version: 2,
      state: T.AssetState.ASSET_STATE_ORDERING_PAUSED,
    })
    expect(asset.metadata!.name).toBe('renamed')
    const budget = query(
      'PrivacyBudget',
      T.QueryPrivacyBudgetRequest.encode({ assetId }),
      T.QueryPrivacyBudgetResponse,
    )
    expect(budget.remainingMicro).toBe(1_000n)
    const events = r2.events.filter((e) => e.type === 'datum.dataasset.v1.EventAssetRegistered')
    expect(events[0]!.attributes.find((a) => a.key === 'id')!.value).toBe(JSON.stringify(assetId))
  })

  it('amino JSON from the client converters equals the node MsgDefinition rendering for every Msg', () => {
    const aminoTypes = createDatumAminoTypes()
    const defs = new DataAssetModule()
    const seen: string[] = []
    defs.registerServices({
      msg: (def) => {
        const value = def.decode(
          def.encode({ owner: address, sender: address, creator: address, assetId: hash(1) } as never),
        )
        const converted = aminoTypes.toAmino({ typeUrl: def.typeUrl, value })
        expect(converted).toEqual({ type: def.aminoName, value: def.toAmino(value) })
        expect(def.aminoName.length).toBeLessThanOrEqual(39)
        expect(aminoTypes.fromAmino(converted).value).toEqual(value)
        seen.push(def.typeUrl)
      },
      query: () => {},
    })
    expect(seen).toHaveLength(19)
  })
})
