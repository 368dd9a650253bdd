// Builds the web app into client/web/dist: an esbuild bundle (minified, with source maps; app.js plus chunks
// loaded on demand), the page and its stylesheet. The bundle runs the client SDK in the browser: `Buffer` and `node:crypto` map to small
// shims (src/shims), and every registered chain error (codespace, code, description) is compiled in, so a
// refusal is shown in words without asking a server. Returns the files' sizes for the benchmark and the log.
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Metafile, type Plugin } from 'esbuild'
import '../../modules/attestation/errors.js'
import '../../modules/auth/errors.js'
import '../../modules/bank/errors.js'
import '../../modules/computeright/errors.js'
import '../../modules/dataasset/errors.js'
import '../../modules/distribution/errors.js'
import '../../modules/gov/errors.js'
import '../../modules/slashing/errors.js'
import '../../modules/staking/errors.js'
import { registeredErrors } from '../../modules/sdk/errors.js'
import { datumDescriptor } from './datum-descriptors.js'

export const WEB_DIR = dirname(fileURLToPath(import.meta.url))
export const DIST = join(WEB_DIR, 'dist')

/** [codespace, code, description] of every registered error, as the bundle's `DATUM_ERRORS`. */
export const errorTable = (): [string, number, string][] =>
  registeredErrors().map((e) => [e.codespace, e.code, e.description])

const nodeCryptoShim: Plugin = {
  name: 'node-crypto-shim',
  setup(b) {
    b.onResolve({ filter: /^(node:)?crypto$/ }, () => ({ path: join(WEB_DIR, 'src/shims/node-crypto.ts') }))
  },
}

/** `@cosmjs/stargate` as only the files the page uses (src/shims/stargate.ts says why). */
const stargateShim: Plugin = {
  name: 'stargate-shim',
  setup(b) {
    b.onResolve({ filter: /^@cosmjs\/stargate$/ }, () => ({ path: join(WEB_DIR, 'src/shims/stargate.ts') }))
  },
}

/** `@cosmjs/tendermint-rpc` as only its CometBFT 0.38 client (src/shims/tendermint-rpc.ts says why). */
const tendermintRpcShim: Plugin = {
  name: 'tendermint-rpc-shim',
  setup(b) {
    b.onResolve({ filter: /^@cosmjs\/tendermint-rpc$/ }, () => ({
      path: join(WEB_DIR, 'src/shims/tendermint-rpc.ts'),
    }))
  },
}

/**
 * Each Datum proto package's generated static module (`./pb.js` of proto/gen/datum/<module>/<version>/index.ts)
 * as its descriptor and protobufjs' reflection runtime: the same codecs in a tenth of the bytes
 * (src/shims/datum-pb.ts says why).
 */
const datumProtoShim: Plugin = {
  name: 'datum-pb',
  setup(b) {
    b.onResolve({ filter: /^\.\/pb\.js$/ }, (args) => {
      const pkg = args.importer.match(/proto\/gen\/(datum\/[a-z]+\/v[0-9]+)\/index\.ts$/)?.[1]
      return pkg ? { path: pkg, namespace: 'datum-pb' } : undefined
    })
    b.onLoad({ filter: /.*/, namespace: 'datum-pb' }, (args) => ({
      contents: [
        `import { staticShape } from ${JSON.stringify(join(WEB_DIR, 'src/shims/datum-pb.ts'))}`,
        `export const { datum } = staticShape(${JSON.stringify(datumDescriptor(args.path))})`,
      ].join('\n'),
      resolveDir: WEB_DIR,
      loader: 'js',
    }))
  },
}

export const CHUNKS = join(DIST, 'chunks')

export async function buildWeb(): Promise<Record<string, number>> {
  await bundleWeb()
  const sizes: Record<string, number> = {}
  for (const f of ['index.html', 'app.css', 'app.js']) sizes[f] = statSync(join(DIST, f)).size
  sizes['chunks/*.js'] = readdirSync(CHUNKS)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + statSync(join(CHUNKS, f)).size, 0)
  return sizes
}

/** Writes dist/ and returns esbuild's metafile (which chunk imports which: scripts/bench/web-bundle.ts). */
export async function bundleWeb(): Promise<Metafile> {
  mkdirSync(DIST, { recursive: true })
  rmSync(CHUNKS, { recursive: true, force: true })
  const { metafile } = await build({
    metafile: true,
    entryPoints: [join(WEB_DIR, 'src/main.ts')],
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // the catalogue loads app.js only; the wallet, the SDK and the crypto come in chunks when a page needs them
    splitting: true,
    outdir: DIST,
    entryNames: 'app',
    chunkNames: 'chunks/[name]-[hash]',
    inject: [join(WEB_DIR, 'src/shims/buffer.ts')],
    plugins: [nodeCryptoShim, stargateShim, tendermintRpcShim, datumProtoShim],
    define: { DATUM_ERRORS: JSON.stringify(errorTable()) },
    logLevel: 'warning',
  })
  copyFileSync(join(WEB_DIR, 'index.html'), join(DIST, 'index.html'))
  copyFileSync(join(WEB_DIR, 'app.css'), join(DIST, 'app.css'))
  return metafile
}

const entry = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (entry) console.log(JSON.stringify(await buildWeb()))
