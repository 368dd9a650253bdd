// `npm run testnet`: a local network of N validators (+ M full nodes) as separate processes on 127.0.0.1.
// Prints every node's endpoints and the funded account, streams one status line per block, and stops every
// node cleanly on Ctrl-C.
import '../../node/polyfills.js'
import { parseArgs } from 'node:util'
import { LocalTestnet, nodeHomes } from './testnet.js'

const USAGE = `npm run testnet -- [--validators N] [--full-nodes M] [--dir DIR] [--block-time-ms MS] [--keep]

  --validators N      validators to run (default 4)
  --full-nodes M      non-validating full nodes (default 0)
  --dir DIR           where node homes go (default ./.testnet)
  --block-time-ms MS  idle block time (default 1000)
  --keep              resume the network already in DIR (same keys, genesis, ports, height, mnemonic);
                      without it a run starts a new network and removes the homes of the last one
`

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({
      options: {
        validators: { type: 'string' },
        'full-nodes': { type: 'string' },
        dir: { type: 'string' },
        'block-time-ms': { type: 'string' },
        keep: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values
  } catch (e) {
    process.stderr.write(`testnet: ${(e as Error).message}\n\n${USAGE}`)
    return 2
  }
  if (values.help) {
    process.stdout.write(USAGE)
    return 0
  }
  const int = (name: string, def: number, min: number): number => {
    const raw = values[name]
    if (raw === undefined) return def
    const n = Number(raw)
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}`)
    return n
  }
  const dir = String(values.dir ?? '.testnet')
  const say = (s: string) => process.stdout.write(`${s}\n`)
  let net: LocalTestnet
  if (values.keep && nodeHomes(dir).length > 0) {
    for (const flag of ['validators', 'full-nodes', 'block-time-ms'])
      if (values[flag] !== undefined) throw new Error(`--${flag} cannot change a kept network (drop --keep)`)
    net = await LocalTestnet.open(dir)
    say(`resuming the testnet in ${net.dir}`)
  } else {
    if (values.keep) say(`nothing to keep in ${dir}: starting a new network`)
    net = await LocalTestnet.create({
      validators: int('validators', 4, 1),
      fullNodes: int('full-nodes', 0, 0),
      blockTimeMs: int('block-time-ms', 1000, 0),
      dir,
    })
  }
  const validators = net.validators.length
  const fullNodes = net.nodes.length - validators
  say(`Datum local testnet: ${validators} validators, ${fullNodes} full nodes, chain ${net.genesis.chainId}`)
  say(`funded account: ${net.address}`)
  say(`mnemonic: ${net.mnemonic}`)
  for (const n of net.nodes) {
    const p = n.process.ports
    say(
      `  ${n.name.padEnd(11)} RPC http://127.0.0.1:${p.rpc}  REST http://127.0.0.1:${p.rest}  P2P ${n.p2pAddr}`,
    )
  }
  say('starting…')
  await net.start()
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    say('stopping every node…')
    await Promise.all(net.nodes.map((n) => n.process.stop('SIGTERM')))
    say(`stopped; homes kept in ${net.dir}`)
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  let last = 0n
  for (;;) {
    const heights = await Promise.all(net.nodes.map((n) => n.process.height().catch(() => -1n)))
    const top = heights.reduce((a, b) => (b > a ? b : a), 0n)
    if (top > last) {
      last = top
      const [info] = await net.hashesAt(top, [heights.indexOf(top)]).catch(() => [])
      const mempool = await net
        .node(0)
        .rpc<{ n_txs: string }>('num_unconfirmed_txs')
        .catch(() => ({ n_txs: '?' }))
      say(
        `height ${top}  ${info ? `block ${info.blockHash.slice(0, 12)} app ${info.appHash.slice(0, 12)}` : ''}  heights [${heights.join(' ')}]  mempool ${mempool.n_txs}`,
      )
    }
    await new Promise((r) => setTimeout(r, 250))
  }
}

main().catch((e) => {
  process.stderr.write(`testnet: ${(e as Error).message}\n`)
  process.exit(1)
})
