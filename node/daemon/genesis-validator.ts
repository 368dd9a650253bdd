// A validator in genesis the way operators make one (add-account, gentx, collect-gentxs), for the dev home
// of `npm start` and the homes of `npm run testnet`: an operator key `validator` in the home's keyring,
// funded, self-bonded by a gentx.
import type { KeyEntry } from '../../client/cli/keyring.js'
import { Keyring } from '../../client/cli/keyring.js'
import type { Coin } from '../../modules/sdk/index.js'
import { loadGenesis, saveGenesis } from '../config/genesis.js'
import { homePaths } from '../config/home.js'
import { addGenesisAccount } from './genesis-tools.js'
import { createGentx, homeKeyringFile } from './gentx.js'

export const OPERATOR_KEY_NAME = 'validator'
/** Consensus power 10 (tokens / 10^6), the power genesis validators had before staking. */
export const OPERATOR_SELF_BOND: Coin = { denom: 'udatum', amount: 10_000_000n }
/** The self-bond plus room for fees (edit, unjail, withdraw). */
export const OPERATOR_ACCOUNT_COINS: Coin[] = [{ denom: 'udatum', amount: 1_000_000_000n }]

/** The home's operator key, created (fresh mnemonic) when the keyring does not hold it yet. */
export async function operatorKey(home: string): Promise<KeyEntry> {
  const keyring = new Keyring(homeKeyringFile(home))
  return keyring.list().find((k) => k.name === OPERATOR_KEY_NAME) ?? keyring.add(OPERATOR_KEY_NAME)
}

/**
 * Funds the home's operator in `genesisHome`'s genesis and writes its gentx into `gentxDir`. The home's
 * genesis is replaced by `genesisHome`'s first (a gentx is signed for that chain and checked against it).
 */
export async function addGenesisOperator(opts: {
  home: string
  genesisHome: string
  gentxDir: string
  moniker?: string
}): Promise<KeyEntry> {
  const key = await operatorKey(opts.home)
  const shared = homePaths(opts.genesisHome).genesisFile
  const doc = loadGenesis(shared)
  addGenesisAccount(doc.appState, key.address, OPERATOR_ACCOUNT_COINS)
  saveGenesis(shared, doc)
  if (opts.home !== opts.genesisHome) saveGenesis(homePaths(opts.home).genesisFile, doc)
  await createGentx({
    home: opts.home,
    keyName: OPERATOR_KEY_NAME,
    amount: OPERATOR_SELF_BOND,
    moniker: opts.moniker,
    outputDir: opts.gentxDir,
  })
  return key
}
