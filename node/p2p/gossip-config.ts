// Gossipsub settings for a permissioned BFT chain (reliability.md §3.1): application-level signatures
// (StrictNoSign), content-addressed message ids, async validation, only our four topics, bounded RPC decoding,
// and topic score params that make invalid messages expensive: one rejected message takes a peer below zero
// (pruned from the mesh, no gossip), a second below the graylist threshold (its RPCs are ignored).

import { createHash } from 'node:crypto'
import { type GossipsubOpts, StrictNoSign } from '@libp2p/gossipsub'
import type { TopicScoreParams } from '@libp2p/gossipsub/score'
import { toHex } from '../../modules/sdk/bytes.js'
import { P2PError } from './errors.js'
import { GOSSIP_KINDS, type GossipKind, gossipTopic } from './topics.js'

export type MessageSizeLimits = Record<GossipKind, number>

/**
 * Gossipsub length-prefixes every RPC with it-length-prefixed, whose encoder refuses frames above 4 MiB (not
 * configurable), and an RPC can carry piggybacked control and IHAVE ids beside the message. So a payload must
 * leave room for that envelope; anything larger (a big block) has to be split by the caller.
 */
const RPC_FRAME_LIMIT = 4 * 1024 * 1024
const RPC_ENVELOPE_BYTES = 1024 * 1024
export const MAX_GOSSIP_MESSAGE_BYTES = RPC_FRAME_LIMIT - RPC_ENVELOPE_BYTES

export const DEFAULT_MESSAGE_SIZE_LIMITS: MessageSizeLimits = {
  tx: 1024 * 1024,
  proposal: MAX_GOSSIP_MESSAGE_BYTES,
  vote: 4 * 1024,
  evidence: 64 * 1024,
}

/** Merges overrides into the defaults; a limit gossipsub could not carry is a configuration error. */
export function messageSizeLimits(overrides: Partial<MessageSizeLimits> = {}): MessageSizeLimits {
  const limits = { ...DEFAULT_MESSAGE_SIZE_LIMITS, ...overrides }
  for (const [kind, limit] of Object.entries(limits)) {
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_GOSSIP_MESSAGE_BYTES) {
      throw new P2PError(
        'MESSAGE_LIMIT_INVALID',
        `messageSizeLimits.${kind} must be an integer in [1, ${MAX_GOSSIP_MESSAGE_BYTES}], got ${limit}`,
      )
    }
  }
  return limits
}

/**
 * Seen-cache lifetime. Gossipsub's 120 s default would make every re-broadcast of the same vote a no-op for two
 * minutes, and a receiver that ignored a vote (it was a height behind) would never take it later. The consensus
 * driver re-broadcasts every 2 s, so ids must expire sooner; duplicates that slip through are deduped by the vote
 * keeper and the mempool. In a validator set small enough that every peer is a mesh peer, no IHAVE replays follow.
 */
export const DEFAULT_SEEN_TTL_MS = 1_500

/** Weight of P4 (invalid deliveries); the penalty is weight × count², so it grows fast for repeat offenders. */
export const INVALID_MESSAGE_WEIGHT = -50

/** Per-second decay of the invalid-message counter: about a minute to halve, so a one-off is forgiven. */
const INVALID_MESSAGE_DECAY = 0.99

function topicScoreParams(): Partial<TopicScoreParams> {
  return {
    topicWeight: 1,
    // P1/P2 give honest peers a small positive score, capped by topicScoreCap.
    timeInMeshWeight: 0.01,
    timeInMeshQuantum: 1000,
    timeInMeshCap: 300,
    firstMessageDeliveriesWeight: 1,
    firstMessageDeliveriesDecay: 0.9,
    firstMessageDeliveriesCap: 10,
    // P3/P3b off: consensus topics are bursty and idle between heights; a delivery quota would punish
    // honest validators for silence.
    meshMessageDeliveriesWeight: 0,
    meshFailurePenaltyWeight: 0,
    invalidMessageDeliveriesWeight: INVALID_MESSAGE_WEIGHT,
    invalidMessageDeliveriesDecay: INVALID_MESSAGE_DECAY,
  }
}

export interface GossipConfigInput {
  chainId: string
  sizeLimits: MessageSizeLimits
  /** Extra score for a peer (negative for sync misbehaviour); added with weight 1. */
  appSpecificScore: (peerId: string) => number
  seenTtlMs?: number
}

export function gossipsubOptions(input: GossipConfigInput): Partial<GossipsubOpts> {
  const topics = GOSSIP_KINDS.map((kind) => gossipTopic(input.chainId, kind))
  const maxPayload = Math.max(...Object.values(input.sizeLimits))
  return {
    globalSignaturePolicy: StrictNoSign,
    msgIdFn: (msg) => contentDigest(msg.data),
    // A fast-id collision makes gossipsub drop the second message as a duplicate, so the fast id must be
    // collision resistant too; it is the same sha256, memoized per payload so each message is hashed once.
    fastMsgIdFn: (rpcMsg) => toHex(contentDigest(rpcMsg.data ?? EMPTY)),
    msgIdToStrFn: toHex,
    asyncValidation: true,
    seenTTL: input.seenTtlMs ?? DEFAULT_SEEN_TTL_MS,
    emitSelf: false,
    allowPublishToZeroTopicPeers: true,
    ignoreDuplicatePublishError: true,
    fallbackToFloodsub: false,
    floodPublish: true,
    doPX: false,
    allowedTopics: topics,
    maxInboundDataLength: Math.min(RPC_FRAME_LIMIT, maxPayload + RPC_ENVELOPE_BYTES),
    maxOutboundBufferSize: 16 * 1024 * 1024,
    maxTopicBytesPerPeer: 64 * 1024,
    decodeRpcLimits: {
      maxSubscriptions: 64,
      maxMessages: 512,
      maxIhaveMessageIDs: 5000,
      maxIwantMessageIDs: 5000,
      maxIdontwantMessageIDs: 512,
      maxControlMessages: 1000,
      maxPeerInfos: 16,
    },
    scoreParams: {
      topics: Object.fromEntries(topics.map((t) => [t, topicScoreParams() as TopicScoreParams])),
      topicScoreCap: 10,
      appSpecificScore: input.appSpecificScore,
      appSpecificWeight: 1,
      // P6 punishes many peers behind one IP (sybils); a local testnet puts every node on loopback, which no
      // remote attacker can share, so loopback is exempt.
      IPColocationFactorWhitelist: new Set(['127.0.0.1', '::1']),
    },
    scoreThresholds: {
      gossipThreshold: -10,
      publishThreshold: -50,
      graylistThreshold: -80,
    },
  }
}

const EMPTY = new Uint8Array(0)
const digests = new WeakMap<Uint8Array, Uint8Array>()

/** sha256 of a payload: the gossip message id, so the same vote relayed by different peers dedupes. */
export function contentDigest(data: Uint8Array): Uint8Array {
  let digest = digests.get(data)
  if (!digest) {
    // node:crypto, not @noble/hashes: the same digest at a fraction of the CPU (every pooled tx is hashed here
    // when it is published, even on a node with no peers).
    const d = createHash('sha256').update(data).digest()
    digest = new Uint8Array(d.buffer, d.byteOffset, d.byteLength)
    digests.set(data, digest)
  }
  return digest
}
