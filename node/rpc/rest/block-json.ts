// Blocks for GET /cosmos/base/tendermint/v1beta1/blocks/*: the gateway form (bytes base64, enums as names)
// of `block`, plus `sdk_block` whose proposer is a bech32 consensus address.
import { bech32 } from '@scure/base'
import type { Block } from 'cosmjs-types/tendermint/types/block'
import type { Evidence } from 'cosmjs-types/tendermint/types/evidence'
import {
  type BlockID,
  type Commit,
  type Header,
  signedMsgTypeToJSON,
  type Vote,
} from 'cosmjs-types/tendermint/types/types'
import { blockIDFlagToJSON } from 'cosmjs-types/tendermint/types/validator'
import { base64, rfc3339 } from '../json/encode.js'

export const blockIdGatewayJson = (id: BlockID) => ({
  hash: base64(id.hash),
  part_set_header: { total: id.partSetHeader.total, hash: base64(id.partSetHeader.hash) },
})

export function headerGatewayJson(h: Header, proposer: string) {
  return {
    version: { block: h.version.block.toString(), app: h.version.app.toString() },
    chain_id: h.chainId,
    height: h.height.toString(),
    time: rfc3339(h.time),
    last_block_id: blockIdGatewayJson(h.lastBlockId),
    last_commit_hash: base64(h.lastCommitHash),
    data_hash: base64(h.dataHash),
    validators_hash: base64(h.validatorsHash),
    next_validators_hash: base64(h.nextValidatorsHash),
    consensus_hash: base64(h.consensusHash),
    app_hash: base64(h.appHash),
    last_results_hash: base64(h.lastResultsHash),
    evidence_hash: base64(h.evidenceHash),
    proposer_address: proposer,
  }
}

function commitGatewayJson(c: Commit | undefined) {
  if (!c) return null
  return {
    height: c.height.toString(),
    round: c.round,
    block_id: blockIdGatewayJson(c.blockId),
    signatures: c.signatures.map((s) => ({
      block_id_flag: blockIDFlagToJSON(s.blockIdFlag),
      validator_address: base64(s.validatorAddress),
      timestamp: rfc3339(s.timestamp),
      signature: base64(s.signature),
    })),
  }
}

export const bech32Address = (prefix: string, bytes: Uint8Array) =>
  bech32.encode(prefix, bech32.toWords(bytes))

function voteGatewayJson(v: Vote | undefined) {
  if (!v) return null
  return {
    type: signedMsgTypeToJSON(v.type),
    height: v.height.toString(),
    round: v.round,
    block_id: blockIdGatewayJson(v.blockId),
    timestamp: rfc3339(v.timestamp),
    validator_address: base64(v.validatorAddress),
    validator_index: v.validatorIndex,
    signature: base64(v.signature),
    extension: base64(v.extension),
    extension_signature: base64(v.extensionSignature),
  }
}

function evidenceGatewayJson(e: Evidence) {
  const dup = e.duplicateVoteEvidence
  if (dup) {
    return {
      duplicate_vote_evidence: {
        vote_a: voteGatewayJson(dup.voteA),
        vote_b: voteGatewayJson(dup.voteB),
        total_voting_power: dup.totalVotingPower.toString(),
        validator_power: dup.validatorPower.toString(),
        timestamp: rfc3339(dup.timestamp),
      },
    }
  }
  const lca = e.lightClientAttackEvidence
  return {
    light_client_attack_evidence: lca
      ? {
          common_height: lca.commonHeight.toString(),
          total_voting_power: lca.totalVotingPower.toString(),
          timestamp: rfc3339(lca.timestamp),
        }
      : null,
  }
}

export function blockGatewayJson(block: Block, valconsPrefix: string) {
  const body = (proposer: string) => ({
    header: headerGatewayJson(block.header, proposer),
    data: { txs: block.data.txs.map(base64) },
    evidence: { evidence: block.evidence.evidence.map(evidenceGatewayJson) },
    last_commit: commitGatewayJson(block.lastCommit),
  })
  return {
    block: body(base64(block.header.proposerAddress)),
    sdk_block: body(bech32Address(valconsPrefix, block.header.proposerAddress)),
  }
}
