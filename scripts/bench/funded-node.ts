// A fresh single-node home whose genesis funds the bench's accounts, tuned for load (large mempool, quiet
// logs). The node is initialised, not started.
import { loadGenesis, saveGenesis } from '../../node/config/genesis.js'
import { homePaths } from '../../node/config/home.js'
import { addGenesisAccount } from '../../node/daemon/genesis-tools.js'
import { NodeProcess } from '../../testnet/harness/node-process.js'

export async function initFundedNode(addresses: readonly string[], amount = 10_000_000_000n) {
  const init = await NodeProcess.init()
  const paths = homePaths(init.node.home)
  const genesis = loadGenesis(paths.genesisFile)
  for (const a of addresses) addGenesisAccount(genesis.appState, a, [{ denom: 'udatum', amount }])
  saveGenesis(paths.genesisFile, genesis)
  init.node.patchConfig((c) => {
    c.mempool.maxTxs = 100_000
    c.log.level = 'warn'
  })
  return { ...init, genesis }
}
