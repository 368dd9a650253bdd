// The command model: a path (`tx dataasset register`), its flags, and what it runs.
import type { FlagSpecs, ParsedArgs } from './args.js'

export type CommandKind = 'tx' | 'query' | 'local'

export interface Command {
  path: string[]
  summary: string
  /** Positional arguments as shown in usage, e.g. `<asset-id> <state>`. */
  args?: string
  /** Extra help text after the flags. */
  details?: string
  flags?: FlagSpecs
  kind: CommandKind
  run(a: ParsedArgs): Promise<unknown>
  /** Table output: the array field rendered as rows, and its columns. */
  listKey?: string
  columns?: string[]
}

export const GLOBAL_FLAGS: FlagSpecs = {
  output: {
    type: 'string',
    description: 'json, or text (readable; "table" is the same)',
    default: 'json',
    value: '<format>',
  },
  help: { type: 'boolean', description: 'show help for this command' },
}

export const KEYRING_FLAGS: FlagSpecs = {
  'keyring-file': {
    type: 'string',
    description: 'keyring file (default $DATUM_HOME/keyring-test.json or ~/.datum/keyring-test.json)',
    value: '<path>',
  },
}

export const NODE_FLAGS: FlagSpecs = {
  node: {
    type: 'string',
    description: 'CometBFT RPC endpoint',
    default: 'http://127.0.0.1:26657',
    value: '<url>',
  },
}

export const TX_FLAGS: FlagSpecs = {
  ...NODE_FLAGS,
  ...KEYRING_FLAGS,
  from: {
    type: 'string',
    description: 'key name or address in the keyring that signs',
    required: true,
    value: '<key>',
  },
  'chain-id': {
    type: 'string',
    description: 'refuse to sign unless the node reports this chain id',
    value: '<id>',
  },
  gas: {
    type: 'string',
    description: '"auto" (simulate) or a gas limit',
    default: 'auto',
    value: '<auto|n>',
  },
  'gas-adjustment': {
    type: 'string',
    description: 'multiplier on simulated gas',
    default: '1.4',
    value: '<x>',
  },
  'gas-prices': {
    type: 'string',
    description: 'price per gas unit',
    default: '0.0025udatum',
    value: '<price>',
  },
  fees: {
    type: 'string',
    description: 'the fee, e.g. 5000udatum (instead of --gas-prices); with --gas auto the limit is simulated',
    value: '<coins>',
  },
  'dry-run': {
    type: 'boolean',
    description: 'simulate only: print the gas estimate, sign and send nothing',
  },
  memo: { type: 'string', description: 'tx memo', default: '', value: '<text>' },
  'sign-mode': {
    type: 'string',
    description: 'direct or amino (SIGN_MODE_LEGACY_AMINO_JSON)',
    default: 'direct',
    value: '<mode>',
  },
}

export function flagsFor(c: Command): FlagSpecs {
  const base = c.kind === 'tx' ? TX_FLAGS : c.kind === 'query' ? NODE_FLAGS : {}
  return { ...base, ...c.flags, ...GLOBAL_FLAGS }
}
