// Reads a gov proposal file as the cosmos CLI does (`submit-proposal proposal.json`):
// {"messages": [{"@type": "/type.Url", ...fields}], "metadata", "deposit": "10000000udatum", "title",
//  "summary", "expedited"}. Message fields may be snake_case or camelCase; Datum messages are read with
// their own codecs, the cosmos ones Datum serves with cosmjs-types.
import { readFileSync } from 'node:fs'
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import { MsgUpdateParams as GovMsgUpdateParams } from 'cosmjs-types/cosmos/gov/v1/tx'
import { MsgCancelUpgrade, MsgSoftwareUpgrade } from 'cosmjs-types/cosmos/upgrade/v1beta1/tx'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { DATUM_MSG_TYPES } from '../sdk/msg-types.js'
import { coinsFromString } from './coins.js'
import { UsageError } from './errors.js'

interface JsonType {
  fromJSON(o: unknown): unknown
  encode(m: never): { finish(): Uint8Array }
}

const COSMOS: Record<string, JsonType> = {
  '/cosmos.gov.v1.MsgUpdateParams': GovMsgUpdateParams as unknown as JsonType,
  '/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade': MsgSoftwareUpgrade as unknown as JsonType,
  '/cosmos.upgrade.v1beta1.MsgCancelUpgrade': MsgCancelUpgrade as unknown as JsonType,
  '/cosmos.bank.v1beta1.MsgSend': MsgSend as unknown as JsonType,
}

const camel = (k: string) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())
function camelKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(camelKeys)
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>).map(([k, x]) => [camel(k), camelKeys(x)]),
    )
  return v
}

export function messageFromJson(json: unknown, index: number): Any {
  if (!json || typeof json !== 'object') throw new UsageError(`messages[${index}] must be an object`)
  const { '@type': typeUrl, ...fields } = json as Record<string, unknown>
  if (typeof typeUrl !== 'string') throw new UsageError(`messages[${index}] has no "@type"`)
  try {
    const datum = DATUM_MSG_TYPES.find((t) => t.typeUrl === typeUrl)
    if (datum) return { typeUrl, value: datum.codec.encode(datum.codec.fromJson(fields)) }
    const cosmos = COSMOS[typeUrl]
    if (cosmos) return { typeUrl, value: cosmos.encode(cosmos.fromJSON(camelKeys(fields)) as never).finish() }
  } catch (e) {
    throw new UsageError(`messages[${index}] (${typeUrl}): ${(e as Error).message}`)
  }
  throw new UsageError(`messages[${index}]: unknown message type ${typeUrl}`)
}

export interface ProposalFile {
  messages: Any[]
  metadata: string
  deposit: { denom: string; amount: string }[]
  title: string
  summary: string
  expedited: boolean
}

export function readProposalFile(path: string): ProposalFile {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (e) {
    throw new UsageError(`cannot read proposal file ${path}: ${(e as Error).message}`)
  }
  const o = (raw ?? {}) as Record<string, unknown>
  const text = (k: string) => {
    const v = o[k] ?? ''
    if (typeof v !== 'string') throw new UsageError(`"${k}" must be a string`)
    return v
  }
  if (o.messages !== undefined && !Array.isArray(o.messages))
    throw new UsageError('"messages" must be an array')
  return {
    messages: ((o.messages as unknown[] | undefined) ?? []).map(messageFromJson),
    metadata: text('metadata'),
    deposit: text('deposit') === '' ? [] : coinsFromString(text('deposit')),
    title: text('title'),
    summary: text('summary'),
    expedited: o.expedited === true,
  }
}
