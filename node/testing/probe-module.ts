// A module that misbehaves on request, to test what the app does with each kind of failure:
// MsgProbe{signer=1, action=2, key=3} writes, fails after writing, throws, burns gas or recurses forever.
import { BinaryReader, BinaryWriter } from 'cosmjs-types/binary'
import {
  type AppModule,
  type Context,
  fromBech32,
  type Invariant,
  invalidArgument,
  type MsgDefinition,
  notFound,
  type ServiceRegistrar,
  sdkErrors,
  utf8,
  type ValidatorUpdate,
} from '../../modules/sdk/index.js'

export const PROBE_ACTIONS = [
  'write',
  'write-then-fail',
  'plain-error',
  'type-error',
  'burn',
  'recurse',
] as const
export type ProbeAction = (typeof PROBE_ACTIONS)[number]

export interface MsgProbe {
  signer: string
  action: string
  key: string
}

export const MSG_PROBE_TYPE_URL = '/datum.probe.v1.MsgProbe'
export const PROBE_GET_PATH = '/datum.probe.v1.Query/Get'
/** A query handler that fails without a gRPC status (as a Go handler returning a plain error). */
export const PROBE_FAIL_PATH = '/datum.probe.v1.Query/Fail'

export function encodeMsgProbe(m: MsgProbe): Uint8Array {
  const w = new BinaryWriter()
  if (m.signer) w.uint32(10).string(m.signer)
  if (m.action) w.uint32(18).string(m.action)
  if (m.key) w.uint32(26).string(m.key)
  return w.finish()
}

export function decodeMsgProbe(bytes: Uint8Array): MsgProbe {
  const r = new BinaryReader(bytes)
  const m: MsgProbe = { signer: '', action: '', key: '' }
  while (r.pos < r.len) {
    const tag = r.uint32()
    if (tag === 10) m.signer = r.string()
    else if (tag === 18) m.action = r.string()
    else if (tag === 26) m.key = r.string()
    else r.skipType(tag & 7)
  }
  return m
}

const recurse = (n: number): number => recurse(n + 1) + 1

export class ProbeModule implements AppModule {
  readonly name = 'probe'
  readonly storeKeys = ['probe'] as const
  /** Set by tests to make the next end-block return validator updates. */
  nextValidatorUpdates: ValidatorUpdate[] = []

  readonly msgProbe: MsgDefinition<MsgProbe> = {
    typeUrl: MSG_PROBE_TYPE_URL,
    aminoName: 'datum/probe/MsgProbe',
    decode: decodeMsgProbe,
    encode: encodeMsgProbe,
    toAmino: (m) => ({ signer: m.signer, action: m.action, key: m.key }),
    signers: (m) => [m.signer],
    validateBasic: (m) => {
      fromBech32(m.signer)
      if (!(PROBE_ACTIONS as readonly string[]).includes(m.action))
        throw sdkErrors.invalidRequest.wrap(`unknown probe action ${JSON.stringify(m.action)}`)
    },
    handle: (ctx, m) => {
      const store = ctx.kvStore('probe')
      ctx.events.emit('probe', { key: m.key })
      switch (m.action as ProbeAction) {
        case 'write':
          store.set(utf8.encode(m.key), utf8.encode(m.signer))
          break
        case 'write-then-fail':
          store.set(utf8.encode(m.key), utf8.encode(m.signer))
          throw sdkErrors.invalidRequest.wrap(`probe refused ${m.key}`)
        case 'plain-error':
          throw new Error(`plain failure for ${m.key}`)
        case 'type-error':
          throw new TypeError(`cannot read properties of undefined (probe ${m.key})`)
        case 'burn':
          for (;;) store.get(utf8.encode(m.key))
        case 'recurse':
          recurse(0)
      }
      return { typeUrl: '/datum.probe.v1.MsgProbeResponse', value: utf8.encode(m.key) }
    },
  }

  registerServices(r: ServiceRegistrar): void {
    r.msg(this.msgProbe)
    r.query(PROBE_GET_PATH, (ctx, data) => {
      if (data.length === 0) throw invalidArgument('key is empty')
      const v = ctx.kvStore('probe').get(data)
      if (!v) throw notFound(`probe key ${utf8.decode(data)} not found`)
      return v
    })
    r.query(PROBE_FAIL_PATH, () => {
      throw new Error('probe query failed')
    })
  }

  defaultGenesis(): unknown {
    return { entries: {} }
  }

  validateGenesis(g: unknown): void {
    const entries = (g as { entries?: unknown })?.entries
    if (!entries || typeof entries !== 'object') throw new Error('probe genesis needs an entries object')
  }

  initGenesis(ctx: Context, g: unknown): undefined {
    const entries = (g as { entries: Record<string, string> }).entries
    for (const k of Object.keys(entries).sort())
      ctx.kvStore('probe').set(utf8.encode(k), utf8.encode(entries[k]!))
    return undefined
  }

  exportGenesis(ctx: Context): unknown {
    const entries: Record<string, string> = {}
    for (const { key, value } of ctx.kvStore('probe').iterator())
      entries[utf8.decode(key)] = utf8.decode(value)
    return { entries }
  }

  /** Broken once anyone writes the key `broken`, so tests can see a failing invariant reported. */
  invariants(): Invariant[] {
    return [
      {
        name: 'no-broken-key',
        check: (ctx) => (ctx.kvStore('probe').has(utf8.encode('broken')) ? 'key "broken" is set' : undefined),
      },
    ]
  }

  beginBlock(ctx: Context): void {
    ctx.events.emit('probe_begin', { height: ctx.height.toString() })
  }

  endBlock(ctx: Context): ValidatorUpdate[] {
    ctx.events.emit('probe_end', { height: ctx.height.toString() })
    const updates = this.nextValidatorUpdates
    this.nextValidatorUpdates = []
    return updates
  }
}
