/**
 * Word tokens of the article’s content blocks, with what the source finders
 * need to know about each: case, sentence position, possessive, quoted.
 */
import type {Doc} from '../parse/document.js'
import type {ParagraphKind, Quote} from '../schema.js'
import {classesOf} from './classes.js'

/** Bits of `Token.flags`. */
const flag = {
  cap: 1,
  upper: 2,
  acronym: 4,
  initial: 8,
  possessive: 16,
  hyphenLower: 32,
  quoted: 64,
  linkOnly: 128,
  joinNext: 256
} as const

/**
 * A word of the article. Offsets are into the input (the view has the same
 * length). Its text is sliced on first use (most words are only ever checked
 * through `hash`), and booleans are bits of one number, so a token is small.
 */
export class Token {
  /** End of the word with its `’s` or final period. */
  rawEnd: number
  #lower: string | undefined = undefined
  #classes = -1

  /**
   * @param view
   *   Document view.
   * @param start
   *   Start offset.
   * @param end
   *   End of the word, without a possessive `’s` or a sentence period.
   * @param hash
   *   Hash of the lowercase word (see `wordHash`).
   * @param flags
   *   Bits of `flag`.
   * @param paragraph
   *   Index of its paragraph in `doc.paragraphs`.
   */
  constructor(
    private readonly view: string,
    public readonly start: number,
    public readonly end: number,
    public readonly hash: number,
    private flags: number,
    public readonly paragraph: number
  ) {
    this.rawEnd = end
  }

  /** Starts with an uppercase letter. */
  get cap(): boolean {
    return (this.flags & flag.cap) !== 0
  }

  /** Uppercase letters (and `&`) only: an acronym (“ICBL”, “AT&T”). */
  get acronym(): boolean {
    return (this.flags & flag.acronym) !== 0
  }

  /** Starts a sentence, or follows an opening quotation mark, parenthesis, colon or dash. */
  get initial(): boolean {
    return (this.flags & flag.initial) !== 0
  }

  /** Followed by `’s`, `'s`, or (after `s`) a bare apostrophe. */
  get possessive(): boolean {
    return (this.flags & flag.possessive) !== 0
  }

  /** Capitalised but with a lowercase part after a hyphen (“Biden-era”): an adjective. */
  get hyphenLower(): boolean {
    return (this.flags & flag.hyphenLower) !== 0
  }

  /** Inside a quotation. */
  get quoted(): boolean {
    return (this.flags & flag.quoted) !== 0
  }

  /** In a block where names are linked but never found anew (the headline, headings). */
  get linkOnly(): boolean {
    return (this.flags & flag.linkOnly) !== 0
  }

  /** Only spaces (no punctuation, no line break) separate it from the next token. */
  get joinNext(): boolean {
    return (this.flags & flag.joinNext) !== 0
  }

  set joinNext(value: boolean) {
    this.flags = value ? this.flags | flag.joinNext : this.flags & ~flag.joinNext
  }

  /** The word as written (`start..end`). */
  get text(): string {
    return (this.flags & flag.upper) === 0 ? this.lower : this.view.slice(this.start, this.end)
  }

  /** Lowercase form. */
  get lower(): string {
    if (this.#lower === undefined) {
      const text = this.view.slice(this.start, this.end)
      this.#lower = (this.flags & flag.upper) === 0 ? text : text.toLowerCase()
    }

    return this.#lower
  }

  /** Word classes (see `classes.ts`). */
  get classes(): number {
    if (this.#classes < 0) this.#classes = classesOf(this.hash, this)
    return this.#classes
  }
}

export {wordHash} from './hash.js'
import {HashSet, type WordTable} from './hash.js'

/** Blocks whose words are content. */
const contentKinds = new Set<ParagraphKind>(['title', 'paragraph', 'heading', 'blockquote', 'list-item'])

/** Blocks where names only link to names found in the body. */
const linkOnlyKinds = new Set<ParagraphKind>(['title', 'heading'])

/** Abbreviations whose period belongs to the word. */
const abbreviations = new Set(
  (
    'mr mrs ms mx dr drs prof rev hon sen sens rep reps gov govs lt gen col maj capt cmdr adm sgt cpl ' +
    'pvt atty supt det amb pres fr sr jr st mt ft no vs inc corp co ltd bros dept univ assn esq ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ' +
    'ala ariz ark calif colo conn del fla ga ida ill ind kan kans ky la md mass mich minn miss mo ' +
    'mont neb nev okla ore pa tenn tex vt va wash wis wyo ave blvd sec'
  ).split(' ')
)

// Character classes of the BMP: bit 1 letter or digit, 2 combining mark,
// 4 uppercase; 128 not computed yet (filled on first use of each character).
const letter = 1
const mark = 2
const upperCase = 4
const unknown = 128
let table: Uint8Array | undefined
const wordCharacter = /[\p{L}\p{N}]/u
const markCharacter = /\p{M}/u
const upperCharacter = /\p{Lu}|\p{Lt}/u

function classOf(code: number): number {
  if (code < 128) {
    if (code >= 97 && code <= 122) return letter
    if (code >= 65 && code <= 90) return letter | upperCase
    return code >= 48 && code <= 57 ? letter : 0
  }

  if (code >= 0xd800 && code <= 0xdfff) return 0
  table ??= new Uint8Array(65536).fill(unknown)
  let value = table[code]!
  if (value === unknown) {
    const character = String.fromCharCode(code)
    value = wordCharacter.test(character)
      ? letter | (upperCharacter.test(character) ? upperCase : 0)
      : markCharacter.test(character)
        ? mark
        : 0
    table[code] = value
  }

  return value
}

/** Inner characters that may join word parts: `’ ' . - &`. */
function isJoiner(code: number): boolean {
  return code === 0x2019 || code === 39 || code === 46 || code === 45 || code === 38
}

// One set for every call: resolution is synchronous and the set is only
// read before the next document is tokenized.
const sharedLowercase = new HashSet()

/** Tokens of a document, with the indices of the words the finders start from. */
export interface Tokens {
  /** Every word of the content blocks, in input order. */
  list: Token[]
  /** Indices of capitalised words. */
  capitals: number[]
  /** Indices of words whose hash is in the `heads` table given to {@link tokenize}. */
  heads: number[]
  /** Hashes of the words written in lowercase (to tell a sentence-initial common word from a name). */
  lowercase: HashSet
}

/**
 * Tokenise the content blocks of a document: words are runs of letters,
 * digits and marks with inner apostrophes, periods, hyphens and ampersands
 * (“U.S.”, “Biden-era”, “AT&T”); a final period stays only on an
 * abbreviation (“Sen.”, “J.”), a possessive `’s` is split off. One pass over
 * the characters, no regular expression.
 *
 * @param doc
 *   Parsed document.
 * @param quotes
 *   Quotes found, to mark quoted words; when empty, quotation marks are
 *   paired here (per paragraph, curly and straight double quotes; an
 *   unclosed one runs to the end of its paragraph).
 * @param heads
 *   Words to list in `heads` (by hash: the finder checks the word).
 * @returns
 *   Tokens.
 */
export function tokenize(doc: Doc, quotes: readonly Quote[], heads: WordTable): Tokens {
  const {view} = doc
  const list: Token[] = []
  const lowercase = sharedLowercase
  lowercase.clear()
  const capitals: number[] = []
  const headIndices: number[] = []
  const quoted = quotedRanges(quotes)
  const pairHere = quotes.length === 0
  let quoteIndex = 0
  const skip = doc.structure.dateline

  for (let paragraphIndex = 0; paragraphIndex < doc.paragraphs.length; paragraphIndex++) {
    const paragraph = doc.paragraphs[paragraphIndex]!
    if (!contentKinds.has(paragraph.kind)) continue
    const linkOnly = linkOnlyKinds.has(paragraph.kind) ? flag.linkOnly : 0
    let sentenceIndex = paragraph.firstSentence
    const sentenceEnd = paragraph.firstSentence + paragraph.sentenceCount
    const stop = paragraph.end
    let previous: Token | undefined
    let index = paragraph.start
    // What lies between the previous word and the next one.
    let gapSpaces = 0
    let gapOther = false
    let gapOpening = false
    let open = false

    while (index < stop) {
      let code = view.charCodeAt(index)
      if (code < 128 ? !((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) : (classOf(code) & letter) === 0) {
        if (code === 32 || code === 9 || code === 0xa0) gapSpaces++
        else {
          gapOther = true
          if (code === 0x201c || code === 34 || code === 0x2018 || code === 40 || code === 91 || code === 58 || code === 0x2014 || code === 0x2013 || code === 0x2022 || (code === 45 && view.charCodeAt(index + 1) === 45)) {
            gapOpening = true
          }

          if (pairHere) {
            if (code === 0x201c) open = true
            else if (code === 0x201d) open = false
            else if (code === 34) open = !open
          }
        }

        index++
        continue
      }

      // The word, with its hash and case, in one pass.
      const start = index
      let hash = 0
      let hasUpper = false
      let hyphenLower = false
      let acronym = true
      let afterHyphen = false
      while (index < stop) {
        code = view.charCodeAt(index)
        if (code < 128) {
          if (code >= 97 && code <= 122) {
            acronym = false
            if (afterHyphen) hyphenLower = true
          } else if (code >= 65 && code <= 90) {
            hasUpper = true
            code += 32
          } else if (code >= 48 && code <= 57) {
            acronym = false
            if (afterHyphen) hyphenLower = true
          } else if (code === 39 || code === 45 || code === 46) {
            acronym = false
          } else if (code !== 38) {
            break
          }
        } else {
          const kind = classOf(code)
          if ((kind & upperCase) !== 0) {
            hasUpper = true
            code = view.charAt(index).toLowerCase().charCodeAt(0)
          } else if ((kind & (letter | mark)) !== 0) {
            acronym = false
            if (afterHyphen) hyphenLower = true
          } else if (code === 0x2019) {
            acronym = false
          } else {
            break
          }
        }

        afterHyphen = code === 45
        hash = (Math.imul(hash, 31) + code) | 0
        index++
      }

      const rawEnd = index
      if (skip && start < skip[1] && start >= skip[0]) {
        previous = undefined
        gapSpaces = 0
        gapOther = false
        gapOpening = false
        continue
      }

      let end = rawEnd
      let possessive = false
      let trailing = view.charCodeAt(end - 1)
      // A bare apostrophe after a plural (“the Smiths’ house”).
      if ((trailing === 0x2019 || trailing === 39) && end - start > 1) {
        end--
        const before = view.charCodeAt(end - 1)
        possessive = before === 115 || before === 83
        trailing = before
      }

      while (isJoiner(trailing) && end - start > 1) {
        if (trailing === 46 && keepsPeriod(view, start, end)) break
        end--
        trailing = view.charCodeAt(end - 1)
      }

      const apostrophe = view.charCodeAt(end - 2)
      if (!possessive && (trailing === 115 || trailing === 83) && (apostrophe === 0x2019 || apostrophe === 39) && end - start > 2) {
        end -= 2
        possessive = true
      }

      if (end !== rawEnd) hash = hashOf(view, start, end)
      hash &= 0x3f_ff_ff_ff
      const first = view.charCodeAt(start)
      const cap = first < 128 ? first >= 65 && first <= 90 : (classOf(first) & upperCase) !== 0

      // Sentence start: a sentence begins between the previous word and this one.
      let initial = previous === undefined
      while (sentenceIndex < sentenceEnd && doc.sentences[sentenceIndex]!.start <= start) {
        if (previous === undefined || doc.sentences[sentenceIndex]!.start >= previous.rawEnd) initial = true
        sentenceIndex++
      }

      if (gapOpening) initial = true
      if (previous && !gapOther && gapSpaces > 0 && gapSpaces < 3 && !previous.possessive && !initial) previous.joinNext = true

      let inQuote = open
      if (!pairHere) {
        while (quoteIndex < quoted.length && quoted[quoteIndex]![1] <= start) quoteIndex++
        const range = quoted[quoteIndex]
        inQuote = range !== undefined && range[0] <= start
      }

      const token = new Token(
        view,
        start,
        end,
        hash,
        (cap ? flag.cap : 0) |
          (hasUpper ? flag.upper : 0) |
          (cap && acronym && end - start > 1 && end - start < 7 ? flag.acronym : 0) |
          (initial ? flag.initial : 0) |
          (possessive ? flag.possessive : 0) |
          (cap && hyphenLower ? flag.hyphenLower : 0) |
          (inQuote ? flag.quoted : 0) |
          linkOnly,
        paragraphIndex
      )
      token.rawEnd = rawEnd
      if (cap) capitals.push(list.length)
      if (heads.hasHash(hash)) headIndices.push(list.length)
      if (!hasUpper) lowercase.add(hash)
      list.push(token)
      previous = token
      gapSpaces = 0
      gapOther = false
      gapOpening = false
    }
  }

  return {list, capitals, heads: headIndices, lowercase}
}

/** Hash of the lowercase word at `view[start..end)` (see `wordHash`). */
function hashOf(view: string, start: number, end: number): number {
  let hash = 0
  for (let index = start; index < end; index++) {
    let code = view.charCodeAt(index)
    if (code >= 65 && code <= 90) code += 32
    else if (code >= 128 && (classOf(code) & upperCase) !== 0) code = view.charAt(index).toLowerCase().charCodeAt(0)
    hash = (Math.imul(hash, 31) + code) | 0
  }

  return hash
}

/** Whether a word’s final period is part of it (“J.”, “U.S.”, “Sen.”, “Jr.”). */
function keepsPeriod(view: string, start: number, end: number): boolean {
  if (end - start === 2) return true
  const bare = view.slice(start, end - 1)
  if (bare.includes('.')) return true
  return abbreviations.has(bare.toLowerCase())
}

/** Ranges between the quotes’ marks, sorted (terms and titles left out: their words are the writer’s). */
function quotedRanges(quotes: readonly Quote[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const quote of quotes) {
    if (quote.kind === 'term' || quote.kind === 'title') continue
    ranges.push([quote.contentPosition.start.offset, quote.contentPosition.end.offset])
  }

  return ranges.sort((a, b) => a[0] - b[0])
}

