// The node's own settings (config/config.json in the home). Not consensus-critical: two validators may
// differ here. Every field is validated with a message naming the field, so a typo never starts a node.
import { readFileSync, writeFileSync } from 'node:fs'
import { ConfigError } from './errors.js'

export interface NodeConfig {
  moniker: string
  rpc: {
    laddr: string
    corsAllowedOrigins: string[]
    maxBodyBytes: number
    maxBatchRequests: number
    timeoutMs: number
  }
  rest: { laddr: string; enabled: boolean }
  p2p: { laddr: string; persistentPeers: string[]; maxConnections: number }
  metrics: { laddr: string; enabled: boolean }
  mempool: {
    maxTxs: number
    maxTxsBytes: number
    maxTxBytes: number
    cacheSize: number
    /** Worker threads verifying new txs' signatures before CheckTx (0: CheckTx verifies on the main thread). */
    signatureWorkers: number
  }
  consensus: {
    timeoutProposeMs: number
    timeoutProposeDeltaMs: number
    timeoutPrevoteMs: number
    timeoutPrevoteDeltaMs: number
    timeoutPrecommitMs: number
    timeoutPrecommitDeltaMs: number
    /**
     * The idle block interval, measured from the start of one height to the start of the next (CometBFT's
     * next_block_delay), so execution and persistence are inside it: 1000 by default, 300 suits a local net.
     */
    timeoutCommitMs: number
    createEmptyBlocks: boolean
  }
  app: { minGasPrices: string; pruningKeepRecent: number; pruningKeepEvery: number; stateCacheNodes: number }
  /** "kv": txs and block events indexed for tx, tx_search, block_search; "null": no index (a validator). */
  txIndex: { indexer: 'kv' | 'null' }
  log: { level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' }
}

export function defaultNodeConfig(moniker = 'datum-node'): NodeConfig {
  return {
    moniker,
    rpc: {
      laddr: 'tcp://127.0.0.1:26657',
      corsAllowedOrigins: ['*'],
      maxBodyBytes: 1_000_000,
      maxBatchRequests: 20,
      timeoutMs: 10_000,
    },
    rest: { laddr: 'tcp://127.0.0.1:1317', enabled: true },
    p2p: { laddr: '/ip4/127.0.0.1/tcp/26656', persistentPeers: [], maxConnections: 64 },
    metrics: { laddr: 'tcp://127.0.0.1:26660', enabled: true },
    mempool: {
      maxTxs: 5000,
      maxTxsBytes: 1 << 30,
      maxTxBytes: 1 << 20,
      cacheSize: 10_000,
      signatureWorkers: 1,
    },
    consensus: {
      timeoutProposeMs: 3000,
      timeoutProposeDeltaMs: 500,
      timeoutPrevoteMs: 1000,
      timeoutPrevoteDeltaMs: 500,
      timeoutPrecommitMs: 1000,
      timeoutPrecommitDeltaMs: 500,
      timeoutCommitMs: 1000,
      createEmptyBlocks: true,
    },
    app: {
      minGasPrices: '0.0025udatum',
      pruningKeepRecent: 0,
      pruningKeepEvery: 0,
      stateCacheNodes: 500_000,
    },
    txIndex: { indexer: 'kv' },
    log: { level: 'info' },
  }
}

/** `tcp://host:port` → {host, port}; throws a ConfigError naming the field. */
export function parseListenAddress(field: string, laddr: string): { host: string; port: number } {
  const m = /^(?:tcp:\/\/)?([^:/]+|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(laddr)
  const port = m ? Number(m[2]) : Number.NaN
  if (!m || port > 65535)
    throw new ConfigError(
      'CONFIG_INVALID',
      `${field}: expected tcp://host:port, got ${JSON.stringify(laddr)}`,
    )
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port }
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal']
const TX_INDEXERS = ['kv', 'null']

/** Merges a parsed file over the defaults, checking every known field's type and range. */
/** A longer interval is a misconfiguration (minutes between blocks), not a tuning choice. */
export const MAX_BLOCK_INTERVAL_MS = 60_000
/** One worker keeps up with ~12,000 verifications a second; more than this only costs memory. */
export const MAX_SIGNATURE_WORKERS = 16

export function validateNodeConfig(raw: unknown): NodeConfig {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new ConfigError('CONFIG_INVALID', 'config: expected a JSON object')
  const cfg = defaultNodeConfig()
  mergeInto(cfg as unknown as Record<string, unknown>, raw as Record<string, unknown>, 'config')
  parseListenAddress('rpc.laddr', cfg.rpc.laddr)
  parseListenAddress('rest.laddr', cfg.rest.laddr)
  parseListenAddress('metrics.laddr', cfg.metrics.laddr)
  if (
    !cfg.p2p.laddr.startsWith('/ip4/') &&
    !cfg.p2p.laddr.startsWith('/ip6/') &&
    !cfg.p2p.laddr.startsWith('/dns')
  ) {
    throw new ConfigError(
      'CONFIG_INVALID',
      `p2p.laddr: expected a multiaddr like /ip4/127.0.0.1/tcp/26656, got ${cfg.p2p.laddr}`,
    )
  }
  for (const p of cfg.p2p.persistentPeers) {
    if (!/\/p2p\/[1-9A-HJ-NP-Za-km-z]+$/.test(p)) {
      throw new ConfigError(
        'CONFIG_INVALID',
        `p2p.persistentPeers: ${p} must be a full multiaddr ending in /p2p/<peer id>`,
      )
    }
  }
  const delay = cfg.consensus.timeoutCommitMs
  if (delay > MAX_BLOCK_INTERVAL_MS)
    throw new ConfigError(
      'CONFIG_INVALID',
      `consensus.timeoutCommitMs: the block interval must be at most ${MAX_BLOCK_INTERVAL_MS} ms, got ${delay}`,
    )
  if (cfg.consensus.timeoutProposeMs === 0)
    throw new ConfigError('CONFIG_INVALID', 'consensus.timeoutProposeMs: must be positive')
  if (cfg.mempool.signatureWorkers > MAX_SIGNATURE_WORKERS)
    throw new ConfigError(
      'CONFIG_INVALID',
      `mempool.signatureWorkers: at most ${MAX_SIGNATURE_WORKERS}, got ${cfg.mempool.signatureWorkers}`,
    )
  if (!TX_INDEXERS.includes(cfg.txIndex.indexer))
    throw new ConfigError('CONFIG_INVALID', `txIndex.indexer: one of ${TX_INDEXERS.join(', ')}`)
  if (!LOG_LEVELS.includes(cfg.log.level))
    throw new ConfigError('CONFIG_INVALID', `log.level: one of ${LOG_LEVELS.join(', ')}`)
  return cfg
}

function mergeInto(target: Record<string, unknown>, src: Record<string, unknown>, path: string): void {
  for (const [key, value] of Object.entries(src)) {
    const where = `${path}.${key}`
    if (!(key in target)) throw new ConfigError('CONFIG_INVALID', `${where}: unknown setting`)
    const current = target[key]
    if (Array.isArray(current)) {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        throw new ConfigError('CONFIG_INVALID', `${where}: expected a list of strings`)
      }
      target[key] = value
    } else if (current !== null && typeof current === 'object') {
      if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new ConfigError('CONFIG_INVALID', `${where}: expected an object`)
      mergeInto(current as Record<string, unknown>, value as Record<string, unknown>, where)
    } else if (typeof current === 'number') {
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        throw new ConfigError(
          'CONFIG_INVALID',
          `${where}: expected a non-negative integer, got ${JSON.stringify(value)}`,
        )
      }
      target[key] = value
    } else if (typeof current !== typeof value) {
      throw new ConfigError(
        'CONFIG_INVALID',
        `${where}: expected a ${typeof current}, got ${JSON.stringify(value)}`,
      )
    } else {
      target[key] = value
    }
  }
}

export function loadNodeConfig(file: string): NodeConfig {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new ConfigError('CONFIG_NOT_FOUND', `config file not found: ${file} (run \`datumd init\` first)`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    throw new ConfigError('CONFIG_INVALID', `${file}: invalid JSON: ${(e as Error).message}`)
  }
  return validateNodeConfig(raw)
}

export function saveNodeConfig(file: string, cfg: NodeConfig): void {
  writeFileSync(file, `${JSON.stringify(cfg, null, 2)}\n`)
}
