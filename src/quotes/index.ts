import type {Doc} from '../parse/document.js'
import type {Quote} from '../schema.js'

/**
 * Find the quotations of a document (filled in by the quotes stage).
 *
 * @param doc
 *   Parsed document.
 * @returns
 *   Quotes in input order.
 */
export function findQuotes(doc: Doc): Quote[] {
  void doc
  return []
}
