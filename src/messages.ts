/**
 * Stable ids of the content problems claimtrace reports (vfile messages with
 * `source: 'claimtrace'`). Documented in the README’s Messages section; never
 * rename one: consumers filter on them.
 */
export const ruleIds = {
  /** An opening quotation mark with no closing one in the same passage. */
  unclosedQuote: 'unclosed-quote',
  /** A closing quotation mark with no opening one. */
  unopenedQuote: 'unopened-quote',
  /** A publication date (front matter) that is not a date. */
  invalidDate: 'invalid-date',
  /** Input with characters that cannot be text: NUL, lone surrogates. */
  invalidCharacter: 'invalid-character',
  /** Text running on past the longest sentence without a sentence end (ended at spaces). */
  longSentence: 'long-sentence',
  /** Markdown whose paragraphs are lines (no blank lines between them): read as one paragraph each run, as markdown says. */
  lineParagraphs: 'line-paragraphs'
} as const

/** A stable rule id (see {@link ruleIds}). */
export type RuleId = (typeof ruleIds)[keyof typeof ruleIds]
