import type {
  Annotation,
  AttributionType,
  Claim,
  ClaimKind,
  ClaimSubkind,
  Quote,
  QuoteKind
} from '../schema.js'
import {quoteLookup, sourceIdOf, sourceIds, type SourceQuery} from './sources.js'

/**
 * What claims to keep: every given field must match (AND); a field given a
 * list matches any of its values (OR); fields left out (or `null`) match
 * everything.
 */
export interface ClaimFilter {
  /** Full Fact kind(s). */
  kind?: ClaimKind | ReadonlyArray<ClaimKind> | null | undefined
  /** Subkind(s). */
  subkind?: ClaimSubkind | ReadonlyArray<ClaimSubkind> | null | undefined
  /** Attribution type(s) (`'unattributed'` for the reporter’s own statements). */
  attributionType?: AttributionType | ReadonlyArray<AttributionType> | null | undefined
  /** Source (see `findSources`); also matches nested attributions when `nested` is set. */
  source?: SourceQuery | null | undefined
  /** With `source`: also match a source in a nested attribution (default: `false`). */
  nested?: boolean | null | undefined
  /** Lowest check-worthiness kept, inclusive (`0.5` is the decision threshold). */
  minCheckworthiness?: number | null | undefined
  /** `true`: only claims with a quantity; `false`: only claims without. */
  hasQuantities?: boolean | null | undefined
  /** `true`: only claims with a time expression (date, year, …); `false`: only without. */
  hasTimes?: boolean | null | undefined
  /** Only claims that stand in this paragraph (`p…`). */
  paragraphId?: string | null | undefined
  /** Only claims that stand in this sentence (`s…`). */
  sentenceId?: string | null | undefined
}

/**
 * What quotes to keep (same rules as {@link ClaimFilter}).
 */
export interface QuoteFilter {
  /** Quote kind(s): `direct`, `partial`, `term`, `title`. */
  kind?: QuoteKind | ReadonlyArray<QuoteKind> | null | undefined
  /** Source (see `findSources`), following continued quotes. */
  source?: SourceQuery | null | undefined
  /** `true`: only quotes with a source; `false`: only quotes without. */
  attributed?: boolean | null | undefined
  /** Only quotes that start in this paragraph (`p…`). */
  paragraphId?: string | null | undefined
  /** Only quotes that overlap this sentence (`s…`). */
  sentenceId?: string | null | undefined
}

/**
 * Make a predicate from a claim filter, to use with `Array#filter`,
 * `Array#some` or your own combinations (`!`, `||`).
 *
 * @example
 *   ```ts
 *   const numeric = claimPredicate(annotation, {kind: 'quantity'})
 *   const byLeahy = claimPredicate(annotation, {source: 'Leahy'})
 *   annotation.claims.filter((claim) => numeric(claim) || byLeahy(claim))
 *   ```
 * @param annotation
 *   Annotation the claims belong to (to resolve sources).
 * @param filter
 *   Filter; an empty one keeps every claim.
 * @returns
 *   Predicate.
 * @throws {TypeError}
 *   When `minCheckworthiness` is not a number.
 */
export function claimPredicate(
  annotation: Annotation,
  filter: Readonly<ClaimFilter> | null | undefined
): (claim: Claim) => boolean {
  const settings = filter ?? {}
  const kinds = toSet(settings.kind)
  const subkinds = toSet(settings.subkind)
  const types = toSet(settings.attributionType)
  const min = settings.minCheckworthiness
  if (min !== null && min !== undefined && (typeof min !== 'number' || Number.isNaN(min))) {
    throw new TypeError('Expected `minCheckworthiness` to be a number, got ' + typeof min)
  }

  const source = settings.source ?? undefined
  const ids = source === undefined ? undefined : sourceIds(annotation, source)
  const quotes = ids ? quoteLookup(annotation) : undefined
  const nested = Boolean(settings.nested)
  const {hasQuantities, hasTimes, paragraphId, sentenceId} = settings

  return function (claim) {
    if (kinds && !kinds.has(claim.kind)) return false
    if (subkinds && (claim.subkind === null || !subkinds.has(claim.subkind))) return false
    if (types && !types.has(claim.attribution.type)) return false
    if (min !== null && min !== undefined && claim.checkworthiness < min) return false
    if (typeof hasQuantities === 'boolean' && claim.quantities.length > 0 !== hasQuantities) return false
    if (typeof hasTimes === 'boolean' && claim.times.length > 0 !== hasTimes) return false
    if (typeof paragraphId === 'string' && claim.paragraphId !== paragraphId) return false
    if (typeof sentenceId === 'string' && !claim.sentenceIds.includes(sentenceId)) return false
    if (ids && quotes) {
      const id = sourceIdOf(claim, quotes)
      const direct = id !== null && ids.has(id)
      if (!direct && !(nested && claim.nested.some((item) => item.sourceId !== null && ids.has(item.sourceId)))) {
        return false
      }
    }

    return true
  }
}

/**
 * Get the claims that match a filter.
 *
 * @example
 *   ```ts
 *   import {readFileSync} from 'node:fs'
 *   import {annotate, filterClaims} from 'claimtrace'
 *
 *   const annotation = annotate(readFileSync('fixtures/seed/input.txt', 'utf8'))
 *   filterClaims(annotation, {kind: 'quantity', attributionType: ['according-to', 'document']})
 *   filterClaims(annotation, {source: 'Leahy', minCheckworthiness: 0.5})
 *   ```
 * @param annotation
 *   Annotation.
 * @param filter
 *   Filter (see {@link ClaimFilter}); an empty one keeps every claim.
 * @returns
 *   Matching claims in input order.
 */
export function filterClaims(annotation: Annotation, filter: Readonly<ClaimFilter> | null | undefined): Claim[] {
  return annotation.claims.filter(claimPredicate(annotation, filter))
}

/**
 * Get the claims of some kinds.
 *
 * @example
 *   ```ts
 *   claimsByKind(annotation, 'quantity').map((claim) => claim.text)
 *   // => ['In 2024, nearly 2,000 people were killed …', …, 'More than 160 countries …', …]
 *   ```
 * @param annotation
 *   Annotation.
 * @param kinds
 *   One kind or several.
 * @returns
 *   Matching claims in input order.
 */
export function claimsByKind(annotation: Annotation, kinds: ClaimKind | ReadonlyArray<ClaimKind>): Claim[] {
  return filterClaims(annotation, {kind: kinds})
}

/**
 * Get the claims with some attribution types.
 *
 * @example
 *   ```ts
 *   claimsByAttributionType(annotation, ['reported', 'according-to'])
 *   ```
 * @param annotation
 *   Annotation.
 * @param types
 *   One type or several.
 * @returns
 *   Matching claims in input order.
 */
export function claimsByAttributionType(
  annotation: Annotation,
  types: AttributionType | ReadonlyArray<AttributionType>
): Claim[] {
  return filterClaims(annotation, {attributionType: types})
}

/**
 * Get the reporter’s own claims (attribution type `unattributed`): what a
 * fact-checker checks against the outlet itself.
 *
 * @example
 *   ```ts
 *   unattributedClaims(annotation).map((claim) => claim.text)
 *   // => ['He outlines five objectives …', …, 'More than 160 countries …', …]
 *   ```
 * @param annotation
 *   Annotation.
 * @returns
 *   Unattributed claims in input order.
 */
export function unattributedClaims(annotation: Annotation): Claim[] {
  return filterClaims(annotation, {attributionType: 'unattributed'})
}

/**
 * Get the claims worth checking: check-worthiness at or above a threshold.
 *
 * @example
 *   ```ts
 *   checkworthyClaims(annotation) // score ≥ 0.5
 *   checkworthyClaims(annotation, 0.8) // only the strongest
 *   ```
 * @param annotation
 *   Annotation.
 * @param threshold
 *   Lowest score kept, inclusive (default: `0.5`, the decision threshold).
 * @returns
 *   Matching claims in input order (not sorted by score).
 */
export function checkworthyClaims(annotation: Annotation, threshold?: number | null | undefined): Claim[] {
  return filterClaims(annotation, {minCheckworthiness: threshold ?? 0.5})
}

/**
 * Get the claims that state a quantity (a number, percentage, amount of
 * money, …).
 *
 * @example
 *   ```ts
 *   claimsWithQuantities(annotation).flatMap((claim) => claim.quantities.map((quantity) => quantity.text))
 *   // => ['five objectives', 'nearly 2,000 people', 'More than 160 countries', …]
 *   ```
 * @param annotation
 *   Annotation.
 * @returns
 *   Matching claims in input order.
 */
export function claimsWithQuantities(annotation: Annotation): Claim[] {
  return filterClaims(annotation, {hasQuantities: true})
}

/**
 * Get the claims that hold a time expression (a date, year, relative date
 * or duration).
 *
 * @example
 *   ```ts
 *   claimsWithTimes(annotation).flatMap((claim) => claim.times.map((time) => time.value))
 *   // => ['2024', …]
 *   ```
 * @param annotation
 *   Annotation.
 * @returns
 *   Matching claims in input order.
 */
export function claimsWithTimes(annotation: Annotation): Claim[] {
  return filterClaims(annotation, {hasTimes: true})
}

/**
 * Make a predicate from a quote filter (see {@link claimPredicate}).
 *
 * @param annotation
 *   Annotation the quotes belong to.
 * @param filter
 *   Filter; an empty one keeps every quote.
 * @returns
 *   Predicate.
 */
export function quotePredicate(
  annotation: Annotation,
  filter: Readonly<QuoteFilter> | null | undefined
): (quote: Quote) => boolean {
  const settings = filter ?? {}
  const kinds = toSet(settings.kind)
  const source = settings.source ?? undefined
  const ids = source === undefined ? undefined : sourceIds(annotation, source)
  const {attributed, paragraphId, sentenceId} = settings
  const quotes = ids || typeof attributed === 'boolean' ? quoteLookup(annotation) : undefined

  return function (quote) {
    if (kinds && !kinds.has(quote.kind)) return false
    if (typeof paragraphId === 'string' && quote.paragraphId !== paragraphId) return false
    if (typeof sentenceId === 'string' && !quote.sentenceIds.includes(sentenceId)) return false
    if (quotes) {
      const id = sourceIdOf(quote, quotes)
      if (typeof attributed === 'boolean' && (id !== null) !== attributed) return false
      if (ids && (id === null || !ids.has(id))) return false
    }

    return true
  }
}

/**
 * Get the quotes that match a filter.
 *
 * @example
 *   ```ts
 *   filterQuotes(annotation, {kind: 'direct', source: 'Yager'}).length
 *   // => 2
 *   filterQuotes(annotation, {attributed: false}) // terms and unresolved quotes
 *   ```
 * @param annotation
 *   Annotation.
 * @param filter
 *   Filter (see {@link QuoteFilter}).
 * @returns
 *   Matching quotes in input order.
 */
export function filterQuotes(annotation: Annotation, filter: Readonly<QuoteFilter> | null | undefined): Quote[] {
  return annotation.quotes.filter(quotePredicate(annotation, filter))
}

function toSet<T>(value: T | ReadonlyArray<T> | null | undefined): Set<T> | undefined {
  if (value === null || value === undefined) return undefined
  return new Set(Array.isArray(value) ? (value as ReadonlyArray<T>) : [value as T])
}
