// `datumd export`: a genesis whose app_state is the current committed state and whose validators are the
// current set, so a new chain can start from it (round trip: export → init-from-file → start).
import { Level } from 'level'
import { chainStateKey, decodeChainState } from '../chain/state.js'
import { ConfigError } from '../config/errors.js'
import { type GenesisDoc, loadGenesis } from '../config/genesis.js'
import { homePaths } from '../config/home.js'
import { loadNodeConfig } from '../config/node-config.js'
import { openCommitMultiStore } from '../store/open.js'
import { createDatumApp, datumStoreKeys } from './app-wiring.js'

export async function exportGenesis(home: string): Promise<GenesisDoc> {
  const paths = homePaths(home)
  const config = loadNodeConfig(paths.configFile)
  const genesis = loadGenesis(paths.genesisFile)
  const db = new Level<Uint8Array, Uint8Array>(paths.dbDir, { keyEncoding: 'view', valueEncoding: 'view' })
  try {
    await db.open()
  } catch (e) {
    throw new ConfigError(
      'CONFIG_INVALID',
      `cannot open ${paths.dbDir} (is the node still running?): ${(e as Error).message}`,
    )
  }
  try {
    const stateDb = db.sublevel<Uint8Array, Uint8Array>('s', { keyEncoding: 'view', valueEncoding: 'view' })
    await stateDb.open()
    const store = await openCommitMultiStore({ db: stateDb, storeNames: datumStoreKeys() })
    const raw = stateDb.getSync(chainStateKey())
    if (!raw) return genesis
    const state = decodeChainState(raw)
    const app = createDatumApp({ chainId: genesis.chainId, store, minGasPrices: config.app.minGasPrices })
    const appState = app.exportAppState() as Record<string, unknown>
    await store.close()
    return {
      ...genesis,
      genesisTime: state.lastBlockTime,
      consensusParams: state.consensusParams,
      validators: state.schedule.nextValidators.validators.map((v, i) => ({
        pubKey: v.pubKey,
        power: v.power,
        name:
          genesis.validators.find((g) => Buffer.compare(g.pubKey, v.pubKey) === 0)?.name ?? `validator-${i}`,
      })),
      appState,
    }
  } finally {
    await db.close()
  }
}
