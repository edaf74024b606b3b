import type {Doc} from '../parse/document.js'
import type {Quote} from '../schema.js'
import type {Report} from './report.js'

/**
 * Find attributions that are not direct quotations (filled in by the
 * attribution stage).
 *
 * @param doc
 *   Parsed document.
 * @param quotes
 *   Quotes found (a report never re-counts a quote).
 * @returns
 *   Reports in input order.
 */
export function findReports(doc: Doc, quotes: Quote[]): Report[] {
  void doc
  void quotes
  return []
}
