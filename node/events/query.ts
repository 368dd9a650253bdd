// The CometBFT event query language: `cond {AND cond}`, `cond = tag op value | tag EXISTS`, ops `= < <= > >=
// CONTAINS`, values 'string', number, DATE YYYY-MM-DD, TIME <RFC 3339>. Used by tx_search, block_search and
// websocket subscription filters; `matches` (query-match.ts) evaluates a parsed query against events.
import { QueryError } from './errors.js'
import { type Token, tokenize } from './query-lexer.js'

export type CompareOp = '=' | '<' | '<=' | '>' | '>='
export type Operator = CompareOp | 'CONTAINS' | 'EXISTS'

export type QueryValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: string }
  | { kind: 'date'; value: string }
  | { kind: 'time'; value: string }

export type Condition =
  | { tag: string; op: 'EXISTS' }
  | { tag: string; op: 'CONTAINS'; value: { kind: 'string'; value: string } }
  | { tag: string; op: CompareOp; value: QueryValue }

export interface Query {
  conditions: Condition[]
}

/** Longest query text accepted; CometBFT caps subscription queries at 512, search queries are given more room. */
export const MAX_QUERY_LENGTH = 2048

export function parseQuery(text: string): Query {
  if (text.length > MAX_QUERY_LENGTH) {
    throw new QueryError(
      'QUERY_TOO_LONG',
      `query is ${text.length} characters, the limit is ${MAX_QUERY_LENGTH}`,
    )
  }
  const tokens = tokenize(text)
  if (tokens.length === 0) throw new QueryError('QUERY_EMPTY', 'query is empty')
  const conditions: Condition[] = []
  let i = 0
  const next = (): Token | undefined => tokens[i++]
  const fail = (msg: string, tok?: Token): never => {
    const at = tok?.pos ?? text.length
    throw new QueryError('QUERY_SYNTAX', `${msg} at position ${at}`, at)
  }
  for (;;) {
    const tag = next()
    if (tag?.kind !== 'tag') fail(`expected a tag such as tx.height, got ${describe(tag)}`, tag)
    conditions.push(parseCondition(tag!.text, next, fail))
    const sep = next()
    if (sep === undefined) break
    if (sep.kind !== 'and') fail(`expected AND, got ${describe(sep)}`, sep)
  }
  return { conditions }
}

function parseCondition(
  tag: string,
  next: () => Token | undefined,
  fail: (msg: string, tok?: Token) => never,
): Condition {
  const op = next()
  if (op?.kind === 'exists') return { tag, op: 'EXISTS' }
  if (op?.kind === 'contains') {
    const v = next()
    if (v?.kind !== 'string') fail(`CONTAINS needs a quoted string, got ${describe(v)}`, v)
    return { tag, op: 'CONTAINS', value: { kind: 'string', value: v!.text } }
  }
  if (op?.kind !== 'op') fail(`expected an operator after '${tag}', got ${describe(op)}`, op)
  const v = next()
  if (v === undefined || !['string', 'number', 'date', 'time'].includes(v.kind)) {
    fail(`expected a value after '${tag} ${op!.text}', got ${describe(v)}`, v)
  }
  const value = { kind: v!.kind, value: v!.text } as QueryValue
  if (value.kind === 'string' && op!.text !== '=') {
    fail(`operator ${op!.text} needs a number, DATE or TIME, not a string`, v)
  }
  return { tag, op: op!.text as CompareOp, value }
}

function describe(tok: Token | undefined): string {
  return tok === undefined ? 'end of query' : `'${tok.text}'`
}

function formatValue(v: QueryValue): string {
  switch (v.kind) {
    case 'string':
      return `'${v.value}'`
    case 'number':
      return v.value
    case 'date':
      return `DATE ${v.value}`
    case 'time':
      return `TIME ${v.value}`
  }
}

/** Canonical text of a query; `parseQuery(formatQuery(q))` gives back `q`. */
export function formatQuery(q: Query): string {
  return q.conditions
    .map((c) => (c.op === 'EXISTS' ? `${c.tag} EXISTS` : `${c.tag} ${c.op} ${formatValue(c.value)}`))
    .join(' AND ')
}
