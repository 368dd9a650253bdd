// `npm run bench:web-bundle`: what each page of the web app makes the browser download, from esbuild's
// metafile of the production build (client/web/build.ts): app.js and every chunk it imports statically (what
// the first page a visitor opens loads: the catalogue, the executors page, the asset page), then for each
// chunk the router or a page loads on demand (import()), the bytes it adds beyond app.js's set. Uncompressed
// and gzip (zlib level 6, a server's usual setting). No server or browser: a build and arithmetic.
import { readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Metafile } from 'esbuild'
import { bundleWeb, DIST } from '../../client/web/build.js'

const meta: Metafile = await bundleWeb()
const outputs = meta.outputs
const key = (abs: string) => Object.keys(outputs).find((k) => join(process.cwd(), k) === abs || k === abs)!
const appKey = Object.keys(outputs).find((k) => k.endsWith('/app.js'))!

/** The output and every output it imports statically, transitively. */
function closure(start: string): Set<string> {
  const seen = new Set<string>()
  const walk = (k: string) => {
    if (seen.has(k)) return
    seen.add(k)
    for (const i of outputs[k]!.imports) if (i.kind === 'import-statement') walk(key(i.path) ?? i.path)
  }
  walk(start)
  return seen
}

const size = (files: Iterable<string>) => {
  let raw = 0
  let gz = 0
  for (const f of files) {
    const b = readFileSync(f)
    raw += b.length
    gz += gzipSync(b, { level: 6 }).length
  }
  return { raw, gz }
}
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`
const line = (name: string, files: Set<string>) => {
  const { raw, gz } = size(files)
  console.log(
    `${name.padEnd(34)} ${String(files.size).padStart(3)} files ${kB(raw).padStart(11)} ${kB(gz).padStart(10)} gzip`,
  )
}

const first = closure(appKey)
const css = join(DIST, 'app.css')
const html = join(DIST, 'index.html')
line('first page (html, css, app.js + static)', new Set([html, css, ...first]))
for (const i of outputs[appKey]!.imports.filter((x) => x.kind === 'dynamic-import')) {
  const k = key(i.path) ?? i.path
  const extra = new Set([...closure(k)].filter((f) => !first.has(f)))
  line(`+ ${basename(k).replace(/-[A-Z0-9]{8}\.js$/, '')} (on demand)`, extra)
}
const biggest = Object.entries(outputs)
  .filter(([k]) => k.endsWith('.js'))
  .sort((a, b) => b[1].bytes - a[1].bytes)[0]!
line(`largest chunk ${relative(DIST, biggest[0]).replace(/-[A-Z0-9]{8}\.js$/, '')}`, new Set([biggest[0]]))
