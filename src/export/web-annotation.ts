import {quoteLookup, sourceIdOf} from '../query/sources.js'
import type {Annotation, Source, Span} from '../schema.js'
import {codePointIndex, type CodePointIndex} from './code-points.js'

/** A `TextQuoteSelector`: the exact words with some context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  /** Up to `context` code points before (left out at the start of the text). */
  prefix?: string
  /** Up to `context` code points after (left out at the end of the text). */
  suffix?: string
}

/** A `TextPositionSelector`: offsets in Unicode code points (not UTF-16 units). */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** A `TextualBody` of a Web Annotation. */
export interface TextualBody {
  type: 'TextualBody'
  purpose: 'classifying' | 'identifying' | 'describing'
  value: string
}

/** A W3C Web Annotation (JSON-LD) of a quote, claim or source mention. */
export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld'
  /** IRI of the annotation (`idPrefix` + `q1`, `c1`, `src1-m1`). */
  id: string
  type: 'Annotation'
  /** `classifying` for quotes and claims, `identifying` for source mentions. */
  motivation: 'classifying' | 'identifying'
  generator: {type: 'Software'; name: 'claimtrace'}
  /** What the words are: `quote:direct`, `claim:quantity`, `source:person`, plus who said it. */
  body: TextualBody[]
  target: {source: string; selector: [TextQuoteSelector, TextPositionSelector]}
}

/** Configuration for {@link toWebAnnotations}. */
export interface WebAnnotationOptions {
  /**
   * IRI of the annotated document (default: `annotation.url`, else
   * `urn:claimtrace:<id>` from `annotation.id`, else `urn:claimtrace:document`).
   */
  source?: string | null | undefined
  /** Prefix of annotation ids (default: the source IRI and `#claimtrace-`). */
  idPrefix?: string | null | undefined
  /** Context on each side in `TextQuoteSelector`s, in code points (default: `32`). */
  context?: number | null | undefined
}

/**
 * Make W3C Web Annotations for every quote, claim and source mention (in
 * that order), each with a `TextQuoteSelector` and a `TextPositionSelector`.
 *
 * Selector positions are Unicode code points, as the Web Annotation model
 * requires: they differ from claimtrace’s UTF-16 offsets after any astral
 * character (😀, 𝒳), so the original input is needed to convert them.
 *
 * @example
 *   ```ts
 *   import {readFileSync} from 'node:fs'
 *   import {annotate, toWebAnnotations} from 'claimtrace'
 *
 *   const input = readFileSync('fixtures/seed/input.txt', 'utf8')
 *   const annotation = annotate(input, {url: 'https://example.com/land-mines'})
 *   const [first] = toWebAnnotations(annotation, input)
 *   first?.target.selector[0].exact // the first quote, marks included
 *   ```
 * @param annotation
 *   Annotation.
 * @param input
 *   The annotated text, exactly as given to `annotate`.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Annotations.
 * @throws {TypeError}
 *   When `input` is not the annotated text (its length differs from
 *   `annotation.length`).
 */
export function toWebAnnotations(
  annotation: Annotation,
  input: string,
  options?: Readonly<WebAnnotationOptions> | null | undefined
): WebAnnotation[] {
  if (typeof input !== 'string' || input.length !== annotation.length) {
    throw new TypeError(
      'Expected `input` to be the annotated text (length ' +
        annotation.length +
        '), got ' +
        (typeof input === 'string' ? 'length ' + input.length : typeof input)
    )
  }

  const source =
    options?.source ??
    annotation.url ??
    'urn:claimtrace:' + (annotation.id === null ? 'document' : encodeURIComponent(annotation.id))
  const idPrefix = options?.idPrefix ?? source + '#claimtrace-'
  const context = options?.context ?? 32
  const index = codePointIndex(input)
  const quotes = quoteLookup(annotation)
  const sources = new Map(annotation.sources.map((item) => [item.id, item]))
  const result: WebAnnotation[] = []

  for (const quote of annotation.quotes) {
    const body: TextualBody[] = [classify('quote:' + quote.kind)]
    const said = sources.get(sourceIdOf(quote, quotes) ?? '')
    if (said) body.push(describe('Quoted from ' + label(said)))
    result.push(make(quote.id, 'classifying', body, quote))
  }

  for (const claim of annotation.claims) {
    const body: TextualBody[] = [classify('claim:' + claim.kind)]
    if (claim.subkind) body.push(classify('claim-subkind:' + claim.subkind))
    body.push(classify('attribution:' + claim.attribution.type))
    const said = sources.get(sourceIdOf(claim, quotes) ?? '')
    if (said) body.push(describe('Attributed to ' + label(said)))
    result.push(make(claim.id, 'classifying', body, claim))
  }

  for (const item of annotation.sources) {
    for (const [at, mention] of item.mentions.entries()) {
      const body: TextualBody[] = [
        {type: 'TextualBody', purpose: 'identifying', value: item.name},
        classify('source:' + item.kind),
        classify('mention:' + mention.kind)
      ]
      result.push(make(item.id + '-m' + (at + 1), 'identifying', body, mention))
    }
  }

  return result

  function make(id: string, motivation: WebAnnotation['motivation'], body: TextualBody[], span: Span): WebAnnotation {
    return {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: idPrefix + id,
      type: 'Annotation',
      motivation,
      generator: {type: 'Software', name: 'claimtrace'},
      body,
      target: {source, selector: selectors(input, index, span, context)}
    }
  }
}

function selectors(
  input: string,
  index: CodePointIndex,
  span: Span,
  context: number
): [TextQuoteSelector, TextPositionSelector] {
  const start = span.position.start.offset
  const end = span.position.end.offset
  const quote: TextQuoteSelector = {type: 'TextQuoteSelector', exact: input.slice(start, end)}
  // Two UTF-16 units per code point at most: slice wide, then count code points.
  const prefix = Array.from(input.slice(Math.max(0, start - context * 2), start)).slice(-context).join('')
  const suffix = Array.from(input.slice(end, end + context * 2)).slice(0, context).join('')
  if (prefix) quote.prefix = prefix
  if (suffix) quote.suffix = suffix
  return [quote, {type: 'TextPositionSelector', start: index.toCodePoint(start), end: index.toCodePoint(end)}]
}

function classify(value: string): TextualBody {
  return {type: 'TextualBody', purpose: 'classifying', value}
}

function describe(value: string): TextualBody {
  return {type: 'TextualBody', purpose: 'describing', value}
}

function label(source: Source): string {
  return source.name + ' (' + source.kind + ')'
}
