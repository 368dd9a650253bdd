// Renders a package's index.ts: one typed codec (and plain type) per message, one enum export per enum,
// so modules write `DataAsset.decode(bytes)` and get bigint fields instead of protobufjs Long objects.
import protobuf from 'protobufjs'
import type { ProtoPackage } from './generate.js'
import { GENERATED_HEADER } from './header.js'

interface Entry {
  kind: 'message' | 'enum'
  /** Path inside the package, e.g. `DataAsset` or `Outer.Inner`. */
  path: string
}

function collect(ns: protobuf.NamespaceBase, prefix: string, out: Entry[]): void {
  for (const child of ns.nestedArray) {
    const path = prefix ? `${prefix}.${child.name}` : child.name
    if (child instanceof protobuf.Type) {
      out.push({ kind: 'message', path })
      collect(child, path, out)
    } else if (child instanceof protobuf.Enum) {
      out.push({ kind: 'enum', path })
    }
  }
}

export function renderIndex(pkg: ProtoPackage, protoDir: string): string {
  const root = new protobuf.Root()
  root.resolvePath = (_origin, target) => `${protoDir}/${target}`
  root.loadSync(pkg.files, { keepCase: false })
  const ns = root.lookup(pkg.name)
  if (!(ns instanceof protobuf.Namespace)) throw new Error(`package ${pkg.name} not found in ${pkg.files}`)
  const entries: Entry[] = []
  collect(ns, '', entries)
  const depth = pkg.outBase.split('/').length + 1
  const up = '../'.repeat(depth)
  const lines = [
    GENERATED_HEADER.trimEnd(),
    `import { codec, type Input, type Plain } from '${up}codec.js'`,
    `import { ${pkg.name.split('.')[0]} } from './pb.js'`,
    '',
    `const pb = ${pkg.name}`,
    '',
  ]
  for (const e of entries) {
    const name = e.path.replaceAll('.', '_')
    const full = `${pkg.name}.${e.path}`
    if (e.kind === 'enum') {
      lines.push(`export const ${name} = pb.${e.path}`, `export type ${name} = ${full}`, '')
    } else {
      lines.push(
        `export type ${name} = Plain<${full}.$Properties>`,
        `export type ${name}Input = Input<${full}.$Properties>`,
        `export const ${name} = codec<${full}.$Properties>('${full}', pb.${e.path})`,
        '',
      )
    }
  }
  return `${lines.join('\n').trimEnd()}\n`
}
