import type {Annotation, Claim, Quote, Source, SourceKind} from '../schema.js'
import {foldName, words} from './text.js'

/**
 * Which source(s) to look for: a source id (`'src3'`), a name or surname
 * (`'Patrick J. Leahy'`, `'leahy'`, `'Yager'`; case-, accent- and
 * punctuation-insensitive, a leading “the” ignored), or a `Source` object
 * (matched by its id).
 */
export type SourceQuery = Source | string

/** Mention kinds that name a source (rather than point at it). */
const namingKinds = new Set(['name', 'surname', 'given-name'])

/**
 * Find the sources a query refers to.
 *
 * A string is first tried as an id; otherwise it matches a source whose
 * name, name without initials (“Patrick Leahy”), surname (last word of a
 * person’s name), or any naming mention (kinds `name`, `surname`,
 * `given-name`) folds to the same words. Pronoun, title and description
 * mentions (“she”, “the senator”) never match: they are ambiguous.
 *
 * @example
 *   ```ts
 *   import {readFileSync} from 'node:fs'
 *   import {annotate, findSources} from 'claimtrace'
 *
 *   const annotation = annotate(readFileSync('fixtures/seed/input.txt', 'utf8'))
 *   findSources(annotation, 'leahy').map((source) => source.name)
 *   // => ['Patrick J. Leahy']
 *   ```
 * @param annotation
 *   Annotation (fresh or loaded from JSON).
 * @param query
 *   Source id, name or surname, or a `Source`.
 * @returns
 *   Matching sources in annotation order; empty when none match (or the
 *   query has no letters or digits).
 */
export function findSources(annotation: Annotation, query: SourceQuery): Source[] {
  if (typeof query === 'object' && query !== null) {
    return annotation.sources.filter((source) => source.id === query.id)
  }

  if (typeof query !== 'string') {
    throw new TypeError('Expected `query` to be a string or Source, got ' + typeof query)
  }

  const byId = annotation.sources.find((source) => source.id === query)
  if (byId) return [byId]
  const folded = foldName(query)
  if (!folded) return []
  return annotation.sources.filter((source) => namesOf(source).has(folded))
}

/**
 * Get a source by its id.
 *
 * @param annotation
 *   Annotation.
 * @param id
 *   Source id (`src1`), or `null`.
 * @returns
 *   The source, or `undefined` when there is none with that id.
 */
export function sourceById(annotation: Annotation, id: string | null | undefined): Source | undefined {
  if (id === null || id === undefined) return undefined
  return annotation.sources.find((source) => source.id === id)
}

/**
 * Get the source of a quote or claim.
 *
 * A quote without an attribution of its own that `continues` an earlier
 * quote (same speaker, no new “he said”) gets that quote’s source. A claim
 * of type `quoted` whose attribution has no source gets the source of the
 * first of its quotes that has one.
 *
 * @example
 *   ```ts
 *   import {readFileSync} from 'node:fs'
 *   import {annotate, sourceOf} from 'claimtrace'
 *
 *   const annotation = annotate(readFileSync('fixtures/seed/input.txt', 'utf8'))
 *   const last = annotation.quotes.at(-1)!
 *   sourceOf(annotation, last)?.name
 *   // => 'Sarah Yager' (the last quote continues her earlier one)
 *   ```
 * @param annotation
 *   Annotation the item belongs to.
 * @param item
 *   Quote or claim.
 * @returns
 *   Its source, or `undefined` when it is unattributed or its source is not
 *   in the annotation.
 */
export function sourceOf(annotation: Annotation, item: Claim | Quote): Source | undefined {
  const id = sourceIdOf(item, quoteLookup(annotation))
  return id === null ? undefined : sourceById(annotation, id)
}

/**
 * Get the sources of some kinds.
 *
 * @example
 *   ```ts
 *   sourcesByKind(annotation, 'person').map((source) => source.name)
 *   // => ['Pete Hegseth', 'Patrick J. Leahy', 'Daryl Kimball', 'Sarah Yager', …]
 *   sourcesByKind(annotation, ['organization', 'group'])
 *   ```
 * @param annotation
 *   Annotation.
 * @param kinds
 *   One kind or several (any of them matches).
 * @returns
 *   Matching sources in annotation order.
 */
export function sourcesByKind(
  annotation: Annotation,
  kinds: SourceKind | ReadonlyArray<SourceKind>
): Source[] {
  const wanted = toSet(kinds)
  return annotation.sources.filter((source) => wanted.has(source.kind))
}

/**
 * Get the quotes attributed to a source (including quotes that continue one
 * of its quotes without a new attribution).
 *
 * @example
 *   ```ts
 *   import {readFileSync} from 'node:fs'
 *   import {annotate, quotesBySource} from 'claimtrace'
 *
 *   const annotation = annotate(readFileSync('fixtures/seed/input.txt', 'utf8'))
 *   quotesBySource(annotation, 'Leahy').map((quote) => quote.content)
 *   // => ['The Pentagon is reinstituting a discredited policy …', 'More U.S. soldiers …', 'Anyone who has seen …']
 *   ```
 * @param annotation
 *   Annotation.
 * @param query
 *   Source id, name or surname, or a `Source` (see {@link findSources});
 *   a name shared by several sources matches all of them.
 * @returns
 *   Quotes in input order; empty when no source matches.
 */
export function quotesBySource(annotation: Annotation, query: SourceQuery): Quote[] {
  const ids = sourceIds(annotation, query)
  if (ids.size === 0) return []
  const quotes = quoteLookup(annotation)
  return annotation.quotes.filter((quote) => {
    const id = sourceIdOf(quote, quotes)
    return id !== null && ids.has(id)
  })
}

/**
 * Options for {@link claimsBySource}.
 */
export interface ClaimsBySourceOptions {
  /**
   * Also match claims where the source is only in a nested attribution
   * (“X said Y reported that …” is then a claim by Y too; default: `false`).
   */
  nested?: boolean | null | undefined
}

/**
 * Get the claims attributed to a source (quoted, reported, according to, or
 * a document’s).
 *
 * @example
 *   ```ts
 *   claimsBySource(annotation, 'International Campaign to Ban Landmines')
 *     .map((claim) => claim.text)
 *   // => ['nearly 2,000 people were killed by land mines …']
 *   ```
 * @param annotation
 *   Annotation.
 * @param query
 *   Source id, name or surname, or a `Source` (see {@link findSources}).
 * @param options
 *   Configuration (optional).
 * @returns
 *   Claims in input order; empty when no source matches.
 */
export function claimsBySource(
  annotation: Annotation,
  query: SourceQuery,
  options?: Readonly<ClaimsBySourceOptions> | null | undefined
): Claim[] {
  const ids = sourceIds(annotation, query)
  if (ids.size === 0) return []
  const quotes = quoteLookup(annotation)
  const nested = Boolean(options?.nested)
  return annotation.claims.filter((claim) => {
    const id = sourceIdOf(claim, quotes)
    if (id !== null && ids.has(id)) return true
    return nested && claim.nested.some((item) => item.sourceId !== null && ids.has(item.sourceId))
  })
}

/**
 * Ids of the sources a query matches.
 *
 * @param annotation
 *   Annotation.
 * @param query
 *   Query.
 * @returns
 *   Set of source ids.
 */
export function sourceIds(annotation: Annotation, query: SourceQuery): Set<string> {
  return new Set(findSources(annotation, query).map((source) => source.id))
}

/**
 * Quotes by id, for following `continues` and `quoteIds`.
 *
 * @param annotation
 *   Annotation.
 * @returns
 *   Map of quote id to quote.
 */
export function quoteLookup(annotation: Annotation): Map<string, Quote> {
  return new Map(annotation.quotes.map((quote) => [quote.id, quote]))
}

/**
 * Source id of a quote or claim, following continuations (see
 * {@link sourceOf}).
 *
 * @param item
 *   Quote or claim.
 * @param quotes
 *   Quotes by id.
 * @returns
 *   Source id, or `null`.
 */
export function sourceIdOf(item: Claim | Quote, quotes: ReadonlyMap<string, Quote>): string | null {
  if ('checkworthiness' in item) {
    if (item.attribution.sourceId !== null) return item.attribution.sourceId
    if (item.attribution.type !== 'quoted') return null
    for (const id of item.quoteIds) {
      const quote = quotes.get(id)
      const found = quote ? sourceIdOf(quote, quotes) : null
      if (found !== null) return found
    }

    return null
  }

  let quote: Quote | undefined = item
  // Bounded by the number of quotes, so a cycle in bad data cannot hang.
  for (let steps = 0; quote && steps <= quotes.size; steps++) {
    if (quote.attribution?.sourceId) return quote.attribution.sourceId
    if (quote.attribution?.mention || quote.continues === null) return null
    quote = quotes.get(quote.continues)
  }

  return null
}

function namesOf(source: Source): Set<string> {
  const names = new Set<string>()
  const name = words(source.name)
  names.add(name.join(' '))
  if (source.kind === 'person' && name.length > 1) {
    // “Patrick J. Leahy” is also “Patrick Leahy” and “Leahy”.
    names.add(name.filter((word) => word.length > 1).join(' '))
    names.add(name.at(-1)!)
  }

  for (const mention of source.mentions) {
    if (namingKinds.has(mention.kind)) names.add(foldName(mention.text))
  }

  names.delete('')
  return names
}

function toSet<T>(value: T | ReadonlyArray<T>): Set<T> {
  return new Set(Array.isArray(value) ? (value as ReadonlyArray<T>) : [value as T])
}
