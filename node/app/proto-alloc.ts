// cosmjs-types' BinaryWriter.alloc builds a fresh 8 KiB pool on every call (`pool(...)(size)`), so every
// protobuf encode (an account, a sign doc, a tx's msg data, each several times per tx) allocated and zeroed
// 8 KiB and returned a view pinning it: a large share of the node's garbage. Encoded bytes are the same with
// an exact-size buffer, so the node installs that once, before anything encodes.
import { BinaryWriter } from 'cosmjs-types/binary'

;(BinaryWriter as unknown as { alloc: (size: number) => Uint8Array }).alloc = (size) => new Uint8Array(size)
