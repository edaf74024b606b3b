import {analyze, type Analysis} from '../attribution/analysis.js'
import type {Candidate} from '../attribution/detect.js'
import type {Token} from '../attribution/tokens.js'
import type {Doc} from '../parse/document.js'
import type {Attribution, Quote, QuoteKind} from '../schema.js'
import {isNamedTerm, isTitle} from './kind.js'
import {scanQuotes, type RawQuote} from './marks.js'

export {scanQuotes, type RawQuote} from './marks.js'

/** Most words a term or scare quote has. */
const termWords = 4
/** Units looked back for the speaker of an unattributed quotation. */
const lookBack = 8
/** Quotes looked back for the speaker of an unattributed quotation. */
const maxQuotesBack = 64

/** Indexes over the analysis, so that every step is linear. */
interface Context {
  doc: Doc
  analysis: Analysis
  raw: RawQuote[]
  /** Previous quote held by the same candidate, or -1. */
  previousSame: number[]
  /** First candidate index of each unit (candidates are in unit order), and one past the last. */
  unitCandidates: number[]
}

/** What is known of a quote while its attribution is worked out (a class: one per quote, cheap to make). */
class State {
  kind: QuoteKind | undefined = undefined
  attribution: Attribution | null = null
  continues = -1
  /** Candidate whose attribution the quote carries (own or copied), or -1. */
  candidate = -1

  constructor(
    /** The quote stands at the start of its unit (a sentence of its own). */
    public standalone: boolean,
    public token: number
  ) {}
}

/** Configuration for {@link findQuotes}. */
export interface Options {
  /**
   * Read `''` as a double quotation mark (default: `false`): the ASCII
   * convention of some newswire archives (`''Yes,'' she said.`). Off, `''`
   * is two apostrophes, as in `a 12'' pipe` or wiki markup.
   */
  doubleApostrophes?: boolean | null | undefined
  /**
   * Read single marks (`'`, ‘ ’) as the quotation marks (default: `false`):
   * British style, `'We will,' she said.`. Off, they make a quotation only
   * inside a headline or when curly marks clearly open and close one, and
   * are apostrophes otherwise.
   */
  singleQuotes?: boolean | null | undefined
}

/**
 * Find the quotations of a document, with their kind, their attribution
 * (speaker mention and cue in the text) and the quote each one continues.
 *
 * Layouts: `“…,” X said.`, `“…,” said X, the … of Y.`, `X said: “…”`,
 * `X said in a statement, “…”`, `“…,” wrote X`, `… “…” …, according to X`,
 * documents as speakers (`the memo says`), the speaker named in the previous
 * sentence of the paragraph, pronouns (`she said`), `X: “…”`, `“…” — X`.
 * A quote that goes on with the same speaker and no new attribution (the
 * next sentence, the next paragraph, a second fragment in the same
 * attribution) has `continues` set and an attribution with `mention` and
 * `cue` null: the sources stage copies the source.
 * Terms and titles get no attribution.
 *
 * @param doc
 *   Parsed document.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Quotes in input order (ids `q1`, `q2`, …).
 */
export function findQuotes(doc: Doc, options?: Readonly<Options> | null | undefined): Quote[] {
  const raw = scanQuotes(doc, options?.doubleApostrophes === true, options?.singleQuotes === true)
  const signed = doc.view.includes('(@') ? signatures(doc, raw) : undefined
  // A block quote’s `>` marker sits before its sentence: analyse its content.
  const analysis = analyze(
    doc,
    raw.map((quote) => (quote.block ? {start: quote.contentStart, end: quote.contentEnd} : quote))
  )
  const contents = raw.map((quote) => contentText(doc, quote))
  const context = indexes(doc, analysis, raw)
  const states: State[] = []
  // Per quote, the previous quote of the same candidate that is no term or
  // title (one step each, so a long run of terms stays linear).
  const realBefore = new Array<number>(raw.length).fill(-1)
  for (let index = 0; index < raw.length; index++) {
    const previous = context.previousSame[index]!
    realBefore[index] = previous === -1 || states[previous]!.kind === undefined ? previous : realBefore[previous]!
    states.push(initial(context, index, contents[index]!, realBefore[index]!, signed))
  }

  // Paragraph continuations (the typographic convention).
  for (let index = 1; index < raw.length; index++) {
    const previous = raw[index - 1]!
    if (previous.continuedInNext && raw[index]!.paragraph > previous.paragraph) {
      const state = states[index]!
      state.continues = index - 1
      if (!state.attribution) state.attribution = continuation(states[index - 1]!)
    }
  }

  // Unattributed quotations of their own: the speaker before goes on.
  for (let index = 0; index < raw.length; index++) {
    const state = states[index]!
    if (state.attribution || state.kind || state.continues !== -1 || !state.standalone) continue
    speakerBefore(context, states, index)
  }

  // A paragraph continuation of a quote that got its speaker only just now
  // (“We tried everything,” Lee said. “We looked at every option. ¶ “In the
  // end, …”).
  for (let index = 1; index < raw.length; index++) {
    const state = states[index]!
    if (state.continues !== -1 && !state.attribution) state.attribution = continuation(states[state.continues]!)
  }

  // A chain whose first part has no attribution takes a later part’s.
  for (let index = raw.length - 1; index >= 0; index--) {
    const state = states[index]!
    if (state.continues === -1 || !state.attribution?.mention) continue
    const root = states[state.continues]!
    if (!root.attribution || (!root.attribution.mention && !root.attribution.cue)) {
      root.attribution = {...state.attribution}
    }
  }

  return raw.map((_, index) => build(doc, analysis, raw, states, index, contents[index]!))
}

/** A pasted post’s signature: offsets of its dash, and of the poster’s name. */
type Signature = [dash: number, nameStart: number, nameEnd: number]

/** A signature closing an embedded post: “— Mayor Elena Ruiz (@MayorRuiz) November 17, 2026”. */
const signatureEnd = /\s([—–―-])\s+(\p{Lu}[^—–―\n()]{0,60}?)\s+\(@\w{1,15}\)\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}\s*$/u

/**
 * The signatures of block quotes that paste a post: the post speaks for the
 * one who signs it, and the signature is not its words (it was the end of
 * an unattributed quotation). Each such quote ends before its signature.
 */
function signatures(doc: Doc, raw: RawQuote[]): Map<number, Signature> {
  const found = new Map<number, Signature>()
  for (const [index, quote] of raw.entries()) {
    if (!quote.block) continue
    const from = Math.max(quote.contentStart, quote.contentEnd - 140)
    const tail = doc.view.slice(from, quote.contentEnd)
    if (!tail.includes('(@')) continue
    const match = signatureEnd.exec(tail)
    if (!match) continue
    const dash = from + match.index + match[0].indexOf(match[1]!)
    const nameStart = from + match.index + match[0].indexOf(match[2]!, dash - from - match.index)
    let end = dash
    while (end > quote.contentStart && /\s/.test(doc.view.charAt(end - 1))) end--
    if (end <= quote.contentStart) continue
    quote.end = end
    quote.contentEnd = end
    found.set(index, [dash, nameStart, nameStart + match[2]!.length])
  }

  return found
}

function indexes(doc: Doc, analysis: Analysis, raw: RawQuote[]): Context {
  const previousSame = new Array<number>(raw.length).fill(-1)
  const last = new Map<number, number>()
  for (let index = 0; index < raw.length; index++) {
    const candidate = analysis.quoteCandidate[index]!
    if (candidate === -1) continue
    previousSame[index] = last.get(candidate) ?? -1
    last.set(candidate, index)
  }

  const unitCandidates = new Array<number>(analysis.units.length + 1).fill(analysis.candidates.length)
  for (let index = analysis.candidates.length - 1; index >= 0; index--) {
    unitCandidates[analysis.candidates[index]!.unit] = index
  }

  for (let unit = analysis.units.length - 1; unit >= 0; unit--) {
    unitCandidates[unit] = Math.min(unitCandidates[unit]!, unitCandidates[unit + 1]!)
  }

  return {doc, analysis, raw, previousSame, unitCandidates}
}

function initial(context: Context, index: number, content: string, previous: number, signed: Map<number, Signature> | undefined): State {
  const {analysis, raw, doc} = context
  const quote = raw[index]!
  const unit = analysis.units[analysis.quoteUnit[index]!]
  const tokens = unit?.tokens ?? []
  const token = analysis.quoteToken[index] ?? -1
  const state = new State(isStandalone(tokens, token), token)
  if (quote.block) {
    state.standalone = true
    const signature = signed?.get(index)
    if (signature) state.attribution = {sourceId: null, mention: doc.location.span(signature[1], signature[2]), cue: doc.location.span(signature[0], signature[0] + 1), confidence: 0.9}
    return state
  }

  if (token !== -1 && isTitle(tokens, token, content)) {
    state.kind = 'title'
    return state
  }

  if (token !== -1 && isNamedTerm(tokens, token)) {
    state.kind = 'term'
    return state
  }

  const candidateIndex = analysis.quoteCandidate[index]!
  if (candidateIndex === -1) return state
  const candidate = analysis.candidates[candidateIndex]!
  state.candidate = candidateIndex
  // A later fragment of the same attribution continues the first one.
  // `previous` skips titles and terms in the same content (“the book “X,”
  // explaining, “…””): such a quote then opens the attribution itself.
  if (previous !== -1) {
    state.continues = previous
    state.attribution = {sourceId: null, mention: null, cue: null, confidence: round(candidate.confidence)}
    return state
  }

  state.attribution = fromCandidate(doc, candidate, 1)
  return state
}

function fromCandidate(doc: Doc, candidate: Candidate, factor: number): Attribution {
  return {
    sourceId: null,
    mention: candidate.mention ? doc.location.span(candidate.mention[0], candidate.mention[1]) : null,
    cue: candidate.cue ? doc.location.span(candidate.cue[0], candidate.cue[1]) : null,
    confidence: round(candidate.confidence * factor)
  }
}

/** The attribution of a quote that goes on from `previous` (none when it has none). */
function continuation(previous: State): Attribution | null {
  if (!previous.attribution) return null
  return {sourceId: null, mention: null, cue: null, confidence: round(previous.attribution.confidence * 0.95)}
}

/**
 * A quotation standing alone with no attribution: the last speaker before
 * it (in the paragraph, or the previous one when the quote opens its
 * paragraph) goes on — by continuing their quote, or, when the last
 * attribution is reported speech (`…, said Daryl Kimball, …. “…”`), by
 * taking that attribution.
 */
function speakerBefore(context: Context, states: State[], index: number): void {
  const {doc, analysis, raw, unitCandidates} = context
  const unitIndex = analysis.quoteUnit[index]!
  const unit = analysis.units[unitIndex]
  if (!unit) return
  const quote = raw[index]!
  const paragraph = unit.paragraph
  let opensParagraph = unit.first && states[index]!.token === 0
  if (quote.block) opensParagraph = true

  // Intro at the end of the previous paragraph: `Trump tweeted:`.
  if (opensParagraph) {
    const previousUnit = analysis.units[unitIndex - 1]
    if (previousUnit && previousUnit.paragraph < paragraph) {
      for (let c = unitCandidates[unitIndex - 1]!; c < unitCandidates[unitIndex]!; c++) {
        const intro = analysis.candidates[c]!
        if (!intro.intro) continue
        states[index]!.attribution = fromCandidate(doc, intro, 0.9)
        states[index]!.candidate = c
        absorb(intro, index, quote)
        return
      }

      // `Carter disputed the company’s figures:` closing the paragraph: a
      // speaker with what they spoke of, then what they said.
      const colon = lastCharacter(doc.view, previousUnit.start, previousUnit.end) === 58
      for (let c = unitCandidates[unitIndex - 1]!; colon && c < unitCandidates[unitIndex]!; c++) {
        const report = analysis.candidates[c]!
        const topic = report.content.at(-1)
        if (report.parent !== -1 || !report.mention || report.cueClass !== 'speech' || !topic || !onlySpaces(doc.view, topic[1], previousUnit.end - 1)) continue
        states[index]!.attribution = fromCandidate(doc, report, 0.8)
        return
      }
    }
  }

  // A block quote (a letter, a post) speaks for the previous speaker only
  // when introduced (`X wrote:`).
  if (quote.block) return

  let report: Candidate | undefined
  let reportIndex = -1
  let other = index - 1
  for (let u = unitIndex; u >= 0 && unitIndex - u <= lookBack; u--) {
    const current = analysis.units[u]!
    if (current.paragraph !== paragraph) {
      if (!opensParagraph || current.paragraph !== paragraph - 1) break
    }

    // Latest attributed quote in this unit before the quote.
    let quoteHit = -1
    for (let steps = 0; other >= 0 && steps < maxQuotesBack; steps++, other--) {
      const otherUnit = analysis.quoteUnit[other]!
      if (otherUnit < u) break
      if (otherUnit > u) continue
      const state = states[other]!
      if (state.kind === 'term' || state.kind === 'title') continue
      if (state.attribution && (state.attribution.mention || state.continues !== -1)) {
        quoteHit = other
        break
      }
    }

    // Latest outer report in this unit (not the one holding a quote).
    let candidateHit = -1
    for (let c = unitCandidates[u + 1]! - 1; c >= unitCandidates[u]!; c--) {
      const candidate = analysis.candidates[c]!
      if (candidate.parent !== -1 || !candidate.mention || candidate.intro) continue
      if (candidate.cue && candidate.cue[0] >= quote.start) continue
      // A relative pronoun (`…, a delegate who has accused …`) names no one
      // for a quotation standing on its own.
      if (relativeMention(doc, candidate.mention)) continue
      candidateHit = c
      break
    }

    const candidate = candidateHit === -1 ? undefined : analysis.candidates[candidateHit]!
    const quoteEnd = quoteHit === -1 ? -1 : raw[quoteHit]!.end
    if (candidate && !report && (quoteHit === -1 || candidate.cue![0] > quoteEnd) && (quoteHit === -1 || states[quoteHit]!.candidate !== candidateHit)) {
      report = candidate
      reportIndex = candidateHit
      if (quoteHit === -1) continue
    }

    if (quoteHit !== -1) {
      const root = rootOf(states, quoteHit)
      if (!report || sameSpeaker(doc, report, states[root]!.attribution)) {
        states[index]!.continues = quoteHit
        states[index]!.attribution = continuation(states[quoteHit]!)
        states[index]!.candidate = states[quoteHit]!.candidate
        return
      }

      break
    }
  }

  if (report) {
    const state = states[index]!
    state.attribution = fromCandidate(doc, report, 0.75)
    state.candidate = reportIndex
    absorb(report, index, quote)
  }
}

/** The UTF-16 code of the last non-space character of `view[start..end)`, or -1. */
function lastCharacter(view: string, start: number, end: number): number {
  let at = end - 1
  while (at >= start && (view.charCodeAt(at) === 32 || view.charCodeAt(at) === 10 || view.charCodeAt(at) === 13)) at--
  return at >= start ? view.charCodeAt(at) : -1
}

/** Whether `view[start..end)` is spaces only (or empty). */
function onlySpaces(view: string, start: number, end: number): boolean {
  let at = start
  while (at < end && view.charCodeAt(at) === 32) at++
  return at >= end
}

/** Add a quote to a candidate’s content (idempotent: the analysis is cached). */
function absorb(candidate: Candidate, index: number, quote: RawQuote): void {
  if (!candidate.quotes.includes(index)) candidate.quotes.push(index)
  if (!candidate.content.some(([start, end]) => start === quote.start && end === quote.end)) {
    candidate.content.push([quote.start, quote.end])
  }
}

function relativeMention(doc: Doc, mention: [number, number]): boolean {
  if (mention[1] - mention[0] > 5) return false
  const text = doc.input.slice(mention[0], mention[1]).toLowerCase()
  return text === 'who' || text === 'which' || text === 'that'
}

function rootOf(states: State[], index: number): number {
  let current = index
  let steps = 0
  while (states[current]!.continues !== -1 && steps < maxQuotesBack) {
    current = states[current]!.continues
    steps++
  }

  return current
}

/** Whether a report’s mention and a quote’s name the same (last word). */
function sameSpeaker(doc: Doc, report: Candidate, attribution: Attribution | null): boolean {
  const mention = attribution?.mention
  if (!mention || !report.mention) return false
  const a = lastWord(doc.input.slice(report.mention[0], report.mention[1]))
  const b = lastWord(mention.text)
  return a !== '' && a === b
}

function lastWord(text: string): string {
  const words = text.replace(/\([^)]*\)/g, ' ').match(/[\p{L}\p{N}’'-]+/gu)
  return words ? words[words.length - 1]!.toLowerCase().replace(/['’]s$/, '') : ''
}

/** A quote that opens its unit (after at most a conjunction or dash). */
function isStandalone(tokens: Token[], index: number): boolean {
  if (index === -1) return false
  for (let before = 0; before < index; before++) {
    const token = tokens[before]!
    if (token.type === 'punct') continue
    if (token.type === 'word' && index - before <= 2 && /^(?:and|but|or|so|yet)$/.test(token.lower)) continue
    return false
  }

  return true
}

function build(doc: Doc, analysis: Analysis, raw: RawQuote[], states: State[], index: number, content: string): Quote {
  const quote = raw[index]!
  const state = states[index]!
  const attributed = state.kind === undefined ? state.attribution : null
  const kind = state.kind ?? classify(doc.view, analysis, raw, state, index, content, attributed)
  // Properties written out (not spread): a spread makes every quote the slow
  // way. In the schema's key order: `annotate` returns this object as is.
  return {
    text: doc.input.slice(quote.start, quote.end),
    position: doc.location.position(quote.start, quote.end),
    id: 'q' + (index + 1),
    kind,
    content,
    contentPosition: doc.location.position(quote.contentStart, quote.contentEnd),
    marks: {open: quote.open, close: quote.close},
    paragraphId: doc.paragraphs[quote.paragraph]!.id,
    sentenceIds: sentenceIds(doc, quote.start, quote.end),
    continues: state.continues === -1 || kind === 'term' || kind === 'title' ? null : 'q' + (state.continues + 1),
    attribution: kind === 'term' || kind === 'title' ? null : attributed
  }
}

function classify(
  view: string,
  analysis: Analysis,
  raw: RawQuote[],
  state: State,
  index: number,
  content: string,
  attribution: Attribution | null
): QuoteKind {
  const quote = raw[index]!
  if (quote.block) return 'direct'
  let words = 1
  for (let at = content.indexOf(' '); at !== -1 && words <= termWords; at = content.indexOf(' ', at + 1)) words++
  const unit = analysis.units[analysis.quoteUnit[index]!]
  const tokens = unit?.tokens ?? []
  const previous = tokens[state.token - 1]
  const first = content.charAt(0)
  const capital = first !== first.toLowerCase() || /[\d‘'“"….]/.test(first)
  const afterIntro = previous !== undefined && previous.type === 'punct' && (previous.text === ':' || previous.text === ',')
  if (!attribution) {
    if (words <= termWords && !state.standalone) return 'term'
    return state.standalone && capital ? 'direct' : 'partial'
  }

  if (state.continues !== -1 && quote.paragraph !== raw[state.continues]!.paragraph) return 'direct'
  if ((state.standalone || afterIntro) && capital) return 'direct'
  // The rest of a sentence split by its attribution (““I don’t know,” she
  // said, “but I will find out.””): as direct as its first part.
  const before = index > 0 && state.continues === index - 1 ? raw[index - 1]! : undefined
  if (afterIntro && before && before.paragraph === quote.paragraph && /[,—–-]\s*$/.test(view.slice(before.contentStart, before.contentEnd))) return 'direct'
  if (/[.!?]["”’']?\s+\p{Lu}/u.test(content) && capital) return 'direct'
  return 'partial'
}

function contentText(doc: Doc, quote: RawQuote): string {
  const text = doc.view.slice(quote.contentStart, quote.contentEnd)
  // Collapse only when needed: most quotes have single spaces.
  return /\s\s|[\t\n\r\u00a0]|^\s|\s$/.test(text) ? text.replace(/\s+/g, ' ').trim() : text
}

function sentenceIds(doc: Doc, start: number, end: number): string[] {
  const {sentences} = doc
  let low = 0
  let high = sentences.length
  // First sentence that ends after `start`.
  while (low < high) {
    const middle = (low + high) >> 1
    if (sentences[middle]!.end <= start) low = middle + 1
    else high = middle
  }

  const ids: string[] = []
  for (let index = low; index < sentences.length && sentences[index]!.start < end; index++) {
    ids.push(sentences[index]!.id)
  }

  return ids
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100
}
