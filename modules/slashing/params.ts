// x/slashing params (cosmos-sdk defaults). Decimals travel as the ASCII of their 18-digit atomics in protobuf
// `bytes` fields, as gogoproto's LegacyDec marshals them.
import type { Params as ParamsProto } from 'cosmjs-types/cosmos/slashing/v1beta1/slashing'
import { DEC_ONE, type Dec, decFromAtomics, decFromString, decToAtomics, utf8 } from '../sdk/index.js'

export interface SlashingParams {
  signedBlocksWindow: bigint
  minSignedPerWindow: Dec
  downtimeJailDuration: { seconds: bigint; nanos: number }
  slashFractionDoubleSign: Dec
  slashFractionDowntime: Dec
}

export const DEFAULT_SLASHING_PARAMS: SlashingParams = {
  signedBlocksWindow: 100n,
  minSignedPerWindow: decFromString('0.5'),
  downtimeJailDuration: { seconds: 600n, nanos: 0 },
  slashFractionDoubleSign: decFromString('0.05'),
  slashFractionDowntime: decFromString('0.01'),
}

const decBytes = (d: Dec) => utf8.encode(decToAtomics(d))
const bytesDec = (b: Uint8Array) => decFromAtomics(utf8.decode(b))

export const paramsToProto = (p: SlashingParams): ParamsProto => ({
  signedBlocksWindow: p.signedBlocksWindow,
  minSignedPerWindow: decBytes(p.minSignedPerWindow),
  downtimeJailDuration: p.downtimeJailDuration,
  slashFractionDoubleSign: decBytes(p.slashFractionDoubleSign),
  slashFractionDowntime: decBytes(p.slashFractionDowntime),
})

export const paramsFromProto = (p: ParamsProto): SlashingParams => ({
  signedBlocksWindow: p.signedBlocksWindow,
  minSignedPerWindow: bytesDec(p.minSignedPerWindow),
  downtimeJailDuration: { seconds: p.downtimeJailDuration.seconds, nanos: p.downtimeJailDuration.nanos },
  slashFractionDoubleSign: bytesDec(p.slashFractionDoubleSign),
  slashFractionDowntime: bytesDec(p.slashFractionDowntime),
})

export function validateSlashingParams(p: SlashingParams): void {
  if (p.signedBlocksWindow <= 0n)
    throw new Error(`signed blocks window must be positive: ${p.signedBlocksWindow}`)
  for (const [name, d] of [
    ['min signed per window', p.minSignedPerWindow],
    ['double sign slash fraction', p.slashFractionDoubleSign],
    ['downtime slash fraction', p.slashFractionDowntime],
  ] as const)
    if (d < 0n || d > DEC_ONE) throw new Error(`${name} must be between 0 and 1`)
  if (
    p.downtimeJailDuration.seconds < 0n ||
    (p.downtimeJailDuration.seconds === 0n && p.downtimeJailDuration.nanos <= 0)
  )
    throw new Error('downtime jail duration must be positive')
}
