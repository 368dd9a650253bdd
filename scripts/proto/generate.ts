// Generates protobufjs static code (ESM) and its types for every Datum proto package:
// proto/datum/<module>/v1/*.proto -> proto/gen/datum/<module>/v1.js + v1.d.ts.
// Each package gets its own protobufjs root so bundles never overwrite each other's namespaces.
// Usage: tsx scripts/proto/generate.ts [--out <dir>]   (default out dir: proto/gen)
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { GENERATED_HEADER } from './header.js'
import { renderIndex } from './render-index.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const PROTO_DIR = join(ROOT, 'proto')
const BIN = join(ROOT, 'node_modules', '.bin')

/** Flags shared by every bundle: Long for 64-bit fields (converted to bigint by proto/codec.ts), no RPC stubs. */
const PBJS_FLAGS = [
  '-t',
  'static-module',
  '-w',
  'esm',
  '--force-long',
  '--no-service',
  '--no-delimited',
  '--no-verify',
]

/** JSDoc blocks feed pbts; the checked-in JavaScript drops them (the .d.ts carries the types). */
function stripDocComments(js: string): string {
  return js.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/\n/gm, '').replace(/\n{3,}/g, '\n\n')
}

export interface ProtoPackage {
  /** e.g. `datum.dataasset.v1` */
  name: string
  /** .proto files relative to proto/, sorted. */
  files: string[]
  /** Output path relative to the out dir, without extension, e.g. `datum/dataasset/v1`. */
  outBase: string
}

/** Every directory proto/datum/<module>/<version>/ holding .proto files, in sorted order. */
export function listPackages(): ProtoPackage[] {
  const base = join(PROTO_DIR, 'datum')
  const out: ProtoPackage[] = []
  for (const mod of readdirSync(base).sort()) {
    const modDir = join(base, mod)
    if (!statSync(modDir).isDirectory()) continue
    for (const version of readdirSync(modDir).sort()) {
      const dir = join(modDir, version)
      if (!statSync(dir).isDirectory()) continue
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.proto'))
        .sort()
        .map((f) => relative(PROTO_DIR, join(dir, f)))
      if (files.length === 0) continue
      out.push({ name: `datum.${mod}.${version}`, files, outBase: `datum/${mod}/${version}` })
    }
  }
  return out
}

function run(bin: string, args: string[]): void {
  execFileSync(join(BIN, bin), args, { cwd: PROTO_DIR, stdio: ['ignore', 'ignore', 'pipe'] })
}

/** Generates one package into `outDir`; returns the written paths. */
export function generatePackage(pkg: ProtoPackage, outDir: string): string[] {
  const js = join(outDir, pkg.outBase, 'pb.js')
  const dts = join(outDir, pkg.outBase, 'pb.d.ts')
  const index = join(outDir, pkg.outBase, 'index.ts')
  mkdirSync(dirname(js), { recursive: true })
  const rootName = pkg.name.replaceAll('.', '_')
  const tmp = mkdtempSync(join(tmpdir(), 'datum-proto-'))
  try {
    const commented = join(tmp, 'bundle.js')
    run('pbjs', [...PBJS_FLAGS, '-r', rootName, '-p', '.', '-o', commented, ...pkg.files])
    run('pbts', ['--no-comments', '-o', dts, commented])
    writeFileSync(dts, GENERATED_HEADER + readFileSync(dts, 'utf8'))
    writeFileSync(js, GENERATED_HEADER + stripDocComments(readFileSync(commented, 'utf8')))
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
  writeFileSync(index, renderIndex(pkg, PROTO_DIR))
  return [js, dts, index]
}

export function generateAll(outDir: string): string[] {
  const written: string[] = []
  for (const pkg of listPackages()) written.push(...generatePackage(pkg, outDir))
  return written
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out')
  const outDir = i > 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]!) : join(PROTO_DIR, 'gen')
  const written = generateAll(outDir)
  for (const p of written) console.log(relative(ROOT, p))
}
