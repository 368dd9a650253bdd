// The setup the jobs e2e tests share: one real node whose genesis sets the computeright windows and names
// its dev account auditor and arbiter, accounts funded from that account, and an executor taken through
// register → audit → grant → a running `datum executor start` daemon with the `datum` CLI, as a user does.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing'
import { ExecutorDaemon } from '../../testnet/flows/daemon-process.js'
import { NodeProcess } from '../../testnet/harness/node-process.js'
import { DatumClient } from '../sdk/client.js'
import { type CliContext, okDatum } from './datum-cli.js'

export interface JobNode {
  readonly node: NodeProcess
  /** The dev account's mnemonic and address (funded at genesis; auditor and arbiter). */
  readonly mnemonic: string
  readonly address: string
}

/**
 * A started node with these computeright params (windows as genesis JSON strings) and 300 ms blocks; the
 * dev account is named auditor and arbiter unless `auditorAndArbiter` is false.
 */
export async function startJobNode(
  computeright: Record<string, string>,
  opts: { auditorAndArbiter?: boolean } = {},
): Promise<JobNode> {
  const { node, mnemonic, address } = await NodeProcess.init()
  const file = join(node.home, 'config/genesis.json')
  const g = JSON.parse(readFileSync(file, 'utf8'))
  Object.assign(g.app_state.computeright.params, computeright)
  if (opts.auditorAndArbiter !== false)
    Object.assign(g.app_state.attestation.params, { auditors: [address], arbiters: [address] })
  writeFileSync(file, JSON.stringify(g))
  node.patchConfig((c) => {
    c.consensus.timeoutCommitMs = 300
  })
  await node.start()
  return { node, mnemonic, address }
}

/** One bank send from the dev account of `amount` udatum to each address, in one tx. */
export async function fundAccounts(
  chain: JobNode,
  to: readonly string[],
  amount = '50000000',
): Promise<void> {
  const client = await DatumClient.connectWithSigner(
    chain.node.rpcUrl,
    await DirectSecp256k1HdWallet.fromMnemonic(chain.mnemonic, { prefix: 'datum' }),
  )
  try {
    await client.broadcast(
      chain.address,
      to.map((toAddress) => ({
        typeUrl: '/cosmos.bank.v1beta1.MsgSend',
        value: { fromAddress: chain.address, toAddress, amount: [{ denom: 'udatum', amount }] },
      })),
    )
  } finally {
    client.disconnect()
  }
}

/** `datum tx attestation audit` of the executor in DE, by `auditor` (a key in the keyring). */
export const auditExecutor = (ctx: CliContext, executor: string, auditor = 'owner') =>
  okDatum(
    ['tx', 'attestation', 'audit', executor, '--region', 'DE', '--country', 'DE', '--from', auditor],
    ctx,
  )

/** `datum tx dataasset grant-executor` with the data key from the owner's publish key file. */
export function grantExecutor(
  ctx: CliContext,
  assetId: string,
  executor: string,
  keyFile: string,
  owner = 'owner',
) {
  const dataKey = JSON.parse(readFileSync(keyFile, 'utf8')).key as string
  return okDatum(
    ['tx', 'dataasset', 'grant-executor', assetId, executor, '--data-key', dataKey, '--from', owner],
    ctx,
  )
}

/**
 * The executor key `name` (in the keyring) registered in DE with a 2 DATUM bond and `endpoint`, then
 * audited; returns its address, public key and the audit tx's output.
 */
export async function registerAuditedExecutor(ctx: CliContext, name: string, endpoint: string) {
  const key = await okDatum(['executor', 'pubkey', '--from', name], { keyringFile: ctx.keyringFile })
  await okDatum(
    [
      ...['tx', 'attestation', 'register-executor', '--bond', '2000000udatum', '--region', 'DE'],
      ...['--country', 'DE', '--pub-key', key.pubKey, '--endpoint', endpoint, '--from', name],
    ],
    ctx,
  )
  // biome-ignore lint/suspicious/noExplicitAny: the CLI's tx JSON (height, txhash, response)
  const audit: any = await auditExecutor(ctx, key.address)
  return { address: key.address as string, pubKey: key.pubKey as string, audit }
}

/** A started `datum executor start` daemon for key `name`, polling every 500 ms, listening on `listen`. */
export function startExecutorDaemon(
  ctx: Required<CliContext>,
  name: string,
  dataDir: string,
  listen: string,
) {
  const daemon = new ExecutorDaemon({
    name,
    keyringFile: ctx.keyringFile,
    node: ctx.node,
    dataDir,
    listen: listen.replace('http://', ''),
    pollMs: 500,
  })
  daemon.start()
  return daemon
}
