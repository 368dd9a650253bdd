// An in-memory RpcBackend for RPC tests: a small chain built from cosmjs-types blocks, the query paths in
// test-queries.ts,
// a mempool, a tx index and event delivery with a minimal `key='value' AND …` matcher. Test-only.
import { createHash } from 'node:crypto'
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci'
import type { Block } from 'cosmjs-types/tendermint/types/block'
import type { BlockID, Commit, Header } from 'cosmjs-types/tendermint/types/types'
import { BlockIDFlag, type Validator } from 'cosmjs-types/tendermint/types/validator'
import type {
  CheckTxResult,
  ConsensusParams,
  FinalizeBlockResult,
  QueryRequest,
  QueryResult,
  TxResult,
} from '../types/abci.js'
import type { IndexedTx, RpcBackend, RpcEvent, SearchPage, SearchResult, StoredBlock } from './backend.js'
import { eventsMap } from './json/events.js'
import { queryAnswers } from './test-queries.js'

const sha = (...parts: (string | Uint8Array)[]) => {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return new Uint8Array(h.digest())
}
export const sha256 = (bytes: Uint8Array) => sha(bytes)
export const txHashOf = (tx: Uint8Array) => sha(tx)
const addr = (seed: string) => sha(seed).slice(0, 20)

export const CHAIN_ID = 'datum-test-1'
const validatorPubKey = sha('validator-pubkey')
const validatorAddress = addr('validator')
const genesisSeconds = 1_780_000_000n

const consensusParams: ConsensusParams = {
  block: { maxBytes: 22_020_096n, maxGas: -1n },
  evidence: { maxAgeNumBlocks: 100_000n, maxAgeDurationSeconds: 172_800n, maxBytes: 1_048_576n },
  validator: { pubKeyTypes: ['ed25519'] },
}

/** A successful result with the bank-send style events tx_search tests match on. */
export function sendResult(sender: string, recipient: string): TxResult {
  return {
    code: 0,
    codespace: '',
    log: '',
    info: '',
    data: TxMsgData.encode({
      data: [],
      msgResponses: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSendResponse', value: new Uint8Array() }],
    }).finish(),
    gasWanted: 200_000n,
    gasUsed: 61_234n,
    events: [
      { type: 'message', attributes: [{ key: 'sender', value: sender, index: true }] },
      {
        type: 'transfer',
        attributes: [
          { key: 'recipient', value: recipient, index: true },
          { key: 'amount', value: '5udatum', index: true },
        ],
      },
    ],
  }
}

interface Listener {
  conditions: [string, string][]
  listener: (event: RpcEvent) => void
  onCancel?: (reason: string) => void
}

/** Parses `a.b='x' AND c.d=5`; anything else throws like the real query parser. */
export function parseSimpleQuery(query: string): [string, string][] {
  return query.split(/\s+AND\s+/i).map((cond) => {
    const m = /^\s*([\w.]+)\s*=\s*(?:'([^']*)'|(\d+))\s*$/.exec(cond)
    if (!m) throw new Error(`failed to parse query: unexpected condition ${JSON.stringify(cond)}`)
    return [m[1]!, m[2] ?? m[3]!]
  })
}

const matches = (conditions: [string, string][], map: Record<string, string[]>) =>
  conditions.every(([key, value]) => map[key]?.includes(value))

export class MemoryBackend implements RpcBackend {
  readonly blocks: StoredBlock[] = []
  readonly results: FinalizeBlockResult[] = []
  readonly txs: IndexedTx[] = []
  readonly mempool: Uint8Array[] = []
  readonly balances = new Map<string, bigint>()
  private readonly listeners = new Set<Listener>()
  /** Optional artificial delay for every abci_query (timeout tests). */
  queryDelayMs = 0

  get validator(): Validator {
    return {
      address: validatorAddress,
      pubKey: { ed25519: validatorPubKey },
      votingPower: 10n,
      proposerPriority: 0n,
    }
  }

  /** Commits a block holding `txs` with the given results and publishes NewBlock, NewBlockHeader and Tx. */
  addBlock(txs: Uint8Array[] = [], results: TxResult[] = txs.map(() => sendResult('a', 'b'))): StoredBlock {
    const height = BigInt(this.blocks.length + 1)
    const previous = this.blocks.at(-1)
    const header: Header = {
      version: { block: 11n, app: 0n },
      chainId: CHAIN_ID,
      height,
      time: { seconds: genesisSeconds + height, nanos: 123_456_000 },
      lastBlockId: previous?.blockId ?? {
        hash: new Uint8Array(),
        partSetHeader: { total: 0, hash: new Uint8Array() },
      },
      lastCommitHash: sha('lc', String(height)),
      dataHash: sha('data', String(height)),
      validatorsHash: sha('vals'),
      nextValidatorsHash: sha('vals'),
      consensusHash: sha('cons'),
      appHash: sha('app', String(height - 1n)),
      lastResultsHash: sha('res', String(height)),
      evidenceHash: sha('ev', String(height)),
      proposerAddress: validatorAddress,
    }
    const blockId: BlockID = {
      hash: sha('block', String(height)),
      partSetHeader: { total: 1, hash: sha('parts', String(height)) },
    }
    const block: Block = {
      header,
      data: { txs },
      evidence: { evidence: [] },
      lastCommit: previous ? this.commitFor(previous) : undefined,
    }
    const stored = { blockId, block }
    const result: FinalizeBlockResult = {
      events: [{ type: 'mint', attributes: [{ key: 'amount', value: '10udatum', index: true }] }],
      txResults: results,
      validatorUpdates: [],
      appHash: sha('app', String(height)),
    }
    this.blocks.push(stored)
    this.results.push(result)
    this.publish({ type: 'NewBlock', blockId, block, result })
    this.publish({ type: 'NewBlockHeader', header })
    txs.forEach((tx, index) => {
      const indexed = { hash: txHashOf(tx), height, index, tx, result: results[index]! }
      this.txs.push(indexed)
      this.publish({ type: 'Tx', tx: indexed })
    })
    return stored
  }

  private commitFor(stored: StoredBlock): Commit {
    return {
      height: stored.block.header.height,
      round: 0,
      blockId: stored.blockId,
      signatures: [
        {
          blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_COMMIT,
          validatorAddress,
          timestamp: stored.block.header.time,
          signature: sha('sig', String(stored.block.header.height)).subarray(0, 32),
        },
      ],
    }
  }

  publish(event: RpcEvent): void {
    const map = eventsMap(event)
    for (const l of this.listeners) if (matches(l.conditions, map)) l.listener(event)
  }

  /** Cancels every live subscription, as a node does for a slow subscriber. */
  cancelAll(reason: string): void {
    for (const l of [...this.listeners]) {
      this.listeners.delete(l)
      l.onCancel?.(reason)
    }
  }

  get subscriptionCount(): number {
    return this.listeners.size
  }

  status() {
    const latest = this.blocks.at(-1)!
    const first = this.blocks[0]!
    return {
      nodeInfo: {
        id: Buffer.from(addr('node')).toString('hex'),
        listenAddr: 'tcp://0.0.0.0:26656',
        network: CHAIN_ID,
        moniker: 'test-node',
        rpcAddress: 'tcp://127.0.0.1:26657',
      },
      syncInfo: {
        latestBlockHash: latest.blockId.hash,
        latestAppHash: this.results.at(-1)!.appHash,
        latestBlockHeight: latest.block.header.height,
        latestBlockTime: latest.block.header.time,
        earliestBlockHash: first.blockId.hash,
        earliestAppHash: first.block.header.appHash,
        earliestBlockHeight: 1n,
        earliestBlockTime: first.block.header.time,
        catchingUp: false,
      },
      validatorInfo: { address: validatorAddress, pubKey: validatorPubKey, votingPower: 10n },
    }
  }

  health() {}

  abciInfo() {
    return {
      lastBlockHeight: BigInt(this.blocks.length),
      lastBlockAppHash: this.results.at(-1)!.appHash,
      version: '0.1.0',
    }
  }

  async abciQuery(req: QueryRequest): Promise<QueryResult> {
    if (this.queryDelayMs > 0) await new Promise((r) => setTimeout(r, this.queryDelayMs))
    const height = req.height === 0n ? BigInt(this.blocks.length) : req.height
    const ok = {
      code: 0,
      codespace: '',
      log: '',
      info: '',
      index: 0n,
      key: new Uint8Array(),
      proofOps: [],
      height,
    }
    const fail = (code: number, log: string) => ({
      ...ok,
      code,
      codespace: 'sdk',
      log,
      value: new Uint8Array(),
      height: 0n,
    })
    const answer = queryAnswers(this, req)
    if (answer === undefined) return fail(6, `unknown query path: ${req.path}: unknown request`)
    if ('code' in answer) return fail(answer.code, answer.log)
    const proofOps = req.prove
      ? [
          { type: 'ics23:iavl', key: Buffer.from('key'), data: sha('iavl-proof') },
          { type: 'ics23:simple', key: Buffer.from('bank'), data: sha('simple-proof') },
        ]
      : []
    return { ...ok, value: answer.value, proofOps }
  }

  blockRange() {
    return { base: this.blocks.length > 0 ? 1n : 0n, height: BigInt(this.blocks.length) }
  }

  block(height: bigint) {
    return this.blocks[Number(height) - 1]
  }

  blockByHash(hash: Uint8Array) {
    return this.blocks.find((b) => Buffer.from(b.blockId.hash).equals(hash))
  }

  blockResults(height: bigint) {
    return this.results[Number(height) - 1]
  }

  commit(height: bigint) {
    const stored = this.blocks[Number(height) - 1]
    return stored && { commit: this.commitFor(stored), canonical: height < BigInt(this.blocks.length) }
  }

  validators(height: bigint) {
    return height <= BigInt(this.blocks.length) ? [this.validator] : undefined
  }

  consensusParams() {
    return consensusParams
  }

  genesis() {
    return {
      genesisTime: { seconds: genesisSeconds, nanos: 0 },
      chainId: CHAIN_ID,
      initialHeight: 1n,
      consensusParams,
      validators: [{ address: validatorAddress, pubKey: validatorPubKey, power: 10n, name: 'v0' }],
      appHash: new Uint8Array(),
      appState: { bank: { balances: [] } },
    }
  }

  tx(hash: Uint8Array) {
    return this.txs.find((t) => Buffer.from(t.hash).equals(hash))
  }

  private search<T>(all: T[], page: SearchPage): SearchResult<T> {
    const ordered = page.orderBy === 'desc' ? [...all].reverse() : all
    const start = (page.page - 1) * page.perPage
    return { items: ordered.slice(start, start + page.perPage), total: all.length }
  }

  txSearch(query: string, page: SearchPage) {
    const conditions = parseSimpleQuery(query)
    const found = this.txs.filter((tx) => matches(conditions, eventsMap({ type: 'Tx', tx })))
    return this.search(found, page)
  }

  blockSearch(query: string, page: SearchPage) {
    const conditions = parseSimpleQuery(query)
    const found = this.blocks
      .map((b, i) => ({
        b,
        map: eventsMap({ type: 'NewBlock', blockId: b.blockId, block: b.block, result: this.results[i]! }),
      }))
      .filter(({ map }) => matches(conditions, map))
      .map(({ b }) => b.block.header.height)
    return this.search(found, page)
  }

  checkTx(tx: Uint8Array): CheckTxResult {
    const base = {
      data: new Uint8Array(),
      info: '',
      gasWanted: 200_000n,
      gasUsed: 1_000n,
      events: [],
      priority: 1n,
      sender: 'a',
      sequence: 0n,
    }
    if (tx[0] === 0xff) {
      return {
        ...base,
        code: 32,
        codespace: 'sdk',
        log: 'account sequence mismatch, expected 4, got 11: incorrect account sequence',
      }
    }
    return { ...base, code: 0, codespace: '', log: '' }
  }

  broadcastTx(tx: Uint8Array): CheckTxResult {
    if (this.mempool.some((m) => Buffer.from(m).equals(tx))) throw new Error('tx already exists in cache')
    const result = this.checkTx(tx)
    if (result.code === 0) this.mempool.push(tx)
    return result
  }

  /** Moves the mempool into a new block. */
  commitMempool(): StoredBlock {
    const txs = this.mempool.splice(0)
    return this.addBlock(txs)
  }

  mempoolSize() {
    return { count: this.mempool.length, bytes: this.mempool.reduce((n, tx) => n + tx.length, 0) }
  }

  unconfirmedTxs(limit: number) {
    return this.mempool.slice(0, limit)
  }

  netInfo() {
    return { listening: true, listeners: ['Listener(@tcp://0.0.0.0:26656)'], peers: [] }
  }

  subscribe(query: string, listener: (event: RpcEvent) => void, onCancel?: (reason: string) => void) {
    const entry = { conditions: parseSimpleQuery(query), listener, onCancel }
    this.listeners.add(entry)
    return () => {
      this.listeners.delete(entry)
    }
  }
}
