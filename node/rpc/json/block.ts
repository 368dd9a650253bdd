// Blocks, headers, commits and validators in CometBFT 0.38 JSON (the shapes `block`, `commit`, `blockchain`,
// `validators` and the NewBlock event share).
import type { Block } from 'cosmjs-types/tendermint/types/block'
import type { Evidence } from 'cosmjs-types/tendermint/types/evidence'
import type { BlockID, Commit, CommitSig, Header, Vote } from 'cosmjs-types/tendermint/types/types'
import type { Validator } from 'cosmjs-types/tendermint/types/validator'
import { base64, base64OrNull, hex, int, rfc3339 } from './encode.js'

export function blockIdJson(id: BlockID) {
  return {
    hash: hex(id.hash),
    parts: { total: id.partSetHeader.total, hash: hex(id.partSetHeader.hash) },
  }
}

export function headerJson(h: Header) {
  return {
    version: { block: int(h.version.block), app: int(h.version.app) },
    chain_id: h.chainId,
    height: int(h.height),
    time: rfc3339(h.time),
    last_block_id: blockIdJson(h.lastBlockId),
    last_commit_hash: hex(h.lastCommitHash),
    data_hash: hex(h.dataHash),
    validators_hash: hex(h.validatorsHash),
    next_validators_hash: hex(h.nextValidatorsHash),
    consensus_hash: hex(h.consensusHash),
    app_hash: hex(h.appHash),
    last_results_hash: hex(h.lastResultsHash),
    evidence_hash: hex(h.evidenceHash),
    proposer_address: hex(h.proposerAddress),
  }
}

function commitSigJson(sig: CommitSig) {
  return {
    block_id_flag: sig.blockIdFlag,
    validator_address: hex(sig.validatorAddress),
    timestamp: rfc3339(sig.timestamp),
    signature: base64OrNull(sig.signature),
  }
}

const emptyCommit = {
  height: '0',
  round: 0,
  block_id: { hash: '', parts: { total: 0, hash: '' } },
  signatures: [],
}

export function commitJson(c: Commit | undefined) {
  if (!c) return emptyCommit
  return {
    height: int(c.height),
    round: c.round,
    block_id: blockIdJson(c.blockId),
    signatures: c.signatures.map(commitSigJson),
  }
}

function voteJson(v: Vote | undefined) {
  if (!v) return null
  return {
    type: v.type,
    height: int(v.height),
    round: v.round,
    block_id: blockIdJson(v.blockId),
    timestamp: rfc3339(v.timestamp),
    validator_address: hex(v.validatorAddress),
    validator_index: v.validatorIndex,
    signature: base64(v.signature),
  }
}

function evidenceJson(e: Evidence) {
  const dup = e.duplicateVoteEvidence
  if (dup) {
    return {
      type: 'tendermint/DuplicateVoteEvidence',
      value: {
        vote_a: voteJson(dup.voteA),
        vote_b: voteJson(dup.voteB),
        TotalVotingPower: int(dup.totalVotingPower),
        ValidatorPower: int(dup.validatorPower),
        Timestamp: rfc3339(dup.timestamp),
      },
    }
  }
  const lca = e.lightClientAttackEvidence
  return {
    type: 'tendermint/LightClientAttackEvidence',
    value: {
      common_height: int(lca?.commonHeight ?? 0n),
      total_voting_power: int(lca?.totalVotingPower ?? 0n),
    },
  }
}

export function blockJson(b: Block) {
  return {
    header: headerJson(b.header),
    data: { txs: b.data.txs.map(base64) },
    evidence: { evidence: b.evidence.evidence.map(evidenceJson) },
    last_commit: commitJson(b.lastCommit),
  }
}

export function pubKeyJson(pubKey: { ed25519?: Uint8Array; secp256k1?: Uint8Array }) {
  if (pubKey.secp256k1) return { type: 'tendermint/PubKeySecp256k1', value: base64(pubKey.secp256k1) }
  return { type: 'tendermint/PubKeyEd25519', value: base64(pubKey.ed25519 ?? new Uint8Array()) }
}

export function validatorJson(v: Validator) {
  return {
    address: hex(v.address),
    pub_key: pubKeyJson(v.pubKey),
    voting_power: int(v.votingPower),
    proposer_priority: int(v.proposerPriority),
  }
}
