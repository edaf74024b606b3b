/**
 * The claimtrace data model: zod schemas are the single source of truth and
 * every type is inferred from its schema (schema and type share a name).
 */
import * as z from 'zod'

/**
 * Version of the annotation format; bumped on any breaking change to the
 * shape, checked when annotations are loaded back.
 */
export const schemaVersion = '1' as const

const offset = z.number().int().nonnegative()

/**
 * One place in the input: 1-based `line` and `column`, 0-based `offset` in
 * UTF-16 code units into the caller's original string (as in unist).
 */
export const Point = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset
})
/** One place in the input (see {@link Point}). */
export type Point = z.infer<typeof Point>

/**
 * A range of the input; `end` is exclusive (as in unist).
 */
export const Position = z.object({start: Point, end: Point})
/** A range of the input (see {@link Position}). */
export type Position = z.infer<typeof Position>

/**
 * Exact words of the input: `text` always equals
 * `input.slice(position.start.offset, position.end.offset)`.
 */
export const Span = z.object({text: z.string(), position: Position})
/** Exact words of the input (see {@link Span}). */
export type Span = z.infer<typeof Span>

/** What a source is. */
export const SourceKind = z.enum([
  'person',
  'organization',
  'document',
  'group',
  'anonymous',
  'unknown'
])
/** What a source is (see {@link SourceKind}). */
export type SourceKind = z.infer<typeof SourceKind>

/**
 * How a mention names its source: `name` (full name, “Patrick J. Leahy”),
 * `surname` (“Leahy”), `given-name`, `pronoun` (“she”), `title` (“the
 * senator”), `description` (“the memo”, “a Dec. 2 document”), `anonymous`
 * (“a source”, “people familiar with the matter”).
 */
export const MentionKind = z.enum([
  'name',
  'surname',
  'given-name',
  'pronoun',
  'title',
  'description',
  'anonymous'
])
/** How a mention names its source (see {@link MentionKind}). */
export type MentionKind = z.infer<typeof MentionKind>

/** Words in the article that refer to a source. */
export const Mention = Span.extend({kind: MentionKind})
/** Words in the article that refer to a source (see {@link Mention}). */
export type Mention = z.infer<typeof Mention>

/** How one source relates to another. */
export const RelationType = z.enum(['affiliation', 'signer', 'author', 'member', 'represents'])
/** How one source relates to another (see {@link RelationType}). */
export type RelationType = z.infer<typeof RelationType>

/**
 * A link from a source to another source: `affiliation` (a person’s
 * organization), `signer` (who signed a document), `author`, `member`,
 * `represents` (the source speaks for the other: “his spokesman”, “Trump’s
 * lawyer”, “her campaign”).
 */
export const Relation = z.object({type: RelationType, sourceId: z.string()})
/** A link between sources (see {@link Relation}). */
export type Relation = z.infer<typeof Relation>

/** Grammatical gender used to resolve pronouns; `null` when unknown. */
export const Gender = z.enum(['female', 'male', 'neuter'])
/** Grammatical gender (see {@link Gender}). */
export type Gender = z.infer<typeof Gender>

/**
 * One real-world source in the article (a person, organization, document,
 * group, or anonymous source), with every mention that refers to it.
 */
export const Source = z.object({
  /** Deterministic within a document: `src1`, `src2`, … in order of first mention. */
  id: z.string(),
  kind: SourceKind,
  /** Canonical name: the longest proper name, else the most specific description. */
  name: z.string(),
  /** Titles and roles (“Defense Secretary”, “Former senator”). */
  titles: z.array(z.string()),
  /** Affiliation in words (“Human Rights Watch”); also a relation when it is a source. */
  affiliation: z.string().nullable(),
  /** Party tag (“D”, “R”, “I”) from forms such as `(D-Vt.)`. */
  party: z.string().nullable(),
  /**
   * State or place: a person’s tag (“Vt.”) from forms such as `(D-Vt.)` or
   * “Sen. Rand Paul of Kentucky”; a body’s owner (“Russia” in “Russia’s
   * Defense Ministry”).
   */
  state: z.string().nullable(),
  gender: Gender.nullable(),
  /** Singular or plural, to resolve “they” and groups. */
  plural: z.boolean(),
  relations: z.array(Relation),
  mentions: z.array(Mention)
})
/** One real-world source in the article (see {@link Source}). */
export type Source = z.infer<typeof Source>

/**
 * Who an annotation is attributed to: `mention` is the words in *this*
 * passage that name the source (“Leahy”, “she”, “the memo”), `cue` the words
 * that mark the attribution (“said”, “wrote”, “according to”, “:”).
 * Either span is `null` when the text has none (a quote that continues the
 * previous speaker has no new mention).
 */
export const Attribution = z.object({
  sourceId: z.string().nullable(),
  mention: Span.nullable(),
  cue: Span.nullable(),
  confidence: z.number().min(0).max(1)
})
/** Who an annotation is attributed to (see {@link Attribution}). */
export type Attribution = z.infer<typeof Attribution>

/**
 * What a pair of quotation marks holds: `direct` (someone’s words as a
 * sentence or more), `partial` (a fragment of someone’s words inside the
 * writer’s sentence), `term` (a term, name, or scare quote that nobody is
 * quoted as saying: “called “nonpersistent” mines”), `title` (a title of a
 * work: “on “Saturday Night Live””).
 */
export const QuoteKind = z.enum(['direct', 'partial', 'term', 'title'])
/** What a pair of quotation marks holds (see {@link QuoteKind}). */
export type QuoteKind = z.infer<typeof QuoteKind>

/**
 * A quotation: its span covers the quotation marks.
 */
export const Quote = Span.extend({
  /** Deterministic within a document: `q1`, `q2`, … in input order. */
  id: z.string(),
  kind: QuoteKind,
  /** The quoted words, without quotation marks and markdown, whitespace collapsed. */
  content: z.string(),
  /** Range between the marks (what a UI highlights as the quoted words). */
  contentPosition: Position,
  /** The opening and closing mark as written; `close` is `null` when unclosed. */
  marks: z.object({open: z.string(), close: z.string().nullable()}),
  /** Paragraph (`p…`) the quote starts in. */
  paragraphId: z.string(),
  /** Sentences (`s…`) the quote overlaps. */
  sentenceIds: z.array(z.string()),
  /** Id of the quote this one continues (same speaker, no new attribution). */
  continues: z.string().nullable(),
  attribution: Attribution.nullable()
})
/** A quotation (see {@link Quote}). */
export type Quote = z.infer<typeof Quote>

/**
 * How a claim is attributed: `quoted` (in quotation marks, or an answer in
 * a question-and-answer interview: the interviewee’s words), `reported`
 * (reported speech: “X said that …”), `according-to`, `document` (a
 * document that says it), `unattributed` (the reporter’s own statement).
 */
export const AttributionType = z.enum([
  'quoted',
  'reported',
  'according-to',
  'document',
  'unattributed'
])
/** How a claim is attributed (see {@link AttributionType}). */
export type AttributionType = z.infer<typeof AttributionType>

/**
 * The class of the cue (PolNeAR’s classes beyond speech): `speech` (said,
 * told), `belief` (thinks, believes), `intention` (wants, plans to),
 * `perception` (saw, heard), `evidence` (a report shows).
 */
export const CueClass = z.enum(['speech', 'belief', 'intention', 'perception', 'evidence'])
/** The class of the cue (see {@link CueClass}). */
export type CueClass = z.infer<typeof CueClass>

/** An attribution of a claim: an {@link Attribution} with its type and cue class. */
export const ClaimAttribution = Attribution.extend({
  type: AttributionType,
  cueClass: CueClass.nullable()
})
/** An attribution of a claim (see {@link ClaimAttribution}). */
export type ClaimAttribution = z.infer<typeof ClaimAttribution>

/**
 * Full Fact’s claim typology: `quantity`, `prediction`, `causation`
 * (correlation or causation), `rule` (laws and rules), `experience`
 * (personal experience), `other`.
 */
export const ClaimKind = z.enum(['quantity', 'prediction', 'causation', 'rule', 'experience', 'other'])
/** Full Fact’s claim typology (see {@link ClaimKind}). */
export type ClaimKind = z.infer<typeof ClaimKind>

/** A finer class for quantity claims and others where it helps. */
export const ClaimSubkind = z.enum(['current-value', 'change', 'comparison', 'ranking', 'event'])
/** A finer claim class (see {@link ClaimSubkind}). */
export type ClaimSubkind = z.infer<typeof ClaimSubkind>

/** One bound of a quantity (`inclusive: false` for “more than 160”). */
export const Bound = z.object({value: z.number(), inclusive: z.boolean()})
/** One bound of a quantity (see {@link Bound}). */
export type Bound = z.infer<typeof Bound>

/**
 * A quantity in a claim: “nearly 2,000 people” → value 2000, `upper`
 * {2000, inclusive}, `approximate`, noun “people”; “tens of thousands of
 * mines” → `vague`, bounds 10,000–99,999.
 */
export const Quantity = Span.extend({
  /** The number as stated, `null` for vague amounts with no single value. */
  value: z.number().nullable(),
  lower: Bound.nullable(),
  upper: Bound.nullable(),
  /**
   * `count`, `percent`, `money` (with `currency`), `ordinal`, `measure`,
   * `ratio` (a multiplier: “three times as many”, “doubled” → 2).
   */
  unit: z.enum(['count', 'percent', 'money', 'ordinal', 'measure', 'ratio']),
  currency: z.string().nullable(),
  /** The noun counted (“people”, “countries”), when there is one. */
  noun: z.string().nullable(),
  approximate: z.boolean(),
  vague: z.boolean()
})
/** A quantity in a claim (see {@link Quantity}). */
export type Quantity = z.infer<typeof Quantity>

/**
 * A time expression: `date` (“Dec. 2”), `year` (“In 2024”, “1997”),
 * `relative` (“this year”, “three decades ago”), `duration` (“within 90
 * days”). `value` is an ISO 8601 date or year when it can be resolved
 * (against the article’s date for relative ones; a date without a year is
 * the nearest one, before the article’s date in a past-tense sentence and
 * after it in one about the future), else `null`; quarters and halves use
 * the TIMEX3 forms (“the first quarter of 2023” → `2023-Q1`, “the second
 * half of 2015” → `2015-H2`), as do fiscal years (“fiscal 2025” → `FY2025`,
 * “the third quarter of fiscal 2025” → `FY2025-Q3`), weeks (“the week of
 * March 4” → `2026-W10`), seasons and weekends (“last fall” →
 * `2025-FA`, “this weekend” → `2025-W49-WE`), and a part of a period keeps the period’s
 * value (“end of the year” → the year, “early 2017” → `2017`).
 */
export const TimeExpression = Span.extend({
  type: z.enum(['date', 'year', 'relative', 'duration']),
  value: z.string().nullable(),
  /** ISO 8601 duration for durations and offsets (“P30Y” for “three decades”). */
  duration: z.string().nullable()
})
/** A time expression (see {@link TimeExpression}). */
export type TimeExpression = z.infer<typeof TimeExpression>

/**
 * A checkable proposition: its span covers the claim’s content.
 */
export const Claim = Span.extend({
  /** Deterministic within a document: `c1`, `c2`, … in input order. */
  id: z.string(),
  kind: ClaimKind,
  subkind: ClaimSubkind.nullable(),
  /** Sentences (`s…`) the claim stands in. */
  sentenceIds: z.array(z.string()),
  paragraphId: z.string(),
  attribution: ClaimAttribution,
  /** Attributions nested inside the outer one (“X said Y reported that …”). */
  nested: z.array(ClaimAttribution),
  /** Quotes (`q…`) the claim comes from. */
  quoteIds: z.array(z.string()),
  quantities: z.array(Quantity),
  times: z.array(TimeExpression),
  /** Hedging words (“apparent”, “could”, “reportedly”). */
  hedges: z.array(Span),
  /**
   * Negation words (“not”, “never”) that govern the claim, in input order;
   * first, when the source denies the content or does not say it, the
   * denying cue or the cue’s negation (“*denied* that …”, “*never* said …”,
   * “*did not* say …”): that source does not assert the content.
   */
  negations: z.array(Span),
  /** 0..1; 0.5 is the decision threshold. */
  checkworthiness: z.number().min(0).max(1)
})
/** A checkable proposition (see {@link Claim}). */
export type Claim = z.infer<typeof Claim>

/**
 * What a block of the article is: `title` (headline), `paragraph` (body),
 * `heading`, `blockquote`, `list-item`, `byline`, `dateline`, `credits`,
 * `separator` (a line of dashes or stars, no content), `html` (raw HTML such
 * as embeds; one element of prose, `<p>…</p>`, is read as the block its tag
 * makes, its tags blanked), `boilerplate` (the site’s, not the story’s: copyright lines,
 * newsletter and social prompts, update notes and time stamps, photo credits, “Read more:”
 * links, the author’s bio at the end; it holds no claims).
 */
export const ParagraphKind = z.enum([
  'title',
  'paragraph',
  'heading',
  'blockquote',
  'list-item',
  'byline',
  'dateline',
  'credits',
  'separator',
  'html',
  'boilerplate'
])
/** What a block of the article is (see {@link ParagraphKind}). */
export type ParagraphKind = z.infer<typeof ParagraphKind>

/** A block of the article. */
export const Paragraph = Span.extend({
  /** `p1`, `p2`, … in input order. */
  id: z.string(),
  kind: ParagraphKind
})
/** A block of the article (see {@link Paragraph}). */
export type Paragraph = z.infer<typeof Paragraph>

/** A sentence (the title and other short blocks are one unit). */
export const Sentence = Span.extend({
  /** `s1`, `s2`, … in input order. */
  id: z.string(),
  paragraphId: z.string()
})
/** A sentence (see {@link Sentence}). */
export type Sentence = z.infer<typeof Sentence>

/** A problem found in the content, as a serialisable vfile message. */
export const Diagnostic = z.object({
  source: z.literal('claimtrace'),
  /** Stable id of the rule (see the README’s Messages section). */
  ruleId: z.string(),
  reason: z.string(),
  severity: z.enum(['info', 'warning']),
  place: Position.nullable()
})
/** A problem found in the content (see {@link Diagnostic}). */
export type Diagnostic = z.infer<typeof Diagnostic>

/** How the input was read. */
export const InputFormat = z.enum(['markdown', 'text'])
/** How the input was read (see {@link InputFormat}). */
export type InputFormat = z.infer<typeof InputFormat>

/**
 * Everything claimtrace found in one article.
 */
export const Annotation = z.object({
  schemaVersion: z.literal(schemaVersion),
  /** Caller’s id for the article (`options.id`), else `null`. */
  id: z.string().nullable(),
  /** Caller’s URL for the article (`options.url`), else `null`. */
  url: z.string().nullable(),
  /** Publication date (ISO 8601) from options or front matter, else `null`. */
  published: z.string().nullable(),
  format: InputFormat,
  /** Length of the input in UTF-16 code units. */
  length: offset,
  title: Span.nullable(),
  byline: Span.nullable(),
  dateline: Span.nullable(),
  /** People credited at the end (“• X, Y and Z contributed.”): not sources. */
  contributors: z.array(Span),
  paragraphs: z.array(Paragraph),
  sentences: z.array(Sentence),
  sources: z.array(Source),
  quotes: z.array(Quote),
  claims: z.array(Claim),
  diagnostics: z.array(Diagnostic)
})
/** Everything claimtrace found in one article (see {@link Annotation}). */
export type Annotation = z.infer<typeof Annotation>
