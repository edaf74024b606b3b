/**
 * Claims: every checkable proposition of an article — someone’s quoted
 * words, reported speech and other attributions, and the reporter’s own
 * statements — typed, with quantities, times, hedges, negations and a
 * check-worthiness score.
 *
 * What is NOT a claim (decided here, see also {@link findClaims}):
 *
 * - anything outside the body: headlines/titles, headings, bylines,
 *   datelines (cut off the first sentence), credits, separators, HTML —
 *   except a headline’s or heading’s attribution to one of the article’s
 *   sources (“Paul Ryan says he is not ready to support Trump”, “Poll: …”);
 * - questions (content ending in `?`) and indirect questions (cue “asked”,
 *   “wondered”; content opening with “whether”, or with “if”, “how”,
 *   “what”, “when” … after a negated or doubting cue: “did not say if …”,
 *   “did not say how many …”, but “said if elected he would …” is a claim);
 * - non-responses (“did not immediately respond to requests for comment”,
 *   “declined to comment”, “would not speculate”, “declined to say when …”, “could not be
 *   reached”): they say nothing about the world that a fact-checker could
 *   check;
 * - term, scare and title quotes (`kind` `term`/`title`): they quote nobody;
 *   their sentence is judged on its own;
 * - direct quotes with no speaker: whose words they are is unknown, and
 *   making them the reporter’s own would misattribute them;
 * - the attribution frame: in a sentence that holds an attribution (a
 *   report, or a direct quote), the words outside the content (“said Sarah
 *   Yager, the Washington director of …”) are not a claim of the reporter,
 *   unless they make a clause of their own (seven words or more with a
 *   finite verb: “The United States had previously banned … and called for
 *   …”; see `frame.ts`);
 * - social posts pasted into the text (their paragraph holds a
 *   `pic.twitter.com/` link or a “— Name (@handle) September 27, 2016”
 *   signature): someone else’s words, not the reporter’s;
 * - fragments under three words.
 *
 * Pure opinion is kept as a claim when it stands as a sentence (a rule
 * cannot tell opinion from a checkable core reliably); the check-worthiness
 * model scores it, and hedges lower the score only through the model.
 */
import type {Report} from '../attribution/report.js'
import type {Doc, DocSentence} from '../parse/document.js'
import {indexAt, sentenceAt} from '../parse/document.js'
import {afterDatelineMark, pagePrompt} from '../parse/structure.js'
import type {Claim, ClaimAttribution, ParagraphKind, Quote, Source, Span} from '../schema.js'
import {scoreCheckworthiness} from './checkworthiness.js'
import {isPastTense} from '../attribution/words.js'
import {leftoverClauses} from './frame.js'
import {afterAnswerLabel, interviewAnswers} from './interview.js'
import {classifyClaim} from './kind.js'
import {DIGITS, FINITE, NUMBER, RESPONSE, TIME, UNIT} from './lexicon.js'
import {findHedges, findNegations} from './modality.js'
import {coveredByMatches, matchQuantities, toQuantity} from './quantities.js'
import {matchTimes, toTimeExpression} from './time.js'
import {sharedTokenBuffer, tokenize, type Token, type TokenBuffer} from './tokens.js'

/** Paragraph kinds whose sentences can hold claims. */
const bodyKinds = new Set<ParagraphKind>(['paragraph', 'blockquote', 'list-item'])
const headlineKinds = new Set<ParagraphKind>([...bodyKinds, 'title', 'heading'])
/** The text of an embedded social post as pasted from a page: its link or its signature line. */
const socialEmbed = /pic\.twitter\.com\/|\s[—–-]\s[^—–\n]{1,80}\(@\w{1,15}\)\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}/u

/** Cues of questions, not assertions. */
const questionCue = /^(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|inquired|queried)$/i

/** A relative pronoun as an attribution’s mention (“who backed the plan”). */
const relativeMention = /^(?:who|which|that)$/i

/** A fronted object “what” right before an attribution's mention (“what officials called …”). */
const frontedWhat = /(?:^|[^\p{L}])[Ww]hat $/u

/** Openers of indirect questions (“asked whether …”). */
const questionOpener = /^(?:whether|if|how|what|why|when|where|who|which)\b/i

/**
 * “that” opening a content, as a complementizer: not before a verb, where it
 * is the subject (“said that was …”). One space, then a lookahead: nothing to
 * backtrack over.
 */
const complementizer = /^that\s(?!\s*(?:is|was|were|are|has|had|will|would|could|should|can|may|might|must|does|did|seems|seemed)\b)/i

/**
 * Before a cue, what makes its “if …” an indirect question (“did not say
 * if …”, “declined to say if …”) rather than a conditional (“said if elected
 * he would …”). Bounded alternatives on a short slice.
 */
const ifQuestionHint = /\b(?:not|never|n[’']t|declined|refused|unclear|unsure|sure|know|knew|wonder(?:s|ed)?)\b/i

/**
 * Non-responses, and the note that an interview was edited (“This interview
 * has been edited for length and clarity”, which an introduction may end
 * with): no claims. Bounded, linear alternatives (no nested quantifiers).
 */
const nonResponse =
  /\b(?:(?:did|does|do|has|have|had|would|could)\s?(?:not|n['’]t)\s+(?:immediately\s+)?(?:respond|reply|return|answer|comment|speculate|provide (?:a )?comment)|declined\s+(?:to\s+)?(?:comment|respond|elaborate|be interviewed|answer|discuss|speculate)|refused\s+to\s+(?:comment|speculate)|could\s+not\s+(?:immediately\s+)?be\s+reached|(?:was|were|is|are)\s+not\s+(?:immediately\s+)?available\s+(?:for|to)\s+comment|no\s+immediate\s+(?:response|comment|reply)|did\s+not\s+(?:immediately\s+)?(?:respond|reply)|(?:a\s+)?(?:request|requests|message|messages|email|emails|call|calls)\s+(?:for\s+comment\s+)?(?:went|were|was)\s+(?:unanswered|not\s+returned)|\bno\s+(?:further\s+)?comment(?:\s+at\s+this\s+time)?\s*[.,!;”"’]|\bno\s+(?:further\s+)?comment\s*$|^this\s+(?:interview|conversation|transcript|q&a|story|article)\s+(?:has\s+been|was|have\s+been)\s+(?:lightly\s+)?(?:edited|condensed))/i

/** Words that open a clause’s subject after “that” (“that the videos exist”, “that they’re safe”, “that Clinton misspoke”). */
const clauseSubjectStart = /^(?:\p{Lu}|\d|(?:the|a|an|they|he|she|it|we|i|you|there|this|these|those|his|her|their|its|our|my|some|many|most|all|no|none|every|each)\b)/u

/** Whether “that” before `view[from, to)` is a determiner (“that characterization”, “that promise on Monday”), not a complementizer. */
function thatDeterminer(view: string, from: number, to: number): boolean {
  if (clauseSubjectStart.test(view.slice(from, Math.min(to, from + 12))) || wordCount(view, from, to, 5) >= 5) return false
  // (A later word in -s is most likely the verb: “that inflation remains high”.)
  return !presentVerb.test(view.slice(from, to)) && !hasVerb(view, from, to)
}

/** A lowercase word in -s after the first word. */
const presentVerb = /\s\p{Ll}+[^s\s]s\b/u

/** Whether a sentence says why sources go unnamed (most sentences have neither word the regex needs: tested first). */
function anonymityNote(text: string): boolean {
  return (text.includes('condition') || text.includes('authorized')) && anonymityPattern.test(text)
}

const anonymityPattern = /\b(?:spoke|speaking|talked|talking)\s+(?:on|under)\s+(?:the\s+)?condition\s+(?:of|that)\s+(?:anonymity|they not be (?:named|identified))|\bwere\s+not\s+authorized\s+to\s+(?:speak|discuss|comment)/i

/** A source’s wish to go unnamed (“asked not to be identified”, “declined to be named”, “spoke on condition of anonymity”). */
const unnamedWish =
  /\b(?:asked|asking|requested|requesting|declined|declining|refused|insisted|spoke|speaking|talked|talking)\s{1,2}(?:(?:not\s{1,2}to|to\s{1,2}not|to)\s{1,2}be\s{1,2}(?:named|identified)|(?:on|under)\s{1,2}(?:the\s{1,2})?condition\s{1,2}of\s{1,2}anonymity|anonymity)\b/gi

/**
 * Whether the cue at `cue` opens, or sits in the clause of, a source’s wish
 * to go unnamed, with no comma or dash between (the main verb after the
 * clause’s comma is no part of it: “…, who asked not to be named, said”).
 * Looks back at most 120 characters, not before `floor`.
 */
function inAnonymityClause(view: string, cue: [number, number], floor: number): boolean {
  const from = Math.max(Math.min(floor, cue[0]), cue[0] - 120)
  const text = view.slice(from, cue[1] + 30)
  // (Most cues have none of the words the regex needs: tested first.)
  if (!(text.includes('named') || text.includes('identified') || text.includes('anonymity'))) return false
  unnamedWish.lastIndex = 0
  for (let match = unnamedWish.exec(text); match; match = unnamedWish.exec(text)) {
    const start = from + match.index
    if (start > cue[0]) break
    if (!/[,;:—–]/.test(view.slice(start + match[0].length, cue[0]))) return true
  }

  return false
}

/** Content that is only a pronoun, “so” or “otherwise” (“said that.”, “denied it”, “The data says otherwise.”). */
const bareProForm = /^(?:that|this|it|so|them|these|those|otherwise|differently|not)[.!]?$/i

/** A cue with a negation (“did not cite”, “never offered”). */
const negatedCue = /\b(?:not|never|n[’']t)\b/i

/** A short noun phrase, no clause (“any evidence”, “more details”, “a timeline for the plan”). */
const nounObject = /^(?:any|a|an|the|more|further|no|specific)\s+(?:[\p{L}-]+\s+){0,4}[\p{L}-]+$/iu

/** Whether `view[from, to)` has a finite or past verb (“the plan failed”, “the bill is dead”). */
function hasVerb(view: string, from: number, to: number): boolean {
  for (const token of tokenize(view, from, to)) {
    if (token.kind !== 'word') continue
    if ((token.flags & FINITE) !== 0 || isPastTense(token.lower)) return true
  }

  return false
}

/** Refusals to say (“declined to say when …”, “refused to disclose …”): non-responses too. */
const refusal = /\b(?:declined|declines|decline|refused|refuses|refuse)\s+to\s+(?:say|specify|disclose|identify|name|provide|give|confirm|detail|reveal)\b/i

/** Words one of which every non-response has (case-sensitive: a cheap test before {@link nonResponse}). */
const nonResponseHint = /respon|comment|reach|repl|answer|return|elaborate|discuss|interview|specul|declin|refus/

/** Whether tokens are a non-response: only claims with a response word (a token flag) run the regex. */
function isNonResponse(view: string, tokens: Token[]): boolean {
  for (const token of tokens) {
    if (token.flags & RESPONSE) return nonResponse.test(view.slice(tokens[0]!.start, tokens.at(-1)!.end))
  }

  return false
}

/** A claim before ids, quantities and scores. */
interface Draft {
  start: number
  end: number
  attribution: ClaimAttribution
  nested: ClaimAttribution[]
  quoteIds: string[]
  /** Whether the content is someone’s words (first person is the source’s). */
  inWords: boolean
}

/**
 * Find the claims of a document.
 *
 * One claim per report (reported speech, “according to”, documents that
 * say, beliefs, intentions…; type and cue class from the report, inner
 * attributions kept in `nested`), one per direct quote with a speaker
 * (type `quoted`; a quote inside a report’s claim is linked to that claim
 * instead), one per sentence whose attributed partial quotes no report
 * covers (type `quoted`, the sentence as content), and one per body
 * sentence with no attribution in it (type `unattributed`, the reporter’s
 * own statement: `sourceId`, `mention` and `cue` `null`, confidence 1).
 *
 * A report’s content may be discontinuous (“The policy, he said, is
 * wrong”): the claim’s span is the range covering the content ranges that
 * start in the sentence where the first range ends, so it reads as one
 * proposition (the interrupting cue included); content ranges in later
 * sentences (a quotation taken over by the report) are left to their own
 * claims. Spans are trimmed of spaces and trailing `,;:` and dashes, and
 * always equal the input at their offsets.
 *
 * `checkworthiness` is `scoreCheckworthiness` on the claim’s content (its
 * words, markup blanked) — the highest score of its parts when it spans
 * sentences, since the model reads one sentence at a time — or on its
 * sentence when the content is shorter than five words. No rule adjusts the
 * score (that would break the model’s calibration): hedges and opinion lower
 * it only as far as the model has learnt. See the module comment for what
 * is not a claim.
 *
 * @param doc
 *   Parsed document.
 * @param quotes
 *   Quotes found (with attributions).
 * @param reports
 *   Attributions other than quotes (with `sourceId`s once sources ran).
 * @param sources
 *   Sources resolved (their kind decides whether first-person words are
 *   personal experience).
 * @returns
 *   Claims in input order, ids `c1`, `c2`, ….
 */
export function findClaims(doc: Doc, quotes: Quote[], reports: Report[], sources: Source[]): Claim[] {
  const sentenceCount = doc.sentences.length
  // Sentences that hold an attribution (a report or a direct quote).
  const framed = new Uint8Array(sentenceCount)
  // What attributions cover (content, cues, quotations), attributions
  // nested in the reporter’s clause, and sources’ mentions, by sentence
  // (see `leftoverClauses`).
  const ranges = new SentenceRanges(sentenceCount)
  const cover = (start: number, end: number, kind = frameRanges): void => {
    let index = sentenceAt(doc, start)
    if (index === -1) index = firstSentenceAfter(doc, start)
    for (; index !== -1 && index < sentenceCount && doc.sentences[index]!.start < end; index++) ranges.add(kind, index, start, end)
  }

  // Attributed partial quotes, in an array indexed by sentence.
  const partials: Array<Quote[] | undefined> = new Array(sentenceCount)
  const sourceKinds = new Map<string, Source['kind']>()
  // Index loops over the stages’ arrays, here and below: `for…of` compiles
  // to code specialised for one array shape (empty, holey, packed…), and as
  // articles brought new shapes it threw this big function’s compiled code
  // away again and again, well into a batch.
  for (let index = 0; index < sources.length; index++) {
    const source = sources[index]!
    sourceKinds.set(source.id, source.kind)
  }
  const drafts: Draft[] = []
  // Leftover clauses, then claims, are tokenized one at a time, each read
  // to the end before the next: they can share one token storage.
  const buffer = sharedTokenBuffer()

  for (let index = 0; index < reports.length; index++) {
    const report = reports[index]!
    // “Republicans who backed the plan were irritated …”: a restrictive
    // relative clause’s attribution sits inside the reporter’s clause, not
    // beside it (“Podesta, who said …, added …” is set off, and frame).
    // (Mentions are read only when as short as a relative pronoun: no string
    // is made for the others.)
    // So does a naming whose object went ahead as “what” (“in what
    // officials called a hate crime”): the reporter's clause goes on around it.
    const relative =
      report.mention !== null &&
      ((report.mention[1] - report.mention[0] <= 5 &&
        relativeMention.test(doc.view.slice(report.mention[0], report.mention[1])) &&
        !/[,(—–-]\s*$/.test(doc.view.slice(Math.max(0, report.mention[0] - 3), report.mention[0]))) ||
        frontedWhat.test(doc.view.slice(Math.max(0, report.mention[0] - 6), report.mention[0])))
    for (let part = 0; part < report.content.length; part++) {
      const range = report.content[part]!
      markSentences(doc, range[0], range[1], framed)
      if (relative) cover(report.mention![0], range[1], nestedRanges)
      else cover(range[0], range[1])
    }

    if (report.cue) {
      markSentences(doc, report.cue[0], report.cue[1], framed)
      if (!relative) cover(report.cue[0], report.cue[1])
    }

    if (report.mention) cover(report.mention[0], report.mention[1], mentionRanges)

    // “…, with Sen. John McCain calling it …”: the source after “with” is
    // frame; so is the subject of an attributed conjunct (“the subpoena was
    // withdrawn and Clinton agreed to testify”: the reporter’s clause ends
    // before “and Clinton”).
    if (
      report.mention &&
      report.mention[0] >= 5 &&
      (doc.view.startsWith('with ', report.mention[0] - 5) || (report.cue !== null && conjunctBefore(doc.view, report.mention, report.cue)))
    ) {
      cover(report.mention[0], report.mention[1])
    }

    const draft = reportDraft(doc, report, sourceKinds)
    if (draft) drafts.push(draft)
    if (report.content.length > 1) continuedDrafts(doc, report, sourceKinds, drafts)
  }

  // Report claims, by start, to find the one a quote lies in.
  const reportDrafts = [...drafts].sort((a, b) => a.start - b.start)
  const quotesById = new Map<string, Quote>()
  for (let index = 0; index < quotes.length; index++) quotesById.set(quotes[index]!.id, quotes[index]!)
  const containedIds = new Map<Draft, Set<string>>()

  for (let index = 0; index < quotes.length; index++) {
    const quote = quotes[index]!
    if (quote.kind === 'term' || quote.kind === 'title') continue
    const start = quote.contentPosition.start.offset
    const end = quote.contentPosition.end.offset
    const attribution = quoteAttribution(quote, quotesById)
    const container = containing(reportDrafts, start, end)
    if (container) {
      // A set beside the list: one report can hold thousands of quotes.
      let ids = containedIds.get(container)
      if (!ids) containedIds.set(container, (ids = new Set(container.quoteIds)))
      if (!ids.has(quote.id)) {
        ids.add(quote.id)
        container.quoteIds.push(quote.id)
      }
    }

    if (quote.kind === 'direct' || attribution) {
      cover(quote.position.start.offset, quote.position.end.offset)
      const cue = quote.attribution?.cue
      if (cue) {
        cover(cue.position.start.offset, cue.position.end.offset)
        // (A cue in a sentence of its own — “Ruth Richardson tweeted:” before
        // a block quote — leaves the frame of the quote there, no claim.)
        const cueSentence = sentenceAt(doc, cue.position.start.offset)
        if (cueSentence !== -1 && cueSentence < sentenceAt(doc, start)) {
          framed[cueSentence] = 1
        }
      }
      const mention = quote.attribution?.mention
      if (mention) cover(mention.position.start.offset, mention.position.end.offset, mentionRanges)
    }

    if (quote.kind === 'direct') {
      markSentences(doc, quote.position.start.offset, quote.position.end.offset, framed)
      if (container || !attribution) continue
      const [from, to] = trim(doc.view, start, end)
      if (to - from === 0 || !inBody(doc, from) || isQuestion(doc.view, from, to)) continue
      drafts.push({
        start: from,
        end: to,
        attribution,
        nested: [],
        quoteIds: [quote.id],
        inWords: isPersonal(attribution.sourceId, sourceKinds)
      })
    } else if (attribution && !container) {
      const sentence = sentenceAt(doc, start)
      if (sentence !== -1) {
        const list = partials[sentence]
        if (list) list.push(quote)
        else partials[sentence] = [quote]
      }
    }
  }

  // A report whose content is all quotation (“Cruz says that “when you live
  // by the pen, you die by the pen.””) is the speaker’s own words: quoted.
  // (One quotation is the content inside its marks, as a direct quote’s.)
  for (const [draft, ids] of containedIds) {
    if (draft.attribution.type === 'quoted' || !quotedThrough(doc.view, draft, ids, quotesById)) continue
    draft.attribution.type = 'quoted'
    const only = ids.size === 1 ? quotesById.get(ids.values().next().value!) : undefined
    if (only && only.position.start.offset! <= draft.start && only.position.end.offset! >= draft.end) {
      const [from, to] = trim(doc.view, only.contentPosition.start.offset!, only.contentPosition.end.offset!)
      draft.start = from
      draft.end = to
    }
  }

  // An interview’s answers are the interviewee’s words (see `interview.ts`),
  // and a transcript’s paragraph after a speaker’s label (“TRUMP: I think
  // it was a disaster. We won by a lot.”) is the speaker’s to its end.
  const answers = interviewAnswers(doc, sources)
  const labelled = speakerLabels(doc, reports)
  const own = (paragraph: number): {attribution: ClaimAttribution; inWords: boolean} => {
    const label = labelled.get(paragraph)
    if (label) return {attribution: toAttribution(doc, label), inWords: isPersonal(label.sourceId, sourceKinds)}
    const sourceId = answers.get(paragraph)
    return sourceId === undefined ? {attribution: unattributed(), inWords: false} : {attribution: interviewAttribution(sourceId), inWords: true}
  }

  let embedParagraph = -1
  let isEmbed = false
  // Most articles paste no post: look at paragraphs only when one may.
  const mayEmbed = doc.view.includes('pic.twitter.com/') || doc.view.includes('(@')
  for (let index = 0; index < sentenceCount; index++) {
    const sentence = doc.sentences[index]!
    const paragraph = doc.paragraphs[sentence.paragraph]!
    if (!bodyKinds.has(paragraph.kind)) continue
    if (mayEmbed && embedParagraph !== sentence.paragraph) {
      embedParagraph = sentence.paragraph
      isEmbed = socialEmbed.test(doc.view.slice(paragraph.start, paragraph.end))
    }

    // A pasted post (“… pic.twitter.com/x — Apple Music (@AppleMusic)
    // September 27, 2016”) is someone else’s words, not the reporter’s.
    if (isEmbed && partials[index] === undefined) continue
    let [start, end] = sentenceRange(doc, sentence)
    if (answers.has(sentence.paragraph)) start = afterAnswerLabel(doc.view, start, end)
    if (framed[index]) {
      // The reporter’s own clause beside an attribution (see `frame.ts`).
      const clauses = leftoverClauses(doc.view, start, end, ranges.get(frameRanges, index) ?? [], buffer, ranges.get(nestedRanges, index), ranges.get(mentionRanges, index))
      for (let clause = 0; clause < clauses.length; clause++) {
        const [from, to] = clauses[clause]!
        if (isQuestion(doc.view, from, to) || notProse(doc.view, from, to)) continue
        drafts.push({start: from, end: to, nested: [], quoteIds: [], ...own(sentence.paragraph)})
      }

      continue
    }

    if (end - start === 0 || isQuestion(doc.view, start, end) || notProse(doc.view, start, end) || wordCount(doc.view, start, end, 3) < 3) continue
    // “The package includes:”, “Here is what lawmakers said:” before a list
    // or a block quote: an introduction, whose content is below it.
    if (doc.view.charCodeAt(end) === 58 && introducesBlock(doc, index) && wordCount(doc.view, start, end, 13) <= 12) continue
    // “about $20 billion for border security; and”: a list’s joint, no part of the item.
    if (paragraph.kind === 'list-item') end = beforeListJoint(doc.view, start, end)
    // “The people spoke on condition of anonymity because …”: why sources go
    // unnamed is the frame of the article’s reports, no claim (as in a clause).
    if (end - start <= 300 && anonymityNote(doc.view.slice(start, end))) continue
    const quoted = partials[index]
    if (quoted) {
      const first = quotesById.get(quoted[0]!.id)!
      const attribution = quoteAttribution(first, quotesById)!
      drafts.push({
        start,
        end,
        attribution,
        nested: [],
        quoteIds: quoted.map((quote) => quote.id),
        inWords: isPersonal(attribution.sourceId, sourceKinds)
      })
    } else {
      drafts.push({start, end, nested: [], quoteIds: [], ...own(sentence.paragraph)})
    }
  }

  ranges.release()
  for (let index = 0; index < drafts.length; index++) {
    const draft = drafts[index]!
    draft.start = afterRubric(doc.view, draft.start, draft.end)
  }

  drafts.sort((a, b) => a.start - b.start || a.end - b.end)
  const claims: Claim[] = []
  // Check-worthiness of whole sentences, by index (claims of one sentence
  // share it); -1 until scored. (A plain array: a typed array’s buffer, made
  // per document, cost more than the scores it held.)
  const scores: number[] = new Array<number>(sentenceCount).fill(-1)
  let previous: Draft | undefined
  for (let index = 0; index < drafts.length; index++) {
    const draft = drafts[index]!
    // Two attributions with the same content (should not happen): keep the first.
    if (previous && previous.start === draft.start && previous.end === draft.end) continue
    previous = draft
    const claim = buildClaim(doc, draft, 'c' + (claims.length + 1), buffer, scores)
    if (claim) claims.push(claim)
  }

  return claims
}

/**
 * Ranges filed by sentence index, in the order added: what attributions
 * cover (`frameRanges`), attributions nested in the reporter’s clause
 * (`nestedRanges`), and sources’ mentions (`mentionRanges`). Kept as
 * numbers in lists linked per sentence, in typed arrays shared by every
 * call (`findClaims` runs one at a time and reads them only during its
 * call), and made into `[start, end]` pairs only for the sentence asked for. On dense reported speech every
 * sentence gets ranges: an array of pairs per sentence, held in a table
 * until the sentence loop, cost a write barrier per store and GC copying
 * (4% of `annotate` on the “pronouns” bench shape), and so did growing
 * plain arrays of numbers.
 */
class SentenceRanges {
  private readonly sentenceCount: number
  /** Entries used in {@link entryBuffer}. */
  private count = 0

  constructor(sentenceCount: number) {
    this.sentenceCount = sentenceCount
    // First and last entry of each kind’s list of each sentence, -1 for none.
    const needed = rangeKinds * 2 * sentenceCount
    if (listBuffer.length < needed) listBuffer = new Int32Array(Math.max(needed, listBuffer.length * 2))
    listBuffer.fill(-1, 0, needed)
  }

  add(kind: number, sentence: number, start: number, end: number): void {
    const entry = this.count++
    if (entryBuffer.length < 3 * this.count) {
      const grown = new Int32Array(entryBuffer.length * 2)
      grown.set(entryBuffer)
      entryBuffer = grown
    }

    const entries = entryBuffer
    // Per entry: its range, and the next entry of its list (-1 for none).
    entries[3 * entry] = start
    entries[3 * entry + 1] = end
    entries[3 * entry + 2] = -1
    const head = 2 * (kind * this.sentenceCount + sentence)
    const last = listBuffer[head + 1]!
    if (last === -1) listBuffer[head] = entry
    else entries[3 * last + 2] = entry
    listBuffer[head + 1] = entry
  }

  /** The ranges of `kind` in a sentence, in the order added (a new array), or `undefined` when it has none. */
  get(kind: number, sentence: number): Array<[number, number]> | undefined {
    let entry = listBuffer[2 * (kind * this.sentenceCount + sentence)]!
    if (entry === -1) return undefined
    const entries = entryBuffer
    const ranges: Array<[number, number]> = []
    for (; entry !== -1; entry = entries[3 * entry + 2]!) ranges.push([entries[3 * entry]!, entries[3 * entry + 1]!])
    return ranges
  }

  /** Give up storage grown past {@link rangeBufferLimit}, so one huge document does not keep it. */
  release(): void {
    if (listBuffer.length > rangeBufferLimit) listBuffer = new Int32Array(0)
    if (entryBuffer.length > rangeBufferLimit) entryBuffer = new Int32Array(3 * 1024)
  }
}

/** Kinds of {@link SentenceRanges}. */
const frameRanges = 0
const nestedRanges = 1
const mentionRanges = 2
const rangeKinds = 3
/** Most elements a {@link SentenceRanges} buffer keeps between calls (1 MB). */
const rangeBufferLimit = 1 << 18
let listBuffer = new Int32Array(0)
let entryBuffer = new Int32Array(3 * 1024)

/** The claim of a report, or `undefined` when it is not one. */
function reportDraft(doc: Doc, report: Report, sourceKinds: Map<string, Source['kind']>): Draft | undefined {
  if (report.content.length === 0) return undefined
  // In input order already (`findReports` sorts them).
  const ranges = report.content
  const first = ranges[0]!
  const sentence = sentenceAt(doc, Math.max(first[0], first[1] - 1))
  const sentenceEnd = sentence === -1 ? first[1] : doc.sentences[sentence]!.end
  let end = first[1]
  for (const range of ranges) {
    if (range[0] < sentenceEnd && range[1] > end) end = range[1]
  }

  // “WASHINGTON — The rate fell, the department said”: not the dateline.
  let start = afterDateline(doc, first[0], end)
  // “says that …”, “said on Thursday that …”: the complementizer is not
  // content. But “said that was …”: before a verb, “that” is the subject.
  if (
    report.cue &&
    report.cue[1] <= start &&
    start - report.cue[1] <= 60 &&
    complementizer.test(doc.view.slice(start, start + 16)) &&
    // (“rejected that characterization”: a determiner, before a noun and no clause.)
    !thatDeterminer(doc.view, start + 5, end)
  ) {
    start += 5
  }

  const [from, trimmed] = trim(doc.view, start, end)
  const to = beforeQuestion(doc, from, trimmed)
  // A headline (“Poll: …”, “Trump Says …”) counts when its source is one of
  // the article’s: “Revealed: …” and “Wow: …” are no attributions.
  if (to - from === 0 || !inBody(doc, from, report.sourceId === null ? bodyKinds : headlineKinds)) return undefined
  if (report.cue && questionCue.test(doc.view.slice(report.cue[0], report.cue[1]))) return undefined
  // “I believe that.”, “He always denied it.”, “The data says otherwise.”: a pro-form alone asserts nothing checkable.
  if (to - from <= 12 && bareProForm.test(doc.view.slice(from, to))) return undefined
  // “did not cite any evidence”, “never offered details”: a negated cue
  // with a noun phrase says what the source did not say, nothing more.
  if (report.cue && negatedCue.test(doc.view.slice(report.cue[0], report.cue[1])) && nounObject.test(doc.view.slice(from, to)) && !hasVerb(doc.view, from, to)) {
    return undefined
  }
  // “The Pentagon did not immediately respond [to requests for comment]”: the
  // cue may hold the non-response, so read cue and content together.
  if (report.cue) {
    const text = doc.view.slice(Math.min(report.cue[0], start), Math.max(report.cue[1], end))
    if (nonResponseHint.test(text) && (nonResponse.test(text) || refusal.test(text))) return undefined
  }

  // “who asked not to be identified because she feared retaliation”,
  // “declined to be named because …”: why the source goes unnamed is no claim.
  if (report.cue && inAnonymityClause(doc.view, report.cue, sentence === -1 ? 0 : doc.sentences[sentence]!.start)) return undefined
  // (The content may end before its “?”: “TAPPER: Do you think it was rigged?”.)
  if (isIndirectQuestion(doc, report, from) || isQuestion(doc.view, from, to) || questionMarkAt(doc.view, to)) return undefined
  const attribution = toAttribution(doc, report)
  return {
    start: from,
    end: to,
    attribution,
    nested: flattenNested(doc, report.nested),
    quoteIds: [...report.quoteIds],
    inWords: isPersonal(report.sourceId, sourceKinds)
  }
}

/**
 * The claims of a newswire quotation (`''…''`) that a report took on from
 * the sentence after its own (`''A,'' X said. ''B. C.''`, see
 * `../attribution/index.ts`): the speaker’s words, as a “…” quotation that
 * continues another is (type `quoted`; the mention and cue are the first
 * quotation’s, so none here unless the source is unresolved). Its sentences
 * are covered by the report, so without this they would make no claim.
 */
function continuedDrafts(doc: Doc, report: Report, sourceKinds: Map<string, Source['kind']>, drafts: Draft[]): void {
  const {view} = doc
  const first = report.content[0]!
  const sentence = sentenceAt(doc, Math.max(first[0], first[1] - 1))
  const sentenceEnd = sentence === -1 ? first[1] : doc.sentences[sentence]!.end
  for (let part = 1; part < report.content.length; part++) {
    const [start, end] = report.content[part]!
    // (Only a range after a `''` mark: a “…” quotation taken over makes its own claim.)
    if (start < sentenceEnd || !view.startsWith("''", start - 2)) continue
    const [from, trimmed] = trim(view, start, end)
    const to = beforeQuestion(doc, from, trimmed)
    if (to - from === 0 || !inBody(doc, from) || isQuestion(view, from, to)) continue
    const unresolved = report.sourceId === null
    drafts.push({
      start: from,
      end: to,
      attribution: {
        sourceId: report.sourceId,
        mention: unresolved && report.mention ? doc.location.span(report.mention[0], report.mention[1]) : null,
        cue: unresolved && report.cue ? doc.location.span(report.cue[0], report.cue[1]) : null,
        confidence: clamp(report.confidence),
        type: 'quoted',
        cueClass: 'speech'
      },
      nested: [],
      quoteIds: [],
      inWords: isPersonal(report.sourceId, sourceKinds)
    })
  }
}

/**
 * `to`, or, when the content spans sentences and ends in a question (“It
 * makes money. Why fix it?”), the end of its last sentence before the
 * questions: what it states is still a claim. (A step per sentence, from the end.)
 */
function beforeQuestion(doc: Doc, from: number, to: number): number {
  while (isQuestion(doc.view, from, to)) {
    const sentence = sentenceAt(doc, to - 1)
    if (sentence === -1 || doc.sentences[sentence]!.start <= from) break
    to = trim(doc.view, from, doc.sentences[sentence]!.start)[1]
  }

  return to
}

/**
 * Reports whose source is a transcript’s speaker label opening a paragraph
 * (“TRUMP: …”, “JAKE TAPPER: …”), by paragraph index.
 */
function speakerLabels(doc: Doc, reports: Report[]): Map<number, Report> {
  const result = new Map<number, Report>()
  for (const report of reports) {
    if (!report.cue || !report.mention || report.sourceId === null || doc.view.charCodeAt(report.cue[0]) !== 58 /* : */) continue
    // Transcripts set labels in capitals; “Jeb Bush: …” in a list is the
    // reporter’s account of each candidate, not their words.
    if (/\p{Ll}/u.test(doc.view.slice(report.mention[0], report.mention[1]))) continue
    const sentence = sentenceAt(doc, report.mention[0])
    if (sentence === -1) continue
    const paragraph = doc.sentences[sentence]!.paragraph
    let start = doc.paragraphs[paragraph]!.start
    while (start < report.mention[0] && doc.view.charCodeAt(start) === 32) start++
    if (start === report.mention[0] && !result.has(paragraph)) result.set(paragraph, report)
  }

  return result
}

/** Whether the quotes `ids` cover a draft’s span but for spaces and punctuation between them. */
function quotedThrough(view: string, draft: Draft, ids: Set<string>, quotesById: Map<string, Quote>): boolean {
  const spans: Array<[number, number]> = []
  for (const id of ids) {
    const quote = quotesById.get(id)
    if (quote) spans.push([quote.position.start.offset!, quote.position.end.offset!])
  }

  spans.sort((a, b) => a[0] - b[0])
  let at = draft.start
  for (const [start, end] of spans) {
    if (end <= at) continue
    if (start > at && /[\p{L}\p{N}]/u.test(view.slice(at, start))) return false
    at = Math.max(at, end)
    if (at >= draft.end) return true
  }

  return !/[\p{L}\p{N}]/u.test(view.slice(at, draft.end))
}

function toAttribution(doc: Doc, report: Report): ClaimAttribution {
  return {
    sourceId: report.sourceId,
    mention: report.mention ? doc.location.span(report.mention[0], report.mention[1]) : null,
    cue: report.cue ? doc.location.span(report.cue[0], report.cue[1]) : null,
    confidence: clamp(report.confidence),
    type: report.type,
    cueClass: report.cueClass
  }
}

function flattenNested(doc: Doc, nested: Report[]): ClaimAttribution[] {
  const result: ClaimAttribution[] = []
  for (const report of nested) {
    result.push(toAttribution(doc, report))
    result.push(...flattenNested(doc, report.nested))
  }

  return result
}

/**
 * The attribution of a quote, following `continues` to the quote that names
 * the speaker; `null` when nobody is named.
 */
function quoteAttribution(quote: Quote, quotesById: Map<string, Quote>): ClaimAttribution | null {
  let current: Quote | undefined = quote
  // Bounded walk: a malformed cycle cannot hang.
  for (let step = 0; current && step < 50; step++) {
    const attribution = current.attribution
    if (attribution && (attribution.sourceId !== null || attribution.mention !== null)) {
      const own = current === quote
      return {
        sourceId: attribution.sourceId,
        mention: own ? attribution.mention : null,
        cue: own ? attribution.cue : null,
        confidence: clamp(attribution.confidence),
        type: 'quoted',
        cueClass: 'speech'
      }
    }

    current = current.continues ? quotesById.get(current.continues) : undefined
  }

  return null
}

function unattributed(): ClaimAttribution {
  return {sourceId: null, mention: null, cue: null, confidence: 1, type: 'unattributed', cueClass: null}
}

/** An interview answer’s attribution: the interviewee’s own words, with no quotation marks or cue. */
function interviewAttribution(sourceId: string): ClaimAttribution {
  return {sourceId, mention: null, cue: null, confidence: 0.8, type: 'quoted', cueClass: 'speech'}
}

function isPersonal(sourceId: string | null, sourceKinds: Map<string, Source['kind']>): boolean {
  if (sourceId === null) return true
  const kind = sourceKinds.get(sourceId)
  return kind === undefined || kind === 'person' || kind === 'anonymous' || kind === 'unknown'
}

/**
 * Build the claim: tokens once, then times, quantities, modality, kind,
 * score; `undefined` for a non-response.
 */
function buildClaim(doc: Doc, draft: Draft, id: string, buffer: TokenBuffer, scores: number[]): Claim | undefined {
  const {start, end} = draft
  const {location, view} = doc
  const summary = {flags: 0}
  const tokens = tokenize(view, start, end, summary, buffer)
  if (tokens.length === 0 || ((summary.flags & RESPONSE) !== 0 && isNonResponse(view, tokens))) return undefined
  // Most sentences have no number, time word or unit: skip both extractors.
  const hasAmounts = (summary.flags & (DIGITS | NUMBER | TIME | UNIT)) !== 0
  const timeMatches = hasAmounts ? matchTimes(tokens, doc.published) : []
  const inTime = coveredByMatches(tokens, timeMatches)
  const quantityMatches = hasAmounts ? matchQuantities(tokens, inTime) : []
  const {kind, subkind} = classifyClaim(tokens, quantityMatches, timeMatches, draft.inWords, draft.attribution.cue?.text.toLowerCase(), doc.published)
  const sentenceIds: string[] = []
  let paragraphId: string | undefined
  const first = Math.max(0, sentenceAt(doc, start))
  let last = first - 1
  for (let index = first; index < doc.sentences.length; index++) {
    const sentence = doc.sentences[index]!
    if (sentence.start >= end) break
    if (sentence.end <= start) continue
    sentenceIds.push(sentence.id)
    paragraphId ??= doc.paragraphs[sentence.paragraph]!.id
    last = index
  }

  paragraphId ??= paragraphAt(doc, start)
  // The model scores one sentence at a time: a claim over several sentences
  // (a long quotation) is as check-worthy as its most check-worthy part. The
  // view (markup blanked) is what the model reads. A claim too short to
  // score on its own (“it is legal”) gets the score of its sentence, so its
  // own words are not scored at all.
  let checkworthiness = -1
  if (sentenceIds.length > 1 || (sentenceIds.length === 1 && wordTokens(tokens, 5) >= 5)) {
    for (let index = first; index <= last; index++) {
      const sentence = doc.sentences[index]!
      if (sentence.end <= start) continue
      const score =
        start <= sentence.start && sentence.end <= end
          ? sentenceScore(doc, index, scores)
          : scoreCheckworthiness(view.slice(Math.max(start, sentence.start), Math.min(end, sentence.end)))
      if (score > checkworthiness) checkworthiness = score
    }
  }

  if (checkworthiness === -1) {
    checkworthiness = first < doc.sentences.length ? sentenceScore(doc, first, scores) : scoreCheckworthiness(view.slice(start, end))
  }

  const span = location.span(start, end)
  // In the schema's key order: `annotate` returns this object as is.
  return {
    text: span.text,
    position: span.position,
    id,
    kind,
    subkind,
    sentenceIds,
    paragraphId,
    attribution: draft.attribution,
    nested: draft.nested,
    quoteIds: draft.quoteIds,
    quantities: quantityMatches.map((match) => toQuantity(location, match)),
    times: timeMatches.map((match) => toTimeExpression(location, match)),
    hedges: tokenSpans(doc, tokens, findHedges(tokens), inTime),
    negations: withCueNegation(doc, draft.attribution.cue, tokenSpans(doc, tokens, findNegations(tokens), inTime)),
    checkworthiness: clamp(checkworthiness)
  }
}

/** `scoreCheckworthiness` of a whole sentence, scored once per document. */
function sentenceScore(doc: Doc, index: number, scores: number[]): number {
  let score = scores[index]!
  if (score === -1) {
    const sentence = doc.sentences[index]!
    score = scoreCheckworthiness(doc.view.slice(sentence.start, sentence.end))
    scores[index] = score
  }

  return score
}

function tokenSpans(doc: Doc, tokens: Token[], pairs: Array<[number, number]>, inTime: Uint8Array): Span[] {
  const result: Span[] = []
  for (const [first, last] of pairs) {
    if (inTime[first]) continue
    result.push(doc.location.span(tokens[first]!.start, tokens[last]!.end))
  }

  return result
}

/**
 * A source that denies the content, or does not say it (“She denied that
 * the company paid bribes”, “He never said the election was stolen”), is no
 * source asserting it: the denying cue, or the negation of the cue (found as
 * in the content, by `findNegations`), goes first among the claim’s
 * negations.
 */
function withCueNegation(doc: Doc, cue: Span | null, negations: Span[]): Span[] {
  const found = cue ? cueNegation(doc, cue) : undefined
  if (!found) return negations
  const result = [found, ...negations]
  // (After the content when the cue comes last: “…, she denied.”)
  if (negations.length > 0 && found.position.start.offset! > negations[0]!.position.start.offset!) {
    result.sort((a, b) => a.position.start.offset! - b.position.start.offset!)
  }

  return result
}

/** The denying cue (“denied”), or the negation of the cue (“did not say”, “never said”, “hasn’t publicly said”). */
function cueNegation(doc: Doc, cue: Span): Span | undefined {
  const start = cue.position.start.offset!
  const end = cue.position.end.offset!
  const space = cue.text.indexOf(' ')
  const first = space === -1 ? cue.text : cue.text.slice(0, space)
  if (denialCues.has(first.toLowerCase())) return doc.location.span(start, start + first.length)
  // The cue and a short window before it: the auxiliary and an adverb at
  // most. (Tokenized only when a negation may be there: this runs for every
  // attributed claim.)
  const from = Math.max(0, start - 24)
  const window = doc.view.slice(from, end)
  if (!(window.includes('not') || window.includes('never') || window.includes('n’t') || window.includes("n't") || window.includes('Never'))) return undefined
  const tokens = tokenize(doc.view, from, end)
  const last = findNegations(tokens).at(-1)
  if (!last) return undefined
  // Inside the cue (“didn’t really care about”), or one adverb at most before it (“has not publicly said”).
  const negationEnd = tokens[last[1]]!.end
  let between = 0
  for (let index = last[1] + 1; index < tokens.length && tokens[index]!.end <= start; index++) {
    if (tokens[index]!.kind !== 'word' || ++between > 1) return undefined
  }

  return doc.location.span(tokens[last[0]]!.start, negationEnd)
}

/** Cues that deny what follows. */
const denialCues = new Set(['deny', 'denies', 'denied', 'denying', 'dispute', 'disputes', 'disputed', 'disputing', 'refute', 'refutes', 'refuted'])

/** Mark the sentences overlapping `[start, end)`. */
function markSentences(doc: Doc, start: number, end: number, marks: Uint8Array): void {
  let index = sentenceAt(doc, start)
  if (index === -1) index = firstSentenceAfter(doc, start)
  for (; index < doc.sentences.length && index !== -1; index++) {
    const sentence = doc.sentences[index]!
    if (sentence.start >= end && !(start === end && sentence.start === start)) break
    marks[index] = 1
  }
}

/** Index of the first sentence starting at or after `offset`, else -1. */
function firstSentenceAfter(doc: Doc, offset: number): number {
  const {sentences} = doc
  let low = 0
  let high = sentences.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sentences[middle]!.start < offset) low = middle + 1
    else high = middle
  }

  return low < sentences.length ? low : -1
}

function paragraphAt(doc: Doc, offset: number): string {
  // Paragraphs are in order and do not overlap: a scan here ran once per
  // claim outside every sentence.
  const index = indexAt(doc.paragraphs, offset)
  return (index === -1 ? doc.paragraphs[0] : doc.paragraphs[index])?.id ?? 'p1'
}

function inBody(doc: Doc, offset: number, kinds = bodyKinds): boolean {
  const index = sentenceAt(doc, offset)
  if (index === -1) return false
  return kinds.has(doc.paragraphs[doc.sentences[index]!.paragraph]!.kind)
}

/** A sentence’s range without the dateline (“WASHINGTON — ”) or a run-in heading (“TWO MORE BITE THE DUST Rand Paul …”). */
function sentenceRange(doc: Doc, sentence: DocSentence): [number, number] {
  const start = afterSignature(doc.view, afterDateline(doc, sentence.start, sentence.end), sentence.end)
  return trim(doc.view, afterRunInHeading(doc.view, start, sentence.end), sentence.end)
}

/**
 * `start`, or where the sentence begins after a run-in heading in capitals:
 * newsletters open each item so (“TWO MORE BITE THE DUST FOR THE NEXT GOP
 * DEBATE STAGE Rand Paul and Carly Fiorina didn’t make the cut”, “SANDERS
 * HAS ADVANTAGE IN NEW HAMPSHIRE - Since January, …”), and the heading is
 * no part of the claim. Three words in capitals at least, then a
 * capitalised word in lowercase (or a quotation mark); or a dash. A
 * sentence whose capitals go on in lowercase (“NATO AND THE EU said”) is
 * left whole.
 */
function afterRunInHeading(view: string, start: number, end: number): number {
  if (!isUpperAscii(view.charCodeAt(start)) || !isUpperAscii(view.charCodeAt(start + 1))) return start
  let words = 0
  let index = start
  // (At most 24 words: a heading is short, and the scan stays bounded.)
  while (index < end && words < 24) {
    let wordEnd = index
    let lower = false
    let code = view.charCodeAt(wordEnd)
    // (A no-break space parts words too: “SCHULTZ RESIGNS After”.)
    while (wordEnd < end && code !== 32 && code !== 0xa0 && code !== 0x2013 && code !== 0x2014) {
      if ((code >= 97 && code <= 122) || (code > 127 && code !== 0x2019 && code !== 0x201c && code !== 0x201d && /\p{Ll}/u.test(view.charAt(wordEnd)))) lower = true
      code = view.charCodeAt(++wordEnd)
    }

    if (wordEnd === index && (code === 32 || code === 0xa0)) {
      index++
      continue
    }

    const first = view.charCodeAt(index)
    if ((wordEnd - index === 1 && first === 45) || (wordEnd === index && (code === 0x2013 || code === 0x2014))) {
      // “HEADING - Body”, “HEADING — Body”, “AT ITS CORE—"For …”: the dash ends the heading.
      let after = wordEnd + 1
      while (after < end && (view.charCodeAt(after) === 32 || view.charCodeAt(after) === 0xa0)) after++
      return words >= 3 && after < end ? after : start
    }

    if (wordEnd > index && (code === 0x2013 || code === 0x2014) && !lower) {
      // A word in capitals against the dash: count it, and read the dash next.
      words++
      index = wordEnd
      continue
    }

    if (lower) {
      // The body: a capitalised word or a quotation opening one.
      const lead = first === 0x201c || first === 34 ? view.charCodeAt(index + 1) : first
      return words >= 3 && isUpperAscii(lead) ? index : start
    }

    words++
    index = wordEnd + 1
  }

  return start
}

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90
}

/**
 * `start`, or after the signature of the quotation before when one opens
 * `[start, end)` unpunctuated (“― Jacklyn Ashley “Trump must stop …””: the
 * name ends the previous quotation, not this one).
 */
function afterSignature(view: string, start: number, end: number): number {
  const code = view.charCodeAt(start)
  if (code !== 0x2015 && code !== 0x2014 && code !== 0x2013) return start
  const match = signatureBefore.exec(view.slice(start, Math.min(end, start + 80)))
  return match ? start + match[0].length : start
}

const signatureBefore = /^[―—–]\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,5}(?=[“"])/u

/** `start`, or where the text begins after the dateline (“WASHINGTON — ”) when `[start, end)` holds it. */
function afterDateline(doc: Doc, start: number, end: number): number {
  const dateline = doc.structure.dateline
  if (!dateline || dateline[0] < start || dateline[1] >= end) return start
  return afterDatelineMark(doc.view, dateline[1], end)
}

/** The report claim whose span holds `[start, end)`, if any. */
function containing(sorted: Draft[], start: number, end: number): Draft | undefined {
  let low = 0
  let high = sorted.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sorted[middle]!.start <= start) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }

  // Report claims barely overlap; look at the two nearest.
  for (let index = found; index >= 0 && index >= found - 1; index--) {
    const draft = sorted[index]!
    if (draft.start <= start && end <= draft.end) return draft
  }

  return undefined
}

/**
 * Where a claim starts after a rubric in capitals (“THE FACTS: …”, “BOTTOM
 * LINE: …”): a fact-check’s layout, not part of what is claimed. (A
 * transcript’s “PENCE: …” is a speaker’s label, left out of his words by
 * the attribution already.)
 */
function afterRubric(view: string, start: number, end: number): number {
  const first = view.charCodeAt(start)
  // (A live blog’s time stamp: “**10:12 p.m.** — The Associated Press called …”.)
  if (first >= 48 && first <= 57) {
    timeStamp.lastIndex = start
    return timeStamp.test(view) && timeStamp.lastIndex < end ? timeStamp.lastIndex : start
  }

  // Two capitals first, or no rubric: the test most claims stop at.
  if (!isCapital(first)) return start
  if (!isCapital(view.charCodeAt(start + 1))) {
    // (Or a rubric in title case: “Exclusive: Unilever in talks …”.)
    titleCaseRubric.lastIndex = start
    return titleCaseRubric.test(view) && titleCaseRubric.lastIndex < end ? titleCaseRubric.lastIndex : start
  }

  let index = start + 2
  while (index < end && index - start < 24) {
    const code = view.charCodeAt(index)
    if (!isCapital(code) && code !== 32 && code !== 38 /* & */ && code !== 39 && code !== 0x20_19) break
    index++
  }

  if (view.charCodeAt(index) !== 58 /* : */ || !isSpace(view.charCodeAt(index + 1))) return start
  index += 2
  while (index < end && isSpace(view.charCodeAt(index))) index++
  return index < end ? index : start
}

/** A time of day and a dash opening a live blog’s entry (markup before the dash is blank in the view). */
const timeStamp = /\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?[ \t]{0,4}[—–][ \t]+/y

/** A desk’s label before a headline or a story (Reuters’ “Exclusive:”, “Factbox:”), with the spaces after it. */
const titleCaseRubric = /(?:Exclusive|Analysis|Explainer|Factbox|Breaking|Update|Watch|Live|Opinion|Editorial|Insight|Fact check|Fact Check)\s?:[ \t]+/y

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90
}

/** Trim spaces (and blanked markup) on both ends and `,;:` or dashes at the end. */
function trim(view: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(view.charCodeAt(start))) start++
  while (end > start) {
    const code = view.charCodeAt(end - 1)
    if (isSpace(code) || code === 44 || code === 59 || code === 58 || code === 0x20_14 || code === 0x20_13 || code === 45) end--
    else break
  }

  return [start, end]
}

/** Whether sentence `index` closes its paragraph and a list item or a block quote follows. */
function introducesBlock(doc: Doc, index: number): boolean {
  const sentence = doc.sentences[index]!
  const next = doc.paragraphs[sentence.paragraph + 1]
  const following = doc.sentences[index + 1]
  return next !== undefined && (next.kind === 'list-item' || next.kind === 'blockquote') && (following === undefined || following.paragraph !== sentence.paragraph)
}

/** `end`, or before a list item’s closing joint (“…; and”, “…, or”). */
function beforeListJoint(view: string, start: number, end: number): number {
  const match = listJoint.exec(view.slice(Math.max(start, end - 8), end))
  return match ? trim(view, start, end - match[0].length)[1] : end
}

const listJoint = /[;,]\s*(?:and|or)$/

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0
}

/** Whether the content at `from` is an indirect question (“whether …”; “if …” after a negated or doubting cue). */
function isIndirectQuestion(doc: Doc, report: Report, from: number): boolean {
  const opener = doc.view.slice(from, from + 8)
  if (!questionOpener.test(opener)) return false
  // (Before its cue, a “whether” clause may be the subject of the claim:
  // “Whether the model works will be part of the postmortem, said X”;
  // unless the cue doubts it: “Whether it was legal, she did not know”.)
  if (/^whether\b/i.test(opener)) return report.cue === null || from >= report.cue[0] || ifQuestionHint.test(doc.view.slice(report.cue[0], report.cue[1]))
  // “if …”, “how many …”, “when …” are questions after a negated or doubting
  // cue (“did not say how many”, “declined to say when”); after “said” they
  // may open the claim (“said if elected he would …”, “said when elected …”).
  // Only a content after its cue, and only the cue's own clause: in “If the
  // demands are not met, Taylor said, …” the “not” is the claim's.
  if (report.cue === null || from < report.cue[1]) return false
  const before = doc.view.slice(Math.max(0, report.cue[0] - 30), report.cue[1])
  return ifQuestionHint.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1))
}

/**
 * Whether `view[start..end)` is no sentence of the article: a signature
 * after a quotation (“― Karen Bobadilla.”, “— Jane Q. Doe”), a credit line left inside a paragraph (“(Reporting by
 * …; Editing by …)”), or style sheet code pasted into the text
 * (“.gmobile { width:100%; …”).
 */
function notProse(view: string, start: number, end: number): boolean {
  const first = view.charCodeAt(start)
  if (end - start <= 80 && (first === 8213 || first === 8212 || first === 8211 || first === 45) && signature.test(view.slice(start, end))) return true
  // (Credit lines open with “(”, “Reporting”, “Additional”, “Writing”,
  // “Editing”, “Photo”, “Image”, “Illustration” or “Video”.)
  const lead = first | 32
  if ((first === 40 || lead === 114 || lead === 97 || lead === 119 || lead === 101 || lead === 112 || lead === 105 || lead === 118) && creditLine.test(view.slice(start, Math.min(end, start + 40)))) return true
  if (end - start <= 60 && cssLine.test(view.slice(start, end))) return true
  if (end - start <= 200 && titleCase(view, start, end)) return true
  // (Braces and “name:value;” are rare in prose: test them before the regex.)
  const text = view.slice(start, end)
  // (Every call to follow or write has a handle, an address or a link.)
  if (end - start <= 200 && pagePrompt(text)) return true
  // A style sheet’s at-rule pasted with the page (“@media screen and (max-width: 600px) {”).
  if (first === 64 && /^@(?:media|import|font-face|keyframes|supports)\b/.test(text)) return true
  if (text.includes(';')) {
    // Two declarations, or one inside braces.
    cssDeclarations.lastIndex = 0
    let count = 0
    while (count < 2 && cssDeclarations.exec(text)) count++
    if (count === 2 || (count === 1 && (text.includes('{') || text.includes('}')))) return true
  }

  return false
}

/**
 * Whether every word of `view[start..end)` is capitalized, five words or
 * more: a headline pasted into the body (“GOP Candidates Resoundingly
 * Reject The Idea Of A Minimum Wage Hike.”), not a sentence of it.
 */
function titleCase(view: string, start: number, end: number): boolean {
  let words = 0
  let atWordStart = true
  for (let index = start; index < end; index++) {
    const code = view.charCodeAt(index)
    if (code === 32 || code === 10 || code === 0xa0) {
      atWordStart = true
      continue
    }

    if (!atWordStart) continue
    atWordStart = false
    // (Lowercase: prose. Digits, punctuation and other scripts: no vote.)
    if (code >= 97 && code <= 122) return false
    if (code >= 65 && code <= 90) words++
  }

  return words >= 5
}

const signature = /^[―—–-]\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,5}\.?$/u
const creditLine = /^\(?\s*(?:(?:additional\s+)?(?:reporting|writing|editing)\s+by\s|(?:ap\s+|reuters\s+|afp\s+)?(?:photo(?:graph)?s?|images?|illustration|video)(?:\s+(?:by|courtesy\s+of)\s|\s*[:/]))/i
// A line that is one declaration (“float:left;”; not “http://…”).
const cssLine = /^\s*[a-z-]{3,30}:[^\s;:{}/][^\s;:{}]{0,39};?\s*$/
// A declaration: a property, a colon and a value without spaces, then a
// semicolon (each part bounded: no backtracking).
const cssDeclarations = /(?:^|[\s{;])[a-z-]{3,30}:\s?[^\s;:{}]{1,40};/g

/** Whether a `?` follows `offset`, after closing quotation marks and spaces on the line. */
function questionMarkAt(view: string, offset: number): boolean {
  let index = offset
  while (index < view.length && index - offset < 4) {
    const code = view.charCodeAt(index)
    if (code === 63) return true
    if (code !== 32 && code !== 34 && code !== 39 && code !== 0x20_1d && code !== 0x20_19) return false
    index++
  }

  return false
}

/** Whether `view[start..end)` ends in a question mark (before closing quotes and brackets). */
function isQuestion(view: string, start: number, end: number): boolean {
  let index = end - 1
  while (index >= start) {
    const char = view.charAt(index)
    if (char === '?') return true
    if (!/[\s”"’')\]*_]/.test(char)) return false
    index--
  }

  return false
}

function wordCount(view: string, start: number, end: number, limit: number): number {
  let count = 0
  let inWord = false
  for (let index = start; index < end; index++) {
    const code = view.charCodeAt(index)
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127
    if (letter && !inWord) count++
    inWord = letter
    if (count >= limit) return count
  }

  return count
}

/** Number of word tokens, counting up to `limit`. */
function wordTokens(tokens: Token[], limit: number): number {
  let count = 0
  for (const token of tokens) {
    if (token.kind !== 'punct' && ++count >= limit) break
  }

  return count
}

function clamp(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0
}

/**
 * Whether the mention opens a conjunct (`and` or `but` right before it) and
 * its cue follows it (“…, and some families said”): what is left of the
 * conjunct is then the attribution’s.
 */
function conjunctBefore(view: string, mention: [number, number], cue: [number, number]): boolean {
  if (cue[0] < mention[1] || cue[0] - mention[1] > 24) return false
  return conjunctEnd.test(view.slice(Math.max(0, mention[0] - 6), mention[0])) && mentionToCue.test(view.slice(mention[1], cue[0]))
}

const conjunctEnd = /(?:^|\W)(?:and|but)\s{1,2}$/
// Between the mention and its cue: space, a contracted or plain auxiliary, an adverb (bounded).
const mentionToCue = /^(?:[’']s|[’']ve|[’']d)?(?:\s{1,2}(?:has|have|had|is|are|was|were|will|would|also|still|now|[a-z]+ly)){0,2}\s{0,2}$/
