// The signed envelope every message between participants travels in. The signature (secp256k1, by the
// sending executor's registered key) covers the chain, job, task hash, round, phase, sender, recipient and
// the body's exact text, so a message cannot be moved to another job, round, phase or recipient, and a body
// cannot be altered. Replays are the receiver's to refuse (message-guard.ts).
import { secp256k1 } from '@noble/curves/secp256k1.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { MessageRefused } from './errors.js'

export const PHASES = ['advertise', 'shares', 'masked', 'reveal'] as const
export type Phase = (typeof PHASES)[number]

/** Recipient 0 means every participant. */
export const EVERYONE = 0

export interface PeerMessage {
  readonly v: 1
  readonly chainId: string
  readonly jobId: string
  /** Hex sha256 of the canonical task (training-task.ts). */
  readonly task: string
  readonly round: number
  readonly phase: Phase
  readonly from: number
  readonly to: number
  /** The body as JSON text, signed as is. */
  readonly body: string
  /** 64-byte compact signature, hex. */
  readonly signature: string
}

export type Unsigned = Omit<PeerMessage, 'v' | 'signature'>

const encoder = new TextEncoder()

/** The 32 bytes a message's signature covers. */
export function messageDigest(m: Unsigned): Uint8Array {
  const head = `datum-federated-v1|${m.chainId}|${m.jobId}|${m.task}|${m.round}|${m.phase}|${m.from}|${m.to}|`
  return sha256(encoder.encode(head + m.body))
}

export function signMessage(m: Unsigned, secretKey: Uint8Array): PeerMessage {
  const signature = secp256k1.sign(messageDigest(m), secretKey, { prehash: false })
  return { v: 1, ...m, signature: Buffer.from(signature).toString('hex') }
}

export function verifyMessage(m: PeerMessage, pubKeyHex: string): boolean {
  if (!/^[0-9a-f]{128}$/.test(m.signature)) return false
  try {
    return secp256k1.verify(
      Buffer.from(m.signature, 'hex'),
      messageDigest(m),
      Buffer.from(pubKeyHex, 'hex'),
      { prehash: false },
    )
  } catch {
    return false
  }
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x)

/** The envelope's shape, or MALFORMED (its meaning is checked by the guard). */
export function parseMessage(text: string): PeerMessage {
  let o: unknown
  try {
    o = JSON.parse(text)
  } catch {
    throw new MessageRefused('MALFORMED', 'not JSON')
  }
  const m = o as Record<string, unknown>
  if (
    typeof o !== 'object' ||
    o === null ||
    m.v !== 1 ||
    typeof m.chainId !== 'string' ||
    typeof m.jobId !== 'string' ||
    !/^\d{1,20}$/.test(m.jobId) ||
    typeof m.task !== 'string' ||
    !isInt(m.round) ||
    (m.round as number) < 0 ||
    !PHASES.includes(m.phase as Phase) ||
    !isInt(m.from) ||
    !isInt(m.to) ||
    typeof m.body !== 'string' ||
    typeof m.signature !== 'string'
  )
    throw new MessageRefused('MALFORMED', 'not a federated training message')
  return m as unknown as PeerMessage
}
