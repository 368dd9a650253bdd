// Nesting depth of a JSON text, measured without parsing so that a 200k-deep `[[[…]]]` costs one linear
// scan and never reaches a recursive walker.

/** True when `text` nests objects/arrays deeper than `max` (strings are skipped, escapes honoured). */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      depth++
      if (depth > max) return true
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return false
}
