/**
 * Query helpers: pure functions over an `Annotation` (fresh from
 * `annotate` or loaded from JSON), one named export each so bundlers drop
 * the ones you do not use.
 */
export {
  checkworthyClaims,
  claimPredicate,
  claimsByAttributionType,
  claimsByKind,
  claimsWithQuantities,
  claimsWithTimes,
  filterClaims,
  filterQuotes,
  quotePredicate,
  unattributedClaims,
  type ClaimFilter,
  type QuoteFilter
} from './filter.js'
export {
  createIndex,
  itemsAt,
  itemsInParagraph,
  itemsInSentence,
  itemsOverlapping,
  type AnnotationIndex,
  type Items,
  type MentionItem
} from './range.js'
export {
  claimsBySource,
  findSources,
  quotesBySource,
  sourceById,
  sourceOf,
  sourcesByKind,
  type ClaimsBySourceOptions,
  type SourceQuery
} from './sources.js'
