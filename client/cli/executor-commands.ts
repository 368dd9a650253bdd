// `datum executor start` runs the executor daemon until SIGINT/SIGTERM, logging one JSON line per event;
// `datum executor pubkey` prints the key's compressed secp256k1 public key, the one to register.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { ACCOUNT_PREFIX } from '../../modules/sdk/address.js'
import { DaemonError, ExecutorDaemon } from '../executor/daemon/executor-daemon.js'
import { type ParsedArgs, str } from './args.js'
import { type Command, KEYRING_FLAGS } from './command.js'
import { keyringOf, withNode } from './connect.js'
import { CliError, UsageError } from './errors.js'

const FROM = {
  key: { type: 'string', description: 'the executor key (name or address) in the keyring', value: '<key>' },
  from: { type: 'string', description: 'the same as --key', value: '<key>' },
} as const

/** The executor's key: `--key` (or `--from`, as in every tx command). */
function keyNameOf(a: ParsedArgs): string {
  const key = str(a, 'key')
  const from = str(a, 'from')
  if (key !== undefined && from !== undefined && key !== from)
    throw new UsageError('give --key or --from, not both')
  const name = key ?? from
  if (name === undefined) throw new UsageError('--key is required')
  return name
}

function listenOf(a: ParsedArgs): { host: string; port: number } {
  const raw = str(a, 'listen') ?? '127.0.0.1:0'
  const m = /^([^:]+):(\d{1,5})$/.exec(raw)
  const port = Number(m?.[2])
  if (!m || port > 65535) throw new UsageError('--listen must be <host>:<port>, e.g. 127.0.0.1:8700')
  return { host: m[1]!, port }
}

function pollMsOf(a: ParsedArgs): number {
  const n = Number(str(a, 'poll-ms') ?? '2000')
  if (!Number.isSafeInteger(n) || n < 100 || n > 600_000)
    throw new UsageError('--poll-ms must be 100..600000')
  return n
}

function waitForOf(a: ParsedArgs): number {
  const n = Number(str(a, 'wait-for-executors') ?? '1')
  if (!Number.isSafeInteger(n) || n < 1 || n > 64) throw new UsageError('--wait-for-executors must be 1..64')
  return n
}

const line = (event: string, fields: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ event, time: new Date().toISOString(), ...fields })}\n`)

export const executorCommands: Command[] = [
  {
    path: ['executor', 'start'],
    summary: 'run the executor daemon: accept eligible jobs, compute, commit, reveal, serve results',
    kind: 'query',
    details:
      'Needs the executor registered (datum tx attestation register-executor) with this key. Data keys come\n' +
      'from the owners\u2019 grants on chain (datum tx dataasset grant-executor); a revoked grant or consent\n' +
      'deletes the cached package. Logs one JSON line per event.',
    flags: {
      ...KEYRING_FLAGS,
      ...FROM,
      'data-dir': {
        type: 'string',
        description: 'job journal and dataset cache',
        required: true,
        value: '<dir>',
      },
      listen: {
        type: 'string',
        description: 'result server address',
        default: '127.0.0.1:0',
        value: '<host:port>',
      },
      'wait-for-executors': {
        type: 'string',
        description: 'reveal only once N executors committed (or the commit window closed)',
        default: '1',
        value: '<N>',
      },
      'poll-ms': {
        type: 'string',
        description: 'poll interval besides the websocket',
        default: '2000',
        value: '<ms>',
      },
    },
    run: async (a) => {
      const keyName = keyNameOf(a)
      const { host, port } = listenOf(a)
      const pollMs = pollMsOf(a)
      const waitForExecutors = waitForOf(a)
      const dataDir = resolve(str(a, 'data-dir')!)
      mkdirSync(dataDir, { recursive: true, mode: 0o700 })
      const key = keyringOf(a).get(keyName)
      const node = str(a, 'node')!
      const daemon = new ExecutorDaemon({
        node,
        mnemonic: key.mnemonic,
        dataDir,
        listenHost: host,
        listenPort: port,
        pollMs,
        // test hooks, for the fault-injecting e2e tests only
        lie: process.env.DATUM_EXECUTOR_TEST_LIE === '1',
        holdReveals: process.env.DATUM_EXECUTOR_TEST_HOLD_REVEALS === '1',
        waitForExecutors,
        log: line,
      })
      let started: { address: string; url: string }
      try {
        started = await withNode(node, () => daemon.start())
      } catch (e) {
        await daemon.stop()
        if (e instanceof DaemonError) throw new CliError(e.code, e.message)
        throw e
      }
      line('ready', { ...started, dataDir })
      const signal = await new Promise<string>((done) => {
        process.once('SIGINT', () => done('SIGINT'))
        process.once('SIGTERM', () => done('SIGTERM'))
      })
      // a second signal while stopping means "now"
      const now = () => process.exit(130)
      process.once('SIGINT', now)
      process.once('SIGTERM', now)
      await daemon.stop()
      return { event: 'stopped', signal }
    },
  },
  {
    path: ['executor', 'pubkey'],
    summary: 'print the address and compressed secp256k1 public key (hex) of a key, for register-executor',
    kind: 'local',
    flags: { ...KEYRING_FLAGS, ...FROM },
    run: async (a) => {
      const key = keyringOf(a).get(keyNameOf(a))
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(key.mnemonic, { prefix: ACCOUNT_PREFIX })
      const [acc] = await wallet.getAccounts()
      return { address: acc!.address, pubKey: Buffer.from(acc!.pubkey).toString('hex') }
    },
  },
]
