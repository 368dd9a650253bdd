// A whole app for tests: BaseApp over a real store in a temp dir, with the real auth (and its ante
// handler) and bank modules plus the probe module, funded test accounts, and helpers to sign txs and run blocks.
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx'
import type { Any } from 'cosmjs-types/google/protobuf/any'
import {
  type Account,
  AccountKeeper,
  AuthModule,
  defaultAuthGenesisJson,
  FEE_COLLECTOR_NAME,
  newAnte,
} from '../../modules/auth/index.js'
import {
  STORE_KEY as BANK_STORE,
  BankKeeper,
  BankModule,
  defaultBankGenesisJson,
  isBalanceKeyOf,
} from '../../modules/bank/index.js'
import {
  type AppModule,
  type Coin,
  Context,
  EventManager,
  infiniteGasMeter,
} from '../../modules/sdk/index.js'
import { BaseApp } from '../app/base-app.js'
import { DEFAULT_CONSENSUS_PARAMS } from '../app/consensus-params.js'
import { VersionStores } from '../app/gas-store.js'
import type { ConsensusParams, FinalizeBlockResult } from '../types/abci.js'
import { encodeMsgProbe, MSG_PROBE_TYPE_URL, ProbeModule } from './probe-module.js'
import { openTempStore, type TempStore } from './temp-store.js'
import { TEST_CHAIN_ID, TEST_TIME } from './test-context.js'
import { type SignOptions, signTx, type TestAccount, testAccount } from './test-signer.js'

export interface TestAppOptions {
  accounts?: number
  /** udatum each test account starts with. */
  balance?: bigint
  minGasPrices?: string
  maxBlockGas?: bigint
  probeGenesis?: Record<string, string>
  /** Store pruning (default: keep every version). */
  pruning?: { keepRecent: number; keepEvery: number }
}

export interface TestApp {
  app: BaseApp
  temp: TempStore
  auth: AccountKeeper
  bank: BankKeeper
  probe: ProbeModule
  accounts: TestAccount[]
  chainId: string
  /** Account state at the last commit (undefined for an unknown address). */
  account(address: string): Account | undefined
  balance(address: string, denom?: string): bigint
  /** Signs with the account's committed number and sequence unless given. */
  sign(account: TestAccount, msgs: Any[], o?: Partial<SignOptions>): Uint8Array
  /** Finalizes and commits the next block. */
  block(txs: Uint8Array[]): Promise<FinalizeBlockResult>
  /** Reopens the store from disk and builds a new app over it (a node restart). */
  restart(): Promise<BaseApp>
  cleanup(): Promise<void>
}

export const sendMsg = (from: string, to: string, amount: Coin[]): Any => ({
  typeUrl: '/cosmos.bank.v1beta1.MsgSend',
  value: MsgSend.encode({
    fromAddress: from,
    toAddress: to,
    amount: amount.map((c) => ({ denom: c.denom, amount: c.amount.toString() })),
  }).finish(),
})

export const probeMsg = (signer: string, action: string, key = 'k'): Any => ({
  typeUrl: MSG_PROBE_TYPE_URL,
  value: encodeMsgProbe({ signer, action, key }),
})

export async function makeTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const auth = new AccountKeeper()
  const bank = new BankKeeper(auth)
  const probe = new ProbeModule()
  const modules: AppModule[] = [new AuthModule(auth), new BankModule(bank), probe]
  const temp = await openTempStore(BaseApp.storeKeysOf(modules), opts.pruning)
  const consensusParams: ConsensusParams = {
    ...DEFAULT_CONSENSUS_PARAMS,
    block: { ...DEFAULT_CONSENSUS_PARAMS.block, maxGas: opts.maxBlockGas ?? -1n },
  }
  const isFeeCollector = isBalanceKeyOf(auth.getModuleAddress(FEE_COLLECTOR_NAME)!)
  const build = () => {
    const { ante, signaturePrecheck } = newAnte({
      accountKeeper: auth,
      bankKeeper: bank,
      minGasPrices: opts.minGasPrices ?? '',
      blockMaxGas: () => consensusParams.block.maxGas,
    })
    return new BaseApp({
      chainId: TEST_CHAIN_ID,
      store: temp.store,
      modules,
      consensusParams,
      ante,
      signaturePrecheck,
      checkAccumulator: (store, key) => store === BANK_STORE && isFeeCollector(key),
    })
  }
  const accounts = Array.from({ length: opts.accounts ?? 3 }, (_, i) => testAccount(i))
  const t: TestApp = {
    app: build(),
    temp,
    auth,
    bank,
    probe,
    accounts,
    chainId: TEST_CHAIN_ID,
    account: (address) => auth.getAccount(readContext(t), address),
    balance: (address, denom = 'udatum') => bank.getBalance(readContext(t), address, denom).amount,
    sign(account, msgs, o = {}) {
      const acc = t.account(account.address)
      return signTx(account, {
        chainId: TEST_CHAIN_ID,
        accountNumber: acc?.accountNumber ?? 0n,
        sequence: acc?.sequence ?? 0n,
        msgs,
        ...o,
      })
    },
    async block(txs) {
      const height = temp.store.lastCommit().version + 1n
      const result = t.app.finalizeBlock({
        height,
        time: { seconds: TEST_TIME.seconds + height, nanos: 0 },
        proposerAddress: new Uint8Array(20),
        hash: new Uint8Array(32),
        txs,
        lastCommitVotes: [],
        misbehavior: [],
      })
      await t.app.commit()
      return result
    },
    async restart() {
      await temp.reopen()
      t.app = build()
      return t.app
    },
    cleanup: () => temp.cleanup(),
  }
  t.app.initChain({
    chainId: TEST_CHAIN_ID,
    time: TEST_TIME,
    initialHeight: 1n,
    consensusParams,
    validators: [],
    appState: {
      auth: {
        ...(defaultAuthGenesisJson() as object),
        accounts: accounts.map((a, i) => ({
          '@type': '/cosmos.auth.v1beta1.BaseAccount',
          address: a.address,
          pub_key: null,
          account_number: String(i),
          sequence: '0',
        })),
      },
      bank: {
        ...(defaultBankGenesisJson() as object),
        balances: accounts.map((a) => ({
          address: a.address,
          coins: [{ denom: 'udatum', amount: String(opts.balance ?? 1_000_000_000n) }],
        })),
      },
      probe: { entries: opts.probeGenesis ?? {} },
    },
  })
  await t.block([])
  return t
}

function readContext(t: TestApp): Context {
  const version = t.temp.store.lastCommit().version
  const stores = new VersionStores(
    (name) => t.temp.store.storeAt(name, version),
    new Set(t.temp.store.storeNames),
  )
  const block = { chainId: t.chainId, height: version, time: TEST_TIME, proposer: new Uint8Array() }
  return new Context(block, 'query', infiniteGasMeter(), new EventManager(), stores)
}
