// x/slashing genesis in the SDK's JSON: params and signing infos (missed-block bitmaps restart empty on
// import; the window refills, as when a validator re-bonds).
import {
  type Context,
  decFromString,
  decToString,
  fromBech32,
  type Timestamp,
  toBech32,
  VALCONS_PREFIX,
} from '../sdk/index.js'
import type { SigningInfo, SlashingKeeper } from './keeper.js'
import { DEFAULT_SLASHING_PARAMS, type SlashingParams, validateSlashingParams } from './params.js'

type Json = Record<string, unknown>
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {})

function parseDuration(s: string): { seconds: bigint; nanos: number } {
  const m = /^(\d+)s$/.exec(s)
  if (!m) throw new Error(`invalid duration ${JSON.stringify(s)}`)
  return { seconds: BigInt(m[1]!), nanos: 0 }
}

function parseTime(s: string): Timestamp {
  const ms = Date.parse(s)
  if (Number.isNaN(ms)) throw new Error(`invalid time ${JSON.stringify(s)}`)
  return { seconds: BigInt(Math.floor(ms / 1000)), nanos: 0 }
}

const formatTime = (t: Timestamp) => `${new Date(Number(t.seconds) * 1000).toISOString().slice(0, 19)}Z`

export interface SlashingGenesis {
  params: SlashingParams
  signingInfos: SigningInfo[]
}

export function parseSlashingGenesis(raw: unknown): SlashingGenesis {
  const g = obj(raw)
  const p = obj(g.params)
  const params: SlashingParams = {
    signedBlocksWindow: BigInt(String(p.signed_blocks_window ?? DEFAULT_SLASHING_PARAMS.signedBlocksWindow)),
    minSignedPerWindow: decFromString(String(p.min_signed_per_window ?? '0.5')),
    downtimeJailDuration: parseDuration(String(p.downtime_jail_duration ?? '600s')),
    slashFractionDoubleSign: decFromString(String(p.slash_fraction_double_sign ?? '0.05')),
    slashFractionDowntime: decFromString(String(p.slash_fraction_downtime ?? '0.01')),
  }
  validateSlashingParams(params)
  const infos = Array.isArray(g.signing_infos) ? (g.signing_infos as Json[]) : []
  return {
    params,
    signingInfos: infos.map((x) => {
      const i = obj(x.validator_signing_info)
      fromBech32(String(x.address), VALCONS_PREFIX)
      return {
        address: String(x.address),
        startHeight: BigInt(String(i.start_height ?? '0')),
        indexOffset: BigInt(String(i.index_offset ?? '0')),
        jailedUntil: parseTime(String(i.jailed_until ?? '1970-01-01T00:00:00Z')),
        tombstoned: i.tombstoned === true,
        missedBlocksCounter: 0n,
      }
    }),
  }
}

export const defaultSlashingGenesisJson = (): unknown => ({
  params: {
    signed_blocks_window: DEFAULT_SLASHING_PARAMS.signedBlocksWindow.toString(),
    min_signed_per_window: decToString(DEFAULT_SLASHING_PARAMS.minSignedPerWindow),
    downtime_jail_duration: `${DEFAULT_SLASHING_PARAMS.downtimeJailDuration.seconds}s`,
    slash_fraction_double_sign: decToString(DEFAULT_SLASHING_PARAMS.slashFractionDoubleSign),
    slash_fraction_downtime: decToString(DEFAULT_SLASHING_PARAMS.slashFractionDowntime),
  },
  signing_infos: [],
  missed_blocks: [],
})

export function initSlashingGenesis(k: SlashingKeeper, ctx: Context, g: SlashingGenesis): void {
  k.setParams(ctx, g.params)
  for (const i of g.signingInfos)
    k.setSigningInfo(ctx, fromBech32(i.address, VALCONS_PREFIX), {
      ...i,
      indexOffset: 0n,
      missedBlocksCounter: 0n,
    })
}

export function exportSlashingGenesis(k: SlashingKeeper, ctx: Context): unknown {
  const p = k.getParams(ctx)
  return {
    params: {
      signed_blocks_window: p.signedBlocksWindow.toString(),
      min_signed_per_window: decToString(p.minSignedPerWindow),
      downtime_jail_duration: `${p.downtimeJailDuration.seconds}s`,
      slash_fraction_double_sign: decToString(p.slashFractionDoubleSign),
      slash_fraction_downtime: decToString(p.slashFractionDowntime),
    },
    signing_infos: [...k.allSigningInfos(ctx)].map((i) => ({
      address: toBech32(fromBech32(i.address, VALCONS_PREFIX), VALCONS_PREFIX),
      validator_signing_info: {
        address: i.address,
        start_height: i.startHeight.toString(),
        index_offset: '0',
        jailed_until: formatTime(i.jailedUntil),
        tombstoned: i.tombstoned,
        missed_blocks_counter: '0',
      },
    })),
    missed_blocks: [],
  }
}
