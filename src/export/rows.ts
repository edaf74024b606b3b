import {quoteLookup, sourceIdOf} from '../query/sources.js'
import type {
  Annotation,
  AttributionType,
  Claim,
  ClaimKind,
  ClaimSubkind,
  CueClass,
  Quantity,
  Quote,
  QuoteKind,
  Source,
  SourceKind,
  TimeExpression
} from '../schema.js'

/** A quantity in a {@link Row}: the schema’s `Quantity` without its position. */
export type RowQuantity = Omit<Quantity, 'position'>
/** A time expression in a {@link Row}: the schema’s `TimeExpression` without its position. */
export type RowTime = Omit<TimeExpression, 'position'>

/**
 * One dataset row: a claim or a quote, flattened with its article, source
 * and attribution — the shape a fact-check dataset or a spreadsheet wants.
 */
export interface Row {
  /** Article id (`annotation.id`). */
  articleId: string | null
  /** Article URL (`annotation.url`). */
  articleUrl: string | null
  /** Article publication date (ISO 8601). */
  published: string | null
  /** What the row is. */
  type: 'claim' | 'quote'
  /** Claim or quote id (`c1`, `q1`), unique within the article. */
  id: string
  /** Claim kind (Full Fact) or quote kind. */
  kind: ClaimKind | QuoteKind
  /** Claim subkind; `null` for quotes. */
  subkind: ClaimSubkind | null
  /** Exact text of the span: `input.slice(start, end)` (a quote with its marks). */
  text: string
  /** The words: the claim’s text, or a quote’s content without marks. */
  content: string
  /** The sentence(s) the item stands in, joined by a space. */
  context: string
  paragraphId: string
  sentenceIds: string[]
  /** UTF-16 offset where the span starts. */
  start: number
  /** UTF-16 offset where the span ends (exclusive). */
  end: number
  sourceId: string | null
  sourceName: string | null
  sourceKind: SourceKind | null
  sourceTitles: string[]
  sourceAffiliation: string | null
  /** How it is attributed; quotes are `quoted` when attributed, else `null`. */
  attributionType: AttributionType | null
  /** Class of a claim’s cue (speech, belief, …); `null` for quotes. */
  cueClass: CueClass | null
  /** The attribution cue (“said”, “according to”). */
  cue: string | null
  /** The words naming the source in this passage (“Leahy”, “she”). */
  mention: string | null
  /** Confidence of the attribution (0..1), `null` when there is none. */
  confidence: number | null
  /** Quotes (`q…`) a claim comes from; empty for quotes. */
  quoteIds: string[]
  quantities: RowQuantity[]
  /** Dates, years, relative dates and durations. */
  times: RowTime[]
  /** Hedging words (“could”, “reportedly”). */
  hedges: string[]
  /** Negation words (“not”, “never”). */
  negations: string[]
  /** Check-worthiness of a claim (0..1); `null` for quotes. */
  checkworthiness: number | null
}

/** Configuration for {@link toRows}. */
export interface RowsOptions {
  /** Which rows to make (default: `'all'`). */
  include?: 'all' | 'claims' | 'quotes' | null | undefined
}

/**
 * Flatten an annotation into dataset rows: one per claim and one per quote,
 * in input order (a claim before a quote starting at the same offset).
 *
 * @example
 *   ```ts
 *   import {readFileSync, writeFileSync} from 'node:fs'
 *   import {annotate, toJsonl, toRows} from 'claimtrace'
 *
 *   const annotation = annotate(readFileSync('fixtures/seed/input.txt', 'utf8'), {id: 'seed'})
 *   const rows = toRows(annotation, {include: 'claims'})
 *   rows.length === annotation.claims.length // => true
 *   writeFileSync('claims.jsonl', toJsonl(rows))
 *   ```
 * @param annotation
 *   Annotation.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Rows.
 */
export function toRows(annotation: Annotation, options?: Readonly<RowsOptions> | null | undefined): Row[] {
  const include = options?.include ?? 'all'
  if (include !== 'all' && include !== 'claims' && include !== 'quotes') {
    throw new TypeError("Expected `options.include` to be 'all', 'claims' or 'quotes', got " + String(include))
  }

  const quotes = quoteLookup(annotation)
  const sources = new Map(annotation.sources.map((source) => [source.id, source]))
  const sentences = new Map(annotation.sentences.map((sentence) => [sentence.id, sentence.text]))
  const rows: Row[] = []

  if (include !== 'quotes') {
    for (const claim of annotation.claims) rows.push(claimRow(claim))
  }

  if (include !== 'claims') {
    for (const quote of annotation.quotes) rows.push(quoteRow(quote))
  }

  if (include === 'all') {
    // Stable: claims come first at equal offsets.
    rows.sort((a, b) => a.start - b.start)
  }

  return rows

  /** Keys in the documented order, so JSONL columns line up. */
  function row(item: Claim | Quote, own: Own): Row {
    const sourceId = sourceIdOf(item, quotes)
    const source: Source | undefined = sourceId === null ? undefined : sources.get(sourceId)
    const attribution = item.attribution
    return {
      articleId: annotation.id,
      articleUrl: annotation.url,
      published: annotation.published,
      type: own.type,
      id: item.id,
      kind: own.kind,
      subkind: own.subkind,
      text: item.text,
      content: own.content,
      context: item.sentenceIds
        .map((id) => sentences.get(id))
        .filter((text) => text !== undefined)
        .join(' '),
      paragraphId: item.paragraphId,
      sentenceIds: [...item.sentenceIds],
      start: item.position.start.offset,
      end: item.position.end.offset,
      sourceId: source ? source.id : null,
      sourceName: source ? source.name : null,
      sourceKind: source ? source.kind : null,
      sourceTitles: source ? [...source.titles] : [],
      sourceAffiliation: source ? source.affiliation : null,
      attributionType: own.type === 'quote' ? (attribution || source ? 'quoted' : null) : own.attributionType,
      cueClass: own.cueClass,
      cue: attribution?.cue?.text ?? null,
      mention: attribution?.mention?.text ?? null,
      confidence: attribution ? attribution.confidence : null,
      quoteIds: own.quoteIds,
      quantities: own.quantities,
      times: own.times,
      hedges: own.hedges,
      negations: own.negations,
      checkworthiness: own.checkworthiness
    }
  }

  function claimRow(claim: Claim): Row {
    return row(claim, {
      type: 'claim',
      kind: claim.kind,
      subkind: claim.subkind,
      content: claim.text,
      attributionType: claim.attribution.type,
      cueClass: claim.attribution.cueClass,
      quoteIds: [...claim.quoteIds],
      quantities: claim.quantities.map((quantity) => copyQuantity(quantity)),
      times: claim.times.map(({text, type, value, duration}) => ({text, type, value, duration})),
      hedges: claim.hedges.map((span) => span.text),
      negations: claim.negations.map((span) => span.text),
      checkworthiness: claim.checkworthiness
    })
  }

  function quoteRow(quote: Quote): Row {
    return row(quote, {
      type: 'quote',
      kind: quote.kind,
      subkind: null,
      content: quote.content,
      attributionType: null,
      cueClass: null,
      quoteIds: [],
      quantities: [],
      times: [],
      hedges: [],
      negations: [],
      checkworthiness: null
    })
  }
}

/** What a claim or quote row has of its own. */
type Own = Pick<
  Row,
  | 'type'
  | 'kind'
  | 'subkind'
  | 'content'
  | 'attributionType'
  | 'cueClass'
  | 'quoteIds'
  | 'quantities'
  | 'times'
  | 'hedges'
  | 'negations'
  | 'checkworthiness'
>

/**
 * Serialise values as JSON Lines: one compact JSON value per line, each
 * line ending in `\n`.
 *
 * @param values
 *   Rows (or any JSON-serialisable values).
 * @returns
 *   JSONL text; empty string for no values.
 */
export function toJsonl(values: Iterable<unknown>): string {
  let result = ''
  for (const value of values) result += JSON.stringify(value) + '\n'
  return result
}

function copyQuantity(quantity: Quantity): RowQuantity {
  const {text, value, lower, upper, unit, currency, noun, approximate, vague} = quantity
  return {
    text,
    value,
    lower: lower ? {...lower} : null,
    upper: upper ? {...upper} : null,
    unit,
    currency,
    noun,
    approximate,
    vague
  }
}
