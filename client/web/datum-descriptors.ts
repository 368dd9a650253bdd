// The JSON descriptor of each Datum proto package, for the bundle's reflection-built packages
// (src/shims/datum-pb.ts says why). Loaded from the same .proto files, with the same field naming
// (camelCase), as scripts/proto/generate.ts hands pbjs for the static modules; comments and services (the
// static modules are generated without them, and the page calls queries through CosmJS) are dropped.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import protobuf from 'protobufjs'
import { listPackages } from '../../scripts/proto/generate.js'

const PROTO_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../proto')

/** The descriptor of the package generated under proto/gen/<outBase>, e.g. `datum/dataasset/v1`. */
export function datumDescriptor(outBase: string): protobuf.INamespace {
  const pkg = listPackages().find((p) => p.outBase === outBase)
  if (!pkg) throw new Error(`no proto package generates ${outBase}`)
  const root = new protobuf.Root()
  root.resolvePath = (_origin, target) => join(PROTO_DIR, target)
  root.loadSync(pkg.files, { keepCase: false })
  return withoutServices(root.toJSON({ keepComments: false }))
}

function withoutServices(ns: protobuf.INamespace): protobuf.INamespace {
  if (!ns.nested) return ns
  const nested: Record<string, protobuf.AnyNestedObject> = {}
  for (const [name, child] of Object.entries(ns.nested)) {
    if ('methods' in child) continue
    nested[name] = withoutServices(child as protobuf.INamespace) as protobuf.AnyNestedObject
  }
  return { ...ns, nested }
}
