// Fault injection for the local testnet, off unless DATUM_TEST_HOOKS=1 is set in the node's environment:
// SIGUSR2 toggles p2p isolation (a partition), DATUM_TEST_EQUIVOCATE=1 makes this validator sign a
// second, conflicting prevote for every prevote it sends (so the others must catch it as evidence), and
// DATUM_TEST_UPGRADE=<plan> makes this process the "new software" for that plan (a handler that records the
// plan under `upgrade-test/migrated` in the gov store and bumps gov's module version to 2).
import { ed25519 } from '@noble/curves/ed25519.js'
import type { Vote } from 'cosmjs-types/tendermint/types/types'
import type { Logger } from 'pino'
import { utf8 } from '../../modules/sdk/index.js'
import type { UpgradeHandler } from '../../modules/upgrade/index.js'
import { voteSignBytes } from '../consensus/sign-bytes.js'
import { SignedMsgType } from '../consensus/types.js'
import { sha256 } from '../types/hash.js'
import type { P2PWiring } from './p2p-wiring.js'

export const testHooksEnabled = (): boolean => process.env.DATUM_TEST_HOOKS === '1'

export function installIsolationToggle(net: P2PWiring, log: Logger): () => void {
  if (!testHooksEnabled()) return () => {}
  const onSignal = () => {
    const next = !net.isolated
    log.warn({ isolated: next }, 'test hook: p2p isolation toggled')
    void net.setIsolated(next)
  }
  process.on('SIGUSR2', onSignal)
  return () => process.off('SIGUSR2', onSignal)
}

/** A vote rewriter that adds a conflicting prevote, or undefined when equivocation is not requested. */
export function equivocatingVotes(
  chainId: string,
  privKey: Uint8Array,
): ((vote: Vote) => Vote[]) | undefined {
  if (!testHooksEnabled() || process.env.DATUM_TEST_EQUIVOCATE !== '1') return undefined
  return (vote) => {
    if (vote.type !== SignedMsgType.SIGNED_MSG_TYPE_PREVOTE || vote.blockId.hash.length === 0) return [vote]
    const other: Vote = {
      ...vote,
      blockId: {
        hash: sha256(vote.blockId.hash),
        partSetHeader: { total: 1, hash: sha256(vote.blockId.partSetHeader.hash) },
      },
      signature: new Uint8Array(),
    }
    other.signature = ed25519.sign(voteSignBytes(chainId, other), privKey)
    return [vote, other]
  }
}

export const TEST_UPGRADE_MARKER = utf8.encode('upgrade-test/migrated')

/** The upgrade handler DATUM_TEST_UPGRADE asks for, or none. */
export function testUpgradeHandlers(): Record<string, UpgradeHandler> {
  const name = process.env.DATUM_TEST_UPGRADE
  if (!testHooksEnabled() || !name) return {}
  return {
    [name]: (ctx, plan, versions) => {
      ctx.kvStore('gov').set(TEST_UPGRADE_MARKER, utf8.encode(plan.name))
      return new Map([...versions, ['gov', 2n]])
    },
  }
}
