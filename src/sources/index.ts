import type {Doc} from '../parse/document.js'
import type {Quote, Source} from '../schema.js'

/**
 * Resolve the sources of a document (filled in by the sources stage).
 *
 * @param doc
 *   Parsed document.
 * @param quotes
 *   Quotes found; their attributions get `sourceId`s.
 * @returns
 *   Sources in order of first mention.
 */
export function resolveSources(doc: Doc, quotes: Quote[]): Source[] {
  void doc
  void quotes
  return []
}
