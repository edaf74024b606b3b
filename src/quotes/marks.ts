/**
 * Pair quotation marks into quoted passages, paragraph by paragraph, in one
 * linear pass over the document view.
 *
 * Double marks (“ ” " « », and `''` when asked) make top-level quotes;
 * single marks (‘ ’ ') inside them are nested quotes and part of the outer
 * content, so they are never paired there (which keeps apostrophes and ’90s
 * harmless). Single curly marks make a top-level quote only when they
 * clearly open and close one (headlines use them: “Trump: ‘I’m the worst
 * thing …’”).
 */
import {ruleIds} from '../messages.js'
import type {Doc, DocParagraph} from '../parse/document.js'

/** A quoted passage found by {@link scanQuotes}; offsets into the input. */
export interface RawQuote {
  /** Start of the opening mark. */
  start: number
  /** End of the closing mark (or of the passage when unclosed). */
  end: number
  contentStart: number
  contentEnd: number
  open: string
  close: string | null
  /** Index of the paragraph in `doc.paragraphs`. */
  paragraph: number
  /** Unclosed at the end of its paragraph, and the next paragraph opens a quote. */
  continuedInNext: boolean
  /** A markdown block quote (no marks of its own). */
  block: boolean
}

/** A passage as a class: constructing one is cheaper than a large object literal. */
class Passage implements RawQuote {
  constructor(
    public start: number,
    public end: number,
    public contentStart: number,
    public contentEnd: number,
    public open: string,
    public close: string | null,
    public paragraph: number,
    public continuedInNext: boolean,
    public block: boolean
  ) {}
}

type Style = 'curly' | 'straight' | 'double-apostrophe' | 'guillemet' | 'single'

interface Mark {
  at: number
  length: number
  style: Style
  single: boolean
  canOpen: boolean
  canClose: boolean
  /** A single mark after an `s` and before a lowercase word (“the doctors' union”): a plural’s apostrophe or a closing mark. */
  plural: boolean
}

/** An open quotation mark (a class, for the same reason as `Passage`). */
class Frame {
  constructor(
    public at: number,
    public length: number,
    public style: Style,
    public single: boolean
  ) {}
}

/** Kinds of paragraph scanned for quotes. */
const scanned = new Set(['title', 'paragraph', 'heading', 'blockquote', 'list-item'])
/** Nested double quotes of another style (rare mixed typography). */
const maxDepth = 3
/** Markup skipped when looking at a mark’s neighbours (a link’s URL). */
const maxSkip = 200

/**
 * Whether a text writes its quotation marks as `''` (`''Yes,'' she said.`):
 * at least two `''` and no `“`, `”` or `"` anywhere. What
 * `doubleApostrophes: 'auto'` decides by; one pass, no regex.
 *
 * @param value
 *   The text.
 * @returns
 *   Whether to read `''` as a double quotation mark.
 */
export function writesQuotesAsApostrophes(value: string): boolean {
  let pairs = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 0x20_1c || code === 0x20_1d || code === 34) return false
    if (code === 39 && value.charCodeAt(index + 1) === 39) {
      pairs++
      index++
    }
  }

  return pairs >= 2
}

/** A single mark closing a quotation: after `,` `.` `!` `?`, before a space or the end (`…,' he said`). */
const singleCloser = /[,.!?]['’](?=\s|$)/g

/**
 * A pair of single marks around words (` 'no plan' `, ` 'talking down' the`):
 * an opening mark not inside a word, a letter, then up to 300 characters
 * without another mark or a line break before the closing one. (Each match
 * scans no further than the next mark, so the search stays linear.)
 */
const singlePair = /(?<![\p{L}\d])['‘]\p{L}[^'’‘\n]{0,300}?[\p{L}.,!?]['’](?![\p{L}\d])/gu

/** A double quotation mark, or two apostrophes (newswire’s `''`). */
const doubleMark = /[“”"]|''/g

/**
 * Whether a text uses single marks as its quotation marks (British style,
 * `'We will,' she said.`): at least two single marks close a quotation
 * (after `,` `.` `!` `?`, before a space), and there are no more double
 * marks than that; or, in text with no double marks at all, three closing
 * marks and pairs of marks around words together. What `singleQuotes:
 * 'auto'` decides by. Text that quotes with double marks (or `''`) has two
 * of them per quotation, and only its nested quotations end in such a
 * single mark, so it does not qualify.
 *
 * @param value
 *   The text.
 * @returns
 *   Whether single marks are the quotation marks.
 */
export function writesSingleQuotes(value: string): boolean {
  const closers = count(singleCloser, value, Infinity)
  if (closers >= 2) return count(doubleMark, value, closers + 1) <= closers
  // (A British article may close one quotation that way and quote phrases
  // in pairs mid-sentence: “accused the government of 'talking down' the
  // NHS”, “had 'no plan' to”; then, with no double marks at all. Asked
  // first: most articles have one early, and are spared the pair search.)
  return count(doubleMark, value, 1) === 0 && closers + count(singlePair, value, 3) >= 3
}

/** Matches of a global regex in `value`, counting up to `limit` (`test` makes no match object). */
function count(pattern: RegExp, value: string, limit: number): number {
  let found = 0
  pattern.lastIndex = 0
  while (found < limit && pattern.test(value)) found++
  return found
}

/**
 * Find the quoted passages of a document.
 *
 * Unbalanced marks never throw: an unclosed quote ends at its paragraph’s
 * end (a `unclosed-quote` message unless the next paragraph continues it,
 * the typographic convention), a stray closing mark is reported
 * (`unopened-quote`) and dropped. At most 20 such messages per document.
 *
 * @param doc
 *   Parsed document.
 * @param doubleApostrophes
 *   Whether `''` is a double quotation mark (the ASCII convention of some
 *   newswire text, `''Yes,'' she said.`); otherwise it is two apostrophes.
 * @param singleQuotes
 *   Whether single marks (`'`, ‘ ’) are the quotation marks (British style,
 *   `'We will,' she said.`): they pair like double marks then, doubles
 *   inside them are nested, and a mark inside a word stays an apostrophe.
 * @returns
 *   Passages in input order.
 */
export function scanQuotes(doc: Doc, doubleApostrophes = false, singleQuotes = false): RawQuote[] {
  const result: RawQuote[] = []
  const {paragraphs} = doc
  const budget = {messages: 0}
  // One search over the whole view: each mark is found once, and a mark
  // found past a paragraph waits for the paragraph that holds it.
  let next = nextMark(doc.view, 0)
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!
    if (!scanned.has(paragraph.kind)) continue
    const before = result.length
    next = scanParagraph(doc, paragraph, index, result, budget, next, doubleApostrophes, singleQuotes)
    if (paragraph.kind === 'blockquote') blockQuote(doc, paragraph, index, result, before)
  }

  return result
}

/** State of the scan of one paragraph. */
interface Scan {
  doc: Doc
  index: number
  result: RawQuote[]
  frames: Frame[]
  budget: {messages: number}
}

/** Messages about unbalanced marks per document (a broken file would make thousands). */
const maxMessages = 20

/**
 * Scan one paragraph, starting from `next`, the offset of the first mark not
 * yet read (-1 when there is none).
 *
 * @returns
 *   Offset of the first mark after the paragraph, or -1.
 */
function scanParagraph(
  doc: Doc,
  paragraph: DocParagraph,
  index: number,
  result: RawQuote[],
  budget: {messages: number},
  next: number,
  doubleApostrophes: boolean,
  singleQuotes: boolean
): number {
  const {view} = doc
  const start = paragraph.start
  const end = paragraph.end
  // Marks between paragraphs (markup, unscanned blocks) are passed over.
  let at = next !== -1 && next < start ? nextMark(view, start) : next
  if (at === -1 || at >= end) return at
  const scan: Scan = {doc, index, result, frames: [], budget}
  const title = paragraph.kind === 'title' || paragraph.kind === 'heading'

  while (at !== -1 && at < end) {
    const code = view.charCodeAt(at)
    const count = readMarks(doc, at, end, start, title, doubleApostrophes, singleQuotes, buffer)
    for (let mark = 0; mark < count; mark++) handle(scan, buffer[mark]!)
    // Skip the rest of a run of apostrophes already read.
    if (code === 39) {
      while (at + 1 < end && view.charCodeAt(at + 1) === 39) at++
    }

    at = nextMark(view, at + 1)
  }

  const top = scan.frames[0]
  if (top && !top.single) {
    const continued = nextOpensQuote(doc, index, doubleApostrophes, singleQuotes)
    let contentEnd = end
    while (contentEnd > top.at + top.length && isBlank(view.charCodeAt(contentEnd - 1))) contentEnd--
    push(scan, top, contentEnd, contentEnd, null, continued)
    if (!continued) unclosed(scan, top)
  }

  return at
}

/** Every quotation mark character (searched with a regex: faster than a loop). */
const markPattern = /[“”"'‘’«»‹›„]/g

/** Offset of the first mark at or after `from`, or -1 (`test` makes no match object). */
function nextMark(view: string, from: number): number {
  markPattern.lastIndex = from
  return markPattern.test(view) ? markPattern.lastIndex - 1 : -1
}

/** Reusable marks, filled by `readMarks` (a run of apostrophes holds at most a few). */
const buffer: Mark[] = []

function handle(scan: Scan, mark: Mark): void {
  const {frames, doc} = scan
  const top = frames[0]
  const last = frames[frames.length - 1]
  // A document’s own single marks that can neither open nor close are
  // apostrophes (“don't”, “'90s”); one that closes nothing is an apostrophe
  // too (“the doctors' strike”), so it makes no message.
  const apostrophe = !mark.single && mark.style === 'single'
  if (apostrophe && !mark.canOpen && !mark.canClose) return
  if (!top) {
    if (mark.single) {
      if (mark.canOpen && !mark.canClose) frames.push(frame(mark))
      return
    }

    if (mark.canOpen) frames.push(frame(mark))
    else if (!apostrophe) unopened(scan, mark)
    return
  }

  if (top.single) {
    // A top-level single quote: doubles inside it are nested.
    if (mark.single) {
      if (frames.length === 1 && mark.canClose) {
        push(scan, top, mark.at, mark.at + mark.length, doc.input.slice(mark.at, mark.at + mark.length), false)
        frames.length = 0
      }

      return
    }

    if (last && !last.single && mark.canClose) frames.pop()
    else if (mark.canOpen && frames.length < maxDepth) frames.push(frame(mark))
    return
  }

  // Inside a quotation in the text’s own marks: other single marks are
  // nested and never paired.
  if (mark.single) return
  // “'The doctors' union is wrong,' he said”: inside a quotation that
  // starts like a sentence, a plural’s apostrophe; a fragment (“called it
  // 'a matter for the doctors' and left”) ends there.
  if (mark.plural && frames.length === 1 && startsCapitalized(doc.view, top.at + top.length)) return
  if (mark.canClose) {
    if (frames.length > 1) {
      frames.pop()
      return
    }

    push(scan, top, mark.at, mark.at + mark.length, doc.input.slice(mark.at, mark.at + mark.length), false)
    frames.length = 0
    return
  }

  // An opening mark while a quote is open.
  if (mark.style !== (last ?? top).style && frames.length < maxDepth) {
    frames.push(frame(mark))
    return
  }

  // Same style: the open quote was never closed; end it before this one.
  let contentEnd = mark.at
  while (contentEnd > top.at + top.length && isBlank(doc.view.charCodeAt(contentEnd - 1))) contentEnd--
  push(scan, top, contentEnd, contentEnd, null, false)
  unclosed(scan, top)
  frames.length = 0
  frames.push(frame(mark))
}

function unclosed(scan: Scan, open: Frame): void {
  const {doc} = scan
  if (scan.budget.messages++ >= maxMessages) return
  doc.file.message('Unexpected unclosed quotation mark, expected `' + closerFor(open.style) + '`', {
    place: doc.location.position(open.at, open.at + open.length),
    source: 'claimtrace',
    ruleId: ruleIds.unclosedQuote
  })
}

function unopened(scan: Scan, mark: Mark): void {
  const {doc} = scan
  // A straight mark after a digit is an inch sign (“a 12" pipe”).
  if (mark.style === 'straight' && isDigit(doc.view.charCodeAt(mark.at - 1))) return
  if (scan.budget.messages++ >= maxMessages) return
  doc.file.message('Unexpected closing quotation mark with no opening mark, expected `' + openerFor(mark.style) + '` before it', {
    place: doc.location.position(mark.at, mark.at + mark.length),
    source: 'claimtrace',
    ruleId: ruleIds.unopenedQuote
  })
}

function push(scan: Scan, open: Frame, contentEnd: number, quoteEnd: number, close: string | null, continued: boolean): void {
  const contentStart = open.at + open.length
  if (!hasText(scan.doc.view, contentStart, contentEnd)) return
  scan.result.push(
    new Passage(open.at, quoteEnd, contentStart, contentEnd, scan.doc.input.slice(open.at, contentStart), close, scan.index, continued, false)
  )
}

/**
 * A markdown block quote paragraph that is not itself in quotation marks is
 * one quote; consecutive ones continue each other.
 */
function blockQuote(doc: Doc, paragraph: DocParagraph, index: number, result: RawQuote[], before: number): void {
  const {view, input} = doc
  let first = paragraph.start
  while (first < paragraph.end && isBlank(view.charCodeAt(first))) first++
  const own = result[before]
  if (own && own.start === first) return
  // The `>` marker sits before the paragraph on its line.
  let marker = paragraph.start
  let look = paragraph.start - 1
  while (look >= 0 && paragraph.start - look < 40) {
    const code = input.charCodeAt(look)
    if (code === 62 /* > */) marker = look
    else if (code === 10 || code === 13) break
    else if (code !== 32 && code !== 9) break
    look--
  }

  const quote = new Passage(
    marker,
    paragraph.end,
    paragraph.start,
    paragraph.end,
    input.slice(marker, marker + 1) === '>' ? '>' : '',
    '',
    index,
    false,
    true
  )
  // Keep input order: quotes inside the block quote come after its start.
  result.splice(before, 0, quote)
  const previous = doc.paragraphs[index - 1]
  const prior = result[before - 1]
  if (previous && previous.kind === 'blockquote' && prior && prior.block && prior.paragraph === index - 1) {
    prior.continuedInNext = true
  }
}

function frame(mark: Mark): Frame {
  return new Frame(mark.at, mark.length, mark.style, mark.single)
}

/**
 * Read the mark(s) at `at` into `out`: a run of apostrophes can hold a
 * double and a single.
 */
function readMarks(
  doc: Doc,
  at: number,
  end: number,
  start: number,
  title: boolean,
  doubleApostrophes: boolean,
  singleQuotes: boolean,
  out: Mark[]
): number {
  const {view} = doc
  const code = view.charCodeAt(at)
  // A character reference (`&rdquo;`) shows its character on its `&`: the
  // mark is the whole reference.
  const width = doc.input.charCodeAt(at) === code ? 1 : referenceWidth(doc.input, at)
  if (code === 39) {
    let run = 1
    while (at + run < end && view.charCodeAt(at + run) === 39) run++
    const before = neighbour(doc, at - 1, -1, start, end)
    const after = neighbour(doc, at + run, 1, start, end)
    const canOpen = opensAfter(before) && !isBlankOrEnd(after)
    const canClose = !isBlankOrEnd(before) && closesBefore(after)
    if (run === 1) {
      // The quotation marks of the document, or (straight singles open a
      // top-level quote only in headlines) nested.
      if (singleQuotes) {
        put(out, 0, at, width, 'single', false, canOpen && !isDigit(after), canClose && !isLetter(after))
        out[0]!.plural = afterPlural(view, at)
      } else put(out, 0, at, width, 'single', true, canOpen && title && !isDigit(after), canClose && !isLetter(after))
      return 1
    }

    // Without the ASCII convention a run is apostrophes (inches, `rock 'n'
    // roll`, wiki markup): never paired.
    if (!doubleApostrophes) return 0
    let count = 0
    let offset = at
    let rest = run
    // `'''` closing is a nested single then a double; opening the reverse.
    if (rest % 2 === 1) {
      if (canClose && !canOpen) {
        put(out, count++, offset, 1, 'single', true, false, true)
        offset++
      }

      rest--
    }

    while (rest >= 2) {
      put(out, count++, offset, 2, 'double-apostrophe', false, canOpen, canClose)
      offset += 2
      rest -= 2
    }

    if (offset < at + run) put(out, count++, offset, 1, 'single', true, false, false)
    return count
  }

  const before = neighbour(doc, at - 1, -1, start, end)
  const after = neighbour(doc, at + 1, 1, start, end)
  const leftOpen = opensAfter(before) && !isBlankOrEnd(after)
  const rightClose = !isBlankOrEnd(before) && closesBefore(after)

  switch (code) {
    case 0x20_1c: // “ opens; closes only when clearly at the end of a word.
    case 0x20_1e: {
      // `word“ `, `here,“ said` (typos for ”) and a “ before a line end close.
      const closes = (!isBlankOrEnd(before) || isBlankOrEnd(after)) && closesBefore(after) && before !== -1 && before !== 40 && before !== 91 && before !== 123
      put(out, 0, at, width, 'curly', false, !closes, closes)
      return 1
    }

    case 0x20_1d: {
      // ” after a space before a word is an opening mark set the wrong way.
      const opens = isBlankOrEnd(before) && !isBlankOrEnd(after) && !closesBefore(after)
      put(out, 0, at, width, 'curly', false, opens, !opens)
      return 1
    }

    case 34: {
      if (!leftOpen && !rightClose) {
        // `a"b` (inches, typos) or `" x "`: let the state decide.
        const open = isBlankOrEnd(before) || isBlankOrEnd(after)
        if (isDigit(before)) put(out, 0, at, width, 'straight', false, false, true)
        else put(out, 0, at, width, 'straight', false, open || !isLetter(before), true)
        return 1
      }

      put(out, 0, at, width, 'straight', false, leftOpen, rightClose)
      return 1
    }

    case 0xab: {
      put(out, 0, at, width, 'guillemet', false, true, false)
      return 1
    }

    case 0xbb: {
      put(out, 0, at, width, 'guillemet', false, false, true)
      return 1
    }

    case 0x20_18:
    case 0x20_39: {
      put(out, 0, at, width, 'single', !singleQuotes, leftOpen && !isDigit(after), false)
      return 1
    }

    default: {
      // ’ or ›: closes a top-level single quote unless inside a word.
      put(out, 0, at, width, 'single', !singleQuotes, false, rightClose)
      if (singleQuotes) out[0]!.plural = afterPlural(view, at)
      return 1
    }
  }
}

/** Whether the letter at `at` is an uppercase ASCII letter. */
function startsCapitalized(view: string, at: number): boolean {
  const code = view.charCodeAt(at)
  return code >= 65 && code <= 90
}

/** Whether the mark at `at` follows an `s` and a lowercase word follows it (“the doctors' union”). */
function afterPlural(view: string, at: number): boolean {
  const before = view.charCodeAt(at - 1)
  const after = view.charCodeAt(at + 2)
  return (before === 115 || before === 83) && view.charCodeAt(at + 1) === 32 && after >= 97 && after <= 122
}

/** Length of the character reference at `at` (1 when none ends within 40 characters). */
function referenceWidth(input: string, at: number): number {
  const semicolon = input.indexOf(';', at)
  return semicolon === -1 || semicolon - at > 40 ? 1 : semicolon + 1 - at
}

/** Set mark `index` of `out`, reusing the object there (marks are read, never kept: frames copy them). */
function put(out: Mark[], index: number, at: number, length: number, style: Style, single: boolean, canOpen: boolean, canClose: boolean): void {
  const item = out[index]
  if (item) {
    item.at = at
    item.length = length
    item.style = style
    item.single = single
    item.canOpen = canOpen
    item.canClose = canClose
    item.plural = false
  } else {
    out[index] = {at, length, style, single, canOpen, canClose, plural: false}
  }
}

/**
 * The code of the nearest meaningful character from `at` going in `step`
 * direction, skipping markup blanked in the view (emphasis marks, link URLs);
 * -1 at the paragraph’s edge.
 */
function neighbour(doc: Doc, at: number, step: 1 | -1, start: number, end: number): number {
  const {view, input} = doc
  let skipped = 0
  while (at >= start && at < end && skipped < maxSkip) {
    const code = view.charCodeAt(at)
    if (code !== 32 || input.charCodeAt(at) === 32 || isBlank(input.charCodeAt(at))) return code
    at += step
    skipped++
  }

  return -1
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x20_2f || (code >= 0x20_00 && code <= 0x20_0b)
}

function isBlankOrEnd(code: number): boolean {
  return code === -1 || isBlank(code)
}

/**
 * A set of code units: ASCII ones by a table, the others in a `Set` (the
 * context of every quotation mark is asked of one; most are ASCII).
 */
class CodeSet {
  private readonly ascii = new Uint8Array(128)
  private readonly other = new Set<number>()

  constructor(value: string) {
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      if (code < 128) this.ascii[code] = 1
      else this.other.add(code)
    }
  }

  has(code: number): boolean {
    return code < 128 ? this.ascii[code] === 1 : this.other.has(code)
  }
}

/** Characters after which a mark opens a quote. */
const openingContext = new CodeSet('([{—–-/:;,“”"‘’\'«»>*_…')

/** Characters before which a mark closes a quote. */
const closingContext = new CodeSet('.,;:!?)]}—–-…/“”"‘’\'«»*_')

function opensAfter(code: number): boolean {
  return isBlankOrEnd(code) || openingContext.has(code)
}

function closesBefore(code: number): boolean {
  return isBlankOrEnd(code) || closingContext.has(code)
}

/** Letters by code, found with a regex once per code. */
const letters = new Map<number, boolean>()

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  let value = letters.get(code)
  if (value === undefined) {
    value = /\p{L}/u.test(String.fromCharCode(code))
    letters.set(code, value)
  }

  return value
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function hasText(view: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (!isBlank(view.charCodeAt(index))) return true
  }

  return false
}

/** Whether the next paragraph with content opens with a double mark. */
function nextOpensQuote(doc: Doc, index: number, doubleApostrophes: boolean, singleQuotes: boolean): boolean {
  const next = doc.paragraphs[index + 1]
  if (!next || !scanned.has(next.kind)) return false
  let at = next.start
  while (at < next.end && isBlank(doc.view.charCodeAt(at))) at++
  const code = doc.view.charCodeAt(at)
  if (code === 39) return singleQuotes || (doubleApostrophes && doc.view.charCodeAt(at + 1) === 39)
  if (code === 0x20_18) return singleQuotes
  return code === 0x20_1c || code === 34 || code === 0xab || code === 0x20_1e || code === 0x20_1d
}

function closerFor(style: Style): string {
  return style === 'straight' ? '"' : style === 'double-apostrophe' ? "''" : style === 'guillemet' ? '»' : style === 'single' ? '’' : '”'
}

function openerFor(style: Style): string {
  return style === 'straight' ? '"' : style === 'double-apostrophe' ? "''" : style === 'guillemet' ? '«' : style === 'single' ? '‘' : '“'
}
