// Reads a gov proposal file as the cosmos CLI does (`submit-proposal proposal.json`):
// {"messages": [{"@type": "/type.Url", ...fields}], "metadata", "deposit": "10000000udatum", "title",
//  "summary", "expedited"}. Messages are proto JSON as simd takes them (see proposal-msgs.ts).
import { readFileSync } from 'node:fs'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import { coinsFromString } from './coins.js'
import { UsageError } from './errors.js'
import { messageFromJson } from './proposal-msgs.js'

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
