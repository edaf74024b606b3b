/**
 * Exports of an annotation to other ecosystems: JSON Schema, dataset rows
 * (JSONL), schema.org `ClaimReview` and W3C Web Annotation.
 */
export {
  maxClaimReviewed,
  shorten,
  toClaimReviews,
  type ClaimAppearance,
  type ClaimAuthor,
  type ClaimReview,
  type ClaimReviewOptions
} from './claim-review.js'
export {codePointIndex, type CodePointIndex} from './code-points.js'
export {toJsonSchema, type JsonSchema} from './json-schema.js'
export {toJsonl, toRows, type Row, type RowQuantity, type RowTime, type RowsOptions} from './rows.js'
export {
  toWebAnnotations,
  type TextPositionSelector,
  type TextQuoteSelector,
  type TextualBody,
  type WebAnnotation,
  type WebAnnotationOptions
} from './web-annotation.js'
