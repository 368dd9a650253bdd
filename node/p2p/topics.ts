// Gossip topic names. One topic per message kind so validators, score params and size limits stay per kind.

export const GOSSIP_KINDS = ['tx', 'proposal', 'vote', 'evidence'] as const
export type GossipKind = (typeof GOSSIP_KINDS)[number]

export function gossipTopic(chainId: string, kind: GossipKind): string {
  return `/datum/${chainId}/${kind}/1`
}

export function syncProtocol(chainId: string): string {
  return `/datum/${chainId}/sync/1`
}

export function topicKinds(chainId: string): Map<string, GossipKind> {
  return new Map(GOSSIP_KINDS.map((kind) => [gossipTopic(chainId, kind), kind]))
}
