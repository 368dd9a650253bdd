// The node key is the libp2p identity (peer id). It is kept in `<home>/config/node_key` as the libp2p protobuf
// encoding of an Ed25519 private key, created on first start with mode 0600, so a restarted node keeps the peer
// id its persistent peers dial.
import { mkdir, open, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import type { PrivateKey } from '@libp2p/interface'
import { P2PError } from './errors.js'

export async function loadOrCreateNodeKey(path: string): Promise<PrivateKey> {
  const existing = await readIfExists(path)
  if (existing) return decodeNodeKey(existing, path)
  const key = await generateKeyPair('Ed25519')
  await mkdir(dirname(path), { recursive: true })
  try {
    // 'wx' fails if another process created the file in between; then the file on disk wins.
    const handle = await open(path, 'wx', 0o600)
    try {
      await handle.writeFile(privateKeyToProtobuf(key))
      await handle.sync()
    } finally {
      await handle.close()
    }
    return key
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return decodeNodeKey(await readFile(path), path)
    throw e
  }
}

function decodeNodeKey(bytes: Uint8Array, path: string): PrivateKey {
  try {
    return privateKeyFromProtobuf(bytes)
  } catch (e) {
    throw new P2PError('NODE_KEY_INVALID', `node key ${path} is not a libp2p protobuf private key`, {
      cause: e,
    })
  }
}

async function readIfExists(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw e
  }
}
