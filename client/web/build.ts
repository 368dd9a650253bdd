// Builds the web app into client/web/dist: one esbuild bundle (minified, with a source map), the page and
// its stylesheet. Returns the files' sizes for the benchmark and the log.
import { copyFileSync, mkdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

export const WEB_DIR = dirname(fileURLToPath(import.meta.url))
export const DIST = join(WEB_DIR, 'dist')

export async function buildWeb(): Promise<Record<string, number>> {
  mkdirSync(DIST, { recursive: true })
  await build({
    entryPoints: [join(WEB_DIR, 'src/main.ts')],
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(DIST, 'app.js'),
    logLevel: 'warning',
  })
  copyFileSync(join(WEB_DIR, 'index.html'), join(DIST, 'index.html'))
  copyFileSync(join(WEB_DIR, 'app.css'), join(DIST, 'app.css'))
  const sizes: Record<string, number> = {}
  for (const f of ['index.html', 'app.css', 'app.js']) sizes[f] = statSync(join(DIST, f)).size
  return sizes
}

const entry = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (entry) console.log(JSON.stringify(await buildWeb()))
