// One builder for every `datum query <module> <name>` that reads a gRPC Query method over abci_query: the
// arguments are parsed first (command-line mistakes never wait on the network), the reply is decoded and
// printed in the one JSON convention of proto-json.ts.
import { QueryClient } from '@cosmjs/stargate'
import { Comet38Client } from '@cosmjs/tendermint-rpc'
import type { Codec } from '../../proto/codec.js'
import type { FlagSpecs, ParsedArgs } from './args.js'
import { str } from './args.js'
import type { Command } from './command.js'
import { withNode } from './connect.js'
import type { Json } from './proto-json.js'

export interface QuerySpec {
  /** e.g. ['query', 'bank', 'balances'] */
  path: string[]
  summary: string
  args?: string
  details?: string
  flags?: FlagSpecs
  /** Table output: the array field rendered as rows, and its columns. */
  listKey?: string
  columns?: string[]
  /** Parses the command line into the method path, the encoded request and how to print the reply. */
  call(a: ParsedArgs): QueryCall
}

export interface QueryCall {
  path: string
  data: Uint8Array
  /** The reply as proto JSON (see proto-json.ts). */
  reply(bytes: Uint8Array): Json
}

/** Runs one abci_query on the --node and returns its value bytes. */
export async function abciQuery(a: ParsedArgs, path: string, data: Uint8Array): Promise<Uint8Array> {
  const node = str(a, 'node')!
  return withNode(node, async () => {
    const comet = await Comet38Client.connect(node)
    try {
      return (await QueryClient.withExtensions(comet).queryAbci(path, data)).value
    } finally {
      comet.disconnect()
    }
  })
}

export function queryCommand(spec: QuerySpec): Command {
  return {
    path: spec.path,
    summary: spec.summary,
    args: spec.args,
    details: spec.details,
    flags: spec.flags,
    listKey: spec.listKey,
    columns: spec.columns,
    kind: 'query',
    run: async (a) => {
      const { path, data, reply } = spec.call(a)
      return reply(await abciQuery(a, path, data))
    },
  }
}

/** A Datum module's query: `/<service>/<method>`, request and reply through the generated codecs. */
export function datumQuery<Q, R>(
  service: string,
  method: string,
  req: Codec<unknown, Q>,
  res: Codec<R, unknown>,
  build: (a: ParsedArgs) => Q,
): Pick<QuerySpec, 'call'> {
  return {
    call: (a) => ({
      path: `/${service}/${method}`,
      data: req.encode(build(a)),
      reply: (bytes) => res.toJson(res.decode(bytes)),
    }),
  }
}
