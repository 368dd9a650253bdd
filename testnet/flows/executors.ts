// Executors join: each registers with a bond, its secp256k1 key and its daemon's URL; the auditor attests
// its region; the owner grants it the data key on chain; then its daemon starts as a separate process.
import { join } from 'node:path'
import { freePorts } from '../harness/ports.js'
import { ExecutorDaemon } from './daemon-process.js'
import { datum } from './money.js'
import type { Narrator } from './narrator.js'
import type { FlowNetwork } from './network.js'

export const EXECUTOR_BOND = 5_000_000n

export interface ExecutorSpec {
  /** Key name in the keyring. */
  name: string
  /** ISO 3166-1 alpha-2 region the auditor attests. */
  region: string
}

export interface Executor extends ExecutorSpec {
  address: string
  url: string
  daemon: ExecutorDaemon
}

/** Registers, audits and grants; the daemon is created (not started) with its port and directories. */
export async function enrollExecutor(
  net: FlowNetwork,
  n: Narrator,
  spec: ExecutorSpec,
  asset: { assetId: string; dataKey: string },
  nodeIndex: number,
): Promise<Executor> {
  const [port] = await freePorts(1)
  const url = `http://127.0.0.1:${port}`
  const { address, pubKey } = await net.cli.run(['executor', 'pubkey', '--from', spec.name], { node: false })
  const home = join(net.dir, 'executors', spec.name)
  await net.cli.run([
    'tx',
    'attestation',
    'register-executor',
    '--bond',
    `${EXECUTOR_BOND}udatum`,
    '--region',
    spec.region,
    '--country',
    spec.region,
    '--pub-key',
    pubKey,
    '--endpoint',
    url,
    '--from',
    spec.name,
  ])
  await net.cli.run([
    'tx',
    'attestation',
    'audit',
    address,
    '--region',
    spec.region,
    '--country',
    spec.region,
    '--from',
    'auditor',
  ])
  // The owner grants on chain: the data key wrapped to the key the executor just registered.
  await net.cli.run([
    'tx',
    'dataasset',
    'grant-executor',
    asset.assetId,
    address,
    '--data-key',
    asset.dataKey,
    '--from',
    'owner',
  ])
  n.say(
    `${spec.name}: ${address}, bond ${datum(EXECUTOR_BOND)}, audited region ${spec.region}, serves ${url}`,
  )
  const daemon = new ExecutorDaemon({
    name: spec.name,
    keyringFile: net.cli.keyringFile,
    node: net.rpc(nodeIndex),
    dataDir: join(home, 'data'),
    listen: `127.0.0.1:${port}`,
    pollMs: 500,
  })
  return { ...spec, address, url, daemon }
}

/** Starts the daemons and waits for each one's `ready` event. */
export async function startDaemons(n: Narrator, execs: Executor[], timeoutMs = 90_000): Promise<void> {
  for (const e of execs) e.daemon.start()
  await Promise.all(
    execs.map(async (e) => {
      const r = await e.daemon.waitForEvent('ready', (ev) => ev.event === 'ready', timeoutMs)
      n.say(`${e.name} daemon ready (${r.url ?? e.url}${e.daemon.opts.lie ? ', configured to LIE' : ''})`)
    }),
  )
}

/** A fresh daemon for the same executor (same key, port and data dir), optionally lying or waiting. */
export function replaceDaemon(e: Executor, lie: boolean, waitForExecutors?: number): void {
  e.daemon = new ExecutorDaemon({ ...e.daemon.opts, lie, waitForExecutors })
}
