/**
 * What the parts of the page share: the checked annotation, lookups by id,
 * and the hidden descriptions collected while rendering.
 */
import type {Element} from 'hast'
import {quoteLookup, sourceIdOf} from '../query/sources.js'
import type {Annotation, Claim, Mention, Quote, Source} from '../schema.js'

/** A highlighted item, as placed in the text. */
export type Item =
  | {readonly type: 'quote'; readonly quote: Quote; readonly source: Source | undefined}
  | {readonly type: 'claim'; readonly claim: Claim; readonly source: Source | undefined}
  | {readonly type: 'mention'; readonly mention: Mention; readonly source: Source}

/** Per-source numbers for the panel. */
export interface SourceInfo {
  readonly source: Source
  /** 0-based position in `annotation.sources` (decides colour and number). */
  readonly index: number
  readonly quotes: Quote[]
  readonly claims: Claim[]
}

/** Shared state of one rendering. */
export interface Context {
  readonly annotation: Annotation
  readonly input: string
  /** Prefix of every `id` on the page. */
  readonly prefix: string
  readonly sources: ReadonlyMap<string, SourceInfo>
  /**
   * Source of each quote and claim, as `sourceOf` finds it: a quote that
   * continues another has its speaker, a quoted claim its quotes’ source.
   */
  readonly sourceOf: ReadonlyMap<Claim | Quote, SourceInfo>
  /** Hidden elements that `aria-describedby` points at, in page order. */
  readonly descriptions: Element[]
}

/**
 * Build the lookups, checking that every reference resolves.
 *
 * @param annotation
 *   Checked annotation.
 * @param input
 *   The text it describes.
 * @param prefix
 *   Id prefix.
 * @returns
 *   Context.
 * @throws {TypeError}
 *   When a quote, claim or relation names a source that is not in
 *   `annotation.sources`.
 */
export function createContext(annotation: Annotation, input: string, prefix: string): Context {
  const sources = new Map<string, SourceInfo>()
  for (const [index, source] of annotation.sources.entries()) {
    if (sources.has(source.id)) {
      throw new TypeError('Expected unique source ids in `annotation.sources`, got `' + source.id + '` twice')
    }

    sources.set(source.id, {source, index, quotes: [], claims: []})
  }

  for (const source of annotation.sources) {
    for (const relation of source.relations) lookup(sources, relation.sourceId, 'source `' + source.id + '`')
  }

  const quotes = quoteLookup(annotation)
  const sourceOf = new Map<Claim | Quote, SourceInfo>()
  for (const quote of annotation.quotes) {
    lookup(sources, quote.attribution?.sourceId ?? null, 'quote `' + quote.id + '`')
    const info = lookup(sources, sourceIdOf(quote, quotes), 'quote `' + quote.id + '`')
    if (info) {
      info.quotes.push(quote)
      sourceOf.set(quote, info)
    }
  }

  for (const claim of annotation.claims) {
    lookup(sources, claim.attribution.sourceId, 'claim `' + claim.id + '`')
    for (const nested of claim.nested) lookup(sources, nested.sourceId, 'claim `' + claim.id + '`')
    const info = lookup(sources, sourceIdOf(claim, quotes), 'claim `' + claim.id + '`')
    if (info) {
      info.claims.push(claim)
      sourceOf.set(claim, info)
    }
  }

  return {annotation, input, prefix, sources, sourceOf, descriptions: []}
}

function lookup(sources: Map<string, SourceInfo>, id: string | null, what: string): SourceInfo | undefined {
  if (id === null) return undefined
  const info = sources.get(id)
  if (!info) {
    throw new TypeError(
      'Expected every source id to be in `annotation.sources`, but ' + what + ' refers to missing `' + id + '`'
    )
  }

  return info
}
