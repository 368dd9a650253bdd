import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigError } from './errors.js'
import {
  DEFAULT_CONSENSUS_PARAMS,
  type GenesisDoc,
  genesisToJson,
  loadGenesis,
  parseGenesis,
  saveGenesis,
} from './genesis.js'
import { defaultNodeConfig, loadNodeConfig, validateNodeConfig } from './node-config.js'
import { formatRfc3339, parseRfc3339 } from './time.js'
import { generateValidatorKey, loadValidatorKey, saveValidatorKey } from './validator-key.js'

const dirs: string[] = []
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'datum-config-'))
  dirs.push(d)
  return d
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const sampleGenesis = (): GenesisDoc => ({
  genesisTime: parseRfc3339('2026-11-22T02:11:16.5Z'),
  chainId: 'datum-local-1',
  initialHeight: 1n,
  consensusParams: DEFAULT_CONSENSUS_PARAMS,
  validators: [{ pubKey: generateValidatorKey(new Uint8Array(32).fill(7)).pubKey, power: 10n, name: 'v0' }],
  appState: { bank: { balances: [] } },
})

describe('node config', () => {
  it('merges a partial file over the defaults', () => {
    const cfg = validateNodeConfig({ moniker: 'x', rpc: { laddr: 'tcp://0.0.0.0:1' } })
    expect(cfg.moniker).toBe('x')
    expect(cfg.rpc.laddr).toBe('tcp://0.0.0.0:1')
    expect(cfg.rpc.maxBodyBytes).toBe(defaultNodeConfig().rpc.maxBodyBytes)
  })

  it.each([
    [{ rpcc: {} }, /config.rpcc: unknown setting/],
    [{ rpc: { laddr: 'localhost' } }, /rpc.laddr: expected tcp:\/\/host:port/],
    [{ mempool: { maxTxs: -1 } }, /mempool.maxTxs: expected a non-negative integer/],
    [{ p2p: { persistentPeers: ['/ip4/1.2.3.4/tcp/1'] } }, /must be a full multiaddr ending in \/p2p/],
    [{ log: { level: 'loud' } }, /log.level/],
    [
      { consensus: { timeoutCommitMs: 60_001 } },
      /consensus.timeoutCommitMs: the block interval must be at most/,
    ],
    [{ consensus: { timeoutCommitMs: 0.5 } }, /consensus.timeoutCommitMs: expected a non-negative integer/],
    [{ consensus: { timeoutProposeMs: 0 } }, /consensus.timeoutProposeMs: must be positive/],
    [{ mempool: { signatureWorkers: 17 } }, /mempool.signatureWorkers: at most 16, got 17/],
    [{ mempool: { signatureWorkers: 'auto' } }, /mempool.signatureWorkers: expected a non-negative integer/],
    [{ txIndex: { indexer: 'psql' } }, /txIndex.indexer: one of kv, null/],
    [[], /expected a JSON object/],
  ])('rejects %j with a message naming the field', (raw, re) => {
    expect(() => validateNodeConfig(raw)).toThrow(re)
  })

  it('verifies signatures on one worker thread by default; 0 turns the workers off', () => {
    expect(validateNodeConfig({}).mempool.signatureWorkers).toBe(1)
    expect(validateNodeConfig({ mempool: { signatureWorkers: 0 } }).mempool.signatureWorkers).toBe(0)
  })

  it('accepts a local-net block interval of 300 ms', () => {
    expect(validateNodeConfig({ consensus: { timeoutCommitMs: 300 } }).consensus.timeoutCommitMs).toBe(300)
  })

  it('reports a missing or malformed file with a typed error', () => {
    const d = tmp()
    expect(() => loadNodeConfig(join(d, 'nope.json'))).toThrow(ConfigError)
    writeFileSync(join(d, 'bad.json'), '{')
    expect(() => loadNodeConfig(join(d, 'bad.json'))).toThrow(/invalid JSON/)
  })
})

describe('genesis', () => {
  it('round-trips through genesis.json', () => {
    const d = tmp()
    const doc = sampleGenesis()
    saveGenesis(join(d, 'g.json'), doc)
    const back = loadGenesis(join(d, 'g.json'))
    expect(back).toEqual(doc)
    expect(genesisToJson(back)).toEqual(genesisToJson(doc))
  })

  it.each([
    ['chain_id', { chain_id: 'bad chain id' }, /chain_id/],
    ['genesis_time', { genesis_time: 'yesterday' }, /genesis_time/],
    ['initial_height', { initial_height: '0' }, /initial_height: must be >= 1/],
    [
      'validator key',
      { validators: [{ pub_key: { type: 'x', value: '' }, power: '1' }] },
      /validators\[0\].pub_key/,
    ],
    [
      'validator power',
      { validators: [{ ...(genesisToJson(sampleGenesis()).validators as object[])[0], power: '0' }] },
      /power/,
    ],
    ['app_state', { app_state: [] }, /app_state/],
  ])('rejects a bad %s', (_name, patch, re) => {
    expect(() => parseGenesis({ ...genesisToJson(sampleGenesis()), ...patch })).toThrow(re)
  })
})

describe('time and keys', () => {
  it('formats and parses RFC 3339 with nanoseconds', () => {
    const t = parseRfc3339('2026-11-22T02:11:16.123456789Z')
    expect(t).toEqual({ seconds: 1795313476n, nanos: 123456789 })
    expect(formatRfc3339(t)).toBe('2026-11-22T02:11:16.123456789Z')
    expect(formatRfc3339({ seconds: 0n, nanos: 500_000_000 })).toBe('1970-01-01T00:00:00.5Z')
    expect(parseRfc3339('2026-11-22T04:11:16+02:00').seconds).toBe(t.seconds)
  })

  it('saves and loads the validator key, refusing a corrupted one', () => {
    const d = tmp()
    const key = generateValidatorKey()
    saveValidatorKey(join(d, 'k.json'), key)
    expect(loadValidatorKey(join(d, 'k.json'))).toEqual(key)
    writeFileSync(
      join(d, 'bad.json'),
      JSON.stringify({ priv_key: { type: 'tendermint/PrivKeyEd25519', value: 'AAAA' } }),
    )
    expect(() => loadValidatorKey(join(d, 'bad.json'))).toThrow(/64 bytes/)
  })
})
