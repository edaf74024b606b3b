/**
 * Word tokens of the article’s content blocks, with what the source finders
 * need to know about each: case, sentence position, possessive, quoted.
 */
import type {Doc} from '../parse/document.js'
import type {ParagraphKind, Quote} from '../schema.js'
import {classesOf} from './classes.js'
import {WordTable} from './hash.js'

/** Bits of a token’s flags. */
const flag = {
  cap: 1,
  upper: 2,
  acronym: 4,
  initial: 8,
  possessive: 16,
  hyphenLower: 32,
  quoted: 64,
  linkOnly: 128,
  joinNext: 256,
  titleCase: 512
} as const

// Token arrays of every call share one buffer: resolution is synchronous,
// and the tokens of a document are only read before the next is tokenized.
let shared = new Int32Array(0)
const sharedLimit = 1 << 20
// Hashes of a document’s lowercase words (see `inLowercase`), shared the same way.
let lowercaseTable: Int32Array = new Int32Array(0)
/** Bits of the filter of lowercase words’ hashes (see `inLowercase`). */
const filterBits = 1 << 16
// The filter itself, shared the same way (cleared per document).
const lowercaseFilter = new Int32Array(filterBits >> 5)

/**
 * The words of an article’s content blocks, as parallel arrays indexed by
 * token number: no object per word. Valid until the next {@link tokenize}
 * call (the arrays are reused). Offsets are into the input (the view
 * has the same length). A word’s text is sliced on first use: most words are
 * only ever checked through their hash.
 */
export class Tokens {
  /** Number of tokens. */
  count = 0
  /** Indices of capitalised words (set when tokenizing ends). */
  capitals: Int32Array
  /** Indices of words whose hash is in the `heads` table given to {@link tokenize} (set when tokenizing ends). */
  heads: Int32Array
  /** Whole buffers behind `capitals` and `heads` (tokenizer only). */
  readonly capitalBuffer: Int32Array
  readonly headBuffer: Int32Array
  // Parallel arrays, written by the tokenizer only (read them through the methods).
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly rawEnds: Int32Array
  readonly hashes: Int32Array
  readonly flags: Int32Array
  readonly paragraphs: Int32Array
  readonly classCache: Int32Array
  private lowers: Array<string | undefined> | undefined
  /** Mask of the lowercase set in `lowercaseTable`, or -1 until built. */
  private lowercaseMask = -1
  /** Tokens scanned so far by `inLowercase` before the set is built. */
  private lowercaseScanned = 0

  /**
   * @param view
   *   Document view.
   * @param capacity
   *   Upper bound on the number of tokens.
   */
  constructor(
    readonly view: string,
    capacity: number
  ) {
    let buffer = shared
    if (buffer.length < capacity * 9) {
      buffer = new Int32Array(Math.max(capacity * 9, shared.length * 2))
      // Keep at most 4 MB between calls.
      if (buffer.length <= sharedLimit) shared = buffer
    }

    this.starts = buffer.subarray(0, capacity)
    this.ends = buffer.subarray(capacity, capacity * 2)
    this.rawEnds = buffer.subarray(capacity * 2, capacity * 3)
    this.hashes = buffer.subarray(capacity * 3, capacity * 4)
    this.flags = buffer.subarray(capacity * 4, capacity * 5)
    this.paragraphs = buffer.subarray(capacity * 5, capacity * 6)
    this.classCache = buffer.subarray(capacity * 6, capacity * 7)
    this.capitalBuffer = buffer.subarray(capacity * 7, capacity * 8)
    this.headBuffer = buffer.subarray(capacity * 8, capacity * 9)
    this.capitals = this.capitalBuffer.subarray(0, 0)
    this.heads = this.headBuffer.subarray(0, 0)
  }

  /**
   * Whether a word (by hash) is also written in lowercase somewhere (a
   * capitalised word at a sentence start is then a common word, not a
   * name).
   *
   * @param hash
   *   Hash of the lowercase word.
   * @returns
   *   Whether a token with that hash has no uppercase letter.
   */
  inLowercase(hash: number): boolean {
    // A document is asked about a few words (sentence-initial capitals),
    // far fewer than it has tokens: the tokenizer sets a bit per lowercase
    // word’s hash in a filter, which answers most questions (“Clinton” is
    // never written in lowercase); a set bit is checked by scanning the
    // tokens (a common word is soon found). Past twice the token count
    // scanned, the open-addressing set of the hashes is built instead, so
    // the work stays linear in the document.
    if ((lowercaseFilter[(hash >> 5) & ((filterBits >> 5) - 1)]! & (1 << (hash & 31))) === 0) return false
    if (this.lowercaseMask < 0) {
      if (this.lowercaseScanned <= this.count * 2) {
        const {hashes, flags} = this
        for (let index = 0; index < this.count; index++) {
          if (hashes[index] === hash && (flags[index]! & flag.upper) === 0) {
            this.lowercaseScanned += index + 1
            return true
          }
        }

        this.lowercaseScanned += this.count
        return false
      }

      this.buildLowercase()
    }

    const table = lowercaseTable
    const key = hash + 1
    let slot = hash & this.lowercaseMask
    let found = table[slot]!
    while (found !== 0) {
      if (found === key) return true
      slot = (slot + 1) & this.lowercaseMask
      found = table[slot]!
    }

    return false
  }

  private buildLowercase(): void {
    let size = 64
    while (size < this.count * 2) size *= 2
    // Reuse the shared table (one made for a huge document is replaced by the next).
    if (lowercaseTable.length < size || (lowercaseTable.length > sharedLimit && size <= sharedLimit)) {
      lowercaseTable = new Int32Array(size)
    } else {
      lowercaseTable.fill(0, 0, size)
    }

    const table = lowercaseTable
    const mask = size - 1
    for (let index = 0; index < this.count; index++) {
      if ((this.flags[index]! & flag.upper) !== 0) continue
      const key = this.hashes[index]! + 1
      let slot = (key - 1) & mask
      while (table[slot] !== 0 && table[slot] !== key) slot = (slot + 1) & mask
      table[slot] = key
    }

    this.lowercaseMask = mask
  }

  /** Start offset. */
  start(index: number): number {
    return this.starts[index]!
  }

  /** End of the word, without a possessive `’s` or a sentence period. */
  end(index: number): number {
    return this.ends[index]!
  }

  /** End of the word with its `’s` or final period. */
  rawEnd(index: number): number {
    return this.rawEnds[index]!
  }

  /** Hash of the lowercase word (see `wordHash`). */
  hash(index: number): number {
    return this.hashes[index]!
  }

  /** Index of its paragraph in `doc.paragraphs`. */
  paragraph(index: number): number {
    return this.paragraphs[index]!
  }

  /** Starts with an uppercase letter. */
  cap(index: number): boolean {
    return (this.flags[index]! & flag.cap) !== 0
  }

  /** Has an uppercase letter. */
  hasUpper(index: number): boolean {
    return (this.flags[index]! & flag.upper) !== 0
  }

  /** Uppercase letters (and `&`) only: an acronym (“ICBL”, “AT&T”). */
  acronym(index: number): boolean {
    return (this.flags[index]! & flag.acronym) !== 0
  }

  /** Starts a sentence, or follows an opening quotation mark, parenthesis, colon or dash. */
  initial(index: number): boolean {
    return (this.flags[index]! & flag.initial) !== 0
  }

  /** Followed by `’s`, `'s`, or (after `s`) a bare apostrophe. */
  possessive(index: number): boolean {
    return (this.flags[index]! & flag.possessive) !== 0
  }

  /** Capitalised but with a lowercase part after a hyphen (“Biden-era”): an adjective. */
  hyphenLower(index: number): boolean {
    return (this.flags[index]! & flag.hyphenLower) !== 0
  }

  /** Inside a quotation. */
  quoted(index: number): boolean {
    return (this.flags[index]! & flag.quoted) !== 0
  }

  /** In a block where names are linked but never found anew (the headline, headings). */
  linkOnly(index: number): boolean {
    return (this.flags[index]! & flag.linkOnly) !== 0
  }

  /** Only spaces (no punctuation, no line break) separate it from the next token. */
  joinNext(index: number): boolean {
    return (this.flags[index]! & flag.joinNext) !== 0
  }

  /** In a paragraph set in title case (see {@link tokenize}: at least three words of four letters or more, four in five capitalised). */
  inTitleCase(index: number): boolean {
    return (this.flags[index]! & flag.titleCase) !== 0
  }

  /** The word as written. */
  text(index: number): string {
    return (this.flags[index]! & flag.upper) === 0 ? this.lower(index) : this.view.slice(this.starts[index], this.ends[index])
  }

  /**
   * Whether a token is a lowercase word, without slicing it out of the text.
   *
   * @param index
   *   Token index.
   * @param word
   *   Lowercase word.
   * @returns
   *   Whether the token, lowercased, equals `word`.
   */
  is(index: number, word: string): boolean {
    const start = this.starts[index]!
    if (this.ends[index]! - start !== word.length) return false
    const cached = this.lowers?.[index]
    if (cached !== undefined) return cached === word
    const {view} = this
    for (let offset = 0; offset < word.length; offset++) {
      let code = view.charCodeAt(start + offset)
      if (code >= 65 && code <= 90) code += 32
      else if (code > 127) return this.lower(index) === word
      if (code !== word.charCodeAt(offset)) return false
    }

    return true
  }

  /** Lowercase form. */
  lower(index: number): string {
    // Sized once the tokenizer is done, so the array stays dense.
    // eslint-disable-next-line unicorn/no-new-array -- a dense array of holes, filled on demand
    this.lowers ??= new Array<string | undefined>(this.count)
    let value = this.lowers[index]
    if (value === undefined) {
      value = this.view.slice(this.starts[index], this.ends[index])
      if ((this.flags[index]! & flag.upper) !== 0) value = value.toLowerCase()
      this.lowers[index] = value
    }

    return value
  }

  /**
   * Whether the token, lowercased, is a word of `table` (as
   * `set.has(tokens.lower(index))` for the set the table was made from,
   * without the lowercase string; see `wordSet`).
   */
  isIn(table: WordTable, index: number): boolean {
    return table.get(this.hashes[index]!, index, this) >= 0
  }

  /** Word classes (see `classes.ts`). */
  classes(index: number): number {
    let value = this.classCache[index]!
    if (value < 0) {
      value = classesOf(this.hashes[index]!, index, this)
      this.classCache[index] = value
    }

    return value
  }
}


/** Past every offset (an integer, unlike `Infinity`, so the loops stay in integers). */
const noSentence = 0x3f_ff_ff_ff

// (Kinds compared as interned strings: asked once per block, no set lookup.)

/** Whether a block’s words are content. */
function isContentKind(kind: ParagraphKind): boolean {
  return kind === 'paragraph' || kind === 'title' || kind === 'heading' || kind === 'blockquote' || kind === 'list-item'
}

/** Whether a block’s names only link to names found in the body. */
function isLinkOnlyKind(kind: ParagraphKind): boolean {
  return kind === 'title' || kind === 'heading'
}

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

const abbreviationTable = new WordTable([...abbreviations].map((item) => [item, 1] as const))

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

/**
 * Whether {@link tokenize} reads `code` as part of a word, a gap otherwise
 * (ASCII tested inline: most characters are). {@link wordStarts} counts
 * with the same test, which is what makes its count a bound.
 */
function isWordCode(code: number): boolean {
  return code < 128 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) : (classOf(code) & letter) !== 0
}

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
  const {view, input} = doc
  // (Compared once: equal strings that are not one string compare in linear time.)
  const plain = view === input
  const tokens = new Tokens(view, tokenBound(doc))
  const {capitalBuffer, headBuffer, starts, ends, rawEnds, hashes, flags, paragraphs} = tokens
  let capitalCount = 0
  let headCount = 0
  // Written straight into the arrays, counted here (set on `tokens` at the end).
  let count = 0
  const quoted = quotedRanges(quotes)
  const pairHere = quotes.length === 0
  let quoteIndex = 0
  // The current quoted range (past every offset when there is none left).
  let quoteStart = quoted.length > 0 ? quoted[0]![0] : noSentence
  let quoteEnd = quoted.length > 0 ? quoted[0]![1] : noSentence
  // The dateline (“WASHINGTON —”) is not read.
  const skipStart = doc.structure.dateline ? doc.structure.dateline[0] : -1
  const skipEnd = doc.structure.dateline ? doc.structure.dateline[1] : -1
  const filter = lowercaseFilter
  filter.fill(0)

  for (let paragraphIndex = 0; paragraphIndex < doc.paragraphs.length; paragraphIndex++) {
    const paragraph = doc.paragraphs[paragraphIndex]!
    if (!isContentKind(paragraph.kind)) continue
    // Words of four letters or more, and how many of them are capitalised
    // (title case: at least three, four in five capitalised).
    let long = 0
    let capitalised = 0
    // First token of the paragraph (its tokens run to `count`).
    const paragraphFirst = count
    const linkOnly = isLinkOnlyKind(paragraph.kind) ? flag.linkOnly : 0
    let sentenceIndex = paragraph.firstSentence
    const sentenceEnd = paragraph.firstSentence + paragraph.sentenceCount
    let nextSentence = sentenceIndex < sentenceEnd ? doc.sentences[sentenceIndex]!.start : noSentence
    const stop = paragraph.end
    let previous = -1
    let previousPossessive = false
    let previousEnd = 0
    let index = paragraph.start
    // What lies between the previous word and the next one.
    let gapSpaces = 0
    let gapOther = false
    let gapOpening = false
    let open = false

    while (index < stop) {
      let code = view.charCodeAt(index)
      if (!isWordCode(code)) {
        if (isSpaceCode(code)) {
          // Markup blanked in the view (“Mayor **Ann Lee**”) is no gap the writer typed.
          if (plain || isSpaceCode(input.charCodeAt(index))) gapSpaces++
        } else {
          // (A hyphen after a space is a dash set in a plain hyphen: “… election - More from Jones:”.)
          const spacedHyphen = code === 45 && gapSpaces > 0 && !gapOther
          gapOther = true
          // (Two apostrophes are a quotation mark in newswire archives: `''He cares''`.)
          if (code === 0x201c || code === 34 || code === 0x2018 || code === 40 || code === 91 || code === 58 || code === 0x2014 || code === 0x2013 || code === 0x2022 || spacedHyphen || (code === 45 && view.charCodeAt(index + 1) === 45) || (code === 39 && view.charCodeAt(index + 1) === 39)) {
            gapOpening = true
          }

          // A semicolon that ends a line opens the next one: a headline’s
          // deck (“… Southern strategy; ⏎She points to …”).
          if (code === 59) {
            let after = index + 1
            while (view.charCodeAt(after) === 32 || view.charCodeAt(after) === 9) after++
            if (view.charCodeAt(after) === 10 || view.charCodeAt(after) === 13) gapOpening = true
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
      for (;;) {
        // Lowercase ASCII letters, most of every word, in a tight loop.
        const run = index
        while (index < stop) {
          code = view.charCodeAt(index)
          if (code < 97 || code > 122) break
          hash = (Math.imul(hash, 31) + code) | 0
          index++
        }

        if (index > run) {
          acronym = false
          if (afterHyphen) hyphenLower = true
          afterHyphen = false
        }

        if (index >= stop) break
        if (code < 128) {
          if (code >= 65 && code <= 90) {
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
            code = lowerCode(view, index)
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
      if (start < skipEnd && start >= skipStart) {
        previous = -1
        gapSpaces = 0
        gapOther = false
        gapOpening = false
        continue
      }

      let end = rawEnd
      let possessive = false
      // A bare apostrophe ends a name run whatever it is: a plural’s
      // possessive or a closing quotation mark (“‘ISIS Truther’ Donald Trump”).
      let apostrophe = false
      let trailing = view.charCodeAt(end - 1)
      // A bare apostrophe after a plural (“the Smiths’ house”).
      if ((trailing === 0x2019 || trailing === 39) && end - start > 1) {
        end--
        apostrophe = true
        const before = view.charCodeAt(end - 1)
        possessive = before === 115 || before === 83
        trailing = before
      }

      while (isJoiner(trailing) && end - start > 1) {
        if (trailing === 46 && keepsPeriod(view, start, end)) break
        end--
        trailing = view.charCodeAt(end - 1)
      }

      if (!possessive && (trailing === 115 || trailing === 83) && end - start > 2) {
        const apostrophe = view.charCodeAt(end - 2)
        if (apostrophe === 0x2019 || apostrophe === 39) {
          end -= 2
          possessive = true
        }
      }

      const first = view.charCodeAt(start)
      // “WHO” in capitals is the World Health Organization: no word class of “who”.
      const key =
        end - start === 3 && first === 87 && view.charCodeAt(start + 1) === 72 && view.charCodeAt(start + 2) === 79
          ? whoKey
          : end === rawEnd
            ? hash & 0x3f_ff_ff_ff
            : hashOf(view, start, end)
      const cap = first < 128 ? first >= 65 && first <= 90 : (classOf(first) & upperCase) !== 0

      // Sentence start: a sentence begins between the previous word and this one.
      let initial = previous < 0
      while (nextSentence <= start) {
        if (previous < 0 || nextSentence >= previousEnd) initial = true
        sentenceIndex++
        nextSentence = sentenceIndex < sentenceEnd ? doc.sentences[sentenceIndex]!.start : noSentence
      }

      if (gapOpening) initial = true
      // Only spaces (no punctuation, no line break) separate it from the previous token.
      if (previous >= 0 && !gapOther && gapSpaces > 0 && gapSpaces < 3 && !previousPossessive && !initial) {
        flags[previous]! |= flag.joinNext
      }

      let inQuote = open
      if (!pairHere) {
        while (quoteEnd <= start) {
          const range = quoted[++quoteIndex]
          quoteStart = range ? range[0] : noSentence
          quoteEnd = range ? range[1] : noSentence
        }

        inQuote = quoteStart <= start
      }

      const current = count++
      // Typed arrays drop writes past their end: a bound that undercounts
      // would lose words without a trace, so fail loudly instead.
      if (current >= starts.length) throw new Error('Unexpected token past `tokenBound`, expected at most ' + starts.length)
      if (cap) capitalBuffer[capitalCount++] = current
      if (heads.hasHash(key)) headBuffer[headCount++] = current
      if (!hasUpper) filter[(key >> 5) & ((filterBits >> 5) - 1)]! |= 1 << (key & 31)
      if (end - start >= 4) {
        long++
        if (cap) capitalised++
      }

      starts[current] = start
      ends[current] = end
      rawEnds[current] = rawEnd
      hashes[current] = key
      flags[current] =
        (cap ? flag.cap : 0) |
        (hasUpper ? flag.upper : 0) |
        (cap && acronym && end - start > 1 && end - start < 7 ? flag.acronym : 0) |
        (initial ? flag.initial : 0) |
        (possessive ? flag.possessive : 0) |
        (cap && hyphenLower ? flag.hyphenLower : 0) |
        (inQuote ? flag.quoted : 0) |
        linkOnly
      paragraphs[current] = paragraphIndex
      previous = current
      previousPossessive = possessive || apostrophe
      previousEnd = rawEnd
      gapSpaces = 0
      gapOther = false
      gapOpening = false
    }

    if (long >= 3 && capitalised * 5 >= long * 4) {
      for (let token = paragraphFirst; token < count; token++) flags[token]! |= flag.titleCase
    }
  }

  tokens.count = count
  tokens.classCache.fill(-1, 0, count)
  tokens.capitals = capitalBuffer.subarray(0, capitalCount)
  tokens.heads = headBuffer.subarray(0, headCount)
  return tokens
}

/**
 * An upper bound on the tokens {@link tokenize} finds in `doc`.
 *
 * A word takes at least one character and one separator, so half the length
 * is a bound; but sized that way, the token arrays of a document over about
 * 230 kB no longer fit the shared buffer and cost a fresh one of 18 bytes per
 * input character, every call. Those documents count {@link wordStarts}
 * instead.
 */
function tokenBound(doc: Doc): number {
  const loose = (doc.view.length >> 1) + 1
  return loose * 9 <= sharedLimit ? loose : wordStarts(doc) + 1
}

/**
 * Number of places in `doc` where {@link tokenize} can start a word: a word
 * character ({@link isWordCode}, the tokenizer’s own test) at the start of a content paragraph
 * or after a character that is not one. Every token starts at such a place,
 * since the tokenizer only leaves a word at a character it then reads as a
 * gap; it may join several such runs into one word (“U.S.”, “co-op”), never
 * split one. So this is an upper bound on the token count, and a close one.
 *
 * @internal Exported for its test.
 * @param doc
 *   Parsed document.
 * @returns
 *   Count of word starts.
 */
export function wordStarts(doc: Doc): number {
  const {view} = doc
  let count = 0
  for (let paragraphIndex = 0; paragraphIndex < doc.paragraphs.length; paragraphIndex++) {
    const paragraph = doc.paragraphs[paragraphIndex]!
    if (!isContentKind(paragraph.kind)) continue
    let inWord = false
    for (let index = paragraph.start; index < paragraph.end; index++) {
      const word = isWordCode(view.charCodeAt(index))
      if (word && !inWord) count++
      inWord = word
    }
  }

  return count
}

/**
 * Code of the first character of a non-ASCII uppercase letter’s lowercase
 * form (`| 0` keeps it an integer for the compiler: inlined, a possibly-NaN
 * value made the hash loops box numbers).
 */
function lowerCode(view: string, index: number): number {
  return view.charAt(index).toLowerCase().charCodeAt(0) | 0
}

/** Hash of “w.h.o.”, the key of “WHO” in capitals. */
const whoKey = hashOf('w.h.o.', 0, 6)

/** Hash of the lowercase word at `view[start..end)` (see `wordHash`). */
function hashOf(view: string, start: number, end: number): number {
  let hash = 0
  for (let index = start; index < end; index++) {
    let code = view.charCodeAt(index)
    if (code >= 65 && code <= 90) code += 32
    else if (code >= 128 && (classOf(code) & upperCase) !== 0) code = lowerCode(view, index)
    hash = (Math.imul(hash, 31) + code) | 0
  }

  // Masked here: a full 32-bit result is boxed on return when not inlined.
  return hash & 0x3f_ff_ff_ff
}

/** Whether a word’s final period is part of it (“J.”, “U.S.”, “Sen.”, “Jr.”). */
function keepsPeriod(view: string, start: number, end: number): boolean {
  if (end - start === 2) return true
  // Abbreviations are short; most words before a period are not.
  // Longer, it is one when it has inner periods between short letter groups
  // (“J.R.R.”, “Ph.D.”), not a domain name ending a sentence (“PowerOutage.us.”).
  if (end - start > 6) {
    let inner = false
    let group = 0
    for (let index = start; index < end - 1; index++) {
      if (view.charCodeAt(index) === 46) {
        inner = true
        group = 0
      } else if (++group > 3) {
        return false
      }
    }

    return inner
  }

  // Runs once per sentence: hash the word in place rather than slicing it.
  let hash = 0
  for (let index = start; index < end - 1; index++) {
    let code = view.charCodeAt(index)
    if (code === 46) return true
    if (code >= 65 && code <= 90) code += 32
    else if (code > 127) {
      const bare = view.slice(start, end - 1)
      return bare.includes('.') || abbreviations.has(bare.toLowerCase())
    }
    hash = (Math.imul(hash, 31) + code) | 0
  }

  return abbreviationTable.getText(hash & 0x3f_ff_ff_ff, view, start, end - 1) >= 0
}
/** Ranges between the quotes’ marks, sorted (terms and titles left out: their words are the writer’s). */
function quotedRanges(quotes: readonly Quote[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const quote of quotes) {
    if (quote.kind === 'term' || quote.kind === 'title') continue
    ranges.push([quote.contentPosition.start.offset, quote.contentPosition.end.offset])
  }

  // (Quotes come in order: sort only when not; the sort is stable, so the result is the same.)
  for (let index = 1; index < ranges.length; index++) {
    if (ranges[index - 1]![0] > ranges[index]![0]) return ranges.sort((a, b) => a[0] - b[0])
  }

  return ranges
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0
}
