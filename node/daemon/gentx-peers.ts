// Peers from gentx memos, as simd does: `gentx` writes `<node-id>@<ip>:<port>` into the memo (the home's
// libp2p peer id and its p2p listen address) and `collect-gentxs` makes every other operator's memo a
// persistent peer of the collecting home. Datum's peers are libp2p multiaddrs, so the memo
// `<id>@<ip>:<port>` becomes `/ip4/<ip>/tcp/<port>/p2p/<id>` (`/dns4/<host>/…` for a host name).
import { networkInterfaces } from 'node:os'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys'
import { MsgCreateValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx'
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx'
import { gentxBytes } from '../../modules/genutil/index.js'
import { ConfigError } from '../config/errors.js'
import { homePaths } from '../config/home.js'
import { loadNodeConfig } from '../config/node-config.js'
import { loadOrCreateNodeKey } from '../p2p/node-key.js'

const PEER_ID = '[1-9A-HJ-NP-Za-km-z]+'
const IPV4 = '(?:\\d{1,3}\\.){3}\\d{1,3}'
const HOST = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*'
const MEMO = new RegExp(`^(${PEER_ID})@(${IPV4}|${HOST}):(\\d{1,5})$`)
const LADDR = /^\/(ip4|dns4|dns)\/([^/]+)\/tcp\/(\d{1,5})$/

/** The first non-internal IPv4 address of this machine (the SDK's `server.ExternalIP`). */
export function externalIPv4(): string | undefined {
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address
  return undefined
}

/**
 * The memo `gentx` writes: `<peer id>@<ip>:<port>` of the home's node key and p2p listen address. `ip`
 * replaces the address's host (needed when the node listens on 0.0.0.0 and the machine has no external IPv4).
 * A node on an ephemeral port (`tcp/0`, tests) has no address to give: its memo is empty, and collect-gentxs
 * skips it.
 */
export async function gentxMemo(home: string, ip?: string): Promise<string> {
  const paths = homePaths(home)
  const laddr = loadNodeConfig(paths.configFile).p2p.laddr
  const m = LADDR.exec(laddr)
  if (m?.[3] === '0') return ''
  if (!m)
    throw new ConfigError(
      'CONFIG_INVALID',
      `p2p.laddr ${laddr}: a gentx memo needs /ip4|dns4/<host>/tcp/<port>`,
    )
  const listenHost = m[2]!
  const host = ip ?? (listenHost === '0.0.0.0' ? externalIPv4() : listenHost)
  if (!host)
    throw new ConfigError('CONFIG_INVALID', `p2p.laddr ${laddr} listens on every interface: pass --ip`)
  const peerId = peerIdFromPrivateKey(await loadOrCreateNodeKey(paths.nodeKeyFile)).toString()
  const memo = `${peerId}@${host}:${m[3]}`
  parseMemo(memo, '--ip')
  return memo
}

/** `<id>@<ip>:<port>` as a libp2p multiaddr; throws ConfigError naming `where` when it is not one. */
export function parseMemo(memo: string, where: string): string {
  const m = MEMO.exec(memo)
  const port = Number(m?.[3])
  if (!m || port < 1 || port > 65_535)
    throw new ConfigError(
      'GENESIS_INVALID',
      `${where}: memo ${JSON.stringify(memo)} is not <node-id>@<ip>:<port>`,
    )
  const proto = new RegExp(`^${IPV4}$`).test(m[2]!) ? 'ip4' : 'dns4'
  return `/${proto}/${m[2]}/tcp/${port}/p2p/${m[1]}`
}

/**
 * The persistent peers a home takes from gentxs: each gentx's memo as a multiaddr, except the home's own (its
 * gentx names this home's consensus key) and gentxs without a memo; sorted, without duplicates.
 */
export function peersFromGentxs(
  gentxs: { file: string; json: unknown }[],
  ownConsensusKey: Uint8Array,
): string[] {
  const peers = new Set<string>()
  for (const { file, json } of gentxs) {
    const body = TxBody.decode(TxRaw.decode(gentxBytes(json)).bodyBytes)
    if (body.memo === '') continue
    const msg = MsgCreateValidator.decode(body.messages[0]!.value)
    const key = msg.pubkey ? Ed25519PubKey.decode(msg.pubkey.value).key : undefined
    if (key && Buffer.from(key).equals(Buffer.from(ownConsensusKey))) continue
    peers.add(parseMemo(body.memo, file))
  }
  return [...peers].sort()
}
