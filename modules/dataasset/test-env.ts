// Shared test fixtures: a keeper over a real temp store, deterministic accounts and valid messages.

import { makeTestContext, type TestContext } from '../../node/testing/test-context.js'
import { testAccount } from '../../node/testing/test-signer.js'
import * as T from '../../proto/gen/datum/dataasset/v1/index.js'
import { AbciError, type Context, type MsgDefinition } from '../sdk/index.js'
import { exportGenesis } from './genesis.js'
import { DataAssetKeeper } from './keeper.js'
import { STORE_KEY } from './keys.js'
import { dataAssetMsgs } from './msgs.js'

export const owner = testAccount(1).address
export const other = testAccount(2).address
export const third = testAccount(3).address

export const hash = (n: number): string => n.toString(16).padStart(64, '0')
export const digest = (n: number): string => `sha256:${hash(n)}`

export const TERMS: T.LicenseTermsInput = {
  purposes: [T.Purpose.PURPOSE_RESEARCH, T.Purpose.PURPOSE_TRAINING],
  commercialUse: false,
  derivativesAllowed: true,
  attributionRequired: true,
  outputOwnership: T.OutputOwnership.OUTPUT_OWNERSHIP_REQUESTER,
  legalTextUri: 'https://example.org/terms.txt',
  legalTextHash: hash(0xabc),
  jurisdictions: ['DE', 'FR'],
}

export function registerAssetMsg(
  termsId: string,
  over: Partial<T.MsgRegisterAssetInput> = {},
): T.MsgRegisterAssetInput {
  return {
    owner,
    contentHash: hash(1),
    storage: { uri: 'https://store.example/ds1.enc', encryptionScheme: 'aes-256-gcm' },
    metadata: {
      name: 'Clinic visits 2025',
      description: 'weekly counts',
      tags: ['health', 'counts'],
      category: 'health',
    },
    licenseTermsId: termsId,
    contributors: [
      { address: owner, weightBps: 7000 },
      { address: other, weightBps: 3000 },
    ],
    computePolicy: {
      mechanisms: [T.Mechanism.MECHANISM_DP, T.Mechanism.MECHANISM_TEE],
      algorithmAllowlist: [{ codeHash: hash(10), imageDigest: digest(11), label: 'dp-count' }],
      trustedPublishers: [third],
      minExecutors: 2,
      outputPolicy: { maxBytes: 4096n, minAggregationK: 10 },
    },
    privacyPolicy: { epsilonTotalMicro: 10_000_000n, epsilonPerJobMaxMicro: 1_000_000n, deltaNano: 1_000n },
    residencyPolicy: { allowedRegions: ['DE', 'NL'], requireAuditedRegion: true },
    transferable: true,
    ...over,
  }
}

export interface Harness {
  tc: TestContext
  keeper: DataAssetKeeper
  defs: Map<string, MsgDefinition>
  /** Runs validateBasic and the handler of `Msg<name>` as the app would, decoding the response. */
  run<R>(name: string, msg: unknown, response?: { decode(b: Uint8Array): R }): R
  /** Runs a message that must fail; asserts the error and that state is unchanged; returns the error. */
  fail(name: string, msg: unknown): AbciError
  ctx(): Context
  state(): string
  cleanup(): Promise<void>
}

export async function harness(): Promise<Harness> {
  const tc = await makeTestContext({ storeKeys: [STORE_KEY] })
  const keeper = new DataAssetKeeper()
  const defs = new Map(dataAssetMsgs(keeper).map((d) => [d.typeUrl.split('.').pop()!, d]))
  const exec = (name: string, msg: unknown) => {
    const def = defs.get(name)
    if (!def) throw new Error(`no Msg ${name}`)
    const decoded = def.decode(def.encode(msg))
    def.validateBasic(decoded)
    return def.handle(tc.ctx, decoded)
  }
  const state = () => JSON.stringify(T.GenesisState.toJson(exportGenesis(tc.ctx, keeper)))
  return {
    tc,
    keeper,
    defs,
    run: (name, msg, response) => {
      const out = exec(name, msg)
      return (response ? response.decode(out.value) : undefined) as never
    },
    fail: (name, msg) => {
      const before = state()
      try {
        exec(name, msg)
      } catch (e) {
        if (!(e instanceof AbciError)) throw e
        if (state() !== before) throw new Error(`${name} failed but changed state`)
        return e
      }
      throw new Error(`${name} unexpectedly succeeded`)
    },
    ctx: () => tc.ctx,
    state,
    cleanup: () => tc.cleanup(),
  }
}

/** Registers the standard terms and one asset; returns their ids. */
export function seed(
  h: Harness,
  over: Partial<T.MsgRegisterAssetInput> = {},
): { termsId: string; assetId: string } {
  const { id: termsId } = h.run(
    'MsgRegisterLicenseTerms',
    { creator: owner, terms: TERMS },
    T.MsgRegisterLicenseTermsResponse,
  )
  const { id: assetId } = h.run(
    'MsgRegisterAsset',
    registerAssetMsg(termsId, over),
    T.MsgRegisterAssetResponse,
  )
  return { termsId, assetId }
}
