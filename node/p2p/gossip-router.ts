// Routes gossip between libp2p pubsub and the node: every received message goes through the size limit and the
// integrator's validator for its topic before it is forwarded (asyncValidation), and only accepted messages reach
// subscribers. Reject feeds gossipsub's P4 penalty for the peer that sent it; Ignore drops without penalty.

import { type GossipSub, type GossipsubMessage, TopicValidatorResult } from '@libp2p/gossipsub'
import type { Stream } from '@libp2p/interface'
import { P2PError } from './errors.js'
import type { MessageSizeLimits } from './gossip-config.js'
import type { P2PLogger } from './logger.js'
import { GOSSIP_KINDS, type GossipKind, gossipTopic, topicKinds } from './topics.js'

export type ValidationResult = 'accept' | 'ignore' | 'reject'

/** Decides whether a gossiped payload spreads. Must be fast (it gates forwarding) and must not throw. */
export type GossipValidator = (
  data: Uint8Array,
  fromPeer: string,
) => ValidationResult | Promise<ValidationResult>

/** Receives payloads that the topic validator accepted. */
export type GossipHandler = (data: Uint8Array, fromPeer: string) => void

/** The parts of the gossipsub router this module uses that its public interface type leaves out. */
export type ScoredGossipSub = GossipSub & {
  reportMessageValidationResult(msgId: string, propagationSource: string, result: TopicValidatorResult): void
  getScore(peerId: string): number
  getMeshPeers(topic: string): string[]
  /** Peers the router has added (read by the gossip watchdog). */
  readonly peers: ReadonlyMap<string, unknown>
  /** The router's outbound stream to each peer (read by the gossip watchdog). */
  readonly streamsOutbound: ReadonlyMap<string, { rawStream: Pick<Stream, 'writeStatus'> }>
}

const RESULTS: Record<ValidationResult, TopicValidatorResult> = {
  accept: TopicValidatorResult.Accept,
  ignore: TopicValidatorResult.Ignore,
  reject: TopicValidatorResult.Reject,
}

export class GossipRouter {
  private readonly validators = new Map<GossipKind, GossipValidator>()
  private readonly handlers = new Map<GossipKind, Set<GossipHandler>>()
  private readonly kinds: Map<string, GossipKind>
  private readonly onMessage = (evt: CustomEvent<GossipsubMessage>) => {
    this.handle(evt.detail).catch((e) => this.log.warn('gossip handling failed', { error: String(e) }))
  }

  constructor(
    private readonly pubsub: ScoredGossipSub,
    private readonly chainId: string,
    private readonly sizeLimits: MessageSizeLimits,
    private readonly log: P2PLogger,
  ) {
    this.kinds = topicKinds(chainId)
  }

  start(): void {
    this.pubsub.addEventListener('gossipsub:message', this.onMessage)
    for (const kind of GOSSIP_KINDS) this.pubsub.subscribe(gossipTopic(this.chainId, kind))
  }

  stop(): void {
    this.pubsub.removeEventListener('gossipsub:message', this.onMessage)
  }

  setValidator(kind: GossipKind, validator: GossipValidator): void {
    this.validators.set(kind, validator)
  }

  subscribe(kind: GossipKind, handler: GossipHandler): () => void {
    let set = this.handlers.get(kind)
    if (!set) {
      set = new Set()
      this.handlers.set(kind, set)
    }
    set.add(handler)
    return () => set.delete(handler)
  }

  /** Publishes to the topic of `kind`; resolves to the number of peers it was sent to (0 when alone). */
  async publish(kind: GossipKind, data: Uint8Array): Promise<number> {
    const limit = this.sizeLimits[kind]
    if (data.length > limit) {
      throw new P2PError(
        'MESSAGE_TOO_LARGE',
        `${kind} message of ${data.length} bytes exceeds the ${limit} byte limit`,
      )
    }
    try {
      const result = await this.pubsub.publish(gossipTopic(this.chainId, kind), data)
      return result.recipients.length
    } catch (e) {
      throw new P2PError('PUBLISH_FAILED', `publishing ${kind} failed: ${(e as Error).message}`, { cause: e })
    }
  }

  private async handle({ msgId, msg, propagationSource }: GossipsubMessage): Promise<void> {
    const from = propagationSource.toString()
    const kind = this.kinds.get(msg.topic)
    const result = kind ? await this.validate(kind, msg.data, from) : 'reject'
    this.pubsub.reportMessageValidationResult(msgId, from, RESULTS[result])
    if (result !== 'accept' || !kind) return
    for (const handler of this.handlers.get(kind) ?? []) {
      try {
        handler(msg.data, from)
      } catch (e) {
        this.log.warn('gossip handler threw', { kind, error: String(e) })
      }
    }
  }

  private async validate(kind: GossipKind, data: Uint8Array, from: string): Promise<ValidationResult> {
    if (data.length > this.sizeLimits[kind]) return 'reject'
    const validator = this.validators.get(kind)
    if (!validator) return 'accept'
    try {
      const result = await validator(data, from)
      return Object.hasOwn(RESULTS, result) ? result : 'ignore'
    } catch (e) {
      // A throwing validator is a bug on our side, not proof the peer misbehaved: drop without penalty.
      this.log.warn('gossip validator threw', { kind, error: String(e) })
      return 'ignore'
    }
  }
}
