// Gossip topic names. One topic per message kind so validators, score params and size limits stay per kind.

export const GOSSIP_KINDS = ['tx', 'proposal', 'vote', 'evidence'] as const
export type GossipKind = (typeof GOSSIP_KINDS)[number]

/** The payload format of each kind; tx is 2 since a message carries a batch of txs (CometBFT's `Txs`). */
const TOPIC_VERSIONS: Record<GossipKind, number> = { tx: 2, proposal: 1, vote: 1, evidence: 1 }

export function gossipTopic(chainId: string, kind: GossipKind): string {
  return `/datum/${chainId}/${kind}/${TOPIC_VERSIONS[kind]}`
}

export function syncProtocol(chainId: string): string {
  return `/datum/${chainId}/sync/1`
}

export function topicKinds(chainId: string): Map<string, GossipKind> {
  return new Map(GOSSIP_KINDS.map((kind) => [gossipTopic(chainId, kind), kind]))
}
