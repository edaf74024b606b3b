/**
 * A small word tokenizer for the claim extractors (quantities, times,
 * hedges, negations, kinds). It reads the document view (markup blanked, same
 * offsets as the input) one sticky regex at a time, so it is linear in the
 * range length whatever the text (a 100k-digit number is one token).
 */
import {DIGITS, flagsOf, plainFlags} from './lexicon.js'

/**
 * One token of a range of the view. `text` and `lower` are built on first
 * use: most words are only ever tested through `flags`.
 */
export class Token {
  /** `word` (letters, with inner `'`, `’`, `-`; or an abbreviation such as `U.S.`), `number` (digits with `,` groups and decimals), `punct` (any other non-space character). */
  readonly kind: 'word' | 'number' | 'punct'
  readonly start: number
  readonly end: number
  /** Lexicon flags of a word (`./lexicon.ts`), 0 for other tokens. */
  readonly flags: number
  /** Whether it starts with an uppercase letter. */
  readonly capitalized: boolean
  /** UTF-16 code of its first character (cheap tests on punctuation). */
  readonly code: number
  private readonly view: string
  private cachedText: string | undefined
  private cachedLower: string | undefined

  constructor(view: string, kind: Token['kind'], start: number, end: number, flags: number, lower?: string) {
    this.view = view
    this.kind = kind
    this.start = start
    this.end = end
    this.flags = flags
    const code = view.charCodeAt(start)
    this.code = code
    this.capitalized = (code >= 65 && code <= 90) || (code > 127 && /\p{Lu}/u.test(view.charAt(start)))
    this.cachedText = undefined
    this.cachedLower = lower
  }

  /** The token as written. */
  get text(): string {
    return (this.cachedText ??= this.view.slice(this.start, this.end))
  }

  /** Lowercase, with `’` as `'`. */
  get lower(): string {
    return (this.cachedLower ??= this.kind === 'word' ? this.text.toLowerCase().replaceAll('’', "'") : this.text)
  }
}

// Each alternative starts with a required character class and repeats a
// group that itself starts with a required separator, so no input can make
// these backtrack more than a few characters. ASCII words, the bulk of news
// text, skip the regexes (a char loop is several times faster).
const abbreviation = /(?:\p{L}\.){2,8}/uy
const word = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/uy
const number = /(?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?/y

/**
 * Tokenize `view[start..end)`.
 *
 * @param view
 *   The document view.
 * @param start
 *   Start offset (inclusive).
 * @param end
 *   End offset (exclusive).
 * @param summary
 *   Receives in `flags` the union of the tokens’ flags, plus `DIGITS` when
 *   a number token is present (lets callers skip extractors that would find
 *   nothing).
 * @returns
 *   Tokens in order; whitespace is dropped (tokens keep offsets, so callers
 *   see gaps as `next.start > previous.end`).
 */
export function tokenize(view: string, start: number, end: number, summary?: {flags: number}): Token[] {
  const tokens: Token[] = []
  let all = 0
  let index = Math.max(0, start)
  const stop = Math.min(end, view.length)
  while (index < stop) {
    const code = view.charCodeAt(index)
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || (code >= 0x20_00 && code <= 0x20_0a)) {
      index++
      continue
    }

    let kind: Token['kind'] = 'punct'
    let tokenEnd = index + 1
    let plain = false
    if (code >= 48 && code <= 57) {
      number.lastIndex = index
      const match = number.exec(view)
      kind = 'number'
      tokenEnd = index + (match ? match[0].length : 1)
    } else if (isAsciiLetter(code) && !isAsciiLetter(view.charCodeAt(index + 1)) && view.charCodeAt(index + 1) === 46) {
      // “U.S.”, “a.m.”, or an initial (“J.”).
      abbreviation.lastIndex = index
      const match = abbreviation.exec(view)
      kind = 'word'
      tokenEnd = index + (match ? match[0].length : 1)
    } else if (isAsciiLetter(code)) {
      kind = 'word'
      // ASCII letters only, no joins: flags straight from the trie.
      plain = true
      tokenEnd = index + 1
      // Letters, then `-`/`’`/`'` joins only when a letter follows.
      for (;;) {
        const next = view.charCodeAt(tokenEnd)
        if (isAsciiLetter(next)) {
          tokenEnd++
        } else if ((next === 45 || next === 39 || next === 0x20_19) && isAsciiLetter(view.charCodeAt(tokenEnd + 1))) {
          plain = false
          tokenEnd += 2
        } else if (next > 127 && /[\p{L}\p{M}]/u.test(view.charAt(tokenEnd))) {
          // Not ASCII after all: let the regex read the whole word.
          word.lastIndex = index
          tokenEnd = index + word.exec(view)![0].length
          plain = false
          break
        } else {
          break
        }
      }
    } else if (code > 127 && /\p{L}/u.test(view.charAt(index))) {
      abbreviation.lastIndex = index
      let match = abbreviation.exec(view)
      if (!match) {
        word.lastIndex = index
        match = word.exec(view)
      }

      if (match) {
        kind = 'word'
        tokenEnd = index + match[0].length
      }
    } else if (code >= 0xd8_00 && code <= 0xdb_ff) {
      // Keep surrogate pairs whole.
      tokenEnd = index + 2
    }

    if (tokenEnd > stop) tokenEnd = stop
    if (kind !== 'word') {
      if (kind === 'number') all |= DIGITS
      tokens.push(new Token(view, kind, index, tokenEnd, 0))
    } else if (plain) {
      // Plain ASCII: flags from the trie, no string built until needed.
      const flags = plainFlags(view, index, tokenEnd)
      all |= flags
      tokens.push(new Token(view, kind, index, tokenEnd, flags))
    } else {
      const lower = view.slice(index, tokenEnd).toLowerCase().replaceAll('’', "'")
      const flags = flagsOf(lower)
      all |= flags
      tokens.push(new Token(view, kind, index, tokenEnd, flags, lower))
    }

    index = tokenEnd
  }

  if (summary) summary.flags = all
  return tokens
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
}

/**
 * Whether two tokens touch (no space between).
 *
 * @param left
 *   Earlier token.
 * @param right
 *   Later token.
 * @returns
 *   `true` when `right` starts where `left` ends.
 */
export function touches(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start
}
