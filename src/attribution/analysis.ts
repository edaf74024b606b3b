/**
 * The attribution analysis of a document, shared by the quotes stage and
 * the reports stage (computed once per document and cached).
 */
import type {Doc} from '../parse/document.js'
import {afterDatelineMark} from '../parse/structure.js'
import {detectUnit, mayAttribute, type Candidate} from './detect.js'
import {tokenize, TokenPool, type Token} from './tokens.js'
import {personalPronouns} from './words.js'

/** A span of quote-free text or quotes to read attributions in. */
export interface Unit {
  start: number
  end: number
  /** Index of the paragraph in `doc.paragraphs`. */
  paragraph: number
  /** Opens its paragraph. */
  first: boolean
  /** Closes its paragraph. */
  last: boolean
  /**
   * Tokens of a unit that holds a quotation (the quotes stage reads the
   * words around it); empty for the others, whose tokens are dropped once
   * read.
   */
  tokens: Token[]
  /** Worth tokenizing: it has a quotation, a cue word or a colon. */
  worth: boolean
  /** Index of the first quote starting in the unit, or -1 when none does. */
  firstQuote: number
}

/** A quote range as the analysis needs it. */
export interface QuoteRange {
  start: number
  end: number
}

/** Units, candidates, and which candidate each quote belongs to. */
export interface Analysis {
  quotes: ReadonlyArray<QuoteRange>
  units: Unit[]
  candidates: Candidate[]
  /** Unit index of each quote. */
  quoteUnit: number[]
  /** Candidate whose content holds each quote, or -1. */
  quoteCandidate: number[]
  /** Index of each quote’s token in its unit, or -1. */
  quoteToken: number[]
}

// Only the latest document's analysis is kept (the quotes and reports stages
// of one `annotate` call ask for it back to back), in plain variables: V8's
// young-generation collector treats WeakMap values as live, so with a WeakMap
// every analysis was copied on each scavenge, slowing every stage.
let cachedDoc: Doc | undefined
let cachedAnalysis: Analysis | undefined
/** Tokens of quote-free units, reused by every document (see {@link TokenPool}). */
let sharedPool: TokenPool | undefined
/** Most tokens {@link sharedPool} keeps between documents (a few MB). */
const maxPooled = 1 << 15
const noTokens: Token[] = []
/** Candidates looked at around a quote (they are in cue order). */
const window = 24

/**
 * Analyse a document for attributions, reusing the analysis made for the
 * same quotes.
 *
 * @param doc
 *   Parsed document.
 * @param quotes
 *   Quote ranges (covering the marks), sorted and not overlapping.
 * @returns
 *   The analysis.
 */
export function analyze(doc: Doc, quotes: ReadonlyArray<QuoteRange>): Analysis {
  const cached = cachedDoc === doc ? cachedAnalysis : undefined
  if (cached && sameQuotes(cached.quotes, quotes)) return cached
  const analysis = run(doc, quotes)
  cachedDoc = doc
  cachedAnalysis = analysis
  return analysis
}

/**
 * Forget the analysis kept for `doc`. `findReports`, its last reader, calls
 * this: kept until the next document, the analysis of a large one (about
 * 30 bytes per input character on dense reported speech) stayed reachable
 * after `annotate` returned, and was marked by every collection during the
 * rest of the run.
 *
 * @param doc
 *   Document whose analysis is no longer needed.
 */
export function forgetAnalysis(doc: Doc): void {
  if (cachedDoc !== doc) return
  cachedDoc = undefined
  cachedAnalysis = undefined
}

function sameQuotes(a: ReadonlyArray<QuoteRange>, b: ReadonlyArray<QuoteRange>): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) {
    if (a[index]!.start !== b[index]!.start || a[index]!.end !== b[index]!.end) return false
  }

  return true
}

function run(doc: Doc, quotes: ReadonlyArray<QuoteRange>): Analysis {
  const units = buildUnits(doc, quotes)
  const candidates: Candidate[] = []
  const quoteUnit: number[] = new Array<number>(quotes.length).fill(-1)
  const quoteCandidate: number[] = new Array<number>(quotes.length).fill(-1)
  const quoteToken: number[] = new Array<number>(quotes.length).fill(-1)

  const pool = sharedPool ?? new TokenPool()
  const dateline = doc.structure.dateline
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!
    const offset = candidates.length
    const quoted = unit.firstQuote !== -1
    // The lede’s dateline (“AUSTIN, Texas (AP) —”) is no part of its
    // sentence: no subject, no content.
    const start = dateline && dateline[0] >= unit.start && dateline[1] <= unit.end ? afterDatelineMark(doc.view, dateline[1], unit.end) : unit.start
    const tokens = unit.worth
      ? quoted
        ? tokenize(doc.view, start, unit.end, quotes, unit.firstQuote)
        : tokenize(doc.view, start, unit.end, quotes, quotes.length, pool)
      : noTokens
    if (quoted) unit.tokens = tokens
    // (A unit that opens with the dateline has no speaker label: “NEW DELHI: The Cabinet …”.)
    const found = detectUnit(tokens, u, unit.first && !(dateline && dateline[0] >= unit.start && dateline[0] < unit.end), unit.last, unit.first && doc.paragraphs[unit.paragraph]?.kind === 'list-item')
    for (const candidate of found) {
      if (candidate.parent !== -1) candidate.parent += offset
      candidates.push(candidate)
    }

    if (!quoted) continue
    // An index loop: `entries()` made an iterator and a pair per token.
    for (let position = 0; position < tokens.length; position++) {
      const token = tokens[position]!
      if (token.type !== 'quote') continue
      quoteUnit[token.quote] = u
      quoteToken[token.quote] = position
      const quote = quotes[token.quote]!
      // Only a quoted sentence goes to the cue next to it over the outer one.
      const sentence = startsWithCapital(doc.view, quote.start, quote.end)
      // Candidates are in cue order: look at those around the quote.
      let low = offset
      let high = candidates.length
      while (low < high) {
        const middle = (low + high) >> 1
        if ((candidates[middle]!.cue?.[0] ?? 0) < quote.start) low = middle + 1
        else high = middle
      }

      let best = -1
      let bestRank = 0
      for (let index = Math.max(offset, low - window); index < Math.min(candidates.length, low + window); index++) {
        const candidate = candidates[index]!
        if (!candidate.content.some(([start, end]) => start < quote.end && end > quote.start)) continue
        candidate.quotes.push(token.quote)
        const value = rank(doc.view, candidates, index, quote, sentence)
        if (best === -1 || value < bestRank) {
          best = index
          bestRank = value
        }
      }

      quoteCandidate[token.quote] = best
    }
  }

  // Kept for the next document unless one unit was huge (a page without
  // sentence ends), so that no process holds its tokens for good.
  sharedPool = pool.made.length <= maxPooled ? pool : undefined
  // Quotes each candidate holds, in order (pushed in order above).
  return {quotes, units, candidates, quoteUnit, quoteCandidate, quoteToken}
}

/**
 * Candidates whose content starts or ends with the quote first (`X said:
 * “…”`, `“…,” X said`), then outer ones, then the more confident.
 */
function rank(view: string, candidates: Candidate[], index: number, quote: QuoteRange, sentence: boolean): number {
  const candidate = candidates[index]!
  // A cue right before the quote (`He added: “…”`) is closer than a content
  // that only runs to the quote's end (a report spanning two sentences).
  let adjacent = 20
  if (sentence) {
    // Not a pronoun inside another report (`Trump said he responded: “…”`):
    // that speaker is the outer one's.
    const before = candidate.cue !== null && candidate.cue[1] <= quote.start && !(candidate.parent !== -1 && candidate.mention !== null && innerPronoun(view, candidate.mention))
    for (const [start, end] of candidate.content) {
      if (start === quote.start && before) adjacent = 0
      else if ((start === quote.start || end === quote.end) && adjacent === 20) adjacent = 10
    }
  }

  let depth = 0
  let parent = candidate.parent
  while (parent !== -1 && depth < 5) {
    depth++
    parent = candidates[parent]!.parent
  }

  return adjacent + depth * 2 + (1 - candidate.confidence)
}

/** A personal pronoun mention that does not open a sentence. */
function innerPronoun(view: string, mention: [number, number]): boolean {
  if (mention[1] - mention[0] > 4 || !personalPronouns.has(view.slice(mention[0], mention[1]).toLowerCase())) return false
  let at = mention[0] - 1
  while (at > 0 && at > mention[0] - 8 && /\s/.test(view.charAt(at))) at--
  // Past closing quotation marks (`“… ahead.” He added`).
  while (at > 0 && at > mention[0] - 10 && /[”"’']/.test(view.charAt(at))) at--
  return !/[.!?]/.test(view.charAt(at))
}

function isDash(code: number): boolean {
  return code === 0x20_14 || code === 0x20_15 || code === 0x20_13
}

/** Whether the first letter or digit inside a quote is uppercase or a digit. */
function startsWithCapital(view: string, start: number, end: number): boolean {
  for (let index = start + 1; index < end && index < start + 8; index++) {
    const char = view.charAt(index)
    if (char.toLowerCase() !== char.toUpperCase()) return char !== char.toLowerCase()
    if (char >= '0' && char <= '9') return true
  }

  return false
}

/**
 * Units: the sentences of each paragraph, merged so that no quote crosses a
 * unit boundary.
 */
function buildUnits(doc: Doc, quotes: ReadonlyArray<QuoteRange>): Unit[] {
  const units: Unit[] = []
  let q = 0
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const paragraph = doc.paragraphs[p]!
    // The site’s words (“(Photo: Detroit Free Press)”, “Read more: …”) attribute nothing.
    if (paragraph.kind === 'boilerplate') continue
    const firstUnit = units.length
    let start = -1
    let end = -1
    const stop = paragraph.firstSentence + paragraph.sentenceCount
    for (let s = paragraph.firstSentence; s < stop; s++) {
      const sentence = doc.sentences[s]!
      if (start === -1) {
        start = sentence.start
        end = sentence.end
        continue
      }

      while (q < quotes.length && quotes[q]!.end <= end) q++
      const straddles = q < quotes.length && quotes[q]!.start < end && quotes[q]!.end > end
      // `“…” ― Name`: a dash signature belongs with the quote before it.
      const signature = isDash(doc.view.charCodeAt(sentence.start))
      if (straddles || signature) {
        end = sentence.end
      } else {
        flush(doc, quotes, units, q, start, end, p)
        start = sentence.start
        end = sentence.end
      }
    }

    if (start !== -1) {
      // Also for a paragraph of one sentence: a `q` left behind made every
      // later unit look quoted and rescan the quotes from there (quadratic).
      while (q < quotes.length && quotes[q]!.end <= end) q++
      flush(doc, quotes, units, q, start, end, p)
    }
    if (units.length > firstUnit) {
      units[firstUnit]!.first = true
      units[units.length - 1]!.last = true
    }
  }

  return units
}

function flush(doc: Doc, quotes: ReadonlyArray<QuoteRange>, units: Unit[], q: number, start: number, end: number, paragraph: number): void {
  let first = q
  while (first > 0 && quotes[first - 1]!.end > start) first--
  // Only units with a quote, a cue word or a colon are worth tokens.
  const quoted = first < quotes.length && quotes[first]!.start < end
  const worth = quoted || mayAttribute(doc.view, start, end)
  units.push({start, end, paragraph, first: false, last: false, tokens: noTokens, worth, firstQuote: quoted ? first : -1})
}
