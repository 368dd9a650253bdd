// Test support: real auth + bank + staking keepers over a real IAVL store, with block height and time set
// by the test (never the clock). `tx` runs a message as the app does: on its own branch, kept only on success.
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import type { MsgCreateValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { BranchStores } from '../../node/app/gas-store.js'
import type { CacheMultiStore } from '../../node/store/types.js'
import { openTempStore } from '../../node/testing/temp-store.js'
import { TEST_CHAIN_ID, TEST_TIME } from '../../node/testing/test-context.js'
import { AccountKeeper } from '../auth/keeper.js'
import { BankKeeper } from '../bank/keeper.js'
import { decFromString, decToAtomics } from '../sdk/dec.js'
import {
  type BlockInfo,
  Context,
  EventManager,
  infiniteGasMeter,
  type MsgDefinition,
  toBech32,
  VALOPER_PREFIX,
  type ValidatorUpdate,
} from '../sdk/index.js'
import { StakingKeeper } from './keeper.js'
import { BONDED_POOL, NOT_BONDED_POOL } from './keys.js'
import { stakingMsgDefinitions } from './msg-server.js'
import { blockValidatorUpdates } from './validator-set.js'

export { expectAbciError, expectQueryError } from '../auth/test-env.js'

export const STORE_KEYS = ['acc', 'bank', 'staking'] as const
export const accountAddr = (seed: number): string => toBech32(new Uint8Array(20).fill(seed))
export const valAddr = (seed: number): string => toBech32(new Uint8Array(20).fill(seed), VALOPER_PREFIX)
export const consKey = (seed: number): Uint8Array => new Uint8Array(32).fill(seed)
export const DENOM = 'udatum'

export interface StakingEnv {
  accounts: AccountKeeper
  bank: BankKeeper
  staking: StakingKeeper
  block: BlockInfo
  /** A context over the block branch (writes stay). */
  ctx(): Context
  /** Runs one message on a tx branch; state is kept only when it succeeds (rethrows the error). */
  tx<T>(typeUrlSuffix: string, msg: T): Uint8Array
  /** Next block: height + 1, time + `seconds`. */
  advance(seconds: bigint): void
  endBlock(): ValidatorUpdate[]
  fund(address: string, amount: bigint): void
  balance(address: string): bigint
  cleanup(): Promise<void>
}

const open: StakingEnv[] = []

export async function cleanupStakingEnvs(): Promise<void> {
  await Promise.all(open.splice(0).map((e) => e.cleanup()))
}

export async function stakingEnv(): Promise<StakingEnv> {
  const temp = await openTempStore(STORE_KEYS)
  const names = new Set<string>(STORE_KEYS)
  const accounts = new AccountKeeper({
    moduleAccountPermissions: {
      mint: ['minter'],
      [BONDED_POOL]: ['burner', 'staking'],
      [NOT_BONDED_POOL]: ['burner', 'staking'],
    },
  })
  const bank = new BankKeeper(accounts)
  const staking = new StakingKeeper(bank, accounts)
  const defs = new Map<string, MsgDefinition>()
  for (const d of stakingMsgDefinitions(staking)) defs.set(d.typeUrl.slice(d.typeUrl.lastIndexOf('.') + 1), d)
  const branch: CacheMultiStore = temp.store.branch()
  const contextOver = (b: CacheMultiStore) =>
    new Context(env.block, 'deliver', infiniteGasMeter(), new EventManager(), new BranchStores(b, names))
  const env: StakingEnv = {
    accounts,
    bank,
    staking,
    block: { chainId: TEST_CHAIN_ID, height: 1n, time: TEST_TIME, proposer: new Uint8Array(20) },
    ctx: () => contextOver(branch),
    tx(name, msg) {
      const def = defs.get(name)
      if (!def) throw new Error(`no message ${name}`)
      const txBranch = branch.branch()
      const decoded = def.decode(def.encode(msg))
      const out = def.handle(contextOver(txBranch), decoded)
      txBranch.write()
      return out.value
    },
    advance(seconds) {
      env.block = {
        ...env.block,
        height: env.block.height + 1n,
        time: { seconds: env.block.time.seconds + seconds, nanos: 0 },
      }
    },
    endBlock: () => blockValidatorUpdates(staking, env.ctx()),
    fund(address, amount) {
      const ctx = env.ctx()
      bank.mintCoins(ctx, 'mint', [{ denom: DENOM, amount }])
      bank.sendCoinsFromModuleToAccount(ctx, 'mint', address, [{ denom: DENOM, amount }])
    },
    balance: (address) => bank.getBalance(env.ctx(), address, DENOM).amount,
    cleanup: () => temp.cleanup(),
  }
  open.push(env)
  return env
}

export function createValidatorMsg(
  seed: number,
  amount: bigint,
  opts: { rate?: string; maxRate?: string; maxChangeRate?: string; minSelf?: bigint; key?: Uint8Array } = {},
): MsgCreateValidator {
  return {
    description: { moniker: `val-${seed}`, identity: '', website: '', securityContact: '', details: '' },
    commission: {
      rate: decToAtomics(decFromString(opts.rate ?? '0.1')),
      maxRate: decToAtomics(decFromString(opts.maxRate ?? '0.2')),
      maxChangeRate: decToAtomics(decFromString(opts.maxChangeRate ?? '0.01')),
    },
    minSelfDelegation: (opts.minSelf ?? 1n).toString(),
    delegatorAddress: '',
    validatorAddress: valAddr(seed),
    pubkey: {
      typeUrl: '/cosmos.crypto.ed25519.PubKey',
      value: Ed25519PubKey.encode({ key: opts.key ?? consKey(seed) }).finish(),
    },
    value: { denom: DENOM, amount: amount.toString() },
  }
}

/** Funds the operator account and creates the validator. */
export function createValidator(env: StakingEnv, seed: number, amount: bigint, opts = {}): string {
  env.fund(accountAddr(seed), amount)
  env.tx('MsgCreateValidator', createValidatorMsg(seed, amount, opts))
  return valAddr(seed)
}

export const coin = (amount: bigint) => ({ denom: DENOM, amount: amount.toString() })
