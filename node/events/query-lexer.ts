// Tokens of the CometBFT event query language (libs/pubsub/query/syntax): tags, quoted strings, numbers,
// DATE/TIME literals, comparison operators and the keywords AND, CONTAINS, EXISTS.
import { QueryError } from './errors.js'
import { parseDateNanos, parseTimeNanos } from './time.js'

export type TokenKind = 'tag' | 'string' | 'number' | 'date' | 'time' | 'op' | 'and' | 'contains' | 'exists'

export interface Token {
  kind: TokenKind
  text: string
  pos: number
}

// As CometBFT's scanner: tags are letters, digits, '_' and '.' (any script), and do not start with a digit.
const isTagStart = (c: string) => /[\p{L}_.]/u.test(c)
const isTagChar = (c: string) => /[\p{L}\p{N}_.]/u.test(c)
const isDigit = (c: string) => c >= '0' && c <= '9'

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  const fail = (msg: string, at = i): never => {
    throw new QueryError('QUERY_SYNTAX', `${msg} at position ${at}`, at)
  }
  const readWhile = (pred: (c: string) => boolean) => {
    const start = i
    while (i < text.length && pred(text[i]!)) i++
    return text.slice(start, i)
  }
  while (i < text.length) {
    const c = text[i]!
    const pos = i
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1)
      if (end < 0) fail('unterminated string', pos)
      tokens.push({ kind: 'string', text: text.slice(i + 1, end), pos })
      i = end + 1
    } else if (c === '<' || c === '>') {
      i += text[i + 1] === '=' ? 2 : 1
      tokens.push({ kind: 'op', text: text.slice(pos, i), pos })
    } else if (c === '=') {
      i++
      tokens.push({ kind: 'op', text: '=', pos })
    } else if (isDigit(c)) {
      const num = readWhile((ch) => isDigit(ch) || ch === '.')
      if (!/^\d+(\.\d+)?$/.test(num)) fail(`malformed number '${num}'`, pos)
      tokens.push({ kind: 'number', text: num, pos })
    } else if (isTagStart(c)) {
      const word = readWhile(isTagChar)
      tokens.push(keywordOrTag(word, pos, () => literal(word)))
    } else {
      fail(`unexpected character '${c}'`)
    }
  }
  return tokens

  function literal(keyword: string): Token {
    readWhile((ch) => ch === ' ' || ch === '\t')
    const pos = i
    const value = readWhile((ch) => /[0-9TZ:.+-]/.test(ch))
    if (keyword === 'DATE' && parseDateNanos(value) === undefined) {
      fail(`DATE needs a valid YYYY-MM-DD, got '${value}'`, pos)
    }
    if (keyword === 'TIME' && parseTimeNanos(value) === undefined) {
      fail(`TIME needs a valid RFC 3339 time, got '${value}'`, pos)
    }
    return { kind: keyword === 'DATE' ? 'date' : 'time', text: value, pos }
  }
}

function keywordOrTag(word: string, pos: number, readLiteral: () => Token): Token {
  // AND is accepted in any case: Keplr joins conditions with a lower-case ` and `.
  if (word.toUpperCase() === 'AND') return { kind: 'and', text: 'AND', pos }
  if (word === 'CONTAINS') return { kind: 'contains', text: word, pos }
  if (word === 'EXISTS') return { kind: 'exists', text: word, pos }
  if (word === 'DATE' || word === 'TIME') return readLiteral()
  return { kind: 'tag', text: word, pos }
}
