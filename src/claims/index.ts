import type {Report} from '../attribution/report.js'
import type {Doc} from '../parse/document.js'
import type {Claim, Quote, Source} from '../schema.js'

/**
 * Find the claims of a document (filled in by the claims stage).
 *
 * @param doc
 *   Parsed document.
 * @param quotes
 *   Quotes found.
 * @param reports
 *   Attributions other than quotes.
 * @param sources
 *   Sources resolved.
 * @returns
 *   Claims in input order.
 */
export function findClaims(doc: Doc, quotes: Quote[], reports: Report[], sources: Source[]): Claim[] {
  void doc
  void quotes
  void reports
  void sources
  return []
}
