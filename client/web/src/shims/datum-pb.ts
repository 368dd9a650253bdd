// A Datum proto package for the bundle, in the shape of its generated static module (proto/gen/datum/<module>/
// <version>/pb.js: `datum.<module>.<version>.<Type>`), built at load time from a JSON descriptor of the same
// .proto files with protobufjs' reflection runtime. The static module is ~1 MB of minified code per three
// modules (every type's encoder, decoder and converters written out, in one object the bundler cannot split);
// the descriptor is ~75 kB and protobufjs generates each type's functions when the type is first used, from
// the same code generators pbjs writes out, so the bytes encoded and the objects decoded are the same.
// client/web/build.ts points each index.ts's `./pb.js` here; client/web/datum-pb.test.ts checks every type.
import { Enum, type INamespace, Namespace, Root, Type } from 'protobufjs/light.js'

/** A generated static enum: `E.NAME === 0` and, through its prototype, `E[0] === 'NAME'`. */
function staticEnum(e: Enum): Record<string, number> {
  const byId: Record<number, string> = {}
  const values = Object.create(byId) as Record<string, number>
  for (const [name, id] of Object.entries(e.values)) {
    byId[id] = name
    values[name] = id
  }
  return values
}

function staticNamespace(ns: Namespace): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const child of ns.nestedArray) {
    if (child instanceof Type) {
      // no Datum message nests a type (render-index.ts would name it Outer_Inner); refuse rather than drop one
      if (child.nestedArray.length > 0) throw new Error(`${child.fullName} nests types: not supported here`)
      out[child.name] = child
    } else if (child instanceof Enum) out[child.name] = staticEnum(child)
    else if (child instanceof Namespace) out[child.name] = staticNamespace(child)
  }
  return out
}

/** `{ datum: { <module>: { <version>: { <Type>: Type, <Enum>: values } } } }` from a package's descriptor. */
export function staticShape(descriptor: INamespace): Record<string, unknown> {
  return staticNamespace(Root.fromJSON(descriptor))
}
