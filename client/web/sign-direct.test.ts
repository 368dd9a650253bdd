// The page signs without CosmJS's SigningStargateClient (src/sign-direct.ts) and with a registry of only the
// Msgs it sends (src/page-msgs.ts), whose codecs the bundle builds from JSON descriptors with protobufjs'
// reflection runtime (src/shims/datum-pb.ts) rather than the generated static modules. For all nine of those
// Msgs, with every field set to a non-default value, the signed tx is byte for byte the one
// SigningStargateClient makes offline with the SDK's full Datum registry, with the node's codecs and with the
// bundle's; the simulation input is the same Anys; and a Msg the page does not send is refused by its
// registry instead of signed.
import { DirectSecp256k1HdWallet, type EncodeObject } from '@cosmjs/proto-signing'
import { SigningStargateClient } from '@cosmjs/stargate'
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { Type } from 'protobufjs/light.js'
import { describe, expect, it } from 'vitest'
import { type Codec, codec, type GeneratedMessage } from '../../proto/codec.js'
import { createDatumRegistry } from '../sdk/registry.js'
import { datumDescriptor } from './datum-descriptors.js'
import { filled } from './proto-sample.js'
import { PAGE_MSGS, pageRegistry } from './src/page-msgs.js'
import { staticShape } from './src/shims/datum-pb.js'
import { signDirect, simulationInput } from './src/sign-direct.js'

const MNEMONIC = `${'abandon '.repeat(23)}art`
const fee = { amount: [{ denom: 'udatum', amount: '2500' }], gas: '1000000' }
const signerData = { accountNumber: 7n, sequence: 3, chainId: 'datum-test-1' }

/** `datum.<module>.v1.<Msg>` as the bundle builds it. */
function bundleType(typeName: string): Type {
  const [root, mod, version, name] = typeName.split('.') as [string, string, string, string]
  const shape = staticShape(datumDescriptor(`${root}/${mod}/${version}`))
  const t = [root, mod, version, name].reduce<unknown>((ns, k) => (ns as Record<string, unknown>)[k], shape)
  if (!(t instanceof Type)) throw new Error(`${typeName} is not a message`)
  return t
}

describe('the page signer', async () => {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'datum' })
  const { address } = (await wallet.getAccounts())[0]!
  const bundleMsgs = PAGE_MSGS.map((c) =>
    codec(c.typeName, bundleType(c.typeName) as unknown as GeneratedMessage<unknown>),
  ) as Codec<unknown, unknown>[]
  const registries = [
    ['node codecs', pageRegistry()],
    ['bundle codecs', pageRegistry(bundleMsgs)],
  ] as const
  /** Every page Msg with every field set. */
  const everyMsg: EncodeObject[] = PAGE_MSGS.map((c, i) => ({
    typeUrl: `/${c.typeName}`,
    value: filled(bundleType(c.typeName), i + 1),
  }))
  const small: EncodeObject[] = [
    { typeUrl: '/datum.attestation.v1.MsgFinalizeJob', value: { sender: address, jobId: 42n } },
    {
      typeUrl: '/datum.dataasset.v1.MsgRevokeGrant',
      value: { owner: address, assetId: 5n, executor: address },
    },
  ]

  it('has the nine Msgs the page sends', () => {
    expect(PAGE_MSGS).toHaveLength(9)
    for (const m of everyMsg) expect(Object.keys(m.value).length, m.typeUrl).toBeGreaterThan(1)
  })

  for (const [name, registry] of registries) {
    it(`makes the tx SigningStargateClient makes, byte for byte (${name})`, async () => {
      const full = await SigningStargateClient.offline(wallet, { registry: createDatumRegistry() })
      for (const msgs of [small, everyMsg, ...everyMsg.map((m) => [m])]) {
        const theirs = TxRaw.encode(await full.sign(address, msgs, fee, 'memo ✓', signerData)).finish()
        const ours = TxRaw.encode(
          await signDirect(wallet, registry, address, msgs, fee, 'memo ✓', signerData),
        ).finish()
        expect(Buffer.from(ours).toString('hex'), msgs.map((m) => m.typeUrl).join()).toBe(
          Buffer.from(theirs).toString('hex'),
        )
      }
    })

    it(`encodes every Msg the page sends as the full registry does (${name})`, async () => {
      const theirs = createDatumRegistry()
      for (const c of PAGE_MSGS) {
        const m = { typeUrl: `/${c.typeName}`, value: {} }
        expect(registry.encodeAsAny(m)).toEqual(theirs.encodeAsAny(m))
      }
      for (const m of everyMsg) expect(registry.encodeAsAny(m), m.typeUrl).toEqual(theirs.encodeAsAny(m))
      const { anys } = await simulationInput(wallet, registry, address, everyMsg)
      expect(anys).toEqual(everyMsg.map((m) => theirs.encodeAsAny(m)))
    })

    it(`refuses a Msg the page does not send (${name})`, async () => {
      const other = { typeUrl: '/datum.dataasset.v1.MsgBurnAsset', value: { owner: address, assetId: 1n } }
      await expect(signDirect(wallet, registry, address, [other], fee, '', signerData)).rejects.toThrow(
        /Unregistered type url/,
      )
    })
  }
})
