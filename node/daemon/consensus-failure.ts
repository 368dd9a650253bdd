// What a datumd process does when consensus stops for any reason other than an upgrade plan (an app hash that
// does not match on replay, FinalizeBlock throwing, a store that cannot commit, the old binary started past an
// applied upgrade): the node is stopped, the cause is printed as `CONSENSUS FAILURE: <message>` and the
// process exits with EXIT_CONSENSUS_FAILURE, so a supervisor (systemd, cosmovisor) sees it, instead of
// leaving a process that answers RPC but makes no blocks.

/** The process exit code of a node whose consensus stopped on an error. */
export const EXIT_CONSENSUS_FAILURE = 4

export const consensusFailureMessage = (err: Error): string => `CONSENSUS FAILURE: ${err.message}`

/** The default reaction of a datumd process: the message on stderr, then the distinct exit code. */
export function exitForConsensusFailure(err: Error): never {
  process.stderr.write(`datumd: ${consensusFailureMessage(err)}\n`)
  process.exit(EXIT_CONSENSUS_FAILURE)
}
