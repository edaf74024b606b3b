/**
 * A small word tokenizer for the claim extractors (quantities, times,
 * hedges, negations, kinds). It reads the document view (markup blanked, same
 * offsets as the input) one sticky regex at a time, so it is linear in the
 * range length whatever the text (a 100k-digit number is one token).
 */
import {DIGITS, entryFlags, entryWord, flagsOf, trieStep} from './lexicon.js'

/**
 * One token of a range of the view. A claim has hundreds of them and most
 * are only ever tested through `flags`, so a token holds its offsets and
 * derives the rest on demand: `text` is sliced on each use, and `lower` is
 * built on first use unless the tokenizer had it (lexicon words share one
 * string). Read-only for callers; {@link TokenBuffer} reuses tokens.
 */
export class Token {
  /** `word` (letters, with inner `'`, `’`, `-`; or an abbreviation such as `U.S.`), `number` (digits with `,` groups and decimals), `punct` (any other non-space character). */
  kind: 'word' | 'number' | 'punct'
  start: number
  end: number
  /** Lexicon flags of a word (`./lexicon.ts`), 0 for other tokens. */
  flags: number
  private view: string
  private cachedLower: string | undefined

  constructor(view: string, kind: Token['kind'], start: number, end: number, flags: number, lower?: string) {
    this.view = view
    this.kind = kind
    this.start = start
    this.end = end
    this.flags = flags
    this.cachedLower = lower
  }

  /**
   * Make this token another one (for {@link TokenBuffer}).
   *
   * @param view
   *   The document view.
   * @param kind
   *   Kind.
   * @param start
   *   Start offset.
   * @param end
   *   End offset (exclusive).
   * @param flags
   *   Lexicon flags.
   * @param lower
   *   Lowercase form, when known.
   */
  reset(view: string, kind: Token['kind'], start: number, end: number, flags: number, lower: string | undefined): void {
    this.view = view
    this.kind = kind
    this.start = start
    this.end = end
    this.flags = flags
    this.cachedLower = lower
  }

  /** UTF-16 code of its first character (cheap tests on punctuation). */
  get code(): number {
    return this.view.charCodeAt(this.start)
  }

  /** Whether it starts with an uppercase letter. */
  get capitalized(): boolean {
    const code = this.view.charCodeAt(this.start)
    return (code >= 65 && code <= 90) || (code > 127 && /\p{Lu}/u.test(this.view.charAt(this.start)))
  }

  /** The token as written. */
  get text(): string {
    return this.view.slice(this.start, this.end)
  }

  /** Lowercase, with `’` as `'`. */
  get lower(): string {
    return (this.cachedLower ??= this.kind === 'word' ? this.text.toLowerCase().replaceAll('’', "'") : this.text)
  }
}

/**
 * Storage that {@link tokenize} reuses from one range to the next: the
 * claims of a document are tokenized one after the other, each read to the
 * end before the next, so their tokens need not be allocated anew.
 */
export class TokenBuffer {
  /** The tokens of the last range (this array, refilled by each call). */
  readonly tokens: Token[] = []
  /** Every token made so far; the first `tokens.length` are in use. */
  private readonly pool: Token[] = []

  /**
   * The token at `index`, reused or made.
   *
   * @param index
   *   Position in the range’s tokens.
   * @param view
   *   The document view.
   * @param kind
   *   Kind.
   * @param start
   *   Start offset.
   * @param end
   *   End offset (exclusive).
   * @param flags
   *   Lexicon flags.
   * @param lower
   *   Lowercase form, when known.
   * @returns
   *   The token.
   */
  take(index: number, view: string, kind: Token['kind'], start: number, end: number, flags: number, lower: string | undefined): Token {
    let token = this.pool[index]
    if (token) token.reset(view, kind, start, end, flags, lower)
    else this.pool.push((token = new Token(view, kind, start, end, flags, lower)))
    return token
  }
}

/**
 * The buffer of the last {@link sharedTokenBuffer} caller, held weakly so a
 * full garbage collection can take it back between documents.
 */
let shared: WeakRef<TokenBuffer> | undefined

/**
 * A token buffer shared by successive documents (one thread runs one
 * `findClaims` at a time, and no token outlives its call). A fresh buffer
 * per document allocates a token object per token of its longest claim;
 * for a long claim (a paragraph-long sentence) those objects outlive the
 * young generation, and the garbage collector copies and promotes every one
 * of them, a cost per token that grows with the claim. Reused, they are
 * allocated once. Held through a `WeakRef` so a process done annotating
 * does not keep the largest document’s tokens for good.
 *
 * @returns
 *   The buffer.
 */
export function sharedTokenBuffer(): TokenBuffer {
  let buffer = shared?.deref()
  if (!buffer) {
    buffer = new TokenBuffer()
    shared = new WeakRef(buffer)
  }

  return buffer
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
 * @param buffer
 *   Storage to reuse (optional): the tokens returned are then valid only
 *   until the next call with the same buffer.
 * @returns
 *   Tokens in order; whitespace is dropped (tokens keep offsets, so callers
 *   see gaps as `next.start > previous.end`).
 */
export function tokenize(view: string, start: number, end: number, summary?: {flags: number}, buffer?: TokenBuffer): Token[] {
  const tokens: Token[] = buffer ? buffer.tokens : []
  let count = 0
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
    // Lexicon entry of a plain word, read along with its letters.
    let entry = 0
    if (code >= 48 && code <= 57) {
      // Sticky `test` and `lastIndex` rather than `exec`: no match array per token.
      number.lastIndex = index
      kind = 'number'
      tokenEnd = number.test(view) ? number.lastIndex : index + 1
    } else if (isAsciiLetter(code) && !isAsciiLetter(view.charCodeAt(index + 1)) && view.charCodeAt(index + 1) === 46) {
      // “U.S.”, “a.m.”, or an initial (“J.”).
      abbreviation.lastIndex = index
      kind = 'word'
      tokenEnd = abbreviation.test(view) ? abbreviation.lastIndex : index + 1
    } else if (isAsciiLetter(code)) {
      kind = 'word'
      // ASCII letters only, no joins: flags straight from the trie.
      plain = true
      entry = trieStep(0, code)
      tokenEnd = index + 1
      // Letters, then `-`/`’`/`'` joins only when a letter follows.
      for (;;) {
        const next = view.charCodeAt(tokenEnd)
        if (isAsciiLetter(next)) {
          if (entry !== 0) entry = trieStep(entry, next)
          tokenEnd++
        } else if ((next === 45 || next === 39 || next === 0x20_19) && isAsciiLetter(view.charCodeAt(tokenEnd + 1))) {
          plain = false
          tokenEnd += 2
        } else if (next > 127 && /[\p{L}\p{M}]/u.test(view.charAt(tokenEnd))) {
          // Not ASCII after all: let the regex read the whole word.
          word.lastIndex = index
          tokenEnd = word.test(view) ? word.lastIndex : tokenEnd
          plain = false
          break
        } else {
          break
        }
      }
    } else if (code > 127 && /\p{L}/u.test(view.charAt(index))) {
      abbreviation.lastIndex = index
      word.lastIndex = index
      if (abbreviation.test(view)) {
        kind = 'word'
        tokenEnd = abbreviation.lastIndex
      } else if (word.test(view)) {
        kind = 'word'
        tokenEnd = word.lastIndex
      }
    } else if (code >= 0xd8_00 && code <= 0xdb_ff) {
      // Keep surrogate pairs whole.
      tokenEnd = index + 2
    }

    if (tokenEnd > stop) {
      tokenEnd = stop
      // A word cut by the range end is looked up as cut.
      if (plain) entry = plainEntry(view, index, stop)
    }

    let flags = 0
    let lower: string | undefined
    if (kind === 'number') {
      all |= DIGITS
    } else if (kind === 'word' && plain) {
      // Plain ASCII: flags and lowercase from the trie, no string built.
      flags = entryFlags(entry)
      lower = entryWord(entry) || undefined
    } else if (kind === 'word') {
      lower = view.slice(index, tokenEnd).toLowerCase().replaceAll('’', "'")
      flags = flagsOf(lower)
    }

    all |= flags
    tokens[count] = buffer ? buffer.take(count, view, kind, index, tokenEnd, flags, lower) : new Token(view, kind, index, tokenEnd, flags, lower)
    count++
    index = tokenEnd
  }

  tokens.length = count
  if (summary) summary.flags = all
  return tokens
}

/** Lexicon entry of the ASCII letters `view[start..end)` (see `trieStep`). */
function plainEntry(view: string, start: number, end: number): number {
  let entry = trieStep(0, view.charCodeAt(start))
  for (let index = start + 1; index < end && entry !== 0; index++) entry = trieStep(entry, view.charCodeAt(index))
  return entry
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
