// CometBFT (and so CosmJS's status decoder) has no latest block hash before the first commit: a client that
// connects to a node that has just started must wait for height 1, as it would against a real CometBFT node.
export async function waitForHeight(
  node: { chain: { state: { lastBlockHeight: bigint } } },
  height: bigint,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (node.chain.state.lastBlockHeight < height) {
    if (Date.now() > deadline)
      throw new Error(
        `height ${height} not reached in ${timeoutMs} ms (at ${node.chain.state.lastBlockHeight})`,
      )
    await new Promise((r) => setTimeout(r, 50))
  }
}
